"""Proxy settings from the environment (``_proxy.py``), routed over MockTransports.

Every test starts from an environment with no proxy variable at all (a CI
machine behind a proxy must not change the outcome) and sets what it needs.
"""

from __future__ import annotations

import asyncio
import importlib.util
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from caselaw.config import Settings, load_settings
from caselaw.errors import ConfigError
from caselaw.scrapers._http import Fetcher
from caselaw.scrapers._proxy import ProxyRouter, ProxyRoutes, bypassed

SETTINGS = Settings(contact="tests@example.org", min_delay=0.0, max_retries=0)
VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.delenv("REQUEST_METHOD", raising=False)
    return monkeypatch


def routes(monkeypatch: pytest.MonkeyPatch, **env: str) -> ProxyRoutes:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return ProxyRoutes.from_settings("env")


def via(table: ProxyRoutes, url: str) -> str | None:
    return table.proxy_for(httpx.URL(url))


def test_proxy_per_scheme_with_all_proxy_as_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    table = routes(monkeypatch, HTTPS_PROXY="http://secure.proxy:3128", ALL_PROXY="proxy:8080")
    assert via(table, "https://portal.example/a") == "http://secure.proxy:3128"
    assert via(table, "http://portal.example/a") == "http://proxy:8080"  # scheme added


def test_only_the_configured_scheme_is_proxied(monkeypatch: pytest.MonkeyPatch) -> None:
    table = routes(monkeypatch, HTTP_PROXY="http://proxy:3128")
    assert via(table, "http://portal.example/a") == "http://proxy:3128"
    assert via(table, "https://portal.example/a") is None


def test_lower_case_wins_and_cgi_ignores_upper_case_http_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = routes(monkeypatch, HTTP_PROXY="http://upper:1", http_proxy="http://lower:2")
    assert via(table, "http://portal.example/") == "http://lower:2"
    monkeypatch.delenv("http_proxy")
    table = routes(monkeypatch, REQUEST_METHOD="GET")  # HTTP_PROXY may come from a header
    assert via(table, "http://portal.example/") is None


@pytest.mark.parametrize(
    ("host", "no_proxy", "bypass"),
    [
        ("www.example.org", "example.org", True),
        ("example.org", ".example.org", True),
        ("www.example.org", ".example.org", True),
        ("notexample.org", "example.org", False),
        ("example.org.", "example.org", True),
        ("portal.example", "other.example, portal.example", True),
        ("portal.example", "*", True),
        ("10.1.2.3", "10.0.0.0/8", True),
        ("10.1.2.3", "10.1.2.3", True),
        ("11.1.2.3", "10.0.0.0/8", False),
        ("fd00::7", "[fd00::]/8", True),
        ("fd00::7", "fd00::/8", True),
        ("2606:2800:220:1::1", "fd00::/8,example.org", False),
        ("portal.example", "", False),
    ],
)
def test_no_proxy(host: str, no_proxy: str, bypass: bool) -> None:
    assert bypassed(host, no_proxy) is bypass


def test_no_proxy_and_loopback_go_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    table = routes(monkeypatch, ALL_PROXY="http://proxy:3128", NO_PROXY=".court.example")
    assert via(table, "https://www.court.example/a") is None
    assert via(table, "https://portal.example/a") == "http://proxy:3128"
    for url in (
        "http://127.0.0.1:8000/",
        "http://[::1]/",
        "http://localhost/",
        "http://a.localhost/",
    ):
        assert via(table, url) is None, url


def test_mode_none_ignores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy:3128")
    assert ProxyRoutes.from_settings("none").proxies == {}
    assert ProxyRoutes.from_settings("env", read_env=False).proxies == {}


def test_setting_comes_from_the_config_file_or_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert Settings().proxy == "env"  # honoured by default, like curl and httpx
    config = tmp_path / "caselaw.toml"
    config.write_text('proxy = "none"\n', encoding="utf-8")
    assert load_settings(config).proxy == "none"
    empty = tmp_path / "empty.toml"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("CASELAW_PROXY", "none")
    assert load_settings(empty).proxy == "none"


@pytest.mark.parametrize(
    ("mode", "env", "problem"),
    [
        ("sometimes", {}, "proxy must be one of env, none"),
        ("env", {"HTTPS_PROXY": "ftp://proxy:21"}, "proxy for https://"),
    ],
)
def test_bad_settings_are_config_errors(
    monkeypatch: pytest.MonkeyPatch, mode: str, env: dict[str, str], problem: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=problem):
        Fetcher(replace(SETTINGS, proxy=mode))


def test_socks_proxy_without_socksio_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("socksio") is not None:
        pytest.skip("socksio is installed: SOCKS proxies work")
    monkeypatch.setenv("ALL_PROXY", "socks5://proxy:1080")
    with pytest.raises(ConfigError, match="httpx\\[socks\\]"):
        ProxyRoutes.from_settings("env")


def proxies_of(settings: Settings, **kwargs: object) -> dict[str, str]:
    async def build() -> dict[str, str]:
        async with Fetcher(settings, **kwargs) as fetcher:  # type: ignore[arg-type]
            return dict(fetcher.proxies.proxies)

    return asyncio.run(build())


def test_fetcher_reads_the_environment_only_for_its_own_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy:3128")
    assert proxies_of(SETTINGS) == {"https": "http://proxy:3128"}  # default: honoured
    assert proxies_of(replace(SETTINGS, proxy="none")) == {}
    mock = httpx.MockTransport(lambda r: httpx.Response(200))
    assert proxies_of(SETTINGS, transport=mock) == {}


def test_router_sends_each_request_its_own_way() -> None:
    seen: list[tuple[str, str]] = []

    def transport(name: str) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            seen.append((name, str(request.url)))
            return httpx.Response(200)

        return httpx.MockTransport(handle)

    made: list[str] = []

    def connect(proxy: str) -> httpx.AsyncBaseTransport:
        made.append(proxy)
        return transport(proxy)

    table = ProxyRoutes({"https": "http://proxy:3128"}, no_proxy="intranet.example")

    async def main() -> None:
        router = ProxyRouter(table, transport("direct"), connect)
        async with httpx.AsyncClient(transport=router) as client:
            for url in (
                "https://portal.example/a",
                "https://intranet.example/b",
                "http://portal.example/c",
                "https://portal.example/d",
            ):
                await client.get(url)

    asyncio.run(main())
    assert seen == [
        ("http://proxy:3128", "https://portal.example/a"),
        ("direct", "https://intranet.example/b"),
        ("direct", "http://portal.example/c"),
        ("http://proxy:3128", "https://portal.example/d"),
    ]
    assert made == ["http://proxy:3128"]  # one pool per proxy
