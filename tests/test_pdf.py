"""caselaw.pdf: the text layer of real and generated PDFs, pages, caps, broken PDFs."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_text import HYPOTHESIS, SAMPLES, check_offsets, gold_ratio, need

from caselaw.config import Settings
from caselaw.errors import DocumentTooLargeError, IngestError
from caselaw.text import PDF, CleanText, read_document

LHC = ["2023LHC1635", "2023LHC4122", "2023LHC7628", "2024LHC1980", "2024LHC2015"]
LHC += ["2024LHC3386", "2024LHC5847"]
REPO = Path(__file__).resolve().parents[1]


def gold_id(name: str) -> str:
    year, number = re.fullmatch(r"(\d{4})LHC(\d+)", name).groups()  # type: ignore[union-attr]
    return f"pk-lhc-{year}-{number}"


@functools.cache
def lhc(name: str) -> CleanText:
    path = need(SAMPLES / "pk_lhc_pdf" / f"{name}.pdf")
    return read_document(path.read_bytes(), str(path))


def make_pdf(pages: list[str], encrypt: bool = False) -> bytes:
    """A minimal PDF with one Helvetica line of text per line of each page."""
    font = 3 + 2 * len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for i, text in enumerate(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        ops = []
        for n, line in enumerate(text.split("\n")):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 12 Tf 72 {720 - 14 * n} Td ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    trailer = b""
    if encrypt:  # a user password is set: /U does not match the empty password
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32)
        )
        trailer = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, trailer))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# -- real judgments -------------------------------------------------------------------


@pytest.mark.parametrize("name", LHC)
def test_close_to_gold_text(name: str) -> None:
    doc = lhc(name)
    assert doc.media_type == PDF
    assert gold_ratio(doc.text, gold_id(name)) > 0.99  # seen: 0.998-1.000


@pytest.mark.parametrize("name", LHC)
def test_pages_and_source(name: str) -> None:
    doc = lhc(name)
    pages = doc.metadata["pages"]
    assert pages[0] == 0 and list(pages) == sorted(pages)
    assert len(pages) == doc.source_text.count("\f") + 1
    for start in pages[1:]:  # each page begins a paragraph
        assert doc.text[start - 2 : start] == "\n\n"


def test_paragraphs_follow_line_gaps() -> None:
    text = lhc("2023LHC1635").text
    assert "with their able assistance.\n\n6. It evinces from the record" in text
    assert "Through the instant\ncriminal revision petition" in text
    assert lhc("2023LHC1635").metadata["court"] == "LAHORE HIGH COURT"


@HYPOTHESIS
@given(st.sampled_from(LHC[:3]), st.data())
def test_offsets_property(name: str, data: st.DataObject) -> None:
    check_offsets(lhc(name), data)


# -- generated PDFs -------------------------------------------------------------------


def test_generated_pdf_under_a_wrong_name() -> None:
    content = make_pdf(["IN THE HIGH COURT OF TESTING\nR v Smith (No 2)", "Second page"])
    doc = read_document(content, "judgment.txt", media_type="text/plain")
    assert doc.media_type == PDF
    assert doc.text == "IN THE HIGH COURT OF TESTING\nR v Smith (No 2)\n\nSecond page"
    assert doc.source_text == "IN THE HIGH COURT OF TESTING\nR v Smith (No 2)\fSecond page"
    assert doc.metadata["pages"] == (0, doc.text.index("Second"))
    assert doc.metadata["court"] == "HIGH COURT OF TESTING"


def test_page_cap() -> None:
    with pytest.raises(DocumentTooLargeError, match="3 pages is more than 2"):
        read_document(make_pdf(["a", "b", "c"]), "long.pdf", settings=Settings(max_pdf_pages=2))


def test_time_cap_between_pages() -> None:
    with pytest.raises(DocumentTooLargeError, match="slow.pdf: .*page 1 of 2"):
        read_document(make_pdf(["a", "b"]), "slow.pdf", settings=Settings(max_document_seconds=-1))


def test_text_cap() -> None:
    with pytest.raises(DocumentTooLargeError, match="characters"):
        read_document(make_pdf(["x" * 50]), "big.pdf", settings=Settings(max_text_chars=20))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (make_pdf(["secret"], encrypt=True), "encrypted PDF"),
        (make_pdf(["cut"])[:200], "damaged or truncated PDF"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "damaged or truncated PDF"),
        (b"%PDF-", "damaged or truncated PDF"),
        (make_pdf([""]), "no text layer"),
    ],
    ids=["encrypted", "truncated", "garbage", "header-only", "no-text"],
)
def test_broken_pdfs(content: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message) as info:
        read_document(content, "bad.pdf")
    assert info.value.source == "bad.pdf"


def test_truncated_real_pdf() -> None:
    content = need(SAMPLES / "pk_lhc_pdf" / "2023LHC1635.pdf").read_bytes()
    with pytest.raises(IngestError, match="cut.pdf"):
        read_document(content[: len(content) // 3], "cut.pdf")


def test_pdfplumber_is_imported_only_by_caselaw_pdf() -> None:
    users = [
        path.relative_to(REPO).as_posix()
        for folder in ("caselaw", "scrapers", "extractors", "datasets")
        for path in (REPO / folder).rglob("*.py")
        if re.search(r"^\s*(import|from)\s+pdfplumber", path.read_text("utf-8"), re.M)
    ]
    assert users == ["caselaw/pdf.py"]
