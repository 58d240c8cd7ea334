"""caselaw.text: sniffing, decoding, plain text, caps, and the offset-map property.

``assert_span_maps`` and ``gold_ratio`` are shared with test_markup/test_pdf/test_docx.
"""

from __future__ import annotations

import codecs
import difflib
import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caselaw.config import Settings
from caselaw.errors import DocumentTooLargeError, IngestError, UnsupportedFormatError
from caselaw.text import (
    AKN,
    DOCX,
    HTML,
    PDF,
    PLAIN,
    XML,
    CleanText,
    court_from_heading,
    decode_text,
    read_document,
    sniff_media_type,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "portal-samples"
GOLD = SHARED / "corpus" / "texts"
HYPOTHESIS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TAG = re.compile(
    r"<(script|style)\b.*?</\1>|<!--.*?-->|<!\[CDATA\[|\]\]>|<[/!?]?[A-Za-z][^>]*>", re.S
)


def _decoded(source: str, markup: bool) -> str:
    return html.unescape(_TAG.sub("", source)) if markup else source


def assert_span_maps(doc: CleanText, start: int, end: int) -> None:
    """The source range mapped from clean ``[start, end)`` holds the same words.

    Markup and entities are taken out of the source slice; content that cleaning
    drops (skipped elements) may sit between the words, so the words must appear
    in order.  The first character maps exactly; so does the last when a
    separator or the end follows it (otherwise the end offset is where the next
    clean character comes from, which may be after dropped content).
    """
    markup = doc.media_type in (HTML, AKN, XML, DOCX)
    a, b = doc.source_span(start, end)
    assert 0 <= a <= b <= len(doc.source_text), (start, end, a, b)
    clean = doc.text[start:end]
    got = _decoded(doc.source_text[a:b], markup)
    pos = 0
    for word in clean.split():
        found = got.find(word, pos)
        assert found >= 0, f"{word!r} of clean[{start}:{end}] not in source[{a}:{b}] = {got!r}"
        pos = found + len(word)
    if clean[:1].strip():
        assert got.startswith(clean[0]), (start, end, got[:40])
    if clean[-1:].strip() and doc.text[end : end + 1].strip() == "":
        assert got.endswith(clean[-1]), (start, end, got[-40:])


def check_offsets(doc: CleanText, data: st.DataObject) -> None:
    """Hypothesis body: a random span of ``doc`` maps back to the same words."""
    n = len(doc.text)
    start = data.draw(st.integers(0, n), label="start")
    end = data.draw(st.integers(start, min(n, start + 400)), label="end")
    assert_span_maps(doc, start, end)


def words(text: str) -> list[str]:
    return text.split()


def gold_ratio(text: str, gold_id: str) -> float:
    """difflib ratio of whitespace-normalised words against a gold corpus text."""
    gold = (GOLD / f"{gold_id}.txt").read_text(encoding="utf-8")
    return difflib.SequenceMatcher(None, words(text), words(gold), autojunk=False).ratio()


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


# -- sniffing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "filename", "expected"),
    [
        (b"%PDF-1.7\n...", "x.txt", PDF),
        (b"\r\n  junk %PDF-1.4\n", "", PDF),
        (b"PK\x03\x04....word/document.xml....", "a.pdf", DOCX),
        (b"PK\x03\x04....xl/workbook.xml....", "a.docx", "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a.docx", "application/x-ole-storage"),
        (b'<?xml version="1.0"?>\n<akomaNtoso xmlns="x"><judgment/></akomaNtoso>', "", AKN),
        (b"\xef\xbb\xbf<akomaNtoso><judgment/></akomaNtoso>", "a.txt", AKN),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="a"/>', "a.html", XML),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a.xml", HTML),
        (b"<html><p>x</p></html>", "", HTML),
        (b"<hr id='1'/><sup>[1]</sup> Rollo, p. 2.<br/>", "", HTML),
        (b"Wherefore, the order is reversed. <p><em>Bengzon</em>, J.</p>", "", HTML),
        (b"The accused said x < y and 3 > 2.", "a.html", PLAIN),
        (b"Judgment\n\nThe appeal is dismissed.", "a.pdf", PLAIN),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt", "image/png"),
        (bytes(range(256)) * 20, "a.txt", "application/octet-stream"),
    ],
)
def test_sniff_by_content_not_name(content: bytes, filename: str, expected: str) -> None:
    assert sniff_media_type(content, filename) == expected


def test_extension_breaks_the_plain_html_tie() -> None:
    one_tag = b"The order stands.<br>So ordered."
    assert sniff_media_type(one_tag, "ruling.txt") == PLAIN
    assert sniff_media_type(one_tag, "ruling.html") == HTML
    assert (
        read_document(one_tag, "ruling", media_type="text/html; charset=utf-8").media_type == HTML
    )


# -- decoding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Señor – ok".encode(), "Señor – ok"),
        (codecs.BOM_UTF8 + "Señor".encode(), "Señor"),
        (codecs.BOM_UTF16_LE + "Señor".encode("utf-16-le"), "Señor"),
        (codecs.BOM_UTF16_BE + "Señor".encode("utf-16-be"), "Señor"),
        ("Señor – ok".encode("cp1252"), "Señor – ok"),
        ("Señor ".encode() + "– ok".encode("cp1252"), "Señor – ok"),  # mixed
        (
            b'<meta charset="iso-8859-1"><p>Se\xf1or \x96 ok',
            '<meta charset="iso-8859-1"><p>Señor – ok',
        ),
        (
            '<?xml version="1.0" encoding="koi8-r"?><a>Суд</a>'.encode("koi8-r"),
            '<?xml version="1.0" encoding="koi8-r"?><a>Суд</a>',
        ),
    ],
)
def test_decode(content: bytes, expected: str) -> None:
    assert decode_text(content, "x")[0] == expected


def test_binary_is_not_text() -> None:
    with pytest.raises(UnsupportedFormatError, match="doc.txt: .*binary"):
        decode_text(bytes(range(256)) * 4, "doc.txt")


# -- plain text -----------------------------------------------------------------------


def test_plain_text_keeps_text_and_maps_crlf() -> None:
    doc = read_document(b"\r\n  Line one\r\nLine two\rLine\x00three  \n\n", "a.txt")
    assert doc.media_type == PLAIN
    assert doc.text == "Line one\nLine two\nLine three"
    assert doc.source_text == "\r\n  Line one\r\nLine two\rLine\x00three  \n\n"
    start = doc.text.index("three")
    a, b = doc.source_span(start, start + 5)
    assert doc.source_text[a:b] == "three"


@HYPOTHESIS
@given(
    st.lists(
        st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(["\r\n", "\r", "\n\n"])),
        max_size=30,
    ),
    st.data(),
)
def test_plain_offsets_property(parts: list[str], data: st.DataObject) -> None:
    content = "".join(parts).encode("utf-8", errors="surrogatepass")
    try:
        doc = read_document(content, "gen.txt", media_type=PLAIN)
    except IngestError:
        return  # empty, binary or not decodable: an error is the right answer
    if doc.media_type == PLAIN:
        check_offsets(doc, data)


# -- hostile input --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", IngestError, "empty file"),
        (b" \n\t ", IngestError, "empty file"),
        (bytes(range(256)) * 64, UnsupportedFormatError, "binary"),
        (b"\x00" * 5000, UnsupportedFormatError, "binary"),
        (b"PK\x03\x04not really a zip", UnsupportedFormatError, "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, UnsupportedFormatError, "legacy"),
        (b"{\\rtf1\\ansi hello}", UnsupportedFormatError, "RTF"),
        (b"<html><body><script>x()</script></body></html>", IngestError, "no text"),
    ],
)
def test_bad_input_raises_ingest_error(content: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message) as info:
        read_document(content, "hostile/doc.bin")
    assert info.value.source == "hostile/doc.bin"
    assert str(info.value).startswith("hostile/doc.bin: ")


def test_size_caps() -> None:
    small = Settings(max_document_bytes=100, max_text_chars=10)
    with pytest.raises(DocumentTooLargeError, match="cap of 100"):
        read_document(b"x" * 101, "big.txt", settings=small)
    with pytest.raises(DocumentTooLargeError, match="10 characters"):
        read_document(b"word " * 10, "long.txt", settings=small)
    with pytest.raises(DocumentTooLargeError, match="10 characters"):
        read_document(b"<p>word</p>" * 8, "long.html", settings=small)


def test_time_cap_is_checked_while_reading_markup() -> None:
    never = Settings(max_document_seconds=-1.0)
    with pytest.raises(DocumentTooLargeError, match="longer than"):
        read_document(b"<p>x</p>" * 5000, "slow.html", settings=never)


def test_court_from_heading() -> None:
    assert court_from_heading("x\nIN THE HIGH COURT OF SOUTH AFRICA\n") == (
        "HIGH COURT OF SOUTH AFRICA"
    )
    assert court_from_heading("Sheet\nLAHORE HIGH COURT, LAHORE\n") == "LAHORE HIGH COURT"
    assert court_from_heading("The Anti-Corruption Court, Bahawalpur held") is None
