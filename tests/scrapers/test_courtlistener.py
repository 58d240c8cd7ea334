"""CourtListener: token handling, search URL building, opinion URLs, court levels."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest

from caselaw.errors import ConfigError
from caselaw.models import JudgmentRef
from caselaw.scrapers._base import Query
from caselaw.scrapers.courtlistener import _court_level
from caselaw.scrapers.registry import get_portal

TOKEN = "0123456789abcdef0123456789abcdef01234567"


def test_headers_send_the_token_with_the_word_token():
    portal = get_portal("courtlistener", options={"token": f" {TOKEN} "})
    assert portal.headers()["Authorization"] == f"Token {TOKEN}"


@pytest.mark.parametrize("options", [None, {}, {"token": ""}, {"token": "   "}])
def test_missing_token_is_a_config_error_naming_the_setting(options):
    portal = get_portal("courtlistener", options=options)
    with pytest.raises(ConfigError, match="CASELAW_COURTLISTENER_TOKEN"):
        portal.headers()


def test_search_url_carries_type_query_court_and_dates():
    portal = get_portal("courtlistener", options={"token": TOKEN})
    query = Query(text='"sex trafficking" AND bribe', court="ca5 ca9",
                  since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31))  # fmt: skip
    (url,) = portal.listing_urls(query)
    parts = urlsplit(url)
    assert parts.path == "/api/rest/v4/search/"
    params = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert params == {
        "type": "o",
        "order_by": "dateFiled desc",
        "q": '"sex trafficking" AND bribe',
        "court": "ca5 ca9",
        "filed_after": "2020-01-01",
        "filed_before": "2020-12-31",
    }


def test_document_url_lists_the_cluster_opinions():
    portal = get_portal("courtlistener", options={"token": TOKEN})
    ref = JudgmentRef(
        "courtlistener", "9000001", "https://www.courtlistener.com/opinion/9000001/x/"
    )
    assert portal.document_url(ref) == (
        "https://www.courtlistener.com/api/rest/v4/opinions/?cluster__id=9000001"
    )


@pytest.mark.parametrize(
    ("court_id", "level"),
    [("scotus", "supreme"), ("ca5", "appellate"), ("cadc", "appellate"), ("cafc", "appellate"),
     ("nysd", "trial"), ("cand", "trial"), ("dcd", "trial"), ("ind", None), ("cal", None),
     ("texapp", None), ("", None)],
)  # fmt: skip
def test_court_level_only_where_the_court_id_is_unambiguous(court_id, level):
    assert _court_level(court_id) == level


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    import os

    if not os.environ.get("CASELAW_COURTLISTENER_TOKEN"):
        pytest.skip("CASELAW_COURTLISTENER_TOKEN not set")
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    since = dt.date.today() - dt.timedelta(days=365)
    report = scrape(
        "courtlistener",
        Query(text="trafficking", since=since, limit=2),
        store=Store(":memory:"),
        settings=load_settings(),
    )
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report
