"""caselaw.docx: Word text with offsets into document.xml, metadata, zip guards."""

from __future__ import annotations

import functools
import io
import zipfile

import docx as python_docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_text import HYPOTHESIS, SAMPLES, assert_span_maps, check_offsets, gold_ratio, need

from caselaw.config import Settings
from caselaw.docx import MAX_ZIP_RATIO
from caselaw.errors import DocumentTooLargeError, IngestError, UnsupportedFormatError
from caselaw.text import DOCX, CleanText, read_document

ZA = "za_peachjam/ZAGPJHC_S_v_Pietropaolo_SS076-2018.docx"


@functools.cache
def za() -> CleanText:
    path = need(SAMPLES / ZA)
    return read_document(path.read_bytes(), str(path))


def make_docx(paragraphs: list[str], title: str = "", table: bool = False) -> bytes:
    document = python_docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = "Case No", "SS076/2018"
    document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


# -- the real judgment ----------------------------------------------------------------


def test_close_to_gold_text() -> None:
    doc = za()
    assert doc.media_type == DOCX
    assert gold_ratio(doc.text, "za-zagpjhc-ss076-2018") > 0.99  # seen: 0.9994


def test_text_boxes_once_and_tabs_as_spaces() -> None:
    text = za().text
    assert text.count("DELETE WHICHEVER IS NOT APPLICABLE") == 1
    assert "to wit:\n\n1. A 9mm Parabellum Calibre FN" in text
    assert za().metadata == {"court": "HIGH COURT OF SOUTH AFRICA"}  # template title dropped
    assert za().source_text.startswith("<?xml")


@HYPOTHESIS
@given(st.data())
def test_offsets_property(data: st.DataObject) -> None:
    check_offsets(za(), data)


# -- generated documents --------------------------------------------------------------


def test_generated_docx() -> None:
    content = make_docx(
        ["IN THE HIGH COURT OF TESTING", "S v  Smith & Others", "  "],
        title="S v Smith",
        table=True,
    )
    doc = read_document(content, "judgment.pdf")  # wrong extension
    assert doc.text == (
        "IN THE HIGH COURT OF TESTING\n\nS v Smith & Others\n\nCase No\n\nSS076/2018"
    )
    assert doc.metadata == {"case_name": "S v Smith", "court": "HIGH COURT OF TESTING"}
    for start in range(len(doc.text)):
        assert_span_maps(doc, start, len(doc.text))


# -- hostile zips ---------------------------------------------------------------------


def test_decompression_bomb_is_refused_before_inflating() -> None:
    bomb = zip_of({"word/document.xml": b"<w:document>" + b" " * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(DocumentTooLargeError, match=f"more than|fold.*bomb|{MAX_ZIP_RATIO}"):
        read_document(bomb, "bomb.docx")


def test_inflated_size_cap() -> None:
    content = make_docx(["x"])
    with pytest.raises(DocumentTooLargeError, match="inflates to"):
        read_document(content, "big.docx", settings=Settings(max_document_bytes=len(content)))


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (make_docx(["cut"])[:3000], IngestError, "not a readable DOCX"),
        (zip_of({"word/document.xml": b"<w:document><w:body>"}), IngestError, "XML|no text"),
        (zip_of({"word/document.xml": b"\x00\x01" * 500}), UnsupportedFormatError, "binary"),
        (zip_of({"xl/workbook.xml": b"<workbook/>"}), UnsupportedFormatError, "zip archive"),
        (zip_of({"word/document.xml.bak": b"x", "a": b"word/document.xml"}), IngestError, "no "),
    ],
    ids=["truncated", "unclosed-xml", "binary-part", "not-word", "no-main-part"],
)
def test_broken_docx(content: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message) as info:
        read_document(content, "bad.docx")
    assert info.value.source.startswith("bad.docx")
