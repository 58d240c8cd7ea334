"""A raw-socket HTTP server on 127.0.0.1 that misbehaves on purpose.

H1's tests/scrapers/localserver.py answers with well-formed responses (status
faults only); here each route is a script of socket-level behaviours: a reset
connection, a body cut short, a slow drip, a stall, a lying Content-Length, a
gzip bomb, a redirect anywhere.  Every response closes the connection.

    with FaultServer() as srv:
        srv.route("/x", status(503, {"Retry-After": "1"}), ok(b"fine"))
        # first request to /x gets the 503, every later one "fine"

It also speaks the replay portal's listing (``/judgments``) for the judgments
given to ``add`` so a whole scrape can run against it.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import socketserver
import ssl
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from caselaw.replay_server import ReplayEntry, listing_page

Behaviour = Callable[[socket.socket, "FaultServer"], None]


@dataclass(frozen=True)
class Hit:
    at: float
    path: str


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None and not any(k.lower() == "content-length" for k in headers):
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def status(code: int, headers: dict[str, str] | None = None, body: bytes = b"") -> Behaviour:
    def run(sock: socket.socket, srv: FaultServer) -> None:
        hdrs = {"Content-Type": "text/plain", **(headers or {})}
        sock.sendall(_head(code, hdrs, len(body)) + body)

    return run


def ok(body: bytes, content_type: str = "text/plain; charset=utf-8", **headers: str) -> Behaviour:
    return status(200, {"Content-Type": content_type, **headers}, body)


def redirect(location: str, code: int = 302) -> Behaviour:
    return status(code, {"Location": location})


def reset() -> Behaviour:
    """Close with RST as soon as the request is read."""

    def run(sock: socket.socket, srv: FaultServer) -> None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return run


def cut_short(declared: int, sent: bytes) -> Behaviour:
    """Promise ``declared`` bytes, send ``sent``, hang up."""

    def run(sock: socket.socket, srv: FaultServer) -> None:
        sock.sendall(_head(200, {"Content-Type": "text/plain"}, declared) + sent)

    return run


def drip(interval: float, byte: bytes = b"x", declared: int = 100_000) -> Behaviour:
    """Headers at once, then one byte every ``interval`` s until the client leaves."""

    def run(sock: socket.socket, srv: FaultServer) -> None:
        sock.sendall(_head(200, {"Content-Type": "text/plain"}, declared))
        for _ in range(int(60 / interval)):
            if srv.stopping.wait(interval):
                return
            try:
                sock.sendall(byte)
            except OSError:
                return

    return run


def stall(seconds: float = 30) -> Behaviour:
    """Read the request, never answer."""

    def run(sock: socket.socket, srv: FaultServer) -> None:
        sock.settimeout(0.1)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not srv.stopping.is_set():
            try:
                if sock.recv(1) == b"":
                    return  # the client gave up
            except TimeoutError:
                continue
            except OSError:
                return

    return run


def big(size: int, *, chunked: bool = False, declared: int | None = None) -> Behaviour:
    """``size`` bytes of body; chunked (no length), or with a ``declared`` length."""

    def run(sock: socket.socket, srv: FaultServer) -> None:
        block = b"a" * 65536
        try:
            if chunked:
                sock.sendall(_head(200, {"Transfer-Encoding": "chunked"}, None))
                sent = 0
                while sent < size:
                    sock.sendall(b"%x\r\n" % len(block) + block + b"\r\n")
                    sent += len(block)
                sock.sendall(b"0\r\n\r\n")
            else:
                sock.sendall(_head(200, {"Content-Type": "text/plain"}, declared or size))
                sent = 0
                while sent < size:
                    sock.sendall(block)
                    sent += len(block)
        except OSError:
            return  # the client stopped reading

    return run


_BOMB: dict[int, bytes] = {}


def gzip_bomb(inflated: int) -> Behaviour:
    """A small gzip body (Content-Encoding: gzip) that inflates to ``inflated`` bytes."""
    if inflated not in _BOMB:
        _BOMB[inflated] = gzip.compress(b"\0" * inflated, compresslevel=9)
    body = _BOMB[inflated]
    return status(200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, body)


class FaultServer:
    """``tls`` (a server-side context) makes it speak https; ``server_names`` logs the SNI."""

    def __init__(self, host: str = "127.0.0.1", tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        self.server_names: list[str | None] = []
        if tls is not None:
            tls.sni_callback = lambda sock, name, ctx: self.server_names.append(name)
        self._routes: dict[str, list[Behaviour]] = {}
        self._lock = threading.Lock()
        self.hits: list[Hit] = []
        self.entries: list[ReplayEntry] = []
        self.stopping = threading.Event()
        handler = type("Handler", (_Handler,), {"fault": self})
        self._server = socketserver.ThreadingTCPServer((host, 0), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def route(self, path: str, *behaviours: Behaviour) -> None:
        """Answer requests for ``path`` with ``behaviours`` in turn; the last one repeats."""
        with self._lock:
            self._routes[path] = list(behaviours)

    def add(self, jid: str, date: str, *behaviours: Behaviour) -> None:
        """A judgment in the listing, served at ``/judgments/<jid>.txt`` by ``behaviours``."""
        entry = ReplayEntry(jid, Path(f"{jid}.txt"), f"Republic v {jid}", date, ())
        self.entries.append(entry)
        self.route(entry.route, *behaviours)

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for h in self.hits if urlsplit(h.path).path == path)

    def _behaviour(self, path: str) -> Behaviour:
        with self._lock:
            self.hits.append(Hit(time.monotonic(), path))
            plain = urlsplit(path).path
            queue = self._routes.get(plain)
            if queue:
                return queue.pop(0) if len(queue) > 1 else queue[0]
        if plain == "/robots.txt":
            return ok(b"User-agent: *\nAllow: /\n")
        if plain == "/judgments":
            params = {k: v[-1] for k, v in parse_qs(urlsplit(path).query).items()}
            ordered = sorted(
                self.entries, key=lambda e: (e.decision_date or "", e.id), reverse=True
            )
            page = listing_page(ordered, params, 10)
            return ok(json.dumps(page).encode(), "application/json")
        return status(404, body=b"not found")

    def __enter__(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join()


class _Handler(socketserver.BaseRequestHandler):
    fault: FaultServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        if self.fault.tls is None:
            self._serve(sock)
            return
        try:
            tls = self.fault.tls.wrap_socket(sock, server_side=True)
        except OSError:  # ssl.SSLError included: the client refused our certificate
            return
        with tls:
            self._serve(tls)

    def _serve(self, sock: socket.socket) -> None:
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                data += chunk
        except OSError:
            return
        request_line = data.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        path = parts[1] if len(parts) > 1 else "/"
        behaviour = self.fault._behaviour(path)
        with contextlib.suppress(OSError):
            behaviour(sock, self.fault)


def tls_contexts(name: str, folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server, client) contexts: a certificate for ``name`` from a made-up CA the client trusts.

    Needs ``cryptography`` (there through pdfminer.six); callers importorskip it.
    """
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def build(subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name | None,
              signer: ec.EllipticCurvePrivateKey, ca: bool) -> x509.Certificate:  # fmt: skip
        now = dt.datetime.now(dt.UTC)
        subject_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject_name)
            .issuer_name(issuer or subject_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False
            )
        return builder.sign(signer, hashes.SHA256())

    ca_key, leaf_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca = build("caselaw test CA", ca_key, None, ca_key, ca=True)
    leaf = build(name, leaf_key, ca.subject, ca_key, ca=False)
    pem = serialization.Encoding.PEM
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert_file.write_bytes(leaf.public_bytes(pem))
    key_file.write_bytes(
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cadata=ca.public_bytes(pem).decode())
    return server, client
