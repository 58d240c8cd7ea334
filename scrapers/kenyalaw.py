"""Kenya Law (new.kenyalaw.org) and every other Laws.Africa Peachjam site.

Pass another ``base_url`` (e.g. ``https://lawlibrary.org.za``) to read a sibling
Peachjam deployment: the routes and templates are the platform's, not Kenya's.

* Listings: ``/judgments/{court}/{year}/{month}/`` (``?page=N``), ``/judgments/{court}/``,
  and the Atom feed ``/feeds/judgments.xml`` (the latest 100 judgments by creation time).
* Judgments live at Akoma Ntoso expression FRBR URIs,
  ``/akn/ke/judgment/kehc/2021/5621/eng@2021-06-30``; the page carries a
  ``dl.document-metadata-list`` and the text inside ``.document-content``.  Pages
  without text embed the source PDF (``{frbr_uri}/source.pdf``), which we follow.
* robots.txt disallows ``/search/`` and ``/api/`` and asks for ``Crawl-delay: 5``;
  the HTTP layer obeys it.  So ``Query.text`` is not sent anywhere: filter locally.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin

from caselaw.errors import PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

ATOM = "{http://www.w3.org/2005/Atom}"
FRBR = re.compile(
    r"/akn/(?P<country>[a-z]{2})(?:-[a-z0-9]+)?/judgment/(?P<court>[a-z0-9-]+)/"
    r"(?P<year>\d{4})/(?P<number>[^/?#@]+)(?:/(?P<lang>[a-z]{3})(?:@(?P<date>\d{4}-\d{2}-\d{2}))?)?"
)
COURT_LEVELS = {"kesc": "supreme", "keca": "appellate", "zacc": "supreme", "zasca": "appellate"}
DROPPED = {"download", "type", "copy"}
LANGUAGES = {"eng": "en", "swa": "sw", "fra": "fr", "por": "pt", "afr": "af"}


class KenyaLaw(Portal):
    info = PortalInfo(
        id="kenyalaw",
        name="Kenya Law (Peachjam platform)",
        base_url="https://new.kenyalaw.org",
        coverage="All Kenyan superior courts (KESC, KECA, KEHC incl. anti-corruption division, "
        "ELC, ELRC) and subordinate courts; other Peachjam LIIs with another base_url.",
        terms="Judgments are public domain; Kenya Law metadata CC BY-SA 4.0. robots.txt: "
        "Crawl-delay 5, no /search/ or /api/; content signal ai-train=no, ai-input=no.",
    )

    def listing_urls(self, query: Query) -> list[str]:
        if not query.court:
            return [f"{self.base_url}/feeds/judgments.xml"]
        court = query.court.strip("/").lower()
        if query.since is None:
            return [f"{self.base_url}/judgments/{court}/"]
        until = query.until or dt.date.today()
        return [
            f"{self.base_url}/judgments/{court}/{year}/{month}/"
            for year, month in p.months_between(query.since, until)
        ]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        p.check_challenge(content, url)
        if content.lstrip()[:200].lstrip(b"\xef\xbb\xbf").startswith((b"<?xml", b"<feed")):
            return self._parse_feed(content, url)
        root = p.load_html(content, url)
        refs: dict[str, JudgmentRef] = {}
        for link in root.xpath('//*[contains(@class, "doc-table")]//a[@href]'):
            ref = self._ref(link.get("href"), p.inline(link.text_content()), _row_date(link))
            if ref is not None:
                refs.setdefault(ref.portal_id, ref)
        if not refs:
            if "No documents found" in root.text_content():
                return Listing(refs=(), exhausted=True)
            raise PortalChangedError(url, "no judgment links in a .doc-table on a listing page")
        return Listing(refs=tuple(refs.values()), next_url=_next_page(root, url))

    def _parse_feed(self, content: bytes, url: str) -> Listing:
        feed = p.load_xml(content, url)
        if p.local(feed.tag) != "feed":
            raise PortalChangedError(url, f"expected an Atom <feed>, got <{p.local(feed.tag)}>")
        entries = feed.findall(f"{ATOM}entry")
        refs = []
        for entry in entries:
            links = [a.get("href", "") for a in entry.findall(f"{ATOM}link")]
            published = p.parse_date(entry.findtext(f"{ATOM}published"))
            title = p.inline(entry.findtext(f"{ATOM}title"))
            ref = next((r for h in links if (r := self._ref(h, title, published))), None)
            if ref is not None:
                refs.append(ref)
        if entries and not refs:
            raise PortalChangedError(url, "feed entries carry no /akn/.../judgment/ links")
        return Listing(refs=tuple(refs), exhausted=not entries)

    def _ref(self, href: str | None, title: str, date: dt.date | None) -> JudgmentRef | None:
        match = FRBR.search(href or "")
        if match is None or not title:
            return None
        uri = match.group(0)
        uri_date = p.parse_date(match.group("date"))
        return JudgmentRef(
            portal=self.id,
            portal_id=uri,
            url=f"{self.base_url}{uri}",
            title=title,
            date=p.sane_date(uri_date or date),
            metadata={"court_code": match.group("court"), "frbr_uri": uri},
        )

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        match = FRBR.search(ref.portal_id) or FRBR.search(ref.url)
        base: dict[str, Any] = _uri_fields(match)
        if not p.is_html(media_type, content):
            text, meta = p.read_binary(content, media_type, ref.url)
            return Parsed(text=text, media_type=media_type, case_name=ref.title or None,
                          decision_date=ref.date, metadata=meta, **base)  # fmt: skip
        p.check_challenge(content, ref.url)
        root = p.load_html(content, ref.url)
        meta = _metadata(root)
        title = p.inline(" ".join(root.xpath("//h1[1]//text()"))) or ref.title
        date = p.parse_date(meta.get("judgment_date")) or p.parse_date(meta.get("date"))
        fields = dict(
            base,
            court=meta.get("court"),
            case_name=title or None,
            docket=meta.get("case_number"),
            decision_date=p.sane_date(date or p.parse_date(match and match.group("date"))),
            metadata={**{k: v for k, v in meta.items() if v}, "frbr_uri": ref.portal_id},
        )
        body = root.xpath(
            '//la-akoma-ntoso | //*[contains(@class, "content__html")] | //*[@data-html-doc]'
        )
        text = p.element_text(body[0]) if body else ""
        if text:
            return Parsed(text=text, media_type="text/html", **fields)
        pdf = root.xpath("//*[@data-pdf]/@data-pdf")
        if pdf or root.xpath('//*[contains(@class, "document-content")]'):
            # data-pdf is a path on newer Peachjam templates: resolve it against the page
            source = urljoin(ref.url, pdf[0]) if pdf else f"{ref.url.split('?')[0]}/source.pdf"
            return Parsed(follow_url=source, media_type="application/pdf", **fields)
        raise PortalChangedError(ref.url, "no .document-content, AKN body or source PDF link")


def _uri_fields(match: re.Match[str] | None) -> dict[str, Any]:
    if match is None:
        return {}
    return {
        "jurisdiction": match.group("country").upper(),
        "court_level": COURT_LEVELS.get(match.group("court")),
        "language": LANGUAGES.get(match.group("lang") or "eng", "en"),
    }


def _metadata(root: Any) -> dict[str, str]:
    """dt/dd pairs of the first ``dl.document-metadata-list``, labels snake_cased."""
    out: dict[str, str] = {}
    for dl in root.xpath('//dl[contains(@class, "document-metadata-list")]')[:1]:
        for term in dl.xpath("./dt"):
            value = term.getnext()
            if value is not None and p.local(value.tag) == "dd":
                label = p.inline(term.text_content()).lower().replace(" ", "_")
                if label not in DROPPED:
                    out[label] = p.inline(p.element_text(value, skip=("button",)))
    return out


def _row_date(link: Any) -> dt.date | None:
    row = next(link.iterancestors("tr"), None)
    if row is None:
        return None
    return p.parse_date(" ".join(row.xpath('.//*[contains(@class, "cell-date")]//text()')))


def _next_page(root: Any, url: str) -> str | None:
    current = int(p.query_param(url, "page") or 1)
    for href in root.xpath('//*[contains(@class, "pagination")]//a/@href'):
        if p.query_param(href, "page") == str(current + 1):
            return str(href)
    return None
