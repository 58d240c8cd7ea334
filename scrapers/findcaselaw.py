"""Find Case Law (The National Archives, UK): Atom feed + Akoma Ntoso (LegalDocML) XML.

* Listing: ``/atom.xml?query=...&court=...&order=-date&page=N`` (RFC 5005 ``next`` link);
  each entry has ``tna:uri``, ``tna:identifier`` (``ukncn``, ``fclid``), ``tna:contenthash``
  and links to the HTML page, ``data.xml`` (``application/akn+xml``) and the PDF.
* Document: ``/{document_uri}/data.xml``; PDF-only documents are followed to their PDF.
* Licence: the Open Justice Licence does **not** cover computational analysis; bulk
  programmatic searching needs TNA's (free) licence.  This portal refuses to start
  unless ``options["licence_confirmed"]`` says the user holds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from caselaw.errors import ConfigError, PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

ATOM = "{http://www.w3.org/2005/Atom}"
TNA = "{https://caselaw.nationalarchives.gov.uk}"
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
UK = "{https://caselaw.nationalarchives.gov.uk/akn}"
LEVELS = {"UKSC": "supreme", "UKPC": "supreme", "EWCA": "appellate", "UKUT": "appellate",
          "EAT": "appellate", "EWCR": "trial", "UKFTT": "trial"}  # fmt: skip
YES = {"1", "true", "yes", "on", "y"}


class FindCaseLaw(Portal):
    info = PortalInfo(
        id="findcaselaw",
        name="Find Case Law (The National Archives, UK)",
        base_url="https://caselaw.nationalarchives.gov.uk",
        coverage="England & Wales: UKSC, UKPC, EWCA (Civ/Crim), EWHC, Upper Tribunal, EAT "
        "and other tribunals; Crown Court trials are generally not published.",
        terms="Open Justice Licence; computational analysis needs TNA's (free) licence; "
        "fair use (IP blocking for excess), obey robots.txt and X-Robots-Tag: noindex.",
        requires_licence=True,
    )

    def __init__(self, base_url: str | None = None, options: Mapping[str, Any] | None = None):
        super().__init__(base_url, options)
        confirmed = self.options.get("licence_confirmed")
        if not (confirmed is True or str(confirmed).strip().lower() in YES):
            raise ConfigError(
                "findcaselaw: computational analysis of Find Case Law records needs a licence "
                "from The National Archives (free; apply at https://caselaw.nationalarchives."
                "gov.uk/re-use-find-case-law-records). Once you hold it, set "
                "[portals.findcaselaw] licence_confirmed = true or "
                "CASELAW_FINDCASELAW_LICENCE_CONFIRMED=1."
            )

    def listing_urls(self, query: Query) -> list[str]:
        params: list[tuple[str, str]] = [("order", "-date"), ("per_page", "50")]
        if query.text:
            params.append(("query", query.text))
        for court in (query.court or "").split(","):
            if court.strip():
                params.append(("court", court.strip()))
        for prefix, day in (("from_date", query.since), ("to_date", query.until)):
            if day is not None:  # the advanced-search date fields: _0 day, _1 month, _2 year
                params += [(f"{prefix}_0", str(day.day)), (f"{prefix}_1", str(day.month)),
                           (f"{prefix}_2", str(day.year))]  # fmt: skip
        return [f"{self.base_url}/atom.xml?{urlencode(params)}"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        p.check_challenge(content, url)
        feed = p.load_xml(content, url)
        if feed.tag != f"{ATOM}feed":
            raise PortalChangedError(url, f"expected an Atom <feed>, got <{p.local(feed.tag)}>")
        entries = feed.findall(f"{ATOM}entry")
        refs = tuple(self._ref(entry, url) for entry in entries)
        next_url = next(
            (link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "next"),
            None,
        )
        return Listing(refs=refs, next_url=next_url if refs else None, exhausted=not refs)

    def _ref(self, entry: Any, url: str) -> JudgmentRef:
        links = {a.get("type") or "html": a.get("href") for a in entry.findall(f"{ATOM}link")}
        uri = p.inline(entry.findtext(f"{TNA}uri"))
        title = p.inline(entry.findtext(f"{ATOM}title"))
        if not uri or not title:
            raise PortalChangedError(url, "feed entry without tna:uri or title")
        idents = {i.get("type"): p.inline(i.text) for i in entry.findall(f"{TNA}identifier")}
        meta = {
            "uri": uri,
            "ncn": idents.get("ukncn"),
            "fclid": idents.get("fclid"),
            "court": p.inline(entry.findtext(f"{ATOM}author/{ATOM}name")) or None,
            "contenthash": p.inline(entry.findtext(f"{TNA}contenthash")) or None,
            "updated": p.inline(entry.findtext(f"{ATOM}updated")) or None,
            "xml_url": links.get("application/akn+xml") or f"{self.base_url}/{uri}/data.xml",
            "pdf_url": links.get("application/pdf"),
        }
        return JudgmentRef(
            portal=self.id,
            portal_id=uri,
            url=links.get("html") or f"{self.base_url}/{uri}",
            title=title,
            date=p.sane_date(p.parse_date(entry.findtext(f"{ATOM}published"))),
            metadata=meta,
        )

    def document_url(self, ref: JudgmentRef) -> str:
        return str(ref.metadata.get("xml_url") or f"{self.base_url}/{ref.portal_id}/data.xml")

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        if content.lstrip()[:5] == b"%PDF-":
            text, meta = p.read_binary(content, "application/pdf", ref.url)
            return Parsed(text=text, media_type="application/pdf", jurisdiction="GB",
                          case_name=ref.title or None, decision_date=ref.date,
                          court=ref.metadata.get("court"), metadata=meta)  # fmt: skip
        p.check_challenge(content, ref.url)
        root = p.load_xml(content, ref.url, recover=True)
        judgment = next((e for e in root if p.local(e.tag) in {"judgment", "doc"}), None)
        if root.tag != f"{AKN}akomaNtoso" or judgment is None:
            raise PortalChangedError(ref.url, "not an Akoma Ntoso judgment document")
        meta = _metadata(judgment)
        fields: dict[str, Any] = {
            "jurisdiction": "GB",
            "court": meta.get("court_name") or ref.metadata.get("court"),
            "court_level": LEVELS.get(str(meta.get("court_code", "")).split("-")[0]),
            "case_name": meta.get("name") or ref.title or None,
            "docket": meta.get("docket"),
            "decision_date": p.sane_date(p.parse_date(meta.get("date"))) or ref.date,
            "metadata": meta,
        }
        text = p.element_text(judgment, skip=("meta", "presentation"), keep_newlines=True)
        if text:
            return Parsed(text=text, media_type="application/akn+xml", **fields)
        if ref.metadata.get("pdf_url"):
            return Parsed(follow_url=str(ref.metadata["pdf_url"]), media_type="application/pdf",
                          **fields)  # fmt: skip
        raise PortalChangedError(ref.url, "judgment XML has no text and the entry no PDF link")


def _metadata(judgment: Any) -> dict[str, Any]:
    work = judgment.find(f"{AKN}meta/{AKN}identification/{AKN}FRBRWork")
    if work is None:
        raise PortalChangedError("data.xml", "no meta/identification/FRBRWork")
    date_el = work.find(f"{AKN}FRBRdate")
    name = work.find(f"{AKN}FRBRname")
    author = _attr(work.find(f"{AKN}FRBRauthor"), "href").lstrip("#")
    orgs = {o.get("eId"): o.get("showAs") for o in judgment.iter(f"{AKN}TLCOrganization")}
    prop = judgment.find(f"{AKN}meta/{AKN}proprietary")

    def uk(name: str) -> str | None:
        value = prop.findtext(f"{UK}{name}") if prop is not None else None
        return p.inline(value) or None

    judges = [p.inline("".join(j.itertext())) for j in judgment.iter(f"{AKN}judge")]
    cites = [p.inline("".join(c.itertext())) for c in judgment.iter(f"{AKN}neutralCitation")]
    dockets = [p.inline("".join(d.itertext())) for d in judgment.iter(f"{AKN}docketNumber")]
    return {
        "name": p.inline(_attr(name, "value")) or None,
        "date": _attr(date_el, "date") or None,
        "court_code": uk("court") or author.upper() or None,
        "court_name": orgs.get(author),
        "ncn": uk("cite") or next(iter(cites), None),
        "docket": next((d for d in dockets if d), None),
        "judges": [j for j in judges if j],
        "hash": uk("hash"),
        "frbr_work": _attr(work.find(f"{AKN}FRBRthis"), "value") or None,
    }


def _attr(element: Any, name: str) -> str:
    """An attribute of a possibly missing element (lxml elements without children are falsy)."""
    return str(element.get(name, "")) if element is not None else ""
