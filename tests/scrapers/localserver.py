"""A fault-injecting judgment portal on 127.0.0.1 for end-to-end tests and the bench.

Not part of the package.  It speaks the replay portal's format (listing JSON
built by ``caselaw.replay_server.listing_page``) from judgments held in memory,
and adds what a hostile or busy portal does: latency, queued faults (429 with
Retry-After, 5xx, a hanging-up connection), a robots.txt of your choosing, and
a log of every request with its arrival time (``time.monotonic``) so tests can
measure the spacing the client kept.

    with LocalServer(items=20, latency=0.05) as server:
        scrape(ReplayPortal(server.url), ...)
        server.hits("/judgments/")   # arrival times and paths

Run as a script it starts N servers and prints their URLs as JSON (for
``bench/scrape.py``, so the servers' CPU is not counted in the client's)::

    python tests/scrapers/localserver.py --servers 4 --items 40 --latency 0.05
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from caselaw.replay_server import ReplayEntry, find_entry, listing_page


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic() when the request arrived
    path: str  # path and query
    headers: dict[str, str]


@dataclass(frozen=True)
class Fault:
    status: int
    headers: dict[str, str]
    body: bytes = b""


def judgment_text(jid: str, size: int) -> str:
    head = f"Judgment {jid}.\nThe accused was charged with trafficking in persons and convicted.\n"
    filler = "The court considered the evidence of the witnesses. "
    return head + filler * max(0, (size - len(head)) // len(filler))


class LocalServer:
    """One host:port; ``items`` judgments d0001... dated one day apart, newest first."""

    def __init__(
        self,
        *,
        items: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        robots: str = "User-agent: *\nAllow: /\n",
        page_size: int = 10,
        text_size: int = 2000,
    ) -> None:
        self.latency = latency
        self.robots = robots
        self.page_size = page_size
        self.text_size = text_size
        self._lock = threading.Lock()
        self._texts: dict[str, tuple[str, str]] = {}
        self._faults: dict[str, list[Fault]] = {}
        self._hits: list[Hit] = []
        for i in range(1, items + 1):
            self.add(f"d{i:04d}")
        handler = type("Handler", (_Handler,), {"local": self})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- content and faults ---------------------------------------------------------

    def add(self, jid: str, date: str | None = None, text: str | None = None) -> None:
        with self._lock:
            n = len(self._texts)
            date = date or f"{2000 + n // 300:04d}-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}"
            self._texts[jid] = (date, text or judgment_text(jid, self.text_size))

    def fail(self, path: str, status: int, *, times: int = 1, **headers: str) -> None:
        """Answer the next ``times`` requests for ``path`` with ``status`` and headers."""
        fault = Fault(status, {k.replace("_", "-"): v for k, v in headers.items()})
        with self._lock:
            self._faults.setdefault(path, []).extend([fault] * times)

    def hits(self, prefix: str = "") -> list[Hit]:
        with self._lock:
            return [h for h in self._hits if h.path.startswith(prefix)]

    def entries(self) -> list[ReplayEntry]:
        with self._lock:
            rows = sorted(self._texts.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
        return [ReplayEntry(j, Path(f"{j}.txt"), f"People v. {j}", d, ()) for j, (d, _) in rows]

    def text(self, jid: str) -> str | None:
        with self._lock:
            found = self._texts.get(jid)
        return found[1] if found else None

    # -- lifecycle ----------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> LocalServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _take(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(path)
            return queue.pop(0) if queue else None

    def _record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self._hits.append(Hit(time.monotonic(), path, headers))


class _Handler(BaseHTTPRequestHandler):
    local: LocalServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall
    wbufsize = -1  # buffered; http.server flushes after each response

    def do_GET(self) -> None:  # noqa: N802
        server = self.local
        server._record(self.path, {k.lower(): v for k, v in self.headers.items()})
        if server.latency:
            time.sleep(server.latency)
        parts = urlsplit(self.path)
        fault = server._take(parts.path)
        if fault is not None:
            self._send(fault.status, fault.body, "text/plain", fault.headers)
        elif parts.path == "/robots.txt":
            self._send(200, server.robots.encode(), "text/plain")
        elif parts.path == "/judgments":
            params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            page = listing_page(server.entries(), params, server.page_size)
            self._send(200, json.dumps(page).encode(), "application/json")
        else:
            entry = find_entry(server.entries(), parts.path)
            text = server.text(entry.id) if entry else None
            if text is None:
                self._send(404, b"not found", "text/plain")
                return
            body = text.encode()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", None, {"ETag": etag})
            else:
                self._send(200, body, "text/plain; charset=utf-8", {"ETag": etag})

    def _send(
        self, status: int, body: bytes, media: str | None, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        if media:
            self.send_header("Content-Type", media)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--servers", type=int, default=1)
    p.add_argument("--items", type=int, default=20)
    p.add_argument("--latency", type=float, default=0.05)
    p.add_argument("--page-size", type=int, default=10)
    p.add_argument("--text-size", type=int, default=2000)
    p.add_argument("--crawl-delay", type=float)
    args = p.parse_args(argv)
    robots = "User-agent: *\nAllow: /\n"
    if args.crawl_delay is not None:
        robots += f"Crawl-delay: {args.crawl_delay:g}\n"
    servers = [
        LocalServer(
            items=args.items,
            host=f"127.0.0.{i + 1}",
            latency=args.latency,
            robots=robots,
            page_size=args.page_size,
            text_size=args.text_size,
        ).start()
        for i in range(args.servers)
    ]
    print(json.dumps([s.url for s in servers]), flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin (or kills us)
    for s in servers:
        s.stop()


if __name__ == "__main__":
    main()
