"""Word (.docx) -> clean text, with offsets into ``word/document.xml``.

A DOCX is a zip of XML parts.  The zip directory is checked before anything is
inflated (entry count, declared sizes, compression ratio) and reads are bounded
whatever the directory claims, so a decompression bomb stops early.  The main
part is read with the markup tokenizer (``caselaw.markup.DOCX_PROFILE``): text
only from ``w:t`` runs, a paragraph per ``w:p``, a space per tab or table cell;
text boxes are read once (their VML fallback copy is skipped).  ``source_text`` is
the decoded ``word/document.xml``.  Headers, footers and footnotes (other parts)
are not read.  python-docx is not needed for this and is not used.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from typing import Any

from caselaw.errors import DocumentTooLargeError, IngestError
from caselaw.markup import DOCX_PROFILE, parse_xml, walk
from caselaw.text import DOCX, Budget, CleanText, court_from_heading, decode_text

MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_RATIO = 200  # inflated/compressed; Word XML is typically 5-20
_RATIO_FLOOR = 1024 * 1024  # small parts may compress as well as they like
MAIN_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
_CASE_NAME = re.compile(r"\S.*\b(?:v|vs|versus)\.?\s+\S", re.I)


def read_docx(content: bytes, budget: Budget) -> CleanText:
    _check_entry_count(content, budget)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise IngestError(budget.source, f"not a readable DOCX (zip): {exc}") from exc
    with archive:
        _check_directory(archive, budget)
        main = _read_part(archive, MAIN_PART, budget)
        if main is None:
            raise IngestError(budget.source, f"DOCX has no {MAIN_PART}")
        source_text, _ = decode_text(main, f"{budget.source}:{MAIN_PART}")
        parse_xml(source_text, budget)  # well-formed, not too deep, no entity tricks
        text, offsets = walk(source_text, DOCX_PROFILE, budget).build()
        metadata = _metadata(_read_part(archive, CORE_PART, budget), text, budget)
    return CleanText(text, offsets, DOCX, source_text, metadata)


def _check_entry_count(content: bytes, budget: Budget) -> None:
    """Read the entry count from the end-of-central-directory record, before
    zipfile builds a Python object per entry."""
    eocd = content.rfind(b"PK\x05\x06", max(0, len(content) - 65_557))
    if eocd >= 0 and eocd + 12 <= len(content):
        (entries,) = struct.unpack_from("<H", content, eocd + 10)
        if entries > MAX_ZIP_ENTRIES:
            raise DocumentTooLargeError(budget.source, f"zip with {entries} entries")


def _check_directory(archive: zipfile.ZipFile, budget: Budget) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocumentTooLargeError(budget.source, f"zip with {len(infos)} entries")
    cap = budget.settings.max_document_bytes
    total = sum(info.file_size for info in infos)
    if total > cap:
        raise DocumentTooLargeError(
            budget.source, f"DOCX inflates to {total} bytes, more than the cap of {cap}"
        )
    for info in infos:
        if info.flag_bits & 0x1:
            raise IngestError(budget.source, f"encrypted zip entry {info.filename}")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_ZIP_RATIO:
            raise DocumentTooLargeError(
                budget.source,
                f"zip entry {info.filename} inflates {ratio:.0f}-fold (decompression bomb?)",
            )


def _read_part(archive: zipfile.ZipFile, name: str, budget: Budget) -> bytes | None:
    """A part's bytes, never inflating more than the document cap."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    cap = budget.settings.max_document_bytes
    try:
        with archive.open(info) as part:
            data = part.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise IngestError(budget.source, f"damaged DOCX part {name}: {exc}") from exc
    except RuntimeError as exc:  # zipfile's "password required"
        raise IngestError(budget.source, f"encrypted DOCX part {name}") from exc
    if len(data) > cap:
        raise DocumentTooLargeError(budget.source, f"{name} inflates past {cap} bytes")
    return data


def _metadata(core: bytes | None, text: str, budget: Budget) -> dict[str, Any]:
    """Core properties only when meaningful (a title naming parties); the court
    from an ``IN THE ... COURT`` heading.  Word templates leave stale titles."""
    meta: dict[str, Any] = {}
    if core:
        try:
            root = parse_xml(decode_text(core, budget.source)[0], budget)
        except IngestError:
            root = None
        title = (
            root.findtext("{http://purl.org/dc/elements/1.1/}title") if root is not None else None
        )
        if title and _CASE_NAME.match(title.strip()):
            meta["case_name"] = " ".join(title.split())
    if court := court_from_heading(text):
        meta["court"] = court
    return meta
