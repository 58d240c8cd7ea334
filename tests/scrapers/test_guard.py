"""The address guard on host names: IPv6 zone IDs, IDNA 2008 / UTS 46, mixed scripts.

Pure tables for ``_hostnames`` and ``non_public``, then the Fetcher over
``httpx.MockTransport`` (and a resolver that records what it was asked), so
nothing touches the network and every refusal is shown to send nothing.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from caselaw.config import Settings
from caselaw.errors import DisallowedURLError, FetchError
from caselaw.scrapers._guard import non_public
from caselaw.scrapers._hostnames import HostError, parse_ip, scripts, wire_host
from caselaw.scrapers._http import Fetcher, Response

SETTINGS = Settings(contact="tests@example.org", min_delay=0.0, max_retries=0)


@pytest.mark.parametrize(
    ("host", "wire"),
    [
        ("portal.test", "portal.test"),
        ("my_host.example", "my_host.example"),  # underscores exist in real names
        ("example.com.", "example.com."),  # fully qualified
        ("bücher.example", "xn--bcher-kva.example"),
        ("faß.de", "xn--fa-hia.de"),  # IDNA 2008 keeps ß; IDNA 2003 would say fass.de
        ("xn--bcher-kva.example", "xn--bcher-kva.example"),
        ("пример.рф", "xn--e1afmkfd.xn--p1ai"),  # one script per label
        ("ελληνικά.gr", "xn--hxargifdar.gr"),
        ("ひらがな漢字カタカナ.jp", "xn--v8j0cwa6gzha3lrd7410cymwb.jp"),  # Japanese mix
        ("한국어漢字.kr", "xn--p8s937b4q9bkkuslr.kr"),  # Korean mix
        ("ｌｏｃａｌｈｏｓｔ", "localhost"),  # full width, UTS 46 mapped: then judged
        ("127。0。0。1", "127.0.0.1"),  # ideographic full stops
        ("１２７.０.０.１", "127.0.0.1"),
        ("fe80::1%25eth0", "fe80::1%25eth0"),
        # a whole-script look-alike (Cyrillic "аррӏе") is valid IDNA and one script
        ("xn--80ak6aa92e.com", "xn--80ak6aa92e.com"),
    ],
)
def test_wire_host_is_the_ascii_form_that_is_checked_and_sent(host: str, wire: str) -> None:
    assert wire_host(host) == wire


@pytest.mark.parametrize(
    ("host", "why"),
    [
        ("pаypal.com", "mixes scripts \\(Cyrillic, Latin\\)"),  # Cyrillic а
        ("раураl.com", "mixes scripts"),  # Cyrillic раура + Latin l
        ("xn--pypal-4ve.com", "mixes scripts"),  # the same, already encoded
        ("xn--zz.example", "IDNA 2008"),  # not a valid A-label
        ("i❤.ws", "IDNA 2008"),  # symbols are not IDNA 2008
        ("127%2E0%2E0%2E1", "'%' is not allowed"),
        ("ex ample.com", "' ' is not allowed"),
        ("a..b", "empty label"),
        ("v1.fe80::1", "not a valid IPv6 address"),  # IPvFuture
        ("fe80::zz%eth0", "not a valid IPv6 address"),
    ],
)
def test_bad_and_look_alike_host_names_are_refused(host: str, why: str) -> None:
    with pytest.raises(HostError, match=why):
        wire_host(host)


def test_scripts_ignore_digits_marks_and_hyphens() -> None:
    assert scripts("abc-123") == {"Latin"}
    assert scripts("пример") == {"Cyrillic"}
    assert scripts("漢字かな") == {"Han", "Hiragana"}
    assert scripts("e\u0301") == {"Latin"}  # a combining accent belongs to no script


def test_zone_ids_are_parsed() -> None:
    for text in ("fe80::1%25eth0", "[fe80::1%eth0]", "fe80::1%eth0"):
        ip = parse_ip(text)
        assert ip is not None and str(ip) == "fe80::1%eth0"
    assert parse_ip("portal.test") is None


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("fe80::1%eth0", "link-local"),  # a zone does not hide what the address is
        ("::1%lo", "loopback"),
        ("2606:2800:220:1::1%eth0", "zone-scoped (zone 'eth0')"),  # never a public server
        ("2002:7f00:1::1", "loopback (as 127.0.0.1)"),  # 6to4 of 127.0.0.1
        ("2002:a00:1::1", "private (as 10.0.0.1)"),
        ("::ffff:10.0.0.1", "private"),
        ("2606:2800:220:1::1", None),
        ("93.184.216.34", None),
    ],
)
def test_non_public_judges_zones_and_embedded_ipv4(address: str, kind: str | None) -> None:
    assert non_public(address) == kind


class Recorder:
    """A MockTransport handler and a resolver; both log what reached them."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.lookups: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, text="ok")

    async def resolve(self, name: str, port: int) -> list[str]:
        self.lookups.append(name)
        return ["93.184.216.34"]


def get(rec: Recorder, url: str, **kwargs: Any) -> Response:
    async def go() -> Response:
        transport = httpx.MockTransport(rec)
        async with Fetcher(SETTINGS, transport=transport, **kwargs) as fetcher:
            return await fetcher.get(url)

    return asyncio.run(go())


@pytest.mark.parametrize(
    "url",
    [
        "http://[fe80::1%25eth0]/a",
        "http://[fe80::1%eth0]:8080/a",
        "http://[::1%25lo]/a",
        "http://[2606:2800:220:1::1%25eth0]/a",
        "http://[2002:7f00:1::1]/a",
        "http://ｌｏｃａｌｈｏｓｔ/a",
        "http://127。0。0。1/a",
        "http://１２７.０.０.１/a",
        "http://[v1.fe80::1]/a",
        "http://127%2E0%2E0%2E1/a",
        "http://pаypal.com/a",
        "http://xn--zz.example/a",
        "http://portal.test:99999/a",
    ],
)
def test_scoped_mapped_and_malformed_hosts_send_nothing(url: str) -> None:
    rec = Recorder()
    with pytest.raises(DisallowedURLError) as info:
        get(rec, url, resolve=rec.resolve)
    assert rec.requests == [] and rec.lookups == []
    assert url in str(info.value) or "127.0.0.1" in str(info.value)


def test_idn_is_checked_resolved_and_sent_in_one_ascii_form() -> None:
    rec = Recorder()
    response = get(rec, "https://Faß.de/a?q=1", resolve=rec.resolve)
    assert response.url == "https://xn--fa-hia.de/a?q=1"
    assert rec.lookups == ["xn--fa-hia.de"]  # the name that is connected, not IDNA 2003's
    assert {r.headers["host"] for r in rec.requests} == {"xn--fa-hia.de"}
    assert {r.extensions["sni_hostname"] for r in rec.requests} == {"xn--fa-hia.de"}


def test_idn_userinfo_and_port_survive_normalisation() -> None:
    rec = Recorder()
    response = get(rec, "http://user@bücher.example:8080/a#top", polite=False)
    assert response.url == "http://user@xn--bcher-kva.example:8080/a"
    assert str(rec.requests[0].url) == "http://user@xn--bcher-kva.example:8080/a"


def test_host_validation_applies_even_when_private_addresses_are_allowed() -> None:
    rec = Recorder()
    with pytest.raises(DisallowedURLError, match="mixes scripts"):
        get(rec, "http://pаypal.com/a", allow_private=True)
    assert get(rec, "http://[fe80::1%25eth0]/a", allow_private=True, polite=False).status == 200


def test_redirect_to_a_look_alike_is_refused() -> None:
    def site(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/go":
            return httpx.Response(302, headers={"Location": "http://xn--pypal-4ve.com/login"})
        return httpx.Response(200, text="ok")

    async def go() -> None:
        async with Fetcher(SETTINGS, transport=httpx.MockTransport(site), polite=False) as f:
            await f.get("http://portal.test/go")

    with pytest.raises(DisallowedURLError, match="look-alike"):
        asyncio.run(go())


def test_a_loop_between_spellings_of_one_idn_is_a_loop() -> None:
    """``bücher.example`` and ``xn--bcher-kva.example`` are one host: loop, not 6 hops."""

    def site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://bücher.example/a".encode()})

    async def go() -> None:
        async with Fetcher(SETTINGS, transport=httpx.MockTransport(site), polite=False) as f:
            await f.get("http://xn--bcher-kva.example/a")

    with pytest.raises(FetchError, match="redirect loop at http://xn--bcher-kva.example/a"):
        asyncio.run(go())
