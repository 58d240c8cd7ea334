"""PDF text layer -> clean text, page by page.  The only module that imports pdfplumber.

``source_text`` of a PDF is its text layer as pdfplumber lays it out: one line of
text per line, pages separated by a form feed (``\\f``).  The clean text keeps the
lines, collapses runs of spaces and marks a paragraph (``\\n\\n``) where the gap
above a line is clearly larger than the page's usual line pitch, and between pages.
``metadata["pages"]`` holds the clean-text offset where each page starts.

pdfplumber cannot be interrupted inside a page, and laying a page out costs about
2 kB of memory per character, so before pdfplumber sees the file pypdfium2 counts
every page's characters in C: a page over ``max_page_chars`` (or a document over
``max_text_chars``) is refused at once.  The time cap is checked between pages; the
page cap before any text is read.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import statistics
from typing import Any

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from caselaw.errors import CaselawError, DocumentTooLargeError, IngestError
from caselaw.text import PDF, Budget, CleanText, TextBuilder, court_from_heading

logger = logging.getLogger(__name__)

PARAGRAPH_GAP = 1.4  # a pitch this many times the page's median pitch starts a paragraph
_CASE_NAME = re.compile(r"\S.*\b(?:v|vs|versus)\.?\s+\S", re.I)


def read_pdf(content: bytes, budget: Budget) -> CleanText:
    """Read a PDF's text layer.  Encrypted, damaged, oversized and image-only PDFs
    raise ``IngestError`` (or ``DocumentTooLargeError``) naming the document."""
    _check_sizes(content, budget)
    try:
        pdf = pdfplumber.open(io.BytesIO(content))
    except Exception as exc:  # pdfminer raises anything from KeyError to struct.error
        raise _translate(exc, budget.source) from exc
    try:
        return _read_pages(pdf, budget)
    except CaselawError:
        raise
    except Exception as exc:
        raise _translate(exc, budget.source) from exc
    finally:
        with contextlib.suppress(Exception):  # close() walks the pages again and may raise
            pdf.close()


def _check_sizes(content: bytes, budget: Budget) -> None:
    """Refuse a PDF whose pages hold more characters than the caps, counted cheaply.

    A file pypdfium2 cannot open is left to pdfplumber, whose error is translated.
    """
    settings = budget.settings
    try:
        doc = pypdfium2.PdfDocument(content)
    except Exception:  # noqa: BLE001 - damaged or encrypted: pdfplumber says which
        return
    try:
        if len(doc) > settings.max_pdf_pages:
            raise DocumentTooLargeError(
                budget.source, f"{len(doc)} pages is more than {settings.max_pdf_pages}"
            )
        total = 0
        for number in range(len(doc)):
            chars = _count_chars(doc, number)
            if chars is None:  # a page pdfium cannot load: pdfplumber's error will say why
                return
            if chars > settings.max_page_chars:
                raise DocumentTooLargeError(
                    budget.source,
                    f"page {number + 1} holds {chars} characters, more than the "
                    f"{settings.max_page_chars} cap",
                )
            total += chars
            if total > settings.max_text_chars:
                raise DocumentTooLargeError(
                    budget.source, f"more than {settings.max_text_chars} characters of text"
                )
    finally:
        doc.close()


def _count_chars(doc: Any, number: int) -> int | None:
    try:
        page = doc[number]
        textpage = page.get_textpage()
    except pypdfium2.PdfiumError:
        return None
    try:
        return int(textpage.count_chars())
    finally:
        textpage.close()
        page.close()


def _translate(exc: Exception, source: str) -> IngestError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
        return IngestError(source, "encrypted PDF: it needs a password to be read")
    if isinstance(exc, MemoryError):
        return DocumentTooLargeError(source, "PDF needs more memory than is available")
    detail = str(cause).strip() or type(cause).__name__
    return IngestError(source, f"damaged or truncated PDF ({detail[:200]})")


def _read_pages(pdf: Any, budget: Budget) -> CleanText:
    pages = pdf.pages
    cap = budget.settings.max_pdf_pages
    if len(pages) > cap:
        raise DocumentTooLargeError(budget.source, f"{len(pages)} pages is more than {cap}")
    builder = TextBuilder(budget)
    source_parts: list[str] = []
    at = 0  # length of source text so far
    starts: list[int] = []
    for number, page in enumerate(pages, start=1):
        budget.check_time(f"page {number} of {len(pages)}")
        lines = page.extract_text_lines(strip=True, return_chars=False)
        page.close()
        if number > 1:
            source_parts.append("\f")
            builder.paragraph(at)
            at += 1
        starts.append(builder.next_offset())
        at = _add_page(builder, lines, source_parts, at)
    if not len(builder):
        raise IngestError(
            budget.source, "PDF has no text layer (a scanned image needs OCR, not done here)"
        )
    text, offsets = builder.build()
    metadata: dict[str, Any] = {"pages": tuple(starts)}
    title = str((pdf.metadata or {}).get("Title") or "").strip()
    if _CASE_NAME.match(title):
        metadata["case_name"] = title
    if court := court_from_heading(text):
        metadata["court"] = court
    logger.info("%s: %d PDF pages, %d characters", budget.source, len(pages), len(text))
    return CleanText(text, offsets, PDF, "".join(source_parts), metadata)


def _add_page(
    builder: TextBuilder, lines: list[dict[str, Any]], source_parts: list[str], at: int
) -> int:
    """Append one page's lines to source and clean text; return the new source length."""
    tops = [float(line["top"]) for line in lines]
    pitches = [b - a for a, b in zip(tops, tops[1:], strict=False) if b > a]
    usual = statistics.median(pitches) if pitches else 0.0
    for i, line in enumerate(lines):
        if i:
            source_parts.append("\n")
            pitch = tops[i] - tops[i - 1]
            if pitch <= 0 or (usual and pitch > PARAGRAPH_GAP * usual):
                builder.paragraph(at)
            else:
                builder.newline(at)
            at += 1
        text = str(line["text"])
        source_parts.append(text)
        builder.add_collapsed(text, at)
        at += len(text)
    return at
