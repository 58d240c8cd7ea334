"""Turn the bytes of a judgment file into clean text with an offset map.

    bytes -> sniff_media_type -> decode (text formats) -> format reader -> CleanText

``read_document`` is the one entry point: it applies the size caps, refuses what
is empty or unsupported, and hands the file to its format reader.  The steps live
in their own modules: ``caselaw.sniff`` (media types, what a file really is),
``caselaw.decoding`` (bytes of text formats -> str), ``caselaw.cleantext``
(``CleanText``, ``Budget`` and the ``TextBuilder`` every reader builds with, so that
every clean character keeps a pointer into ``CleanText.source_text``).  Plain text
is read here; the other readers are ``caselaw.markup`` (HTML, Akoma Ntoso and
other XML), ``caselaw.pdf`` (the only pdfplumber user) and ``caselaw.docx``,
imported lazily.  Every failure is an ``IngestError`` naming the document.  The
names of the step modules are re-exported here, where callers have always found
them.  See docs/ingestion.md for what "clean" means per format and for the caps.
"""

from __future__ import annotations

import re

from caselaw.cleantext import Budget, CleanText, TextBuilder
from caselaw.config import Settings
from caselaw.decoding import decode_text
from caselaw.errors import DocumentTooLargeError, IngestError, UnsupportedFormatError
from caselaw.sniff import (
    AKN,
    DOCX,
    HTML,
    PDF,
    PLAIN,
    SUPPORTED,
    XML,
    sniff_media_type,
    sniff_with_hint,
)

__all__ = [
    "AKN",
    "DOCX",
    "HTML",
    "PDF",
    "PLAIN",
    "SUPPORTED",
    "XML",
    "Budget",
    "CleanText",
    "TextBuilder",
    "court_from_heading",
    "decode_text",
    "read_document",
    "read_plain",
    "sniff_media_type",
]

_WHY_UNSUPPORTED = {
    "application/x-ole-storage": "a legacy Word (.doc) or password-protected Office file",
    "application/rtf": "an RTF file",
    "application/zip": "a zip archive that is not a Word (.docx) document",
    "application/octet-stream": "binary data, not a text document",
}


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
    kind = sniff_with_hint(content, source, media_type)
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


# -- heading metadata, for the text-layer readers (PDF, DOCX) -------------------------

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
