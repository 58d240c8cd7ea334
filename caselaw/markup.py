"""HTML, Akoma Ntoso / LegalDocML and other XML -> clean text with exact offsets.

The text comes from the markup tokenizer (``caselaw.markup_tokenizer.walk``), which
keeps an offset into the markup for every clean character; lxml is still used
where a tree is the right tool: XML well-formedness and its safety limits
(``parse_xml``: no entity expansion, no network, no huge trees) and the metadata
(``caselaw.markup_metadata``: FRBR, eLitigation's case table).  The tokenizer's
names are re-exported here, where callers have always found them.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from caselaw.cleantext import Budget, CleanText
from caselaw.errors import DocumentTooLargeError, IngestError
from caselaw.markup_metadata import akn_metadata, elitigation_metadata
from caselaw.markup_tokenizer import (
    AKN_PROFILE,
    DOCX_PROFILE,
    HTML_PROFILE,
    MAX_MARKUP_DEPTH,
    XML_PROFILE,
    Profile,
    walk,
)
from caselaw.sniff import AKN, HTML, XML

__all__ = [
    "AKN_PROFILE",
    "DOCX_PROFILE",
    "HTML_PROFILE",
    "MAX_MARKUP_DEPTH",
    "XML_PROFILE",
    "Profile",
    "akn_metadata",
    "parse_xml",
    "read_html",
    "read_xml",
    "walk",
]

logger = logging.getLogger(__name__)

_DIV_JUDGEMENT = re.compile(r"""<div\b[^<>]{0,500}?\bid\s*=\s*["']?divJudgement\b""", re.I)


# -- HTML -----------------------------------------------------------------------------


def read_html(source_text: str, budget: Budget) -> CleanText:
    """HTML page or fragment.  eLitigation pages: only ``div#divJudgement``."""
    focus = _DIV_JUDGEMENT.search(source_text)
    builder = walk(source_text, HTML_PROFILE, budget, start=focus.start() if focus else 0)
    text, offsets = builder.build()
    metadata = elitigation_metadata(source_text) if focus else {}
    return CleanText(text, offsets, HTML, source_text, metadata)


# -- XML ------------------------------------------------------------------------------


def parse_xml(source_text: str, budget: Budget) -> etree._Element:
    """Parse with lxml's safety switches on (no entity expansion, no network, no huge
    trees).  Portals do serve XML with a stray ``&``; such a file is parsed again in
    lxml's recover mode (as the gold texts were) and a warning logged.  A depth error
    is a ``DocumentTooLargeError``; a file nothing can be recovered from, an
    ``IngestError``."""
    data = source_text.encode("utf-8")
    try:
        return etree.fromstring(data, _xml_parser(recover=False))
    except etree.XMLSyntaxError as exc:
        problem = f"not well-formed XML (line {exc.lineno}: {exc.msg})"
        if "depth" in str(exc.msg).lower():
            raise DocumentTooLargeError(budget.source, problem) from exc
        try:
            root = etree.fromstring(data, _xml_parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise IngestError(budget.source, problem) from exc
        logger.warning("%s: %s; read in recover mode", budget.source, problem)
        return root


def _xml_parser(recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        recover=recover,
    )


def read_xml(source_text: str, budget: Budget, akn: bool) -> CleanText:
    """Akoma Ntoso / LegalDocML (``akn``) or any other XML (best-effort text)."""
    root = parse_xml(source_text, budget)
    builder = walk(source_text, AKN_PROFILE if akn else XML_PROFILE, budget)
    text, offsets = builder.build()
    metadata = akn_metadata(root) if akn else {}
    return CleanText(text, offsets, AKN if akn else XML, source_text, metadata)
