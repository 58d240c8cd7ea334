"""Host names as the address guard judges them and the request sends them (pure).

``wire_host`` turns the host of a URL into the one form that is both checked and
sent, so the check and the connection can never disagree about the name:

* IPv6 literals are parsed with ``ipaddress``, zone ID included (``fe80::1%eth0``,
  written ``[fe80::1%25eth0]`` in a URL, RFC 6874), and returned as written; the
  guard judges the address and refuses any zone (``non_public``);
* other names are mapped with UTS 46 (full-width letters and digits, ideographic
  full stops ``。`` and upper case become their plain forms, so ``ｌｏｃａｌｈｏｓｔ``
  and ``127。0。0。1`` are judged as ``localhost`` and ``127.0.0.1``) and encoded
  with IDNA 2008 (the ``idna`` package, the one httpx uses), label by label: a
  label that is not valid IDNA 2008, a malformed ``xn--`` label, or an ASCII label
  with characters no host name has (``%``, space, ``@``...) is refused;
* look-alikes: a label that mixes scripts (Latin ``p`` + Cyrillic ``а`` in
  ``pаypal``) is refused, except the mixes of UTS 39's "highly restrictive"
  level that real names use (Latin, Han, Hiragana, Katakana for Japanese; Latin,
  Han, Bopomofo; Latin, Han, Hangul).  A label written wholly in one script
  (``раураl``, all Cyrillic) passes: nothing here can know it imitates ``paypal``.

The script of a letter is read from its Unicode name (``LATIN SMALL LETTER A``,
``CYRILLIC SMALL LETTER A``; ``CJK UNIFIED IDEOGRAPH`` -> Han): the standard
library has no script property, and the name's first word names the script for
every letter a domain registry accepts.  Digits, hyphens and combining marks
belong to no script and never count as a mix.

Failures raise ``HostError`` (a ``ValueError``); the guard turns it into
``DisallowedURLError`` naming the URL.
"""

from __future__ import annotations

import ipaddress
import string
import unicodedata
from urllib.parse import unquote

import idna

_ASCII_LABEL = frozenset(string.ascii_lowercase + string.digits + "-_")
# UTS 39 "highly restrictive": one script, or one of these mixes (Common/Inherited aside)
_ALLOWED_MIXES = (
    frozenset({"Latin", "Han", "Hiragana", "Katakana"}),
    frozenset({"Latin", "Han", "Bopomofo"}),
    frozenset({"Latin", "Han", "Hangul"}),
)
_SCRIPT_WORDS = {
    "CJK": "Han",
    "IDEOGRAPHIC": "Han",
    "KATAKANA-HIRAGANA": "Katakana",
    "HALFWIDTH": "Katakana",  # halfwidth katakana; UTS 46 maps them to full width
}

IP = ipaddress.IPv4Address | ipaddress.IPv6Address


class HostError(ValueError):
    """A host name that is refused before any lookup; ``str()`` says why."""


def wire_host(host: str) -> str:
    """``host`` (as ``urlsplit().hostname`` gives it) in the ASCII form checked and sent."""
    if ":" in host:  # only an IPv6 literal has colons once the port is split off
        if parse_ip(host) is None:
            raise HostError(f"{host!r} is not a valid IPv6 address")
        return host.lower()
    mapped = host.lower() if host.isascii() else _uts46(host)
    labels = mapped.split(".")
    if labels[-1] == "" and len(labels) > 1:  # a trailing dot: the root, fully qualified
        return ".".join([_label(label, host) for label in labels[:-1]] + [""])
    return ".".join(_label(label, host) for label in labels)


def parse_ip(host: str) -> IP | None:
    """The address of an IP literal (brackets and an RFC 6874 zone allowed), else None."""
    text = host.strip("[]")
    if "%" in text:  # the zone delimiter is written %25 in a URL
        address, _, zone = text.partition("%")
        text = f"{address}%{unquote('%' + zone)[1:]}"
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def scripts(label: str) -> set[str]:
    """The scripts of the letters in ``label`` (digits, marks, hyphens left out)."""
    found = set()
    for char in label:
        if unicodedata.category(char).startswith("L"):
            word = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
            found.add(_SCRIPT_WORDS.get(word, word.title()))
    return found


def _uts46(host: str) -> str:
    try:
        return idna.uts46_remap(host, std3_rules=False, transitional=False)
    except (idna.IDNAError, UnicodeError) as exc:
        raise HostError(f"{host!r} is not a valid host name (UTS 46: {exc})") from None


def _label(label: str, host: str) -> str:
    if not label:
        raise HostError(f"{host!r} has an empty label")
    if label.isascii() and not label.startswith("xn--"):
        bad = sorted(set(label) - _ASCII_LABEL)
        if bad:
            raise HostError(f"{host!r}: {''.join(bad)!r} is not allowed in a host name")
        return label
    try:
        if label.isascii():  # an A-label: it must decode to a valid U-label
            unicode, ascii_label = idna.ulabel(label), label
        else:
            unicode, ascii_label = label, idna.alabel(label).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        problem = f"{host!r} is not a valid internationalised name (IDNA 2008: {exc})"
        raise HostError(problem) from None
    mix = scripts(unicode)
    if len(mix) > 1 and not any(mix <= allowed for allowed in _ALLOWED_MIXES):
        raise HostError(
            f"{host!r}: label {unicode!r} mixes scripts ({', '.join(sorted(mix))}); "
            "refused as a possible look-alike"
        )
    return ascii_label
