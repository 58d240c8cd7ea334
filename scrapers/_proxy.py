"""Proxies from the environment, read the way curl and httpx read them.

``Settings.proxy`` says whether they are used: ``"env"`` (the default) takes
``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` and ``NO_PROXY`` (lower case
wins over upper case, ``HTTP_PROXY`` is ignored under CGI: the standard
library's ``urllib.request.getproxies()``, which on macOS and Windows falls back
to the system settings, as httpx does); ``"none"`` connects directly whatever the
environment says.  An injected transport (``Fetcher(transport=...)``) is used as
it is and the environment is not read, as in httpx.

A URL goes through the proxy for its scheme (``ALL_PROXY`` when that is unset)
unless ``NO_PROXY`` names its host: ``*``; a name, matching itself and every
name under it (``example.org`` and ``.example.org`` both match
``www.example.org`` and ``example.org``, as curl and the standard library's
``proxy_bypass_environment`` do; no ports); an IP address or a CIDR network
(``10.0.0.0/8``, ``fd00::/8``), which the standard library does not understand.
Loopback (``127.0.0.0/8``, ``::1``, ``localhost``) is never sent to a proxy: a
proxy's loopback is its own machine, not ours.

``ProxyRouter`` sends proxied requests through httpx's own proxy support
(``httpx.AsyncHTTPTransport(proxy=...)``: absolute-form requests for http,
``CONNECT`` tunnels for https, credentials from the proxy URL), one pool per
proxy, and every other request to the direct (pinned) transport.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.util import find_spec

import httpx

from caselaw.errors import ConfigError
from caselaw.scrapers._hostnames import parse_ip

PROXY_MODES = ("env", "none")
_SCHEMES = ("http", "https")
_SOCKS = ("socks5", "socks5h")


@dataclass(frozen=True, slots=True)
class ProxyRoutes:
    """Which proxy, if any, each URL goes through; empty ``proxies``: always direct."""

    proxies: Mapping[str, str] = field(default_factory=dict)  # scheme -> proxy URL
    no_proxy: str = ""

    @classmethod
    def from_settings(cls, mode: str, *, read_env: bool = True) -> ProxyRoutes:
        """``mode`` is ``Settings.proxy``; ``ConfigError`` for a bad mode or proxy URL.

        ``read_env=False`` (an injected transport) checks the mode and reads nothing.
        """
        if mode not in PROXY_MODES:
            raise ConfigError(f"proxy must be one of {', '.join(PROXY_MODES)}, not {mode!r}")
        if mode == "none" or not read_env:
            return cls()
        found = urllib.request.getproxies()
        proxies = {}
        for scheme in _SCHEMES:
            value = found.get(scheme) or found.get("all")
            if value:
                proxies[scheme] = _checked(value if "://" in value else f"http://{value}", scheme)
        return cls(proxies, found.get("no", ""))

    def proxy_for(self, url: httpx.URL) -> str | None:
        """The proxy URL for ``url``, or None to connect directly."""
        proxy = self.proxies.get(url.scheme)
        if proxy is None:
            return None
        host = url.raw_host.decode("ascii").lower()
        if _is_loopback(host) or bypassed(host, self.no_proxy):
            return None
        return proxy


def bypassed(host: str, no_proxy: str) -> bool:
    """``NO_PROXY`` names ``host`` (an ASCII host name or IP literal without port)."""
    entries = [entry.strip() for entry in no_proxy.split(",") if entry.strip()]
    if "*" in entries:
        return True
    ip = parse_ip(host)
    if ip is None:
        name = host.rstrip(".")
        suffixes = {entry.lstrip(".").lower() for entry in entries}
        return any(name == suffix or name.endswith("." + suffix) for suffix in suffixes)
    plain = ipaddress.ip_address(str(ip).split("%", 1)[0])
    for entry in entries:
        try:
            network = ipaddress.ip_network(entry.replace("[", "").replace("]", ""), strict=False)
        except ValueError:
            continue
        if plain in network:
            return True
    return False


class ProxyRouter(httpx.AsyncBaseTransport):
    """Proxied requests through a pool per proxy (``connect(proxy)``), the rest ``direct``."""

    def __init__(
        self,
        routes: ProxyRoutes,
        direct: httpx.AsyncBaseTransport,
        connect: Callable[[str], httpx.AsyncBaseTransport],
    ) -> None:
        self.routes = routes
        self._direct = direct
        self._connect = connect
        self._pools: dict[str, httpx.AsyncBaseTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.routes.proxy_for(request.url)
        if proxy is None:
            return await self._direct.handle_async_request(request)
        pool = self._pools.get(proxy)
        if pool is None:
            pool = self._pools[proxy] = self._connect(proxy)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.aclose()
        await self._direct.aclose()


def routed(
    routes: ProxyRoutes, direct: httpx.AsyncBaseTransport, concurrency: int
) -> httpx.AsyncBaseTransport:
    """``direct`` itself when no proxy is configured, else a ``ProxyRouter`` over it."""
    if not routes.proxies:
        return direct
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    tls = httpx.create_ssl_context()  # verifies the portal through the tunnel, as direct does

    def connect(proxy: str) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(proxy=httpx.Proxy(proxy), verify=tls, limits=limits)

    return ProxyRouter(routes, direct, connect)


def _checked(proxy: str, scheme: str) -> str:
    try:
        url = httpx.Proxy(proxy).url
    except (ValueError, httpx.InvalidURL) as exc:
        raise ConfigError(f"proxy for {scheme}:// from the environment: {exc}") from None
    if url.scheme in _SOCKS and find_spec("socksio") is None:
        problem = "a SOCKS proxy needs httpx's socks extra (pip install 'httpx[socks]')"
        raise ConfigError(f"proxy for {scheme}:// from the environment: {problem}")
    return proxy


def _is_loopback(host: str) -> bool:
    ip = parse_ip(host)
    if ip is not None:
        return ip.is_loopback or (getattr(ip, "ipv4_mapped", None) or ip).is_loopback
    name = host.rstrip(".")
    return name == "localhost" or name.endswith(".localhost")
