"""Template for a new portal: copy to ``scrapers/<portal_id>.py`` and fill in the blanks.

Checklist (docs/adding-a-portal.md has the long version):

1. Name the module by the portal id (lower case, ``[a-z0-9_]``); set ``info.id`` to it.
2. Register it in ``scrapers/registry.py`` (``PORTALS``); ``test_registry`` fails otherwise.
3. Keep it pure: build URLs, parse bytes.  No HTTP, no sleeping, no files, no ``if testing``.
4. Check after parsing: required fields present, dates sane (``_parse.sane_date``);
   selectors that match nothing where results are expected raise ``PortalChangedError``;
   an honest empty result (the portal's own count is 0) returns ``Listing(refs=(),
   exhausted=True)``; a challenge page raises ``BlockedError`` (``_parse.check_challenge``).
5. Record golden fixtures in ``tests/fixtures/<portal_id>/`` (+ ``SOURCE.md``) for every path:
   listing -> refs + next, document -> text, follow_url, empty, changed page, challenge.
6. Stay under ~200 lines; put helpers two portals share in ``_parse.py``.
"""

from __future__ import annotations

from caselaw.errors import PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query


class TemplatePortal(Portal):
    # What users see in `caselaw portals` and docs/portals.md.  State the coverage that
    # matters to this project, and the terms/limits you read (with where you read them).
    info = PortalInfo(
        id="template",
        name="Example Court Portal",
        base_url="https://courts.example.org",
        coverage="Which courts and years, and what is missing (e.g. trial judgments).",
        terms="Licence of texts and metadata; robots.txt rules; documented rate limits.",
        requires_licence=False,  # True: refuse in __init__ unless options confirm it
        requires_token=False,  # True: read options["token"] and send it in headers()
    )

    def headers(self) -> dict[str, str]:
        # e.g. {"Authorization": f"Token {self.options['token']}"} for an API.
        return {}

    def listing_urls(self, query: Query) -> list[str]:
        # First page(s) only; parse_listing returns the next page.  Map what the portal
        # supports (court, date range, text); ignore the rest and say so in the docstring.
        return [f"{self.base_url}/judgments/?court={query.court or ''}"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        p.check_challenge(content, url)
        root = p.load_html(content, url)  # or p.load_xml / json.loads
        refs = []
        for link in root.xpath('//table[@class="results"]//a[@href]'):
            title = p.inline(link.text_content())
            if title:
                refs.append(JudgmentRef(portal=self.id, portal_id=link.get("href"),
                                        url=link.get("href"), title=title))  # fmt: skip
        if not refs:
            if "No results" in root.text_content():  # the portal says so: an honest empty
                return Listing(refs=(), exhausted=True)
            raise PortalChangedError(url, "no result links in table.results")
        next_links = root.xpath('//a[@rel="next"]/@href')
        return Listing(refs=tuple(refs), next_url=next_links[0] if next_links else None)

    def document_url(self, ref: JudgmentRef) -> str:
        return ref.url  # override when the text lives elsewhere (an API, a data.xml)

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        p.check_challenge(content, ref.url)
        root = p.load_html(content, ref.url)
        body = root.xpath('//div[@class="judgment"]')
        if not body:
            pdf = root.xpath('//a[contains(@href, ".pdf")]/@href')
            if pdf:  # no text on the page: let the job runner fetch the source file
                return Parsed(follow_url=pdf[0], media_type="application/pdf")
            raise PortalChangedError(ref.url, "no div.judgment and no PDF link")
        return Parsed(
            text=p.element_text(body[0]),
            media_type="text/html",
            jurisdiction="XX",  # ISO 3166-1 alpha-2 (or "ECHR")
            court=None,
            court_level=None,  # "supreme" | "appellate" | "trial" | "other" when certain
            case_name=ref.title or None,
            decision_date=p.sane_date(p.parse_date(ref.metadata.get("date"))) or ref.date,
        )
