"""Hostile servers: every fault a portal can throw, against a real socket on 127.0.0.1.

Two levels:

* ``Fetcher.get`` against ``faultserver.FaultServer``: each fault ends as the
  documented ``FetchError`` subclass, with a bounded number of requests (counted
  at the server).  Retries use a fast clock (``Clock`` injected: sleeps advance
  virtual time), so Retry-After waits are checked without waiting.
* a whole ``scrape`` of the replay portal over a server where some judgments
  fail: nothing is stored for a failed item, an error row names its URL, the
  others are stored, and a rerun after the server heals fetches what failed.

The server is on loopback, which ``allow_private=False`` refuses outright.  To check
redirect targets, the client is pointed at ``portal.example`` (our resolver says
it is a public address) and ``FakeNet``, the transport under the Fetcher, routes
that public address to the local server, so the first hop is allowed and only
the redirect target is judged.  ``FakeNet`` behaves like the socket layer: it
connects addresses as they are and looks names up itself, so a request that
reached it with a host name instead of the checked address would be resolved a
second time (the DNS rebinding tests rely on that).
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest
from faultserver import (
    FaultServer,
    big,
    cut_short,
    drip,
    gzip_bomb,
    ok,
    redirect,
    reset,
    stall,
    status,
    tls_contexts,
)

from caselaw.config import Settings
from caselaw.errors import (
    BlockedError,
    DisallowedURLError,
    FetchError,
    ResponseTooLargeError,
)
from caselaw.scrapers._http import MAX_REDIRECTS, Clock, Fetcher, Response
from caselaw.scrapers._pinning import Resolver

MB = 1024 * 1024
SETTINGS = Settings(
    contact="reliability@example.org",
    min_delay=0.0,
    timeout=5.0,  # generous: a loaded CI machine must not turn faults into timeouts
    max_retries=2,
    max_retry_after=60.0,
    max_response_bytes=1 * MB,
)
PUBLIC = {"portal.example": ["93.184.216.34"], "mirror.example": ["93.184.216.35"]}
PRIVATE = {"internal.example": ["10.1.2.3"], "rebind.example": ["93.184.216.36", "127.0.0.1"]}


class FastClock(Clock):
    """Real time plus what we pretended to sleep; records every sleep."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.offset += max(0.0, seconds)
        await asyncio.sleep(0)


async def fake_resolve(name: str, port: int) -> list[str]:
    """Our DNS: the tables above, numeric forms (127.1, 2130706433) as getaddrinfo reads them."""
    if name in PUBLIC:
        return PUBLIC[name]
    if name in PRIVATE:
        return PRIVATE[name]
    try:
        return [socket.inet_ntoa(socket.inet_aton(name))]
    except OSError:
        return []


@dataclass(frozen=True)
class Connection:
    address: str  # where the bytes went
    host: str  # the Host header
    sni: str | None  # the TLS server name asked for (``sni_hostname``)


class FakeNet(httpx.AsyncBaseTransport):
    """The network under the Fetcher: nothing leaves 127.0.0.1, every connection is logged.

    An address is connected as it is: a public one in ``internet`` reaches the local
    server standing in for it, loopback reaches loopback at the URL's port.  A host
    name is first looked up in ``dns``, as a socket layer would do on its own.
    """

    def __init__(
        self,
        internet: dict[str, int],
        dns: Resolver = fake_resolve,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.internet = internet  # public address -> port of the local stand-in server
        self.dns = dns
        self.inner = httpx.AsyncHTTPTransport(verify=verify)
        self.connections: list[Connection] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        address = url.host
        if not _is_address(address):  # a second lookup, the one DNS rebinding aims at
            address = next(iter(await self.dns(address, url.port or 80)), address)
        self.connections.append(
            Connection(address, request.headers["host"], request.extensions.get("sni_hostname"))
        )
        if address in self.internet:
            url = url.copy_with(host="127.0.0.1", port=self.internet[address])
        elif address == "127.0.0.1":
            url = url.copy_with(host=address)
        else:
            raise httpx.ConnectError(f"{address} is not reachable from the tests")
        routed = httpx.Request(
            request.method, url, headers=request.headers, stream=request.stream,
            extensions=request.extensions,
        )  # fmt: skip
        return await self.inner.handle_async_request(routed)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def fetch(
    url: str,
    *,
    settings: Settings = SETTINGS,
    clock: FastClock | None = None,
    public: int | None = None,
    polite: bool = True,
) -> Response:
    """One ``Fetcher.get``; ``public=port`` routes the made-up public names to that port."""

    async def go() -> Response:
        kwargs: dict[str, Any] = {"clock": clock or FastClock(), "polite": polite}
        if public is not None:
            internet = {address: public for addresses in PUBLIC.values() for address in addresses}
            kwargs.update(transport=FakeNet(internet), resolve=fake_resolve)
        else:
            kwargs.update(allow_private=True)
        async with Fetcher(settings, **kwargs) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(go())


@pytest.fixture
def srv():  # type: ignore[no-untyped-def]
    with FaultServer() as server:
        yield server


# -- retries and Retry-After -------------------------------------------------------------------


def test_429_retry_after_seconds_is_honoured(srv: FaultServer) -> None:
    srv.route("/a", status(429, {"Retry-After": "7"}), ok(b"fine"))
    clock = FastClock()
    assert fetch(srv.url + "/a", clock=clock).content == b"fine"
    assert srv.count("/a") == 2
    assert sum(clock.slept) >= 6.5  # 7 s from the 429, less the real time since


def test_503_retry_after_http_date_is_honoured(srv: FaultServer) -> None:
    clock = FastClock()
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    srv.route("/a", status(503, {"Retry-After": when}), ok(b"fine"))
    assert fetch(srv.url + "/a", clock=clock).content == b"fine"
    assert srv.count("/a") == 2
    assert sum(clock.slept) >= 28


def test_retry_after_beyond_the_cap_gives_up_at_once(srv: FaultServer) -> None:
    srv.route("/a", status(503, {"Retry-After": "86400"}))
    with pytest.raises(FetchError, match="max_retry_after"):
        fetch(srv.url + "/a")
    assert srv.count("/a") == 1


@pytest.mark.parametrize("code", [429, 500, 502, 503, 504])
def test_server_errors_are_retried_a_bounded_number_of_times(srv: FaultServer, code: int) -> None:
    srv.route("/a", status(code))
    with pytest.raises(FetchError, match="gave up after 3 attempts"):
        fetch(srv.url + "/a")
    assert srv.count("/a") == SETTINGS.max_retries + 1


@pytest.mark.parametrize("code", [400, 401, 403, 404, 410, 451])
def test_client_errors_are_not_retried(srv: FaultServer, code: int) -> None:
    srv.route("/a", status(code, body=b"no"))
    with pytest.raises(FetchError, match=f"HTTP {code}"):
        fetch(srv.url + "/a")
    assert srv.count("/a") == 1


# -- broken connections, slow servers ---------------------------------------------------------


def test_connection_reset_is_retried_then_gives_up(srv: FaultServer) -> None:
    srv.route("/a", reset())
    with pytest.raises(FetchError, match="connection failed|gave up"):
        fetch(srv.url + "/a")
    assert srv.count("/a") == SETTINGS.max_retries + 1


def test_connection_reset_once_then_fine(srv: FaultServer) -> None:
    srv.route("/a", reset(), ok(b"fine"))
    assert fetch(srv.url + "/a").content == b"fine"


def test_body_cut_short_is_an_error_not_a_short_document(srv: FaultServer) -> None:
    srv.route("/a", cut_short(5000, b"x" * 100))
    with pytest.raises(FetchError):
        fetch(srv.url + "/a")
    assert srv.count("/a") == SETTINGS.max_retries + 1


def test_slow_drip_hits_the_body_deadline(srv: FaultServer) -> None:
    """One byte every 0.2 s never trips the 0.5 s read timeout; the 2 s body deadline does."""
    srv.route("/a", drip(0.2))
    settings = replace(SETTINGS, max_retries=1, timeout=0.5)
    with pytest.raises(FetchError, match="timed out"):
        fetch(srv.url + "/a", settings=settings)
    assert srv.count("/a") == 2


def test_stalled_server_times_out(srv: FaultServer) -> None:
    srv.route("/a", stall())
    settings = replace(SETTINGS, max_retries=1, timeout=0.5)
    with pytest.raises(FetchError, match="timed out"):
        fetch(srv.url + "/a", settings=settings)
    assert srv.count("/a") == 2


# -- sizes -------------------------------------------------------------------------------------


def test_declared_oversized_body_is_refused(srv: FaultServer) -> None:
    srv.route("/a", big(3 * MB))
    with pytest.raises(ResponseTooLargeError):
        fetch(srv.url + "/a")
    assert srv.count("/a") == 1


def test_chunked_oversized_body_is_cut(srv: FaultServer) -> None:
    srv.route("/a", big(8 * MB, chunked=True))
    with pytest.raises(ResponseTooLargeError):
        fetch(srv.url + "/a")
    assert srv.count("/a") == 1


def test_content_length_lying_low_reads_only_what_was_declared(srv: FaultServer) -> None:
    srv.route("/a", big(4 * MB, declared=100))
    response = fetch(srv.url + "/a")
    assert len(response.content) == 100


def test_content_length_lying_high_is_an_error(srv: FaultServer) -> None:
    srv.route("/a", big(1000, declared=500_000))
    with pytest.raises(FetchError):
        fetch(srv.url + "/a")


def test_gzip_bomb_is_cut_at_the_cap(srv: FaultServer) -> None:
    srv.route("/a", gzip_bomb(64 * MB))
    with pytest.raises(ResponseTooLargeError):
        fetch(srv.url + "/a")


# -- redirects ---------------------------------------------------------------------------------


def test_redirect_loop(srv: FaultServer) -> None:
    srv.route("/r1", redirect("/r2"))
    srv.route("/r2", redirect("/r1"))
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(srv.url + "/r1")
    assert srv.count("/r1") == 1 and srv.count("/r2") == 1


def test_too_many_redirects(srv: FaultServer) -> None:
    for i in range(12):
        srv.route(f"/c{i}", redirect(f"/c{i + 1}", code=301 if i % 2 else 307))
    with pytest.raises(FetchError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch(srv.url + "/c0")
    assert sum(srv.count(f"/c{i}") for i in range(12)) == MAX_REDIRECTS + 1


def test_redirect_without_location(srv: FaultServer) -> None:
    srv.route("/a", status(302))
    with pytest.raises(FetchError, match="without Location"):
        fetch(srv.url + "/a")


def test_redirect_to_another_public_host_is_followed(srv: FaultServer) -> None:
    srv.route("/go", redirect(f"http://mirror.example:{srv.port}/there"))
    srv.route("/there", ok(b"arrived"))
    response = fetch(f"http://portal.example:{srv.port}/go", public=srv.port)
    assert response.content == b"arrived"


REFUSED_TARGETS = [
    "http://127.0.0.1:{port}/secret",
    "http://localhost:{port}/secret",
    "http://app.localhost:{port}/secret",
    "http://[::1]:{port}/secret",
    "http://[::ffff:127.0.0.1]:{port}/secret",
    "http://127.1:{port}/secret",
    "http://2130706433:{port}/secret",
    "http://0.0.0.0:{port}/secret",
    "http://10.0.0.1/secret",
    "http://172.16.5.4/secret",
    "http://192.168.1.1/secret",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/secret",
    "http://[fd00::1]/secret",
    "http://224.0.0.1/secret",
    "http://internal.example/secret",
    "http://rebind.example:{port}/secret",
    "file:///etc/passwd",
    "ftp://portal.example/secret",
    "gopher://portal.example:70/secret",
    "data:text/plain,secret",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("target", REFUSED_TARGETS)
def test_redirect_to_non_public_target_is_refused(srv: FaultServer, target: str) -> None:
    srv.route("/go", redirect(target.format(port=srv.port)))
    srv.route("/secret", ok(b"the crown jewels"))
    with pytest.raises(DisallowedURLError):
        fetch(f"http://portal.example:{srv.port}/go", public=srv.port)
    assert srv.count("/go") == 1
    assert srv.count("/secret") == 0


class Rebinding:
    """A hostile DNS server: ``rebind.example`` is public at the first lookup, loopback after."""

    def __init__(self) -> None:
        self.lookups = 0

    async def __call__(self, name: str, port: int) -> list[str]:
        if name != "rebind.example":
            return await fake_resolve(name, port)
        self.lookups += 1
        return ["93.184.216.36"] if self.lookups == 1 else ["127.0.0.1"]


@pytest.mark.parametrize("via", ["direct", "redirect"])
def test_dns_rebinding_connects_to_the_checked_address(via: str) -> None:
    """The connection goes to the address that was checked, not to a second DNS answer.

    ``internal`` is the loopback service an attacker wants; ``public`` stands in for
    93.184.216.36, the address the check was given.  Both URLs carry the internal
    server's port, so a second lookup of ``rebind.example`` would reach it.
    """
    with FaultServer() as public, FaultServer() as internal:
        public.route("/page", ok(b"public page"))
        public.route("/go", redirect(f"http://rebind.example:{internal.port}/page"))
        internal.route("/page", ok(b"the crown jewels"))
        dns = Rebinding()
        net = FakeNet({"93.184.216.34": public.port, "93.184.216.36": public.port}, dns)
        target = f"http://rebind.example:{internal.port}/page"
        start = target if via == "direct" else f"http://portal.example:{internal.port}/go"

        async def go() -> Response:
            async with Fetcher(SETTINGS, transport=net, resolve=dns, clock=FastClock()) as f:
                return await f.get(start)

        assert asyncio.run(go()).content == b"public page"
        assert internal.hits == []
        assert dns.lookups == 1  # checked once; robots.txt and the page reuse that answer
        pinned = Connection("93.184.216.36", f"rebind.example:{internal.port}", "rebind.example")
        assert net.connections[-2:] == [pinned, pinned]  # robots.txt, then the page
        assert len(net.connections) == (2 if via == "direct" else 4)
        assert all(c.address.startswith("93.184.216.") for c in net.connections)

        async def unpinned() -> bytes:  # the harness is not vacuous: a second lookup rebinds
            async with httpx.AsyncClient(transport=net) as client:
                return (await client.get(target)).content

        assert asyncio.run(unpinned()) == b"the crown jewels"


@pytest.mark.parametrize("certified", ["portal.example", "other.example"])
def test_pinned_https_keeps_the_name_for_sni_and_certificate(certified: str, tmp_path: Any) -> None:
    """Over a pinned connection TLS still asks for, and verifies, the host name."""
    pytest.importorskip("cryptography")
    server_tls, client_tls = tls_contexts(certified, tmp_path)
    with FaultServer(tls=server_tls) as srv:
        srv.route("/page", ok(b"secure page"))
        net = FakeNet({"93.184.216.34": srv.port}, verify=client_tls)

        async def go() -> Response:
            fetcher = Fetcher(
                SETTINGS, transport=net, resolve=fake_resolve, clock=FastClock(), polite=False
            )
            async with fetcher as f:
                return await f.get(f"https://portal.example:{srv.port}/page")

        if certified == "portal.example":
            assert asyncio.run(go()).content == b"secure page"
        else:  # a certificate for another name is refused although the address was checked
            with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED") as info:
                asyncio.run(go())
            assert type(info.value) is FetchError and srv.count("/page") == 0
        assert {c.address for c in net.connections} == {"93.184.216.34"}
        assert set(srv.server_names) == {"portal.example"}


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:{port}/a", "http://localhost:{port}/a", "file:///etc/passwd"],
)
def test_private_first_url_is_refused_before_any_request(srv: FaultServer, url: str) -> None:
    async def go() -> None:
        async with Fetcher(SETTINGS, clock=FastClock()) as fetcher:
            await fetcher.get(url.format(port=srv.port))

    with pytest.raises(DisallowedURLError):
        asyncio.run(go())
    assert srv.hits == []


def test_robots_redirect_to_loopback_is_not_followed(srv: FaultServer) -> None:
    """A robots.txt that redirects to loopback counts as unreachable: nothing is fetched."""
    srv.route("/robots.txt", redirect(f"http://127.0.0.1:{srv.port}/internal-robots"))
    srv.route("/a", ok(b"fine"))
    with pytest.raises(BlockedError, match="robots.txt"):
        fetch(f"http://portal.example:{srv.port}/a", public=srv.port)
    assert srv.count("/internal-robots") == 0 and srv.count("/a") == 0


def test_redirect_to_weird_scheme_fetches_nothing(srv: FaultServer) -> None:
    """Such a redirect is never followed (DisallowedURLError, a FetchError)."""
    for i, target in enumerate(["data:text/plain,secret", "javascript:alert(1)", "mailto:a@b"]):
        srv.route(f"/go{i}", redirect(target))
        with pytest.raises(DisallowedURLError):
            fetch(f"http://portal.example:{srv.port}/go{i}", public=srv.port)
    assert sorted({h.path for h in srv.hits}) == ["/go0", "/go1", "/go2", "/robots.txt"]


# -- challenges and robots ---------------------------------------------------------------------

CHALLENGES = [
    (503, {}, b"<html><head><title>Just a moment...</title></head><body>cf_chl_opt</body>"),
    (403, {}, b"<html><body><div class='g-recaptcha'></div></body></html>"),
    (429, {"Retry-After": "1"}, b"<html><body><div class='cf-turnstile'></div></body></html>"),
    (200, {"cf-mitigated": "challenge"}, b"<html>checking your browser</html>"),
    (403, {"cf-mitigated": "challenge"}, b""),
]


@pytest.mark.parametrize("code,headers,body", CHALLENGES)
def test_challenge_pages_block_without_retrying(
    srv: FaultServer, code: int, headers: dict[str, str], body: bytes
) -> None:
    srv.route("/a", status(code, {"Content-Type": "text/html", **headers}, body))
    with pytest.raises(BlockedError):
        fetch(srv.url + "/a")
    assert srv.count("/a") == 1


def test_robots_disallow_blocks_before_the_request(srv: FaultServer) -> None:
    srv.route("/robots.txt", ok(b"User-agent: *\nDisallow: /private\n"))
    srv.route("/private/x", ok(b"secret"))
    with pytest.raises(BlockedError):
        fetch(srv.url + "/private/x")
    assert srv.count("/private/x") == 0


def test_wrong_content_type_is_reported_not_trusted(srv: FaultServer) -> None:
    srv.route("/a", ok(b"%PDF-1.4 not really", "text/html; charset=bogus-charset"))
    response = fetch(srv.url + "/a")
    assert response.media_type == "text/html" and response.content.startswith(b"%PDF")


# -- a whole scrape over a hostile portal ------------------------------------------------------


def _judgment(jid: str) -> bytes:
    return f"Republic v {jid}\n\nThe accused was charged with trafficking in persons.\n".encode()


# id -> (behaviours, expected error kind or None for stored)
Faults = dict[str, tuple[tuple[Callable[..., Any], ...], str | None]]


def _faults() -> Faults:
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"
    return {
        "j01": ((ok(_judgment("j01")),), None),
        "j02": ((status(503),), "FetchError"),
        "j03": ((status(429, {"Retry-After": "1"}), ok(_judgment("j03"))), None),
        "j04": ((reset(),), "FetchError"),
        "j05": ((cut_short(5000, b"Republic v j05"),), "FetchError"),
        "j06": ((big(3 * MB),), "ResponseTooLargeError"),
        "j07": ((status(403, {"Content-Type": "text/html"}, b"<p>captcha</p>"),), "BlockedError"),
        "j08": ((ok(_judgment("j08"), "application/pdf"),), None),
        "j09": ((ok(pdf, "text/plain"),), "IngestError"),
        "j10": ((gzip_bomb(16 * MB),), "ResponseTooLargeError"),
        "j11": ((stall(),), "FetchError"),
        "j12": ((ok(_judgment("j12")),), None),
    }


def _scrape(srv: FaultServer, store: Any) -> Any:
    from caselaw.scrapers._base import Query
    from caselaw.scrapers.jobs import ScrapeOptions, scrape

    settings = replace(SETTINGS, max_retries=1, max_retry_after=5.0, timeout=1.0)
    options = ScrapeOptions(allow_private=True)
    return scrape("replay", Query(), store=store, settings=settings, base_url=srv.url,
                  options=options)  # fmt: skip


def test_scrape_over_a_hostile_portal(srv: FaultServer, tmp_path: Any) -> None:
    from caselaw.storage import Store

    faults = _faults()
    for i, (jid, (behaviours, _)) in enumerate(faults.items()):
        srv.add(jid, f"2021-01-{i + 1:02d}", *behaviours)
    with Store(tmp_path / "x.db") as store:
        report = _scrape(srv, store)
        bad = {j: kind for j, (_, kind) in faults.items() if kind}
        good = [j for j, (_, kind) in faults.items() if not kind]
        assert report.failed == len(bad), report
        assert report.new == len(good), report
        assert report.exit_code == 3
        errors = {e.source: e for e in store.errors(stage="scrape")}
        for jid, kind in bad.items():
            url = f"{srv.url}/judgments/{jid}.txt"
            assert store.get_judgment(f"replay:{jid}") is None, jid
            assert not store.query("select 1 from documents where source_url = ?", [url]), jid
            assert url in errors, jid
            assert errors[url].kind == kind or (
                kind == "FetchError" and errors[url].kind.endswith("Error")
            ), (jid, errors[url])
            assert url in errors[url].message
            assert store.get_item("replay", jid)["status"] == "failed"
        for jid in good:
            judgment = store.get_judgment(f"replay:{jid}")
            assert judgment is not None and f"Republic v {jid}" in judgment.text
        for jid in bad:  # the portal heals: a rerun fetches exactly what failed
            srv.route(f"/judgments/{jid}.txt", ok(_judgment(jid)))
        again = _scrape(srv, store)
        assert (again.new, again.failed, again.skipped) == (len(bad), 0, len(good)), again
        assert store.errors(stage="scrape") == []
        assert store.count("judgments") == len(faults)


def test_listing_faults_stop_the_run_cleanly(srv: FaultServer, tmp_path: Any) -> None:
    from caselaw.storage import Store

    srv.add("j01", "2021-01-01", ok(_judgment("j01")))
    srv.route("/judgments", status(503))
    with Store(tmp_path / "x.db") as store:
        report = _scrape(srv, store)
        assert report.exit_code == 1 and report.new == 0
        assert [e.stage for e in store.errors()] == ["scrape"]
        assert store.count("judgments") == 0
        assert store.rows("locks") == []
        srv.route("/judgments", ok(b"<html>we moved</html>", "text/html"))
        report = _scrape(srv, store)
        assert report.exit_code == 1
        assert "PortalChangedError" in {e.kind for e in store.errors()}
