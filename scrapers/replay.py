"""The replay portal: reads what ``caselaw.replay_server.ReplayServer`` serves (pure).

Listing: ``/judgments?page=N`` JSON (see ``caselaw/replay_server.py``); a
judgment is the served file itself (plain text; other formats are handed to
the ingest readers).  It exists so ``caselaw demo`` and the end-to-end tests
drive the real fetch path against a server on 127.0.0.1; ``scrape --all``
leaves it out unless ``[portals.replay] enabled = true`` and ``base_url`` are set.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode, urljoin

from caselaw.errors import IngestError, PortalChangedError
from caselaw.models import CourtLevel, JudgmentRef
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query
from caselaw.scrapers._parse import load_json_object

_META = ("jurisdiction", "court", "court_level", "docket", "fictional")


class ReplayPortal(Portal):
    info = PortalInfo(
        id="replay",
        name="Local replay server",
        base_url="http://127.0.0.1:8765",
        coverage="whatever a local ReplayServer serves (the embedded fictional samples in "
        "`caselaw demo`)",
        terms="local files; see the served folder's own notes",
    )

    def listing_urls(self, query: Query) -> list[str]:
        params: dict[str, str] = {"page": "1"}
        if query.since:
            params["since"] = query.since.isoformat()
        if query.until:
            params["until"] = query.until.isoformat()
        if query.court:
            params["court"] = query.court
        if query.text:
            params["q"] = query.text
        return [f"{self.base_url}/judgments?{urlencode(params)}"]

    def parse_listing(self, content: bytes, url: str) -> Listing:
        data = load_json_object(content, url, "listing")
        if not isinstance(data.get("items"), list):
            raise PortalChangedError(url, "listing has no 'items' list")
        refs = tuple(self._ref(item, url, i) for i, item in enumerate(data["items"]))
        if not refs and data.get("total"):
            raise PortalChangedError(url, f"listing says {data['total']} results but has none")
        nxt = data.get("next")
        return Listing(
            refs=refs,
            next_url=urljoin(url, nxt) if isinstance(nxt, str) and nxt else None,
            exhausted=not refs,
        )

    def _ref(self, item: Any, url: str, index: int) -> JudgmentRef:
        if not isinstance(item, dict) or not item.get("id") or not item.get("url"):
            raise PortalChangedError(url, f"listing item {index} lacks 'id' or 'url'")
        date = None
        if item.get("date"):
            try:
                date = dt.date.fromisoformat(str(item["date"])[:10])
            except ValueError as exc:
                raise PortalChangedError(
                    url, f"item {item['id']}: bad date {item['date']!r}"
                ) from exc
        meta = {k: item[k] for k in _META if item.get(k) is not None}
        if item.get("portal_id") and item["portal_id"] != item["id"]:
            meta["sample_portal_id"] = item["portal_id"]
        return JudgmentRef(
            portal=self.id,
            portal_id=str(item["id"]),
            url=urljoin(url, str(item["url"])),
            title=str(item.get("title") or ""),
            date=date,
            metadata=meta,
        )

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        meta = ref.metadata
        level = meta.get("court_level")
        fields: dict[str, Any] = {
            "jurisdiction": meta.get("jurisdiction"),
            "court": meta.get("court"),
            "court_level": level if level in set(CourtLevel) else None,
            "case_name": ref.title or None,
            "docket": meta.get("docket"),
            "decision_date": ref.date,
            "metadata": {
                k: v for k, v in meta.items() if k == "fictional" or k.startswith("sample")
            },
        }
        if media_type in ("text/plain", "") or ref.url.endswith(".txt"):
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise IngestError(ref.url, f"judgment is not UTF-8 text: {exc}") from exc
            return Parsed(text=text, media_type="text/plain", **fields)
        return Parsed(text=None, media_type=media_type, **fields)
