"""Turn the bytes of a judgment file into clean text with an offset map.

    bytes -> sniff_media_type -> decode (text formats) -> format reader -> CleanText

``read_document`` is the one entry point.  The format readers live next door:
``caselaw.markup`` (HTML, Akoma Ntoso and other XML), ``caselaw.pdf`` (the only
pdfplumber user) and ``caselaw.docx``; they all build their output with
``TextBuilder`` so that every clean character keeps a pointer into
``CleanText.source_text``.  Every failure is an ``IngestError`` naming the document.
See docs/ingestion.md for what "clean" means per format and for the caps.
"""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from caselaw.config import Settings
from caselaw.errors import DocumentTooLargeError, IngestError, UnsupportedFormatError
from caselaw.models import OffsetMap

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
_WHY_UNSUPPORTED = {
    "application/x-ole-storage": "a legacy Word (.doc) or password-protected Office file",
    "application/rtf": "an RTF file",
    "application/zip": "a zip archive that is not a Word (.docx) document",
    "application/octet-stream": "binary data, not a text document",
}
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

# Characters that do not occur in text: C0 controls except tab, newline, form feed, CR.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_CONTROL_RATIO = 0.02


@dataclass(frozen=True, slots=True)
class CleanText:
    """A judgment file read as clean text.

    ``text`` has paragraphs separated by ``"\\n\\n"``; ``offsets`` maps an offset in
    ``text`` to an offset in ``source_text`` (the decoded file for text formats, see
    docs/ingestion.md for PDF and DOCX).
    """

    text: str
    offsets: OffsetMap
    media_type: str
    source_text: str = field(repr=False)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range ``[a, b)`` for the clean range ``[start, end)``."""
        return self.offsets.to_source(start), self.offsets.to_source(end)


@dataclass(slots=True)
class Budget:
    """The caps on one document, checked while it is read."""

    source: str
    settings: Settings
    started: float = field(default_factory=time.monotonic)

    def check_time(self, where: str) -> None:
        limit = self.settings.max_document_seconds
        if time.monotonic() - self.started > limit:
            raise DocumentTooLargeError(
                self.source, f"reading took longer than {limit:g} s (stopped at {where})"
            )


class TextBuilder:
    """Accumulates clean text and the anchors of its offset map.

    ``add`` appends characters that advance together with the source from ``at``;
    ``space``/``newline``/``paragraph`` ask for a separator before the next text
    (the strongest request wins, none is written at the start or the end), so
    whitespace collapses and paragraphs are separated by exactly one blank line.
    """

    __slots__ = ("_budget", "_parts", "_len", "_clean", "_src", "_delta", "_sep", "_sep_at")
    _RANK = {"": 0, " ": 1, "\n": 2, "\n\n": 3}

    def __init__(self, budget: Budget) -> None:
        self._budget = budget
        self._parts: list[str] = []
        self._len = 0
        self._clean: list[int] = []
        self._src: list[int] = []
        self._delta: int | None = None
        self._sep = ""
        self._sep_at = 0

    def __len__(self) -> int:
        return self._len

    def next_offset(self) -> int:
        """Where the next added character will land (after any pending separator)."""
        return self._len + len(self._sep) if self._len else 0

    def add(self, chunk: str, at: int, end: int | None = None) -> None:
        """Append ``chunk``, found at ``source[at:end]``; ``end`` defaults to
        ``at + len(chunk)`` and differs for a replaced reference (``&amp;``, CRLF),
        after which the next clean offset maps exactly to ``end``."""
        if not chunk:
            return
        if self._sep:
            sep, self._sep = self._sep, ""
            if self._len:
                self._append(sep, self._sep_at)
        self._append(chunk, at)
        if end is not None and end - at != len(chunk):
            self._anchor(end)

    def _anchor(self, at: int) -> None:
        self._delta = self._len - at
        if self._clean and self._clean[-1] == self._len:
            self._src[-1] = at
        else:
            self._clean.append(self._len)
            self._src.append(at)

    def _append(self, chunk: str, at: int) -> None:
        if self._len - at != self._delta:
            self._anchor(at)
        self._parts.append(chunk)
        self._len += len(chunk)
        if self._len > self._budget.settings.max_text_chars:
            raise DocumentTooLargeError(
                self._budget.source,
                f"text longer than {self._budget.settings.max_text_chars} characters",
            )

    def separate(self, sep: str, at: int) -> None:
        if self._RANK[sep] > self._RANK[self._sep]:
            if not self._sep:
                self._sep_at = at
            self._sep = sep

    def space(self, at: int) -> None:
        self.separate(" ", at)

    def newline(self, at: int) -> None:
        self.separate("\n", at)

    def paragraph(self, at: int) -> None:
        self.separate("\n\n", at)

    def add_collapsed(self, text: str, at: int) -> None:
        """Append ``text`` (found at ``at``) with each whitespace run made one space.

        Single spaces are copied with their words in one chunk (they keep the
        offsets in step); only other runs (``\n``, tabs, repeated spaces) break it."""
        body = text.strip()
        if not body:
            if text:
                self.space(at)
            return
        lead = text.index(body[0])
        if lead:
            self.space(at)
        end = lead + len(body)
        pos = lead
        for m in _ODD_SPACE.finditer(text, lead, end):
            self.add(text[pos : m.start()], at + pos)
            self.space(at + m.start())
            pos = m.end()
        self.add(text[pos:end], at + pos)
        if end < len(text):
            self.space(at + end)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(tuple(self._clean), tuple(self._src))


_ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")


# -- sniffing -------------------------------------------------------------------------


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
    text = _decode_head(head)
    if text is None:
        return "application/octet-stream"
    return _sniff_text(text, _extension(filename))


def _extension(filename: str) -> str:
    name = filename.rsplit("?", 1)[0].rsplit("/", 1)[-1].lower()
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:], "") if dot >= 0 else ""


def _decode_head(head: bytes) -> str | None:
    text, _ = _decode(head, declared=None)
    if _is_binary(text):
        return None
    return text


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


# -- decoding -------------------------------------------------------------------------

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


# -- plain text -----------------------------------------------------------------------

_PLAIN_BREAK = re.compile(r"\r\n?|[\x00-\x08\x0b\x0e-\x1f\x7f]+")


def read_plain(source_text: str, budget: Budget) -> CleanText:
    """Plain text stays verbatim but for line endings (CRLF/CR -> LF), control
    characters (a run becomes one space) and leading/trailing whitespace."""
    builder = TextBuilder(budget)
    start = len(source_text) - len(source_text.lstrip())
    end = len(source_text.rstrip())
    pos = start
    for m in _PLAIN_BREAK.finditer(source_text, start, end):
        builder.add(source_text[pos : m.start()], pos)
        builder.add("\n" if m.group().startswith("\r") else " ", m.start(), m.end())
        pos = m.end()
    builder.add(source_text[pos:end], pos)
    text, offsets = builder.build()
    return CleanText(text, offsets, PLAIN, source_text, {})


# -- entry point ----------------------------------------------------------------------


def read_document(
    content: bytes,
    source: str,
    media_type: str | None = None,
    settings: Settings | None = None,
) -> CleanText:
    """Read one judgment file (any supported format) into ``CleanText``.

    ``source`` names the document in errors.  ``media_type`` and the extension of
    ``source`` are hints only: the content decides.  Raises ``IngestError`` (or
    ``UnsupportedFormatError`` / ``DocumentTooLargeError``) for anything unreadable.
    """
    settings = settings or Settings()
    budget = Budget(source, settings)
    if len(content) > settings.max_document_bytes:
        raise DocumentTooLargeError(
            source, f"{len(content)} bytes is more than the cap of {settings.max_document_bytes}"
        )
    if not content or content.isspace():
        raise IngestError(source, "empty file")
    kind = sniff_media_type(content, source)
    hint = (media_type or "").split(";")[0].strip().lower()
    if kind == PLAIN and (hint == HTML or _extension(source) == HTML):
        kind = HTML if _HTML_TAG.search(content[:_SNIFF_BYTES].decode("latin-1")) else PLAIN
    if kind not in SUPPORTED:
        why = _WHY_UNSUPPORTED.get(kind, kind)
        raise UnsupportedFormatError(source, f"unsupported format: {why}")
    result = _read(kind, content, budget)
    if not result.text.strip():
        raise IngestError(source, f"no text found in this {kind} document")
    return result


def _read(kind: str, content: bytes, budget: Budget) -> CleanText:
    if kind == PDF:
        from caselaw.pdf import read_pdf

        return read_pdf(content, budget)
    if kind == DOCX:
        from caselaw.docx import read_docx

        return read_docx(content, budget)
    source_text, _ = decode_text(content, budget.source)
    if kind == PLAIN:
        return read_plain(source_text, budget)
    from caselaw import markup

    if kind == HTML:
        return markup.read_html(source_text, budget)
    return markup.read_xml(source_text, budget, akn=kind == AKN)


_COURT = re.compile(
    r"^[ \t]*(?:IN[ \t]+THE[ \t]+((?:[A-Z][A-Za-z'’.&\-]*[ \t]+){0,8}COURT"
    r"(?:[ \t]+OF[ \t]+[A-Z][A-Za-z'’.\- ]{2,60}?)?)"
    r"|((?:[A-Z][A-Z'’.&\-]*[ \t]+){1,8}COURT(?:[ \t]+OF[ \t]+[A-Z][A-Z'’.\- ]{2,60}?)?))"
    r"[ \t]*(?:,|$)",
    re.M,
)


def court_from_heading(text: str) -> str | None:
    """The court named by an ``IN THE ... COURT`` (or all-capitals ``... COURT``)
    heading line near the start, as written."""
    m = _COURT.search(text, 0, 3000)
    return " ".join((m.group(1) or m.group(2)).split()) if m else None
