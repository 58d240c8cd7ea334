"""The address guard: which hosts the Fetcher may talk to, and at which addresses.

Unless ``allow_private=True``, URLs that point at loopback, private, link-local,
multicast, reserved or unspecified addresses are refused with
``DisallowedURLError``, at the first request and at every redirect hop.
``allow_private`` may instead be a collection of origins (``http://127.0.0.1:8765``)
that are trusted although private: the job runner trusts the origin of a base
URL the operator gave explicitly (``--base-url``, ``[portals.x] base_url``),
never one that a listing or a redirect points to.

Before anything is judged the host is brought into the one ASCII form that is
both checked and sent (``_hostnames.wire_host``: UTS 46 mapping, IDNA 2008, IPv6
zone IDs parsed); a host that fails that (invalid IDNA, a label mixing scripts,
characters no host name has) is refused with ``DisallowedURLError``, trusted or
not.  Literal IPs (IPv4 inside IPv6 judged as the IPv4 address; any zone ID
refused) and ``localhost`` / ``*.localhost`` are judged without any lookup (forms
such as ``127.1`` only through one).  Other host names are resolved with
``resolve`` when there is one; every address a name resolves to must be public.
The checked list is kept per origin for the guard's life, and ``pin`` hands it
to ``PinnedTransport`` (``_pinning.py``) so the connection goes to a checked
address, never through a second lookup.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from urllib.parse import urlsplit

import httpx

from caselaw.errors import DisallowedURLError
from caselaw.scrapers._hostnames import IP, parse_ip, wire_host
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

    async def check(self, url: str) -> str:
        """The URL to send, its host in the checked ASCII form (``_hostnames.py``).

        ``DisallowedURLError`` unless ``url`` is http(s) to a well-formed host we may reach.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise DisallowedURLError(url, f"scheme {parts.scheme!r} not allowed (http/https only)")
        hostname = parts.hostname
        if not hostname:
            raise DisallowedURLError(url, "no host name")
        try:
            host = wire_host(hostname)
            parts.port  # noqa: B018 (a port that is not a number in 0-65535 raises here)
        except ValueError as exc:  # HostError included
            raise DisallowedURLError(url, str(exc)) from None
        wire = url if host == hostname else _with_host(url, parts.netloc, host)
        if not self.trusted(wire):
            await self.public_addresses(wire, host)
        return wire

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
    """An IP literal's address as text (zone kept: ``fe80::1%eth0``), else None."""
    ip = parse_ip(hostname)
    return None if ip is None else str(ip)


def non_public(address: str) -> str | None:
    """The kind of a non-public address ('loopback', 'private', ...), or None.

    IPv4 inside IPv6 (mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``) is judged as
    the IPv4 address (NAT64 ``64:ff9b::/96`` is reserved as a whole); an IPv6 address with a zone
    ID names an interface of this machine, never a public server, and is refused.
    """
    ip = parse_ip(address)
    if ip is None:
        return None
    kind = _kind(ip)
    if kind is None and isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None and (inner := _kind(embedded)):
            kind = f"{inner} (as {embedded})"
        elif ip.scope_id:
            kind = f"zone-scoped (zone {ip.scope_id!r})"
    return kind


def _kind(ip: IP) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in NON_PUBLIC:
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    return ip.sixtofour


def _with_host(url: str, netloc: str, host: str) -> str:
    """``url`` with its (non-IPv6) host replaced by ``host``; userinfo and port kept."""
    userinfo, at, hostport = netloc.rpartition("@")
    _, colon, port = hostport.partition(":")
    scheme, rest = url.split("//", 1)  # rest starts with netloc
    return f"{scheme}//{userinfo}{at}{host}{colon}{port}{rest[len(netloc) :]}"
