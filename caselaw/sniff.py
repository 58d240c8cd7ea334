"""The media types caselaw reads, and what a file really is, told from its bytes.

Magic bytes first (PDF, DOCX zip, and kinds that are refused: legacy Word, RTF,
images, gzip), then the root element of decoded text (Akoma Ntoso, HTML, other
XML), then HTML tags in plain text.  Filenames and declared media types are hints
that only break the tie between plain text and HTML.  Sniffing never raises: an
unsupported kind comes back as its own type and ``caselaw.text`` refuses it.
"""

from __future__ import annotations

import re

from caselaw.decoding import decode_sample

__all__ = [
    "AKN",
    "DOCX",
    "HTML",
    "PDF",
    "PLAIN",
    "SUPPORTED",
    "XML",
    "sniff_media_type",
    "sniff_with_hint",
]


PLAIN = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
AKN = "application/akn+xml"
XML = "application/xml"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SUPPORTED = (PLAIN, HTML, PDF, AKN, XML, DOCX)

_EXTENSIONS = {
    ".txt": PLAIN,
    ".md": PLAIN,
    ".html": HTML,
    ".htm": HTML,
    ".pdf": PDF,
    ".xml": XML,
    ".akn": AKN,
    ".docx": DOCX,
}
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # .doc, encrypted .docx
    (b"{\\rtf", "application/rtf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"\x1f\x8b", "application/gzip"),
)
_SNIFF_BYTES = 64 * 1024
_HTML_NAMES = frozenset(
    re.findall(
        r"\w+",
        "html head body title meta link p br hr div span table tr td em strong sup sub b i u a "
        "center h1 h2 h3 h4 h5 h6 blockquote article section ul ol li font img nav header "
        "footer main form script style",
    )
)
_HTML_ALTERNATIVES = "|".join(sorted(_HTML_NAMES, key=len)[::-1])
_HTML_TAG = re.compile(rf"<(?:!doctype\s+html|{_HTML_ALTERNATIVES})\b[^<>]{{0,2000}}>", re.I)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.S | re.I)


def sniff_media_type(content: bytes, filename: str = "") -> str:
    """What ``content`` really is, judged by magic bytes and root element.

    The filename extension only breaks the tie between plain text and HTML.
    Unsupported kinds come back as their own type (``application/zip``,
    ``application/octet-stream``...), never as an error.
    """
    head = content[:_SNIFF_BYTES]
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX if b"word/document.xml" in content else "application/zip"
    stripped = head.lstrip(b" \t\r\n")
    for magic, kind in _MAGIC:
        if stripped.startswith(magic):
            return kind
    text = decode_sample(head)
    if text is None:
        return "application/octet-stream"
    return _sniff_text(text, _extension(filename))


def _extension(filename: str) -> str:
    name = filename.rsplit("?", 1)[0].rsplit("/", 1)[-1].lower()
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:], "") if dot >= 0 else ""


def _sniff_text(text: str, hint: str) -> str:
    body = text.lstrip("\ufeff \t\r\n")
    if body.startswith("<"):
        pos = 0
        while m := _PROLOG.match(body, pos):
            pos = m.end()
        root = _ROOT.match(body, pos)
        if root:
            name = root.group(2)
            if name == "akomaNtoso":
                return AKN
            if name.lower() in _HTML_NAMES:
                return HTML
            tag = body[root.start() : body.find(">", root.start(), root.start() + 4096)]
            if body.startswith("<?xml") or root.group(1) or "xmlns" in tag:
                return XML
            return HTML if _HTML_TAG.search(text) else XML
        if body[:15].lower().startswith("<!doctype html"):
            return HTML
    if _HTML_TAG.search(text) and (hint == HTML or len(_HTML_TAG.findall(text, 0, 20000)) >= 2):
        return HTML
    return PLAIN


def sniff_with_hint(content: bytes, source: str, media_type: str | None = None) -> str:
    """``sniff_media_type``, except that plain text which the caller's ``media_type``
    or the extension of ``source`` calls HTML is HTML if an HTML tag occurs in its
    first 64 KiB."""
    kind = sniff_media_type(content, source)
    hint = (media_type or "").split(";")[0].strip().lower()
    if kind == PLAIN and (hint == HTML or _extension(source) == HTML):
        kind = HTML if _HTML_TAG.search(content[:_SNIFF_BYTES].decode("latin-1")) else PLAIN
    return kind
