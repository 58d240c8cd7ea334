"""Philippine Supreme Court E-Library (elibrary.judiciary.gov.ph).

* Listing: one page per month, ``/thebookshelf/docmonth/{Mon}/{YYYY}/1`` (bookshelf 1 =
  decisions and signed resolutions): bare ``<a>`` links to ``/thebookshelf/showdocs/1/{id}``
  inside ``div#container_title``, each with ``<strong>`` docket, ``<small>`` title, date.
* Decision page (read at its printer-friendly URL ``/thebookshelf/showdocsfriendly/1/{id}``):
  a ``[ G.R. No. 158464, August 02, 2016 ]`` header (docket + promulgation
  date), the division (``EN BANC``, ``THIRD DIVISION``), the title in ``h3`` ending in
  ``D E C I S I O N``, the ponente (``BERSAMIN, J.:``), the ponencia, the fallo
  (``WHEREFORE ... SO ORDERED.``), separate opinions and footnotes.
* No API; robots/terms not seen.  Ids grow with time; blank pages exist for some ids.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from caselaw.errors import PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SHOWDOCS = re.compile(r"/thebookshelf/showdocs(?:friendly)?/(\d+)/(\w+)")
HEADER = re.compile(r"\[\s*(?P<docket>.+?),\s*(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4})\s*\]")
PONENTE = re.compile(r"^[A-Z][A-Z .,'\-\u00d1]+,\s*(?:(?:C\.\s*)?J\.|JJ\.|S\.A\.J\.)\s*:?$")
DISPOSITIVE = re.compile(
    r"\b(WHEREFORE|ACCORDINGLY|IN VIEW (?:WHEREOF|OF THE FOREGOING)|PREMISES CONSIDERED)\b",
    re.IGNORECASE,
)
SO_ORDERED = re.compile(r"SO ORDERED\.?", re.IGNORECASE)
KIND = re.compile(r"(D E C I S I O N|R E S O L U T I O N)\s*$")
FOOTER = "E-Library Content Management System"


class PhElibrary(Portal):
    info = PortalInfo(
        id="ph_elibrary",
        name="Supreme Court E-Library (Philippines)",
        base_url="https://elibrary.judiciary.gov.ph",
        coverage="Decisions and signed resolutions of the Supreme Court of the Philippines, "
        "incl. administrative matters against court personnel (A.M. Nos.).",
        terms="Public government works (no copyright in PH government works); no API; "
        "robots.txt and terms not seen: crawl slowly.",
    )

    def listing_urls(self, query: Query) -> list[str]:
        until = query.until or dt.date.today()
        since = query.since or until.replace(day=1)
        return [
            f"{self.base_url}/thebookshelf/docmonth/{MONTHS[month - 1]}/{year}/1"
            for year, month in p.months_between(since, until)
        ]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        p.check_challenge(content, url)
        root = p.load_html(content, url)
        container = root.xpath('//div[@id="container_title"]')
        links = (container[0] if container else root).xpath(".//a[@href]")
        refs: dict[str, JudgmentRef] = {}
        for link in links:
            match = SHOWDOCS.search(link.get("href"))
            if match is None:
                continue
            ref = self._ref(link, match)
            refs.setdefault(ref.portal_id, ref)
        if not refs:
            if container:
                return Listing(refs=(), exhausted=True)
            raise PortalChangedError(url, "no div#container_title and no showdocs links")
        return Listing(refs=tuple(refs.values()))

    def _ref(self, link: Any, match: re.Match[str]) -> JudgmentRef:
        docket = p.inline(" ".join(link.xpath(".//strong//text() | .//b//text()")))
        title = p.inline(" ".join(link.xpath(".//small//text()")))
        texts = [p.inline(t) for t in link.xpath(".//text()") if p.inline(t)]
        date = next((d for t in reversed(texts) if (d := p.parse_date(t))), None)
        return JudgmentRef(
            portal=self.id,
            portal_id=match.group(2),
            url=f"{self.base_url}/thebookshelf/showdocs/{match.group(1)}/{match.group(2)}",
            title=title or p.inline(link.text_content()),
            date=p.sane_date(date),
            metadata={"docket": docket or None, "bookshelf": match.group(1)},
        )

    def document_url(self, ref: JudgmentRef) -> str:
        """The printer-friendly page: the decision alone (the form the real samples have)."""
        shelf = ref.metadata.get("bookshelf", "1")
        return f"{self.base_url}/thebookshelf/showdocsfriendly/{shelf}/{ref.portal_id}"

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        if not p.is_html(media_type, content) and content.lstrip()[:1] != b"<":
            text, meta = p.read_binary(content, media_type, ref.url)
            return Parsed(text=text, media_type=media_type, jurisdiction="PH",
                          court_level="supreme", case_name=ref.title or None,
                          decision_date=ref.date, metadata=meta)  # fmt: skip
        p.check_challenge(content, ref.url)
        root = p.load_html(content, ref.url)
        for footer in root.xpath(f'//center[contains(., "{FOOTER}")]'):
            footer.drop_tree()
        header = next((m for h in root.iter("h2") if (m := HEADER.search(h.text_content()))), None)
        if header is None:
            raise PortalChangedError(ref.url, "no '[ G.R. No. ..., <date> ]' header on the page")
        scope = root.xpath('//div[contains(@class, "single_content")] | //article')
        text = p.element_text(scope[0] if scope else root.find("body"))
        division = next((p.inline(h.text_content()) for h in root.iter("h2")
                         if not HEADER.search(h.text_content())), "")  # fmt: skip
        title_el = next(root.iter("h3"), None)
        title = p.inline(title_el.text_content()) if title_el is not None else ref.title
        kind = KIND.search(title)
        ponente = next((p.inline(s.text_content()) for s in root.iter("strong", "b")
                        if PONENTE.match(p.inline(s.text_content()))), None)  # fmt: skip
        court = "Supreme Court of the Philippines"
        meta = {
            "division": division.title() or None,
            "ponente": ponente.rstrip(":") if ponente else None,
            "document_type": kind.group(1).replace(" ", "").title() if kind else None,
            "phil_reports": _phil_cite(text),
            "fallo": fallo(text),
        }
        return Parsed(
            text=text,
            media_type="text/html",
            jurisdiction="PH",
            court=f"{court} ({division.title()})" if division else court,
            court_level="supreme",
            case_name=(title[: kind.start()] if kind else title).strip() or ref.title or None,
            docket=p.inline(header.group("docket")),
            decision_date=p.sane_date(p.parse_date(header.group("date"))) or ref.date,
            metadata={k: v for k, v in meta.items() if v},
        )


def fallo(text: str) -> str | None:
    """The dispositive part: from the last WHEREFORE-like opener to the first SO ORDERED."""
    end = SO_ORDERED.search(text)
    stop = end.end() if end else len(text)
    starts = [m.start() for m in DISPOSITIVE.finditer(text, 0, stop)]
    if not starts:
        return None
    return text[starts[-1] : stop].strip() or None


def fragment_text(content: bytes, source: str) -> str:
    """Clean text of a saved page fragment (ponencia, fallo or annex HTML)."""
    root = p.load_html(content, source)
    body = root.find("body")
    return p.element_text(body if body is not None else root)


def _phil_cite(text: str) -> str | None:
    match = re.match(r"\s*(\d+ Phil\. \d+)", text)
    return match.group(1) if match else None
