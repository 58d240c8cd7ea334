"""Metadata that a markup judgment states about itself, read from an lxml tree.

eLitigation (Singapore) HTML: the case table of older pages and the ``HN-*``
header blocks of newer ones.  Akoma Ntoso / LegalDocML: the FRBR work (name, date,
uri, author court, country) and the neutral citation and docket.  Metadata is
optional: a value that cannot be read is left out, never an error; only keys that
are known come back, dates as ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

__all__ = ["akn_metadata", "elitigation_metadata"]

# -- eLitigation HTML -----------------------------------------------------------------

_ELIT_FIELDS = {
    "Case Number": "docket",
    "Decision Date": "decision_date",
    "Tribunal/Court": "court",
}


def _squash(text: str) -> str:
    return " ".join(text.split())


def elitigation_metadata(source_text: str) -> dict[str, Any]:
    """Case table of older eLitigation pages, ``HN-*`` header blocks of newer ones."""
    try:
        parser = lxml_html.HTMLParser(encoding="utf-8", no_network=True)
        root = lxml_html.document_fromstring(source_text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):  # metadata is optional; the text stands
        return {}

    def first(*classes: str, lines: bool = False) -> str:
        for name in classes:
            for el in root.find_class(name):
                parts = [_squash(t) for t in el.itertext()]
                if text := (next(filter(None, parts), "") if lines else _squash(" ".join(parts))):
                    return text
        return ""

    meta: dict[str, Any] = {
        "jurisdiction": "SG",
        "case_name": first("caseTitle", "HN-CaseName"),
        "neutral_citation": first("Citation", "HN-NeutralCit"),
        "decision_date": first("Judg-Date-Reserved"),
    }
    court, _, docket = first("HN-Coram", lines=True).partition(" — ")
    if docket:
        meta["court"], meta["docket"] = court, docket
    for row in root.find_class("info-row"):
        cells = [_squash(td.text_content()) for td in row.iter("td")]
        if len(cells) >= 3 and cells[0] in _ELIT_FIELDS:
            meta[_ELIT_FIELDS[cells[0]]] = cells[-1]
    meta["decision_date"] = _iso_date(meta["decision_date"])
    return {k: v for k, v in meta.items() if v}


def _iso_date(text: str) -> str | None:
    text = _squash(text)
    for fmt in ("%d %B %Y", "%d %b %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


# -- Akoma Ntoso ----------------------------------------------------------------------


def _attr(root: etree._Element, path: str, attr: str) -> str | None:
    el = root.find(path)
    value = el.get(attr) if el is not None else None
    return value.strip() if value and value.strip() else None


_TNA_ID = "https://caselaw.nationalarchives.gov.uk/id/"


def _is_tna(root: etree._Element) -> bool:
    """The National Archives (Find Case Law) wrote these FRBR values."""
    ident = root.find(".//{*}identification")
    return ident is not None and ident.get("source") == "#tna"


def akn_metadata(root: etree._Element) -> dict[str, Any]:
    """FRBR work name, date, author court, country; TNA's neutral citation."""
    work = ".//{*}identification/{*}FRBRWork"
    meta: dict[str, Any] = {
        "case_name": _attr(root, f"{work}/{{*}}FRBRname", "value"),
        "decision_date": _attr(root, f"{work}/{{*}}FRBRdate", "date"),
        "uri": _attr(root, f"{work}/{{*}}FRBRuri", "value"),
    }
    if meta["uri"] and "://" not in meta["uri"] and _is_tna(root):
        meta["uri"] = _TNA_ID + meta["uri"].lstrip("/")
    country = _attr(root, f"{work}/{{*}}FRBRcountry", "value") or ""
    if re.fullmatch(r"[A-Za-z]{2}(-.*)?", country):
        meta["jurisdiction"] = country[:2].upper()
    author = (_attr(root, f"{work}/{{*}}FRBRauthor", "href") or "").lstrip("#")
    for org in root.iterfind(".//{*}references/{*}TLCOrganization"):
        if author and org.get("eId") == author:
            meta["court"] = org.get("showAs")
    cite = root.find(".//{*}proprietary/{*}cite")
    if cite is None:
        cite = root.find(".//{*}neutralCitation")
    if cite is not None and (cite.text or "").strip():
        meta["neutral_citation"] = _squash(cite.text or "")
    docket = root.find(".//{*}docketNumber")
    if docket is not None and _squash(docket.xpath("string()")):
        meta["docket"] = _squash(docket.xpath("string()"))
    if meta["decision_date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["decision_date"]):
        meta["decision_date"] = None
    return {k: v for k, v in meta.items() if v}
