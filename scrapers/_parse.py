"""Small parsing helpers shared by the portal modules (pure; no network).

* ``load_html`` / ``load_xml``: bytes -> lxml tree, safely (no entities, no network).
* ``element_text``: block-aware text of an element (paragraphs on their own lines).
* ``check_challenge``: raise ``BlockedError`` on a Cloudflare / captcha / access-denied page.
* ``parse_date`` / ``sane_date``: the date formats the portals print, and a range check.
* ``read_binary``: text of a PDF/DOCX body through ``caselaw.text`` (when a portal
  followed a link to the source file).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

from caselaw.errors import BlockedError, PortalChangedError, UnsupportedFormatError

# Elements whose text is never judgment text.
_SKIP = {"script", "style", "noscript", "template", "nav", "button", "svg", "head"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
    # Akoma Ntoso block elements (LegalDocML XML read with the HTML-ish walker).
    "paragraph", "subparagraph", "level", "num", "heading", "block", "content",
    "intro", "wrapup", "blocklist", "item", "judgmentbody", "decision", "coverpage",
    "preface", "conclusions", "tblock", "docket", "party",
}  # fmt: skip

_CHALLENGE_TITLES = re.compile(
    r"just a moment|attention required|access denied|are you a robot|captcha|"
    r"security check|request rejected|too many requests|ddos-guard",
    re.IGNORECASE,
)
_CHALLENGE_MARKERS = (
    b"cf-browser-verification",
    b"challenge-platform",
    b"cf_chl_opt",
    b"g-recaptcha",
    b"h-captcha",
    b"cf-turnstile",
)
_MIN_DATE = dt.date(1800, 1, 1)
_NEWLINES = re.compile(r"[\r\n]+")

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")


_UTF8_HTML = lxml_html.HTMLParser(encoding="utf-8")


def load_html(content: bytes, url: str) -> Any:
    """Parse an HTML page; ``url`` names it in errors and resolves relative links."""
    if not content.strip():
        raise PortalChangedError(url, "empty response body")
    try:
        content.decode("utf-8")
        parser = _UTF8_HTML  # lxml would guess latin-1 for bytes without a charset
    except UnicodeDecodeError:
        parser = None  # let lxml follow the page's own <meta charset>
    try:
        root = lxml_html.document_fromstring(content, parser=parser, base_url=url)
    except (etree.ParserError, ValueError) as exc:
        raise PortalChangedError(url, f"not parseable as HTML: {exc}") from exc
    root.make_links_absolute(url, resolve_base_href=True, handle_failures="ignore")
    return root


_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)


_XML_RECOVER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
)


def load_xml(content: bytes, url: str, recover: bool = False) -> Any:
    """Parse XML without entities, DTDs or network access.

    With ``recover`` a document that is not well-formed (a bare ``&`` in old
    court XML) is read as far as libxml2 can repair it.
    """
    try:
        return etree.fromstring(content.strip(), parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        check_challenge(content, url)
        root = etree.fromstring(content.strip(), parser=_XML_RECOVER) if recover else None
        if root is None:
            raise PortalChangedError(url, f"not well-formed XML: {exc}") from exc
        return root


def load_json_object(content: bytes, url: str, what: str = "response") -> dict[str, Any]:
    """Parse a JSON API body that must be an object; a challenge page raises BlockedError."""
    check_challenge(content, url)
    try:
        data = json.loads(content)
    except (UnicodeDecodeError, ValueError) as exc:
        raise PortalChangedError(url, f"{what} is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PortalChangedError(url, f"{what} is not a JSON object")
    return data


def check_challenge(content: bytes, url: str) -> None:
    """Raise ``BlockedError`` when the body is a bot challenge or an access-denied page."""
    head = content[:20000]
    lowered = head.lower()
    if any(marker in lowered for marker in _CHALLENGE_MARKERS):
        raise BlockedError(url, "bot challenge page (captcha / Cloudflare) instead of content")
    match = re.search(rb"<title[^>]*>(.*?)</title>", head, re.IGNORECASE | re.DOTALL)
    if match:
        title = match.group(1).decode("utf-8", "replace").strip()
        if _CHALLENGE_TITLES.search(title):
            raise BlockedError(url, f"challenge or access-denied page: {title[:80]!r}")


def local(tag: Any) -> str:
    """Local name of an element tag, lower-cased ('' for comments and PIs)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def element_text(element: Any, skip: Iterable[str] = (), keep_newlines: bool = False) -> str:
    """Text of ``element`` with block elements on their own lines, whitespace tidied.

    Source line breaks inside text are spaces (as a browser shows them) except in
    ``<pre>`` or with ``keep_newlines`` (court XML whose line breaks carry layout);
    hidden (``display:none``) and non-text elements are skipped.
    """
    skipped = _SKIP | set(skip)
    parts: list[str] = []

    def add(text: str | None, pre: bool) -> None:
        if text:
            parts.append(text if pre else _NEWLINES.sub(" ", text))

    def walk(node: Any, pre: bool, top: bool = False) -> None:
        name = local(node.tag)
        hidden = "display:none" in (node.get("style") or "").replace(" ", "").lower()
        if name and name not in skipped and not hidden:
            pre = pre or name == "pre"
            block = name in _BLOCKS
            parts.append("\n" if name == "br" or block else "")
            add(node.text, pre)
            for child in node:
                walk(child, pre)
            parts.append("\n" if block else " " if name in {"td", "th"} else "")
        if not top:
            add(node.tail, pre)

    if element is not None:
        walk(element, pre=keep_newlines, top=True)
    return tidy("".join(parts))


def tidy(text: str) -> str:
    """Collapse runs of spaces, strip lines, keep at most one blank line between blocks."""
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def inline(text: str | None) -> str:
    """One-line text: all whitespace collapsed."""
    return re.sub(r"\s+", " ", text or "").strip()


def parse_date(text: str | None) -> dt.date | None:
    """First date in ``text``: ISO, '30 June 2021', 'June 30, 2021', 'Jun. 30 2021'."""
    if not text:
        return None
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        for match in pattern.finditer(text):
            a, b, c = match.groups()
            try:
                if order == "ymd":
                    return dt.date(int(a), int(b), int(c))
                if order == "dmy" and b.lower() in MONTHS:
                    return dt.date(int(c), MONTHS[b.lower()], int(a))
                if order == "mdy" and a.lower() in MONTHS:
                    return dt.date(int(c), MONTHS[a.lower()], int(b))
            except ValueError:
                continue
    return None


def sane_date(value: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    """``value`` if it is a plausible judgment date (1800 .. today + 1 year), else None."""
    if value is None:
        return None
    limit = (today or dt.date.today()) + dt.timedelta(days=366)
    return value if _MIN_DATE <= value <= limit else None


def with_query(url: str, **params: Any) -> str:
    """``url`` with query parameters set (None removes a parameter)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in params.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    return urlunsplit(parts._replace(query=urlencode(query)))


def query_param(url: str, name: str) -> str | None:
    return dict(parse_qsl(urlsplit(url).query)).get(name)


def read_binary(content: bytes, media_type: str, source: str) -> tuple[str, Mapping[str, Any]]:
    """Text of a PDF/DOCX/other body via ``caselaw.text.read_document``."""
    try:
        from caselaw.text import read_document  # imported lazily: written by another module
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise UnsupportedFormatError(source, f"no reader for {media_type}") from exc
    clean = read_document(content, source, media_type)
    return clean.text, dict(getattr(clean, "metadata", {}) or {})


def is_html(media_type: str, content: bytes) -> bool:
    kind = (media_type or "").split(";")[0].strip().lower()
    if kind in {"text/html", "application/xhtml+xml"}:
        return True
    return not kind and content.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


def months_between(since: dt.date, until: dt.date) -> list[tuple[int, int]]:
    """(year, month) pairs from ``since`` to ``until`` inclusive, newest first."""
    out: list[tuple[int, int]] = []
    year, month = until.year, until.month
    while (year, month) >= (since.year, since.month):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


# ISO 3166-1 alpha-3 -> alpha-2 (SHERLOC paths name countries by alpha-3).
_ISO3 = """
AFG AF ALA AX ALB AL DZA DZ ASM AS AND AD AGO AO AIA AI ATA AQ ATG AG ARG AR ARM AM ABW AW AUS AU
AUT AT AZE AZ BHS BS BHR BH BGD BD BRB BB BLR BY BEL BE BLZ BZ BEN BJ BMU BM BTN BT BOL BO BES BQ
BIH BA BWA BW BVT BV BRA BR IOT IO BRN BN BGR BG BFA BF BDI BI CPV CV KHM KH CMR CM CAN CA CYM KY
CAF CF TCD TD CHL CL CHN CN CXR CX CCK CC COL CO COM KM COG CG COD CD COK CK CRI CR CIV CI HRV HR
CUB CU CUW CW CYP CY CZE CZ DNK DK DJI DJ DMA DM DOM DO ECU EC EGY EG SLV SV GNQ GQ ERI ER EST EE
SWZ SZ ETH ET FLK FK FRO FO FJI FJ FIN FI FRA FR GUF GF PYF PF ATF TF GAB GA GMB GM GEO GE DEU DE
GHA GH GIB GI GRC GR GRL GL GRD GD GLP GP GUM GU GTM GT GGY GG GIN GN GNB GW GUY GY HTI HT HMD HM
VAT VA HND HN HKG HK HUN HU ISL IS IND IN IDN ID IRN IR IRQ IQ IRL IE IMN IM ISR IL ITA IT JAM JM
JPN JP JEY JE JOR JO KAZ KZ KEN KE KIR KI PRK KP KOR KR KWT KW KGZ KG LAO LA LVA LV LBN LB LSO LS
LBR LR LBY LY LIE LI LTU LT LUX LU MAC MO MDG MG MWI MW MYS MY MDV MV MLI ML MLT MT MHL MH MTQ MQ
MRT MR MUS MU MYT YT MEX MX FSM FM MDA MD MCO MC MNG MN MNE ME MSR MS MAR MA MOZ MZ MMR MM NAM NA
NRU NR NPL NP NLD NL NCL NC NZL NZ NIC NI NER NE NGA NG NIU NU NFK NF MKD MK MNP MP NOR NO OMN OM
PAK PK PLW PW PSE PS PAN PA PNG PG PRY PY PER PE PHL PH PCN PN POL PL PRT PT PRI PR QAT QA REU RE
ROU RO RUS RU RWA RW BLM BL SHN SH KNA KN LCA LC MAF MF SPM PM VCT VC WSM WS SMR SM STP ST SAU SA
SEN SN SRB RS SYC SC SLE SL SGP SG SXM SX SVK SK SVN SI SLB SB SOM SO ZAF ZA SGS GS SSD SS ESP ES
LKA LK SDN SD SUR SR SJM SJ SWE SE CHE CH SYR SY TWN TW TJK TJ TZA TZ THA TH TLS TL TGO TG TKL TK
TON TO TTO TT TUN TN TUR TR TKM TM TCA TC TUV TV UGA UG UKR UA ARE AE GBR GB USA US UMI UM URY UY
UZB UZ VUT VU VEN VE VNM VN VGB VG VIR VI WLF WF ESH EH YEM YE ZMB ZM ZWE ZW XKX XK
"""
ISO3_TO_2 = dict(re.findall(r"\b([A-Z]{3}) ([A-Z]{2})\b", _ISO3))
