"""A tiny judgment portal on 127.0.0.1 that serves a folder of judgments.

``caselaw demo`` serves the embedded sample corpus with it, so the fetch path
(HTTP layer, robots.txt, politeness, scrape state) runs exactly as against a
real portal; the replay portal (``caselaw.scrapers.replay``) reads it::

    with ReplayServer(samples_dir()) as server:
        scrape("replay", Query(), base_url=server.url, options=ScrapeOptions(allow_private=True))

The source is a folder holding ``manifest.json`` (a list of ``{"id", "file",
"title", "jurisdiction", "court", "court_level", "decision_date", "docket",
"portal_id", "fictional"}``, ``file`` relative to the folder), the path of such
a manifest, or a folder of ``*.txt`` files without one (id and title = file
stem).  The manifest is re-read on every listing request, so judgments added
while the server runs show up in the next listing.

Routes:

* ``/robots.txt`` -- allows everything (``crawl_delay`` adds a Crawl-delay line);
* ``/judgments?page=N[&since=YYYY-MM-DD][&until=...][&court=...][&q=...]`` --
  JSON ``{"page", "pages", "total", "items": [...], "next"}``, newest first;
  each item has ``id``, ``url`` (``/judgments/<id><suffix>``), ``title``,
  ``date`` and the manifest's other fields;
* ``/judgments/<id><suffix>`` -- the file, with ETag and Last-Modified, and 304
  for a matching If-None-Match.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import mimetypes
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from caselaw.errors import ConfigError

PAGE_SIZE = 10
_FIELDS = ("jurisdiction", "court", "court_level", "docket", "portal_id", "fictional")


@dataclass(frozen=True, slots=True)
class ReplayEntry:
    id: str
    path: Path
    title: str
    decision_date: str | None
    fields: tuple[tuple[str, Any], ...] = ()

    @property
    def route(self) -> str:
        return f"/judgments/{quote(self.id)}{self.path.suffix or '.txt'}"


def load_catalog(source: str | Path) -> list[ReplayEntry]:
    """The judgments a folder or manifest describes, newest first (then by id)."""
    source = Path(source)
    manifest = source / "manifest.json" if source.is_dir() else source
    if manifest.is_file():
        entries = _from_manifest(manifest)
    elif source.is_dir():
        entries = [ReplayEntry(p.stem, p, p.stem, None) for p in sorted(source.glob("*.txt"))]
    else:
        raise ConfigError(f"{source}: neither a folder nor a manifest.json")
    by_id = sorted(entries, key=lambda e: e.id)
    return sorted(by_id, key=lambda e: e.decision_date or "", reverse=True)  # stable


def _from_manifest(manifest: Path) -> list[ReplayEntry]:
    try:
        rows = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{manifest}: cannot read manifest: {exc}") from exc
    if isinstance(rows, dict):
        rows = rows.get("items", rows.get("judgments", []))
    if not isinstance(rows, list):
        raise ConfigError(f"{manifest}: manifest must be a list of judgments")
    folder = manifest.parent.resolve()
    entries = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("id") or not row.get("file"):
            raise ConfigError(f"{manifest}: item {i} needs 'id' and 'file'")
        path = (folder / str(row["file"])).resolve()
        if not path.is_relative_to(folder):
            raise ConfigError(f"{manifest}: item {i}: file {row['file']!r} is outside the folder")
        fields = tuple((k, row[k]) for k in _FIELDS if row.get(k) is not None)
        date = str(row["decision_date"]) if row.get("decision_date") else None
        entries.append(
            ReplayEntry(str(row["id"]), path, str(row.get("title") or row["id"]), date, fields)
        )
    return entries


def listing_page(
    entries: list[ReplayEntry], params: Mapping[str, str], page_size: int = PAGE_SIZE
) -> dict[str, Any]:
    """One page of the JSON listing (pure)."""
    since, until = params.get("since"), params.get("until")
    court, text = params.get("court"), (params.get("q") or "").lower()
    chosen = [
        e
        for e in entries
        if (not since or (e.decision_date or "") >= since)
        and (not until or (e.decision_date or "9999") <= until)
        and (not court or dict(e.fields).get("court") == court)
        and (not text or text in e.title.lower())
    ]
    page = max(1, int(params.get("page") or 1))
    pages = max(1, -(-len(chosen) // page_size))
    items = [
        {"id": e.id, "url": e.route, "title": e.title, "date": e.decision_date, **dict(e.fields)}
        for e in chosen[(page - 1) * page_size : page * page_size]
    ]
    following = {k: v for k, v in params.items() if k != "page" and v}
    nxt = f"/judgments?{urlencode({**following, 'page': page + 1})}" if page < pages else None
    return {"page": page, "pages": pages, "total": len(chosen), "items": items, "next": nxt}


def robots_txt(crawl_delay: float | None = None) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if crawl_delay is not None:
        lines.append(f"Crawl-delay: {crawl_delay:g}")
    return ("\n".join(lines) + "\n").encode()


def find_entry(entries: list[ReplayEntry], route: str) -> ReplayEntry | None:
    return next((e for e in entries if e.route == route), None)


class ReplayServer:
    """Serves a judgment folder on ``host:port`` (0 = any free port) in a thread."""

    def __init__(
        self,
        folder_or_manifest: str | Path,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        page_size: int = PAGE_SIZE,
        crawl_delay: float | None = None,
    ) -> None:
        self.source = Path(folder_or_manifest)
        load_catalog(self.source)  # fail early on a bad folder or manifest
        handler = type("Handler", (_Handler,), {"replay": self})
        self.page_size = page_size
        self.crawl_delay = crawl_delay
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{host}:{port}"

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer
    server_version = "caselaw-replay"
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall
    wbufsize = -1  # buffered; http.server flushes after each response

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            self._send(200, robots_txt(self.replay.crawl_delay), "text/plain; charset=utf-8")
            return
        entries = load_catalog(self.replay.source)
        if parts.path == "/judgments":
            params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            try:
                page = listing_page(entries, params, self.replay.page_size)
            except ValueError:
                self._send(400, b"bad page\n", "text/plain")
                return
            self._send(200, json.dumps(page).encode(), "application/json")
            return
        entry = find_entry(entries, parts.path)
        if entry is None or not entry.path.is_file():
            self._send(404, b"not found\n", "text/plain")
            return
        self._send_file(entry.path)

    def _send_file(self, path: Path) -> None:
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        headers = {"ETag": etag, "Last-Modified": email.utils.format_datetime(modified, True)}
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, headers)
            return
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if media.startswith("text/"):
            media += "; charset=utf-8"
        self._send(200, body, media, headers)

    def _send(
        self, status: int, body: bytes, media: str | None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if media:
            self.send_header("Content-Type", media)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # a library does not print; the demo's output stays clean
