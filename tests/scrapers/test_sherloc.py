"""SHERLOC: listing URLs per crime type, date strings, tag extraction."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from caselaw.scrapers._base import Query
from caselaw.scrapers.registry import get_portal
from caselaw.scrapers.sherloc import _date, _path_facts


def _criteria(url: str) -> dict:
    return json.loads(parse_qs(urlsplit(url).query)["criteria"][0])


def test_default_listings_are_trafficking_and_corruption():
    urls = get_portal("sherloc").listing_urls(Query())
    assert [_criteria(u)["filters"][0]["value"] for u in urls] == [
        "Trafficking in persons",
        "Corruption",
    ]
    assert all(urlsplit(u).path == "/cld/en/v3/sherloc/cldb/data.json" for u in urls)
    assert all(_criteria(u)["startAt"] == 0 for u in urls)


def test_court_is_a_country_filter_and_crime_types_are_an_option():
    portal = get_portal("sherloc", options={"crime_types": ["Money laundering"]})
    (url,) = portal.listing_urls(Query(court="Philippines"))
    assert _criteria(url)["filters"] == [
        {"fieldName": "en#__el.caseLaw.crimeTypes_s", "value": "Money laundering"},
        {"fieldName": "en#caseLaw@country_label_s", "value": "Philippines"},
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Tue Oct 11 00:00:00 ICT 2022", dt.date(2022, 10, 11)),
     (["Mon Mar 15 00:00:00 WAT 2021"], dt.date(2021, 3, 15)),
     ("2019-07-01", dt.date(2019, 7, 1)), ("", None), (None, None)],
)  # fmt: skip
def test_sherloc_dates(value, expected):
    assert _date(value) == expected


def test_path_facts_read_crime_type_country_and_year():
    assert _path_facts("/case-law-doc/traffickingpersonscrimetype/_irb/2010/rantsev.html") == {
        "path_crime_type": "traffickingpersonscrimetype",
        "iso3": None,
        "year": 2010,
    }
    assert _path_facts("/case-law-doc/corruptioncrimetype/phl/case_1.html")["year"] is None


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    report = scrape("sherloc", Query(limit=2), store=Store(":memory:"), settings=load_settings())
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report
