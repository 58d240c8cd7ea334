"""HUDOC (European Court of Human Rights): the web app's JSON query endpoint and RSS.

* Listing: ``/app/query/results?query=...&select=...&sort=kpdate Descending&start=&length=``
  returns ``{"resultcount": N, "results": [{"columns": {...}}]}``; we page with ``start``.
  The default query asks for English judgments under Article 4 (slavery, servitude,
  forced labour, i.e. trafficking); ``options["article"]`` picks another article.
* HUDOC's RSS (``/app/transform/rss?library=echreng&query=...``, ``options["source"] =
  "rss"``) parses too; its items link to ``/eng#{"itemid":["001-NNNNNN"]}``.
* Document: ``/app/conversion/docx/html/body?library=ECHR&id={itemid}`` (HTML body).
* The endpoint is undocumented; clients report 403/429 throttling, so keep requests slow.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote, urlencode

from caselaw.errors import PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

SELECT = (
    "itemid,docname,doctype,appno,conclusion,importance,originatingbody,typedescription,"
    "kpdate,languageisocode,documentcollectionid2,respondent,article,ecli"
)
PAGE = 100
RSS_LENGTH = 500
KEEP = ("appno", "doctype", "conclusion", "importance", "respondent", "article", "ecli",
        "documentcollectionid2", "typedescription", "languageisocode")  # fmt: skip
COURT = "European Court of Human Rights"


class Hudoc(Portal):
    info = PortalInfo(
        id="hudoc",
        name="HUDOC (European Court of Human Rights)",
        base_url="https://hudoc.echr.coe.int",
        coverage="ECtHR judgments (Chamber, Grand Chamber, Committee); by default English "
        "judgments under Article 4 (trafficking, forced labour, servitude).",
        terms="Council of Europe reuse terms not seen; the JSON endpoint is the web app's, "
        "not a published API; 403/429 throttling reported, so crawl slowly.",
    )

    def listing_urls(self, query: Query) -> list[str]:
        article = str(self.options.get("article", "4"))
        parts = [
            "contentsitename:ECHR",
            "(NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD))",
            f'(article:"{article}")',
            '(languageisocode:"ENG")',
            '(documentcollectionid2:"JUDGMENTS")',
        ]
        if query.since:
            parts.append(f'(kpdate>="{query.since.isoformat()}T00:00:00.0Z")')
        if query.until:
            parts.append(f'(kpdate<="{query.until.isoformat()}T23:59:59.0Z")')
        if query.text:
            parts.append(f"({query.text})")
        query_text = " AND ".join(parts)
        if self.options.get("source") == "rss":  # one feed of the newest RSS_LENGTH items
            rss = {"library": "echreng", "query": query_text, "sort": "kpdate Descending",
                   "start": 0, "length": RSS_LENGTH}  # fmt: skip
            return [f"{self.base_url}/app/transform/rss?{urlencode(rss)}"]
        params = {"query": query_text, "select": SELECT,
                  "sort": "kpdate Descending", "start": 0, "length": PAGE}  # fmt: skip
        return [f"{self.base_url}/app/query/results?{urlencode(params)}"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        p.check_challenge(content, url)
        if content.lstrip()[:1] == b"<":
            return self._parse_rss(content, url)
        data = p.load_json_object(content, url, "a listing that is not RSS")
        rows, total = data.get("results"), data.get("resultcount")
        if not isinstance(rows, list) or not isinstance(total, int):
            raise PortalChangedError(url, "no 'resultcount' and 'results' in the response")
        if not all(isinstance(row, dict | None) for row in rows):
            raise PortalChangedError(url, "results are not JSON objects")
        refs = tuple(self._ref((row or {}).get("columns") or {}, url) for row in rows)
        start = int(p.query_param(url, "start") or 0)
        if not refs:
            if total and start < total:
                raise PortalChangedError(url, f"resultcount={total} but no rows at start={start}")
            return Listing(refs=(), exhausted=True)
        end = start + len(refs)
        next_url = p.with_query(url, start=end) if end < total else None
        return Listing(refs=refs, next_url=next_url)

    def _ref(self, columns: dict[str, Any], url: str) -> JudgmentRef:
        itemid, name = columns.get("itemid"), p.inline(columns.get("docname"))
        if not itemid or not name:
            raise PortalChangedError(url, "result row without itemid or docname")
        meta = {k: columns[k] for k in KEEP if columns.get(k) not in (None, "")}
        return JudgmentRef(
            portal=self.id,
            portal_id=str(itemid),
            url=f"{self.base_url}/eng?i={itemid}",
            title=name,
            date=p.sane_date(p.parse_date(columns.get("kpdate"))),
            metadata=meta,
        )

    def _parse_rss(self, content: bytes, url: str) -> Listing:
        root = p.load_xml(content, url)
        items = root.findall("channel/item")
        if root.tag != "rss" or root.find("channel") is None:
            raise PortalChangedError(url, f"expected RSS <rss><channel>, got <{root.tag}>")
        refs = []
        for item in items:
            itemid = _fragment(item.findtext("link") or "").get("itemid")
            title = p.inline(item.findtext("title"))
            if not itemid or not title:
                continue
            appno, _, kind = p.inline(item.findtext("description")).partition(" - ")
            meta = {"appno": appno, "typedescription": kind} if kind else {}
            refs.append(JudgmentRef(
                portal=self.id, portal_id=itemid[0], url=f"{self.base_url}/eng?i={itemid[0]}",
                title=title, date=p.sane_date(p.parse_date(item.findtext("pubDate"))),
                metadata=meta,
            ))  # fmt: skip
        if items and not refs:
            raise PortalChangedError(url, "RSS items carry no ECHR itemid (not an ECHR feed?)")
        return Listing(refs=tuple(refs), exhausted=not items)

    def document_url(self, ref: JudgmentRef) -> str:
        return f"{self.base_url}/app/conversion/docx/html/body?library=ECHR&id={ref.portal_id}"

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        fields: dict[str, Any] = {
            "jurisdiction": "ECHR",
            "court": COURT,
            "court_level": "other",
            "case_name": ref.title or None,
            "docket": ref.metadata.get("appno") or None,
            "decision_date": ref.date,
            "language": "fr" if ref.metadata.get("languageisocode") == "FRE" else "en",
            "metadata": dict(ref.metadata),
        }
        if not p.is_html(media_type, content) and content.lstrip()[:1] != b"<":
            text, meta = p.read_binary(content, media_type, ref.url)
            return Parsed(text=text, media_type=media_type, **{**fields, "metadata": meta})
        p.check_challenge(content, ref.url)
        root = p.load_html(content, ref.url)
        body = root.find("body")
        text = p.element_text(body if body is not None else root)
        if not text:
            raise PortalChangedError(ref.url, "HUDOC returned an empty document body")
        return Parsed(text=text, media_type="text/html", **fields)


def _fragment(link: str) -> dict[str, list[str]]:
    """The JSON object after '#' in a HUDOC link, e.g. {"itemid": ["001-243188"]}."""
    _, _, fragment = link.partition("#")
    try:
        value = json.loads(unquote(fragment)) if fragment else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
