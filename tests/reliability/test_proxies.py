"""The Fetcher behind a proxy from the environment, against a forward proxy on 127.0.0.1.

``proxyserver.ProxyServer`` stands in for a corporate proxy: it logs each request
line and passes it to a local server standing in for the portal.  The Fetcher
owns its transport here (no ``transport=``), so it reads ``HTTP(S)_PROXY`` as in
production; the resolver is injected, so no name is ever looked up for real, and
every byte stays on loopback because every request goes to the proxy.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
from pathlib import Path
from typing import Any

import pytest
from faultserver import FaultServer, ok, redirect, tls_contexts
from proxyserver import ProxyServer

from caselaw.config import Settings
from caselaw.errors import DisallowedURLError, FetchError
from caselaw.scrapers._http import Clock, Fetcher, Response

SETTINGS = Settings(contact="proxy-tests@example.org", min_delay=0.0, timeout=5.0, max_retries=0)
DNS = {"portal.example": ["93.184.216.34"], "internal.example": ["10.1.2.3"]}


class Lookups:
    """Our resolver: the table above; anything else does not resolve (here)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    async def __call__(self, name: str, port: int) -> list[str]:
        self.names.append(name)
        if name not in DNS:
            raise OSError(f"{name}: no such name")
        return DNS[name]


class NoWait(Clock):
    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)


def proxied(monkeypatch: pytest.MonkeyPatch, proxy: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("HTTPS_PROXY", proxy)


def get(url: str, dns: Lookups, **kwargs: Any) -> Response:
    async def go() -> Response:
        async with Fetcher(SETTINGS, resolve=dns, clock=NoWait(), **kwargs) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(go())


def test_http_goes_through_the_proxy_by_name_after_the_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FaultServer() as srv:
        srv.route("/a", ok(b"via the proxy"))
        with ProxyServer({"portal.example": srv.port}) as proxy:
            proxied(monkeypatch, proxy.url)
            dns = Lookups()
            assert get("http://portal.example/a", dns).content == b"via the proxy"
    assert proxy.lines == [
        "GET http://portal.example/robots.txt HTTP/1.1",
        "GET http://portal.example/a HTTP/1.1",
    ]  # the proxy resolves the name: never pinned to our address
    assert {h["host"] for h in proxy.headers} == {"portal.example"}
    assert dns.names == ["portal.example"]  # the guard still checked it, once


@pytest.mark.parametrize(
    "url",
    [
        "http://internal.example/a",  # resolves (here) to 10.1.2.3
        "http://10.0.0.1/a",
        "http://169.254.169.254/latest/meta-data",
        "http://[fe80::1%25eth0]/a",
        "https://[::ffff:192.168.0.1]/a",
        "http://127。0。0。1/a",
    ],
)
def test_the_guard_still_refuses_private_targets_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    with ProxyServer({}) as proxy:
        proxied(monkeypatch, proxy.url)
        with pytest.raises(DisallowedURLError):
            get(url, Lookups())
    assert proxy.lines == []


def test_a_redirect_to_a_private_name_is_refused_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FaultServer() as srv:
        srv.route("/go", redirect("http://internal.example/admin"))
        with ProxyServer({"portal.example": srv.port, "internal.example": srv.port}) as proxy:
            proxied(monkeypatch, proxy.url)
            with pytest.raises(DisallowedURLError, match="private"):
                get("http://portal.example/go", Lookups())
    assert [line.split(" ")[1] for line in proxy.lines] == [
        "http://portal.example/robots.txt",
        "http://portal.example/go",
    ]


def test_a_name_unknown_here_is_left_to_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind a proxy, local DNS may not know public names: the proxy decides (documented)."""
    with FaultServer() as srv:
        srv.route("/a", ok(b"found by the proxy"))
        with ProxyServer({"elsewhere.example": srv.port}) as proxy:
            proxied(monkeypatch, proxy.url)
            response = get("http://elsewhere.example/a", Lookups(), polite=False)
    assert response.content == b"found by the proxy"
    assert proxy.lines == ["GET http://elsewhere.example/a HTTP/1.1"]


def test_proxy_credentials_come_from_the_proxy_url(monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer() as srv:
        srv.route("/a", ok(b"ok"))
        with ProxyServer({"portal.example": srv.port}) as proxy:
            proxied(monkeypatch, proxy.url.replace("http://", "http://scraper:s3cret@"))
            get("http://portal.example/a", Lookups(), polite=False)
    expected = "Basic " + base64.b64encode(b"scraper:s3cret").decode()
    assert proxy.headers[0]["proxy-authorization"] == expected


def test_loopback_is_never_sent_to_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo and local servers keep working for users with a proxy in their environment."""
    with FaultServer() as srv:
        srv.route("/a", ok(b"direct"))
        with ProxyServer({}) as proxy:
            proxied(monkeypatch, proxy.url)
            assert get(srv.url + "/a", Lookups(), allow_private=True).content == b"direct"
    assert proxy.lines == []


@pytest.mark.parametrize("certified", ["portal.example", "other.example"])
def test_https_tunnels_with_tls_checked_for_the_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, certified: str
) -> None:
    """CONNECT by name; TLS runs end to end and verifies the portal's certificate."""
    pytest.importorskip("cryptography")
    server_tls, client_tls = tls_contexts(certified, tmp_path)
    ca = tmp_path / "ca.pem"
    ca.write_text(
        "".join(ssl.DER_cert_to_PEM_cert(der) for der in client_tls.get_ca_certs(True)),
        encoding="ascii",
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # httpx's trust store for this Fetcher
    with FaultServer(tls=server_tls) as srv:
        srv.route("/page", ok(b"secure page"))
        with ProxyServer({"portal.example": srv.port}) as proxy:
            proxied(monkeypatch, proxy.url)
            if certified == "portal.example":
                response = get("https://portal.example/page", Lookups())
                assert response.content == b"secure page"
            else:
                with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED"):
                    get("https://portal.example/page", Lookups(), polite=False)
                assert srv.count("/page") == 0
    assert proxy.lines and set(proxy.lines) == {"CONNECT portal.example:443 HTTP/1.1"}
    assert set(srv.server_names) == {"portal.example"}
