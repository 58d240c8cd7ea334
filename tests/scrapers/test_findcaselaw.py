"""Find Case Law: the licence gate, URL building and the feed -> document hand-off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caselaw.errors import ConfigError
from caselaw.scrapers._base import Query
from caselaw.scrapers.registry import get_portal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "findcaselaw"
LICENSED = {"licence_confirmed": True}


REFUSED = [None, {}, {"licence_confirmed": False}, {"licence_confirmed": "no"}]


@pytest.mark.parametrize("options", REFUSED)
def test_refuses_without_a_confirmed_licence(options):
    with pytest.raises(ConfigError, match="licence"):
        get_portal("findcaselaw", options=options)


@pytest.mark.parametrize("value", [True, "1", "true", "yes"])
def test_accepts_a_confirmed_licence_from_config_or_env(value):
    assert get_portal("findcaselaw", options={"licence_confirmed": value}).id == "findcaselaw"


def test_info_says_a_licence_is_required():
    from caselaw.scrapers.findcaselaw import FindCaseLaw

    assert FindCaseLaw.info.requires_licence is True


def test_listing_url_carries_query_courts_and_dates():
    portal = get_portal("findcaselaw", options=LICENSED)
    query = Query(text="trafficking", court="ewca/crim,uksc", since=dt.date(2024, 2, 3))
    (url,) = portal.listing_urls(query)
    assert url.startswith("https://caselaw.nationalarchives.gov.uk/atom.xml?")
    assert "query=trafficking" in url and "order=-date" in url
    assert "court=ewca%2Fcrim" in url and "court=uksc" in url
    assert "from_date_0=3&from_date_1=2&from_date_2=2024" in url


def test_document_url_is_the_entry_xml_link():
    portal = get_portal("findcaselaw", options=LICENSED)
    listing = portal.parse_listing((FIXTURES / "atom_page.xml").read_bytes(), "https://x/atom.xml")
    first = listing.refs[0]
    assert first.portal_id.startswith("d-")
    assert portal.document_url(first).endswith("/ewca/crim/2025/812/data.xml")


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    import os

    if not os.environ.get("CASELAW_FINDCASELAW_LICENCE_CONFIRMED"):
        pytest.skip("no TNA computational-analysis licence confirmed")
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    since = dt.date.today() - dt.timedelta(days=365)
    report = scrape(
        "findcaselaw",
        Query(text="trafficking", since=since, limit=2),
        store=Store(":memory:"),
        settings=load_settings(),
    )
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report
