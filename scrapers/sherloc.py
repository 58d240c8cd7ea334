"""UNODC SHERLOC case law database: curated case summaries, tagged by crime type.

* Listing: the search page is an AngularJS shell; its data come from
  ``/cld/en/v3/sherloc/cldb/data.json?lng=en&criteria={...}`` with a crime-type filter
  (``en#__el.caseLaw.crimeTypes_s``) and ``startAt`` (batches of 10, ``found`` = total).
  By default we list "Trafficking in persons" and "Corruption".
* Case pages are static and stable:
  ``/cld/case-law-doc/{crimetype}/{iso3}/{year}/{slug}.html?lng=en&tmpl=sherloc``
  (``#case-law-content``, ``h2 span.title``, ``div.field`` label/value pairs,
  ``div.factSummary``, tag lists in ``crimeTypes_*`` containers, ``div.attachments``).
* SHERLOC's own crime-type tags are kept in ``metadata["sherloc_crime_types"]``.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from caselaw.errors import PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.scrapers import _parse as p
from caselaw.scrapers._base import Listing, Parsed, Portal, PortalInfo, Query

CRIME_FIELD = "en#__el.caseLaw.crimeTypes_s"
COUNTRY_FIELD = "en#caseLaw@country_label_s"
DATE_FIELD = "caseLaw@decisionVerdictDate_s1"
DEFAULT_CRIMES = ("Trafficking in persons", "Corruption")
CASE_PATH = re.compile(
    r"/case-law-doc/(?P<crime>[a-z]+crimetype)/(?P<iso3>_?[a-z]{3})/(?:(?P<year>\d{4})/)?"
)
JAVA_DATE = re.compile(r"([A-Z][a-z]{2}) (\d{1,2}) [\d:]+ (?:[A-Z]{2,5} )?(\d{4})")
TAG_CLASS = re.compile(r"crimeTypes_(?P<crime>[A-Za-z]+CrimeType)(?:_(?P<facet>[A-Za-z]+))?")
CRIME_NAMES = {
    "traffickingpersonscrimetype": "Trafficking in persons",
    "corruptioncrimetype": "Corruption",
    "moneylaunderingcrimetype": "Money laundering",
    "migrantsmugglingcrimetype": "Smuggling of migrants",
    "criminalgroupcrimetype": "Participation in an organized criminal group",
    "obstructionjusticecrimetype": "Obstruction of justice",
    "drugcrimetype": "Drug offences",
    "illicitfirearmscrimetype": "Firearms",
}  # fmt: skip


class Sherloc(Portal):
    info = PortalInfo(
        id="sherloc",
        name="UNODC SHERLOC case law database",
        base_url="https://www.unodc.org",
        coverage="Curated English summaries of trafficking, corruption and other organised-"
        "crime cases from 100+ jurisdictions, often with the original judgment attached.",
        terms="No documented API or export; summaries not all verified against primary "
        "sources; victims often by initials. sherloc.unodc.org redirects to www.unodc.org.",
    )

    def listing_urls(self, query: Query) -> list[str]:
        crimes = self.options.get("crime_types") or DEFAULT_CRIMES
        return [self._search_url(crime, query.court, 0) for crime in crimes]

    def _search_url(self, crime: str, country: str | None, start: int) -> str:
        filters = [{"fieldName": CRIME_FIELD, "value": crime}]
        if country:
            filters.append({"fieldName": COUNTRY_FIELD, "value": country})
        criteria = json.dumps({"filters": filters, "startAt": start, "sortings": ""},
                              separators=(",", ":"))  # fmt: skip
        return f"{self.base_url}/cld/en/v3/sherloc/cldb/data.json?lng=en&criteria={quote(criteria)}"

    def parse_listing(self, content: bytes, url: str) -> Listing:
        data = p.load_json_object(content, url, "search data")
        results, found = data.get("results"), data.get("found")
        if not isinstance(results, list) or not isinstance(found, int):
            raise PortalChangedError(url, "search data lacks 'results' and 'found'")
        if not all(isinstance(row, dict) for row in results):
            raise PortalChangedError(url, "search results are not JSON objects")
        criteria = json.loads(p.query_param(url, "criteria") or "{}")
        start = int(criteria.get("startAt") or 0)
        refs = tuple(self._ref(row, url) for row in results)
        if not refs:
            if start < found:
                raise PortalChangedError(url, f"found={found} but no results at startAt={start}")
            return Listing(refs=(), exhausted=True)
        end = start + len(refs)
        if end >= found:
            return Listing(refs=refs)
        criteria["startAt"] = end
        packed = quote(json.dumps(criteria, separators=(",", ":")))
        return Listing(refs=refs, next_url=f"{url.split('?')[0]}?lng=en&criteria={packed}")

    def _ref(self, row: dict[str, Any], url: str) -> JudgmentRef:
        values = row.get("values") or {}
        uri, title = row.get("uri") or values.get("uri"), p.inline(values.get("page_title"))
        if not uri or not title or "/case-law-doc/" not in uri:
            raise PortalChangedError(url, "search result without a case-law-doc uri or title")
        tags = values.get(CRIME_FIELD) or []
        path = _path_facts(uri)
        return JudgmentRef(
            portal=self.id,
            portal_id=uri,
            url=f"{self.base_url}/cld{uri}?lng=en&tmpl=sherloc",
            title=title,
            date=p.sane_date(_date(values.get(DATE_FIELD))),
            metadata={**path, "sherloc_crime_types": [tags] if isinstance(tags, str) else tags},
        )

    def parse_document(self, content: bytes, media_type: str, ref: JudgmentRef) -> Parsed:
        if not p.is_html(media_type, content) and content.lstrip()[:1] != b"<":
            text, meta = p.read_binary(content, media_type, ref.url)
            return Parsed(text=text, media_type=media_type, case_name=ref.title or None,
                          decision_date=ref.date, metadata={**ref.metadata, **meta})  # fmt: skip
        p.check_challenge(content, ref.url)
        root = p.load_html(content, ref.url)
        record = root.xpath('//*[@id="case-law-content"]')
        if not record:
            raise PortalChangedError(ref.url, "no #case-law-content on the case page")
        fields = _fields(record[0])
        path = _path_facts(ref.portal_id or ref.url)
        tags = _tags(root)  # the tag lists sit in a sidebar beside the record
        crimes = sorted(set(ref.metadata.get("sherloc_crime_types") or []) | set(tags.pop("", [])))
        attachments = sorted(set(record[0].xpath('.//*[contains(@class, "attachments")]//a/@href')))
        date = next((_date(v) for k, v in fields.items() if "date" in k.lower()
                     and ("decision" in k.lower() or "verdict" in k.lower())), None)  # fmt: skip
        meta = {**path, "sherloc_crime_types": crimes, "sherloc_tags": tags, "fields": fields,
                "attachments": attachments}  # fmt: skip
        title = p.inline(
            " ".join(record[0].xpath('.//h2//span[contains(@class, "title")]//text()'))
        )
        parsed: dict[str, Any] = {
            "jurisdiction": p.ISO3_TO_2.get(str(path.get("iso3", "")).upper()),
            "court": fields.get("Court") or fields.get("Name of court") or None,
            "case_name": title or ref.title or None,
            "docket": fields.get("Case number") or fields.get("Docket number") or None,
            "decision_date": p.sane_date(date) or ref.date,
            "metadata": meta,
        }
        has_summary = bool(record[0].xpath('.//*[contains(@class, "factSummary")]'))
        pdfs = [a for a in attachments if a.lower().split("?")[0].endswith(".pdf")]
        if not has_summary and pdfs:
            return Parsed(follow_url=pdfs[0], media_type="application/pdf", **parsed)
        for part in record[0].xpath('.//*[contains(@class, "field")]/div'):
            part.tag, part.tail = "span", " " + (part.tail or "")  # "Label: value" on one line
        return Parsed(text=p.element_text(record[0]), media_type="text/html", **parsed)


def _path_facts(uri: str) -> dict[str, Any]:
    match = CASE_PATH.search(uri)
    if match is None:
        return {}
    iso3 = match.group("iso3")
    return {"path_crime_type": match.group("crime"), "iso3": None if iso3.startswith("_") else iso3,
            "year": int(match.group("year")) if match.group("year") else None}  # fmt: skip


def _date(value: Any) -> Any:
    text = value[0] if isinstance(value, list) and value else value
    if not isinstance(text, str):
        return None
    java = JAVA_DATE.search(text)  # "Tue Oct 15 00:00:00 CEST 2024"
    return p.parse_date(f"{java.group(2)} {java.group(1)} {java.group(3)}" if java else text)


def _fields(record: Any) -> dict[str, str]:
    """First value of each ``div.field`` label in the record."""
    out: dict[str, str] = {}
    for field in record.xpath('.//div[contains(@class, "field")][.//*[contains(@class, "label")]]'):
        label = p.inline(" ".join(field.xpath('(.//*[contains(@class, "label")])[1]//text()')))
        value = p.inline(" ".join(field.xpath('(.//*[contains(@class, "value")])[1]//text()')))
        if label and value:
            out.setdefault(label.rstrip(":"), value)
    return out


def _tags(record: Any) -> dict[str, list[str]]:
    """SHERLOC's tag lists by ``crimeType.facet``; the crime types themselves under ''."""
    out: dict[str, list[str]] = {}
    for element in record.xpath('.//*[contains(@class, "crimeTypes_")]'):
        for match in TAG_CLASS.finditer(element.get("class", "")):
            crime = CRIME_NAMES.get(match.group("crime").lower(), match.group("crime"))
            out.setdefault("", []).append(crime)
            if match.group("facet"):
                items = element.xpath(".//li | .//*[contains(@class, 'containerListElement')]/*")
                texts = [p.inline(i.text_content()) for i in items] or [
                    p.inline(element.text_content())
                ]
                key = f"{match.group('crime')}.{match.group('facet')}"
                out.setdefault(key, []).extend(t for t in texts if t)
    return {k: sorted(set(v)) for k, v in out.items()}
