"""Property-based tests: the parsers take any bytes, the extractors any text.

* ``read_document`` on arbitrary bytes returns clean text or raises ``IngestError``
  (nothing else), and its offset map stays inside the source text;
* every portal's ``parse_listing`` / ``parse_document`` on arbitrary bytes returns or
  raises a ``CaselawError`` (nothing else);
* citation and charge extraction never crash and their spans index the text given;
* the whole ``extract`` never raises and every evidence span is in range.
"""

from __future__ import annotations

import datetime as dt
import encodings.aliases
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from caselaw.errors import CaselawError, IngestError
from caselaw.models import Judgment, JudgmentRef
from caselaw.text import read_document

PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"<html><body><p>",
    b'<?xml version="1.0"?><akomaNtoso>',
    b"<?xml version='1.0' encoding='latin-1'?><doc>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff\x00<",
    b"{\\rtf1 ",
    b"<!DOCTYPE html><meta charset=",
]
MARKUP_ATOMS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "]]>", "&amp;", "&#", "&#x", ";", "<", ">", "'", '"', "=", "<?", "?>",
    "<!DOCTYPE", "<table><tr><td>", "\x00", "\r\n", " ", "Republic v Doe", "é", "\ufffd",
]  # fmt: skip


def documents() -> st.SearchStrategy[bytes]:
    raw = st.binary(max_size=3000)
    prefixed = st.tuples(st.sampled_from(PREFIXES), raw).map(lambda t: t[0] + t[1])
    markup = st.lists(st.sampled_from(MARKUP_ATOMS) | st.text(max_size=20), max_size=80).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    )
    return st.one_of(raw, prefixed, markup)


def _check_read(content: bytes, name: str) -> None:
    try:
        clean = read_document(content, name)
    except IngestError as exc:
        assert exc.source == name
        return
    assert clean.text.strip()
    size = len(clean.source_text)
    for pos in {0, len(clean.text) // 2, len(clean.text)}:
        assert 0 <= clean.offsets.to_source(pos) <= size


@PROFILE
@given(
    documents(), st.sampled_from(["doc.txt", "doc.html", "doc.pdf", "doc.docx", "doc.xml", "doc"])
)
def test_read_document_raises_only_ingest_errors(content: bytes, name: str) -> None:
    _check_read(content, name)


TEXT_CODECS = sorted(
    {v for v in encodings.aliases.aliases.values()} | {"utf-8", "latin-1", "shift_jis", "koi8-r"}
)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(TEXT_CODECS), st.sampled_from([".html", ".xml"]))
def test_declared_charset_any_known_codec(codec: str, ext: str) -> None:
    """Any codec name Python knows, declared by a page, is read or refused as IngestError."""
    if ext == ".html":
        content = f'<html><head><meta charset="{codec}"></head><body><p>Republic v Doe</p>'
    else:
        content = f'<?xml version="1.0" encoding="{codec}"?><doc><p>Republic v Doe</p></doc>'
    _check_read(content.encode(), "page" + ext)


@pytest.mark.parametrize("codec", ["rot13", "base64", "idna", "hex", "zlib", "uu", "bz2"])
def test_declared_non_text_codec_is_ignored(codec: str) -> None:
    """BUGS.md #1 (fixed): a bytes-to-bytes codec declared by a page is ignored."""
    page = f'<html><head><meta charset="{codec}"></head><body><p>Republic v Doe</p>'
    assert read_document(page.encode(), "page.html").text == "Republic v Doe"


# -- portals -------------------------------------------------------------------------------------


def _portals() -> list[Any]:
    from caselaw.scrapers.registry import PORTALS, get_portal

    out = []
    for pid in sorted(PORTALS):
        try:
            out.append(get_portal(pid))
        except CaselawError:
            continue  # a portal module still being written
    return out


PORTALS = _portals()
# Portals whose parsers still raise a foreign exception on odd JSON (none since BUGS.md #5).
LISTING_BUGS: set[str] = set()
DOCUMENT_BUGS: set[str] = set()


def _params(bugs: set[str]) -> list[Any]:
    return [
        pytest.param(p, id=p.id, marks=pytest.mark.xfail(strict=True, reason="BUGS.md #5"))
        if p.id in bugs
        else pytest.param(p, id=p.id)
        for p in PORTALS
    ]


LISTING_PREFIXES = [b"", b"{", b'{"items": [', b'{"results": [{"id": 1', b"<html><body>",
                    b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry>",
                    b"[", b"null", b'{"count": 5, "results": []}']  # fmt: skip


def listings() -> st.SearchStrategy[bytes]:
    tail = st.binary(max_size=1500) | st.text(max_size=300).map(str.encode)
    return st.tuples(st.sampled_from(LISTING_PREFIXES), tail).map(lambda t: t[0] + t[1])


@pytest.mark.parametrize("portal", _params(LISTING_BUGS))
@PROFILE
@given(content=listings())
@example(content=b"null")
@example(content=b'{"results": [null], "found": 1, "count": 1}')
def test_parse_listing_raises_only_caselaw_errors(portal: Any, content: bytes) -> None:
    url = portal.base_url + "/listing?page=1"
    try:
        listing = portal.parse_listing(content, url)
    except CaselawError:
        return
    for ref in listing.refs:
        assert ref.portal == portal.id and ref.portal_id


@pytest.mark.parametrize("portal", _params(DOCUMENT_BUGS))
@PROFILE
@example(content=b'{"results": [null]}', media_type="application/json")
@given(
    content=documents(),
    media_type=st.sampled_from(
        ["text/html", "application/pdf", "text/plain", "application/json", "application/xml", ""]
    ),  # fmt: skip
)
def test_parse_document_raises_only_caselaw_errors(
    portal: Any, content: bytes, media_type: str
) -> None:
    ref = JudgmentRef(
        portal.id, "x1", portal.base_url + "/judgment/x1", "A v B", dt.date(2020, 1, 2)
    )
    try:
        portal.parse_document(content, media_type, ref)
    except CaselawError:
        return


# -- extraction ----------------------------------------------------------------------------------

LEGAL_ATOMS = [
    "section ", "s.", "ss. ", "§ ", "§§ ", "Section 4(a)", "(a)", "(1)(d)", " and ", " or ",
    " read with ", " in relation to ", " of the ", " of ", "R.A. No. 9208", "Republic Act No. ",
    "as amended by ", "Anti-Trafficking in Persons Act", "Prevention of Corruption Act 1988",
    "18 U.S.C. ", "1591", "contrary to ", "charged with ", "trafficking in persons", "bribery",
    "guilty", "acquitted", "sentenced to ", "ten years", "imprisonment", "\n\n", ", ", ".",
    "Accused ", "JUDGMENT", "police officer", "(", ")", "Art. ", "12",
    "Title 18, United States Code, section ",
]  # fmt: skip


def legal_text() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(LEGAL_ATOMS) | st.text(max_size=8), max_size=120).map("".join)


@PROFILE
@given(legal_text(), st.sampled_from([None, "ph", "us", "gb", "ke", "pk", "lk", "xx"]))
def test_citations_spans_in_range(text: str, jurisdiction: str | None) -> None:
    citations = pytest.importorskip("caselaw.extractors.citations")
    for cit in citations.parse_citations(text, jurisdiction=jurisdiction):
        assert 0 <= cit.start <= cit.end <= len(text)
        assert text[cit.start : cit.end] == cit.text
        for part in cit.parts:
            for prov in part.provisions:
                assert cit.start <= prov.start <= prov.end <= cit.end
            if part.act:
                assert 0 <= part.act.start <= part.act.end <= len(text)
        for act in cit.amendments:
            assert 0 <= act.start <= act.end <= len(text)
        cit.normalised()


@PROFILE
@given(legal_text(), st.integers(0, 400), st.integers(0, 400))
def test_citations_window_stays_in_window(text: str, a: int, b: int) -> None:
    citations = pytest.importorskip("caselaw.extractors.citations")
    lo, hi = sorted((a, b))
    for cit in citations.parse_citations(text, lo, hi):
        assert lo <= cit.start <= cit.end <= min(hi, len(text))


@PROFILE
@given(legal_text(), st.sampled_from([None, "ph", "us", "gb"]))
def test_charges_evidence_in_range(text: str, jurisdiction: str | None) -> None:
    charges = pytest.importorskip("caselaw.extractors.charges")
    for mention in charges.find_charges(text, jurisdiction):
        for ev in _evidence_of(mention):
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text


def _evidence_of(obj: Any) -> list[Any]:
    from caselaw.models import Evidence

    found: list[Any] = []
    for name in getattr(obj, "__slots__", ()) or getattr(obj, "__dataclass_fields__", {}):
        value = getattr(obj, name, None)
        if isinstance(value, Evidence):
            found.append(value)
        elif isinstance(value, tuple | list):
            found.extend(v for v in value if isinstance(v, Evidence))
    return found


def _extract_ready() -> bool:
    try:
        import caselaw.extractors as ex
    except ImportError:
        return False
    return hasattr(ex, "extract")


@pytest.mark.skipif(not _extract_ready(), reason="caselaw.extractors.extract not there yet")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(legal_text())
def test_extract_never_raises_and_spans_in_range(text: str) -> None:
    from caselaw.extractors import extract

    assume(text.strip())
    judgment = Judgment(id="t:1", portal="t", text=text)
    x = extract(judgment)
    facts = (*x.defendants, *x.charges, *x.verdicts, *x.sentences, *x.signals, *x.factors)
    for fact in facts:
        for ev in _evidence_of(fact):
            assert 0 <= ev.start <= ev.end <= len(text), (fact, ev)
            assert text[ev.start : ev.end] == ev.text
    assert all(e.source for e in x.errors)
