"""Bytes of a text format (plain, HTML, XML) -> ``str``, and how to tell binary data.

The order is: a byte-order mark, then the charset the file declares (XML
declaration or HTML ``<meta charset>``) if it is a real text codec, then UTF-8
with each undecodable byte read as Windows-1252 (portals serve mixed-encoding
files).  Labels that WHATWG reads as Windows-1252 are read so here too.  Text
with many characters that never occur in text is binary: ``decode_text`` raises
``UnsupportedFormatError`` naming the document, ``decode_sample`` (for sniffing)
returns ``None``.
"""

from __future__ import annotations

import codecs
import re

from caselaw.errors import UnsupportedFormatError

__all__ = ["decode_sample", "decode_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._\-]{1,40})")
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,400}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._\-]{1,40})", re.I
)
# WHATWG: these labels mean windows-1252 in practice.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
_FALLBACK = "caselaw.cp1252"
# Characters that do not occur in text: C0 controls except tab, newline, form feed, CR.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_CONTROL_RATIO = 0.02


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode each byte that is not UTF-8 as Windows-1252 (mixed-encoding files)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error(_FALLBACK, _cp1252_fallback)


def _declared(content: bytes) -> str | None:
    head = content[:4096]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    try:
        info = codecs.lookup(m.group(1).decode("ascii"))
        b"ok".decode(info.name, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib... are not
        return None
    name = info.name
    if name.startswith(("utf-16", "utf-32")):  # a BOM-less file cannot be UTF-16 and ASCII
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _decode(content: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return content.decode(codec, errors="replace"), codec
    if declared and declared != "utf-8":
        try:
            return content.decode(declared, errors="replace"), declared
        except (LookupError, UnicodeError, ValueError):  # a codec that lied; fall back
            pass
    return content.decode("utf-8", errors=_FALLBACK), "utf-8"


def _is_binary(text: str) -> bool:
    """More than a few characters that never occur in text (and over 2% of them)."""
    bad = len(_CONTROL.findall(text))
    return bad > 8 and bad > _MAX_CONTROL_RATIO * len(text)


def decode_text(content: bytes, source: str) -> tuple[str, str]:
    """Decode a text file: BOM, then XML/HTML declared charset, then UTF-8 with a
    per-byte Windows-1252 fallback.  Returns ``(text, encoding)``; binary data is
    an ``UnsupportedFormatError``."""
    text, encoding = _decode(content, _declared(content))
    if _is_binary(text):
        raise UnsupportedFormatError(
            source, f"mostly undecodable or binary data, not {encoding} text"
        )
    return text, encoding


def decode_sample(head: bytes) -> str | None:
    """The first bytes of a file as text for sniffing (BOM, else UTF-8 with the
    Windows-1252 fallback; no declared charset), or ``None`` if they look binary."""
    text, _ = _decode(head, declared=None)
    if _is_binary(text):
        return None
    return text
