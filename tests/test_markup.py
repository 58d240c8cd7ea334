"""caselaw.markup: HTML, Akoma Ntoso and XML text, offsets, metadata, hostile markup."""

from __future__ import annotations

import functools
import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_text import HYPOTHESIS, SAMPLES, assert_span_maps, check_offsets, gold_ratio, need

from caselaw.config import Settings
from caselaw.errors import DocumentTooLargeError, IngestError
from caselaw.markup import MAX_MARKUP_DEPTH
from caselaw.text import AKN, HTML, XML, CleanText, read_document

# portal sample -> gold corpus id (portal-samples/README.md)
GOLD_PAIRS = {
    "uk_findcaselaw/ewca_civ_2020_108_Hajiyeva_v_NCA.xml": "uk-ewca-civ-2020-108",
    "uk_findcaselaw/ewca_civ_2020_1488_Sharif_v_Birmingham_CC.xml": "uk-ewca-civ-2020-1488",
    "uk_findcaselaw/ewca_civ_2020_470_Nichols_v_Chelsea_FC.xml": "uk-ewca-civ-2020-470",
    "uk_findcaselaw/ewca_crim_2006_2749.xml": "uk-ewca-crim-2006-2749",
    "uk_findcaselaw/ewca_crim_2021_1412_R_v_Oloyowang.xml": "uk-ewca-crim-2021-1412",
    "uk_findcaselaw/ukut_iac_2023_117_PO_DRC.xml": "uk-ukut-iac-2023-117",
    "sg_elitigation/2005_2005_sgca_55.html": "sg-sgca-2005-55",
    "sg_elitigation/2015_2015_sghc_329.html": "sg-sghc-2015-329",
    "sg_elitigation/recent_2026_sgca_19.html": "sg-sgca-2026-19",
}
PH_FRAGMENTS = sorted(
    str(p.relative_to(SAMPLES)) for p in SAMPLES.glob("ph_elibrary_fragments/*/*.html")
)


@functools.cache
def sample(name: str) -> CleanText:
    path = need(SAMPLES / name)
    return read_document(path.read_bytes(), str(path))


def html_doc(markup: str) -> CleanText:
    return read_document(markup.encode(), "test.html", media_type=HTML)


# -- real portal samples --------------------------------------------------------------


@pytest.mark.parametrize(("name", "gold"), GOLD_PAIRS.items(), ids=list(GOLD_PAIRS))
def test_close_to_gold_text(name: str, gold: str) -> None:
    doc = sample(name)
    assert doc.media_type == (AKN if name.endswith(".xml") else HTML)
    assert gold_ratio(doc.text, gold) > 0.99  # seen: 0.998-1.000


@HYPOTHESIS
@given(st.sampled_from(sorted(GOLD_PAIRS) + PH_FRAGMENTS), st.data())
def test_sample_offsets_property(name: str, data: st.DataObject) -> None:
    check_offsets(sample(name), data)


def test_akn_metadata() -> None:
    meta = sample("uk_findcaselaw/ewca_crim_2021_1412_R_v_Oloyowang.xml").metadata
    assert meta == {
        "case_name": "REGINA v NATHAN OLOYOWANG",
        "decision_date": "2021-09-23",
        "uri": "https://caselaw.nationalarchives.gov.uk/id/ewca/crim/2021/1412",
        "jurisdiction": "GB",
        "court": "The Court of Appeal of England and Wales (Criminal Division)",
        "neutral_citation": "[2021] EWCA Crim 1412",
    }
    old = sample("uk_findcaselaw/ewca_civ_2020_1488_Sharif_v_Birmingham_CC.xml").metadata
    assert old["uri"] == "https://caselaw.nationalarchives.gov.uk/id/ewca/civ/2020/1488"
    assert old["docket"] == "A2/2019/1560"


def test_akn_text_keeps_numbers_and_drops_meta() -> None:
    text = sample("uk_findcaselaw/ewca_crim_2021_1412_R_v_Oloyowang.xml").text
    assert "MR JUSTICE HOLGATE:\n\n1.\n\nOn 26th March 2021, in the Crown Court" in text
    assert "font-family" not in text and "94785c86f6e5" not in text


def test_malformed_court_xml_is_recovered() -> None:
    doc = sample("uk_findcaselaw/ewca_crim_2006_2749.xml")  # has a bare "&"
    assert doc.metadata["neutral_citation"] == "[2006] EWCA Crim 2749"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "sg_elitigation/2015_2015_sghc_329.html",
            {
                "jurisdiction": "SG",
                "case_name": "AYK and another v AYM",
                "neutral_citation": "[2015] SGHC 329",
                "decision_date": "2015-12-29",
                "court": "High Court",
                "docket": "HC/Originating Summons No 98 of 2015 (HC/Summons No 2438 of 2015)",
            },
        ),
        (
            "sg_elitigation/recent_2026_sgca_19.html",
            {
                "jurisdiction": "SG",
                "case_name": "Qureshi Mohamed Aslam v Majlis Ugama Islam, Singapura",
                "neutral_citation": "[2026] SGCA 19",
                "decision_date": "2026-04-17",
                "court": "Court of Appeal",
                "docket": "Civil Appeal No 35 of 2025",
            },
        ),
    ],
)
def test_elitigation_metadata(name: str, expected: dict[str, str]) -> None:
    assert dict(sample(name).metadata) == expected


def test_elitigation_body_only() -> None:
    doc = sample("sg_elitigation/2015_2015_sghc_329.html")
    assert doc.text.startswith("AYK and another v AYM\n[2015] SGHC 329\n\nCase Number : HC")
    assert "Close Window" not in doc.text and "SUPREME COURT" not in doc.text


@pytest.mark.parametrize("name", PH_FRAGMENTS)
def test_ph_fragments_read_as_html(name: str) -> None:
    doc = sample(name)
    assert doc.media_type == HTML
    assert len(doc.text.split()) > 20
    assert "<p" not in doc.text and "<br" not in doc.text and "&amp;" not in doc.text
    assert not doc.text.endswith("tags")  # <doctags style="display:none">


# -- unit cases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Rajah &amp; Tann</p><p>AT&amp;T&#8217;s &nbsp; x</p>", "Rajah & Tann\n\nAT&T’s x"),
        ("<p>a<!-- <p>hidden</p> -->b</p>", "ab"),
        ("<p>x</p><script>if (a<b) {document.write('<p>no</p>')}</script><p>y</p>", "x\n\ny"),
        (
            "<style>p{}</style><nav>Home</nav><header>Logo</header><p>body</p><footer>(c)</footer>",
            "body",
        ),
        ("<p>one<br>two<br/>three</p>", "one\ntwo\nthree"),
        (
            "<table><tr><td>Case</td><td>:</td><td>X</td></tr><tr><td>B</td></tr></table>",
            "Case : X\n\nB",
        ),
        ("<p>hel<b>lo</b>   wor<i>ld</i></p>", "hello world"),
        ("<p>x < y and y > z</p>", "x < y and y > z"),
        ("<p title='a>b' data-x=\"c>d\">text</p>", "text"),
        ("<div><p>open <p>second <li>item</div>after", "open\n\nsecond\n\nitem\n\nafter"),
        ("<P>Upper</P><BR>Case", "Upper\n\nCase"),
        (
            "<p>shown</p><div style='display: none'>hidden <b>too</b></div><p>end</p>",
            "shown\n\nend",
        ),
        ('<div id="x">no</div><div id="divJudgement"><div><p>in</p></div></div><p>out</p>', "in"),
        ("<p>unclosed <b>bold <i>both", "unclosed bold both"),
        ("<p>tag never closes <a href='x'", "tag never closes <a href='x'"),
    ],
)
def test_html_cases(markup: str, expected: str) -> None:
    doc = html_doc(markup)
    assert doc.text == expected
    for start in range(len(doc.text)):
        assert_span_maps(doc, start, len(doc.text))
        assert_span_maps(doc, 0, start)


def test_entity_maps_to_whole_reference() -> None:
    doc = html_doc("<p>Rajah &amp; Tann</p>")
    amp = doc.text.index("&")
    assert doc.source_text[slice(*doc.source_span(amp, amp + 1))] == "&amp;"
    assert doc.source_text[slice(*doc.source_span(0, len(doc.text)))] == "Rajah &amp; Tann"


def test_generic_xml_separates_fields() -> None:
    xml = b'<?xml version="1.0"?><case><name>R v X</name><date>2020</date><b>x</b>y</case>'
    doc = read_document(xml, "case.xml")
    assert doc.media_type == XML
    assert doc.text == "R v X 2020 xy"


def test_cdata_is_text_in_xml() -> None:
    doc = read_document(b'<?xml version="1.0"?><r><p>a <![CDATA[<b> & c]]></p></r>', "c.xml")
    assert doc.text == "a <b> & c"


# -- hostile markup -------------------------------------------------------------------


def test_html_depth_cap() -> None:
    deep = "<div>" * (MAX_MARKUP_DEPTH + 1) + "x"
    with pytest.raises(DocumentTooLargeError, match="nested deeper"):
        html_doc(deep)


def test_xml_depth_cap() -> None:
    n = MAX_MARKUP_DEPTH + 1
    deep = b'<?xml version="1.0"?>' + b"<a>" * n + b"x" + b"</a>" * n
    with pytest.raises(DocumentTooLargeError, match="depth|nested deeper"):
        read_document(deep, "deep.xml")


def test_entities_are_never_expanded() -> None:
    laughs = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "lol"}">' for i in range(10)
    )
    bomb = f'<?xml version="1.0"?><!DOCTYPE r [{laughs}]><r><p>&lol9;</p></r>'
    doc = read_document(bomb.encode(), "bomb.xml")
    assert len(doc.text) < 100


def test_external_entities_are_not_fetched() -> None:
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    try:
        doc = read_document(xxe, "xxe.xml")
    except IngestError:
        return
    assert "root:" not in doc.text


@pytest.mark.parametrize(
    "content",
    [
        b'<?xml version="1.0"?><akomaNtoso><judgment><p>cut here',
        b'<?xml version="1.0"?><r>',
        b"<?xml version='1.0'?><a><b></a>cut here",
    ],
)
def test_broken_xml_is_an_ingest_error_or_text(content: bytes) -> None:
    try:
        doc = read_document(content, "broken.xml")
    except IngestError as exc:
        assert exc.source == "broken.xml"
    else:
        assert doc.text == "cut here"


@pytest.mark.parametrize(
    ("markup", "start"),
    [
        (b"<html><body>" + b'<a "x' * 50_000, '<a "x<a "x'),  # quotes that never close
        (b"<p>" + b"<a" * 100_000, "<a<a<a"),  # tags that never close
        (b"<p>" + b"<" * 100_000, "<<<<"),
        (b'<p>a<img src="data:' + b"A" * 500_000 + b'">b</p>', "ab"),  # a huge tag
        (b'<p title="a>b">x' * 20_000, "x\n\nx"),
        (b"<p>x" + b"<!x" * 50_000, "x"),  # declarations that never close
    ],
    ids=["open-quotes", "open-tags", "bare-lt", "huge-tag", "quoted-gt", "open-decls"],
)
def test_pathological_markup_is_read_in_one_pass(markup: bytes, start: str) -> None:
    """Each of these once cost quadratic time (a scan to the end per "<")."""
    assert html_doc(markup.decode()).text.startswith(start)


def test_time_cap_applies_to_markup() -> None:
    with pytest.raises(DocumentTooLargeError, match="broken.html"):
        read_document(b"<p>x</p>" * 5000, "broken.html", settings=Settings(max_document_seconds=-1))


# -- generated HTML -------------------------------------------------------------------

_WORDS = st.text(alphabet="ab<>&\"' \n\xa0é’", min_size=1, max_size=8)
_INLINE = ["b", "i", "span", "em", "a"]
_BLOCK = ["p", "div", "li", "h2", "blockquote"]


@st.composite
def html_tree(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """(markup, visible text) of a random fragment."""
    parts: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["text", "text", "entity", "comment", "script", "tag"]))
        if kind == "text":
            word = draw(_WORDS)
            parts.append((html.escape(word, quote=False), word))
        elif kind == "entity":
            char = draw(st.sampled_from("&<>é’"))
            parts.append((draw(st.sampled_from([f"&#{ord(char)};", html.escape(char)])), char))
        elif kind == "comment":
            parts.append(("<!-- <p>no</p> -->", ""))
        elif kind == "script":
            parts.append(("<script>a<b && '</p>'</script>", ""))
        elif depth < 4:
            name = draw(st.sampled_from(_INLINE + _BLOCK))
            inner, text = draw(html_tree(depth + 1))
            parts.append((f'<{name} class="c">{inner}</{name}>', text))
    return "".join(m for m, _ in parts), "".join(t for _, t in parts)


@HYPOTHESIS
@given(html_tree(), st.data())
def test_generated_html(tree: tuple[str, str], data: st.DataObject) -> None:
    markup, visible = tree
    try:
        doc = html_doc(f"<html><body>{markup}</body></html>")
    except IngestError:
        assert not visible.split()
        return
    assert re.sub(r"\s", "", doc.text) == re.sub(r"\s", "", visible)
    check_offsets(doc, data)
