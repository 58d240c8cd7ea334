"""The address guard: which hosts the Fetcher may talk to, and at which addresses.

Unless ``allow_private=True``, URLs that point at loopback, private, link-local,
multicast, reserved or unspecified addresses are refused with
``DisallowedURLError``, at the first request and at every redirect hop.
``allow_private`` may instead be a collection of origins (``http://127.0.0.1:8765``)
that are trusted although private: the job runner trusts the origin of a base
URL the operator gave explicitly (``--base-url``, ``[portals.x] base_url``),
never one that a listing or a redirect points to.

Literal IPs (including IPv4-mapped IPv6) and ``localhost`` / ``*.localhost`` are
judged without any lookup (forms such as ``127.1`` only through one).  Other host
names are resolved with ``resolve`` when there is one; every address a name
resolves to must be public.  The checked list is kept per origin for the guard's
life, and ``pin`` hands it to ``PinnedTransport`` (``_pinning.py``) so the
connection goes to a checked address, never through a second lookup.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from urllib.parse import urlsplit

import httpx

from caselaw.errors import DisallowedURLError
from caselaw.scrapers._http_rules import origin_of
from caselaw.scrapers._pinning import Resolver

NON_PUBLIC = ("loopback", "link_local", "private", "multicast", "reserved", "unspecified")


class AddressGuard:
    """Checks URLs before they are sent; remembers each origin's checked addresses."""

    def __init__(self, allow_private: bool | Collection[str], resolve: Resolver | None) -> None:
        self.allow_all = allow_private is True
        origins = () if isinstance(allow_private, bool) else allow_private
        # as given and as httpx spells it (the pinning transport sees httpx's form)
        self._trusted = {origin_of(o) for o in origins} | {
            origin_of(str(httpx.URL(o))) for o in origins
        }
        self.resolve = resolve
        self._addresses: dict[str, list[str]] = {}  # origin -> resolved, checked: all public

    def trusted(self, url: str) -> bool:
        """Exempt from the check: everything allowed, or an operator's trusted origin."""
        return self.allow_all or origin_of(url) in self._trusted

    async def check(self, url: str) -> None:
        """``DisallowedURLError`` unless ``url`` is http(s) to a host we may reach."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise DisallowedURLError(url, f"scheme {parts.scheme!r} not allowed (http/https only)")
        hostname = parts.hostname
        if not hostname:
            raise DisallowedURLError(url, "no host name")
        if not self.trusted(url):
            await self.public_addresses(url, hostname)

    async def pin(self, url: httpx.URL) -> list[str] | None:
        """The checked addresses the transport must connect to; None: send ``url`` as is."""
        text, name = str(url), url.raw_host.decode("ascii")
        if self.resolve is None or literal_ip(name) is not None or self.trusted(text):
            return None
        addresses = await self.public_addresses(text, name)
        if not addresses:  # never let httpx look the name up again: that answer is unchecked
            raise httpx.ConnectError(f"{name} did not resolve")
        return addresses

    async def public_addresses(self, url: str, hostname: str) -> list[str]:
        """``hostname``'s addresses, all public (else ``DisallowedURLError``); [] if unknown."""
        key = origin_of(url)
        known = self._addresses.get(key)
        if known is not None:
            return known
        addresses = await self._lookup(url, hostname)
        for address in addresses:
            kind = non_public(address)
            if kind:
                raise DisallowedURLError(
                    url, f"{hostname} is a {kind} address ({address}); allow_private is off"
                )
        if addresses:  # a failed lookup is tried again at the next attempt
            self._addresses[key] = addresses
        return addresses

    async def _lookup(self, url: str, hostname: str) -> list[str]:
        literal = literal_ip(hostname)
        if literal is not None:
            return [literal]
        name = hostname.rstrip(".").lower()
        if name == "localhost" or name.endswith(".localhost"):
            return ["127.0.0.1"]
        if self.resolve is None:
            return []
        port = urlsplit(url).port or (443 if url.startswith("https") else 80)
        try:
            return await self.resolve(name, port)
        except OSError:
            return []  # unresolvable: the attempt fails as a connection error


def literal_ip(hostname: str) -> str | None:
    try:
        return str(ipaddress.ip_address(hostname.strip("[]").split("%", 1)[0]))
    except ValueError:
        return None


def non_public(address: str) -> str | None:
    """The kind of a non-public address ('loopback', 'private', ...), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in NON_PUBLIC:
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None
