"""Connect to the address that was checked, not to a second DNS answer (``_http.py``'s helper).

The address guard (``_guard.py``) refuses private addresses by resolving a host
name and checking every address.  If httpx then resolved the name again on its
own, a hostile DNS server could answer a public address to the check and
``127.0.0.1`` to the connection (DNS rebinding).  ``PinnedTransport`` closes that
gap: for every request it asks the guard for the checked addresses of the URL's
host (``Pin``), and sends the request to the first one that accepts a
connection, with the URL's host replaced by that address.  What the server sees
is unchanged: the ``Host`` header is the one httpx built from the original URL,
and for https the TLS server name (SNI) and the certificate check use the
original host name (httpx's ``sni_hostname`` request extension).

Requests that go through a proxy from the environment never reach this
transport (``_proxy.ProxyRouter`` sends them to httpx's proxy transport): the
proxy resolves the name, so there is nothing to pin.

Connections are pooled per original origin (scheme, host name, port), so two
names served from one address never share a connection, and a TLS connection
verified for one name is never reused for another.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable

import httpx

Resolver = Callable[[str, int], Awaitable[list[str]]]
# The checked addresses to connect to for a URL, or None to send the URL as it is
# (a literal address, a trusted origin, or no resolver).  May raise a CaselawError.
Pin = Callable[[httpx.URL], Awaitable[list[str] | None]]


class PinnedTransport(httpx.AsyncBaseTransport):
    """Sends each request to an address ``pin`` returns; ``connect()`` makes a pool."""

    def __init__(self, pin: Pin, connect: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._pin = pin
        self._connect = connect
        self._pools: dict[tuple[str, str, int | None], httpx.AsyncBaseTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.scheme, url.host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = self._connect()
        addresses = await self._pin(url)
        if addresses is None:
            return await pool.handle_async_request(request)
        failure: httpx.TransportError | None = None
        for address in addresses:  # like happy eyeballs, but only over checked addresses
            try:
                return await pool.handle_async_request(_pinned(request, address))
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:  # nothing was sent
                failure = exc
        raise failure or httpx.ConnectError(f"{url.host} has no address", request=request)

    async def aclose(self) -> None:
        pools = {id(pool): pool for pool in self._pools.values()}  # an injected one is shared
        self._pools.clear()
        for pool in pools.values():
            await pool.aclose()


def _pinned(request: httpx.Request, address: str) -> httpx.Request:
    """``request`` sent to ``address``: same headers (Host included), SNI of the name."""
    name = request.url.raw_host.decode("ascii")
    return httpx.Request(
        request.method,
        request.url.copy_with(host=address),
        headers=request.headers,
        stream=request.stream,
        extensions={**request.extensions, "sni_hostname": name},
    )


def connector(
    transport: httpx.AsyncBaseTransport | None, concurrency: int
) -> Callable[[], httpx.AsyncBaseTransport]:
    """Makes ``PinnedTransport``'s pools: the injected transport, or a new pool per host."""
    if transport is not None:
        return lambda: transport
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    tls = httpx.create_ssl_context()  # the CA bundle is loaded once, not once per host
    return lambda: httpx.AsyncHTTPTransport(verify=tls, limits=limits)


async def getaddrinfo(host: str, port: int) -> list[str]:
    """The system resolver, as the event loop runs it (the Fetcher's default ``Resolver``)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))
