"""A forward proxy on 127.0.0.1 for the proxy tests: logs what it is asked, never leaves loopback.

``upstream`` maps a target host name to the port of a local server standing in
for it.  An absolute-form request (``GET http://portal.example/a HTTP/1.1``) is
passed on to that server in origin form; ``CONNECT portal.example:443`` opens a
byte tunnel to it (TLS stays end to end between client and server).  A host not
in ``upstream`` gets ``502``.  Every request line is kept in ``lines``.
"""

from __future__ import annotations

import contextlib
import select
import socket
import socketserver
import threading
from urllib.parse import urlsplit


class ProxyServer:
    def __init__(self, upstream: dict[str, int]) -> None:
        self.upstream = upstream
        self.lines: list[str] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"proxy": self})
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def record(self, line: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.lines.append(line)
            self.headers.append(headers)

    def __enter__(self) -> ProxyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


class _Handler(socketserver.BaseRequestHandler):
    proxy: ProxyServer

    def handle(self) -> None:
        client: socket.socket = self.request
        client.settimeout(10)
        head = _read_head(client)
        if head is None:
            return
        line, _, rest = head.partition(b"\r\n")
        text = line.decode("latin-1")
        headers = _headers(rest)
        self.proxy.record(text, headers)
        method, target, version = text.split(" ", 2)
        host = target.rsplit(":", 1)[0] if method == "CONNECT" else urlsplit(target).hostname
        port = self.proxy.upstream.get(host or "")
        if port is None:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        with socket.create_connection(("127.0.0.1", port), timeout=10) as server:
            if method == "CONNECT":
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            else:
                parts = urlsplit(target)
                path = parts.path + (f"?{parts.query}" if parts.query else "")
                server.sendall(f"{method} {path or '/'} {version}\r\n".encode() + rest)
            _pipe(client, server)


def _read_head(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = sock.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return data


def _headers(rest: bytes) -> dict[str, str]:
    out = {}
    for raw in rest.decode("latin-1").split("\r\n"):
        key, sep, value = raw.partition(":")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    with contextlib.suppress(OSError):
        while True:
            ready, _, _ = select.select([a, b], [], [], 10)
            if not ready:
                return
            for sock in ready:
                data = sock.recv(65536)
                if not data:
                    return
                (b if sock is a else a).sendall(data)
