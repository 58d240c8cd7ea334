"""HUDOC: the query the JSON endpoint is asked, and where a judgment's text lives."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from caselaw.models import JudgmentRef
from caselaw.scrapers._base import Query
from caselaw.scrapers.registry import get_portal


def _params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_default_query_is_english_article_4_judgments_newest_first():
    (url,) = get_portal("hudoc").listing_urls(Query())
    params = _params(url)
    assert urlsplit(url).path == "/app/query/results"
    assert 'article:"4"' in params["query"]
    assert 'languageisocode:"ENG"' in params["query"]
    assert 'documentcollectionid2:"JUDGMENTS"' in params["query"]
    assert params["sort"] == "kpdate Descending"
    assert params["start"] == "0" and "itemid" in params["select"]


def test_dates_text_and_article_option_narrow_the_query():
    portal = get_portal("hudoc", options={"article": "6"})
    (url,) = portal.listing_urls(
        Query(text="bribe", since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31))
    )
    query = _params(url)["query"]
    assert 'article:"6"' in query and 'article:"4"' not in query
    assert 'kpdate>="2020-01-01T00:00:00.0Z"' in query
    assert 'kpdate<="2020-12-31T23:59:59.0Z"' in query
    assert query.endswith("AND (bribe)")


def test_document_url_is_the_html_conversion_of_the_item():
    ref = JudgmentRef("hudoc", "001-990001", "https://hudoc.echr.coe.int/eng?i=001-990001")
    assert get_portal("hudoc").document_url(ref) == (
        "https://hudoc.echr.coe.int/app/conversion/docx/html/body?library=ECHR&id=001-990001"
    )


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    since = dt.date.today() - dt.timedelta(days=3650)
    report = scrape(
        "hudoc", Query(since=since, limit=2), store=Store(":memory:"), settings=load_settings()
    )
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report


def test_rss_source_option_asks_for_the_same_query_as_a_feed():
    (url,) = get_portal("hudoc", options={"source": "rss"}).listing_urls(Query())
    params = _params(url)
    assert urlsplit(url).path == "/app/transform/rss"
    assert params["library"] == "echreng" and 'article:"4"' in params["query"]
    assert params["sort"] == "kpdate Descending"
