"""CourtListener (Free Law Project), REST API v4.

* Listing: ``/api/rest/v4/search/?type=o&q=...&court=...&filed_after=...`` returns
  opinion clusters with nested opinions; cursor pagination through ``next``.
* Document: ``/api/rest/v4/opinions/?cluster__id={id}`` returns the cluster's
  opinions; the text is the first populated field of ``TEXT_FIELDS`` (the API docs'
  order, best first).  An opinion with no text but a stored file is followed to it.
* Auth: ``Authorization: Token <token>`` from ``options["token"]``
  (``CASELAW_COURTLISTENER_TOKEN``); 429 + Retry-After is the HTTP layer's job.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from caselaw.errors import ConfigError, PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

TEXT_FIELDS = (
    "html_with_citations",
    "html_columbia",
    "html_lawbox",
    "xml_harvard",
    "html_anon_2020",
    "html",
    "plain_text",
)
STORAGE = "https://storage.courtlistener.com/"
# Opinion types, main opinion first (v4 search labels and database codes).
STATES = (
    "al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|"
    "nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|pr|vi|gu"
)
TYPE_ORDER = ("combined", "lead", "plurality", "concurrence", "addendum", "dissent", "remittitur")


class CourtListener(Portal):
    info = PortalInfo(
        id="courtlistener",
        name="CourtListener (Free Law Project)",
        base_url="https://www.courtlistener.com",
        coverage="US federal and state appellate opinions (published by default); "
        "district-court criminal cases mostly appear only as RECAP dockets.",
        terms="API token required; per-account throttles (documented 5,000 requests/hour); "
        "no multiple accounts to dodge limits. Opinions are public domain.",
        requires_token=True,
    )

    def headers(self) -> dict[str, str]:
        token = str(self.options.get("token") or "").strip()
        if not token:
            raise ConfigError(
                "courtlistener needs an API token: set CASELAW_COURTLISTENER_TOKEN "
                "or [portals.courtlistener] token in caselaw.toml"
            )
        return {"Authorization": f"Token {token}", "Accept": "application/json"}

    def listing_urls(self, query: Query) -> list[str]:
        params: dict[str, str] = {"type": "o", "order_by": "dateFiled desc"}
        if query.text:
            params["q"] = query.text
        if query.court:
            params["court"] = query.court
        if query.since:
            params["filed_after"] = query.since.isoformat()
        if query.until:
            params["filed_before"] = query.until.isoformat()
        return [f"{self.base_url}/api/rest/v4/search/?{urlencode(params)}"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        data = _json(content, url)
        results = data.get("results")
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise PortalChangedError(url, "search response has no 'results' list of objects")
        refs = tuple(self._ref(row, url) for row in results)
        if not refs:
            if data.get("count") not in (0, None):
                raise PortalChangedError(url, f"count={data.get('count')} but no results")
            return Listing(refs=(), exhausted=True)
        return Listing(refs=refs, next_url=data.get("next") or None)

    def _ref(self, row: dict[str, Any], url: str) -> JudgmentRef:
        cluster_id = row.get("cluster_id")
        if not cluster_id or not row.get("caseName"):
            raise PortalChangedError(url, "search result lacks cluster_id or caseName")
        opinions = [o for o in row.get("opinions") or [] if isinstance(o, dict)]
        meta = {
            "cluster_id": cluster_id,
            "docket_id": row.get("docket_id"),
            "court": row.get("court"),
            "court_id": row.get("court_id"),
            "docket_number": row.get("docketNumber") or None,
            "citations": list(row.get("citation") or []),
            "status": row.get("status"),
            "opinion_ids": [o.get("id") for o in opinions],
        }
        absolute = row.get("absolute_url") or f"/opinion/{cluster_id}/"
        return JudgmentRef(
            portal=self.id,
            portal_id=str(cluster_id),
            url=f"{self.base_url}{absolute}",
            title=p.inline(row["caseName"]),
            date=p.sane_date(p.parse_date(row.get("dateFiled"))),
            metadata=meta,
        )

    def document_url(self, ref: JudgmentRef) -> str:
        return f"{self.base_url}/api/rest/v4/opinions/?cluster__id={ref.portal_id}"

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        fields = self._fields(ref)
        kind = media_type.split(";")[0].strip().lower()
        if kind not in {"application/json", ""}:
            text, meta = p.read_binary(content, media_type, ref.url)
            return Parsed(text=text, media_type=media_type, metadata=meta, **fields)
        data = _json(content, ref.url)
        opinions = data.get("results") if "results" in data else [data]
        if not isinstance(opinions, list) or not opinions:
            raise PortalChangedError(ref.url, "no opinions returned for the cluster")
        if not all(isinstance(o, dict) for o in opinions):
            raise PortalChangedError(ref.url, "opinions are not JSON objects")
        opinions = sorted(opinions, key=_type_rank)
        texts, used = [], []
        for opinion in opinions:
            field, text = _best_text(opinion)
            if text:
                texts.append(text)
                used.append({"id": opinion.get("id"), "type": opinion.get("type"), "field": field})
        meta = {**ref.metadata, "opinions": used}
        if texts:
            return Parsed(text="\n\n".join(texts), media_type="application/json",
                          metadata=meta, **fields)  # fmt: skip
        stored = next((o["local_path"] for o in opinions if o.get("local_path")), None)
        if stored:
            pdf = "application/pdf" if str(stored).lower().endswith(".pdf") else None
            return Parsed(follow_url=STORAGE + str(stored).lstrip("/"), media_type=pdf,
                          metadata=meta, **fields)  # fmt: skip
        raise PortalChangedError(ref.url, "opinions carry no text field and no stored file")

    def _fields(self, ref: JudgmentRef) -> dict[str, Any]:
        court_id = str(ref.metadata.get("court_id") or "")
        return {
            "jurisdiction": "US",
            "court": ref.metadata.get("court") or None,
            "court_level": _court_level(court_id),
            "case_name": ref.title or None,
            "docket": ref.metadata.get("docket_number") or None,
            "decision_date": ref.date,
        }


def _json(content: bytes, url: str) -> dict[str, Any]:
    data = p.load_json_object(content, url)
    if "detail" in data and "results" not in data and "id" not in data:
        raise PortalChangedError(url, f"API error: {data['detail']}")
    return data


def _best_text(opinion: dict[str, Any]) -> tuple[str | None, str]:
    for field in TEXT_FIELDS:
        value = opinion.get(field)
        if isinstance(value, str) and value.strip():
            if field == "plain_text":
                return field, p.tidy(value)
            root = p.load_html(value.encode(), "about:opinion")
            text = p.element_text(root.find("body") if root.find("body") is not None else root)
            if text:
                return field, text
    return None, ""


def _type_rank(opinion: dict[str, Any]) -> int:
    kind = re.sub(r"^\d+", "", str(opinion.get("type") or "")).lower()
    return next((i for i, name in enumerate(TYPE_ORDER) if kind.startswith(name)), len(TYPE_ORDER))


def _court_level(court_id: str) -> str | None:
    if court_id == "scotus":
        return "supreme"
    if re.fullmatch(r"ca\d+|cadc|cafc|bap\d+", court_id):
        return "appellate"
    if court_id != "ind" and re.fullmatch(rf"(?:{STATES})[nsewmc]?d", court_id):
        return "trial"  # federal district courts: nysd, cand, dcd ... ("ind" is Indiana's SC)
    return None
