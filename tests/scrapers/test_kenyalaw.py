"""Kenya Law / Peachjam: which listing URLs a query asks for, and FRBR URI handling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caselaw.models import JudgmentRef
from caselaw.scrapers._base import Query
from caselaw.scrapers.registry import get_portal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kenyalaw"


def test_no_court_means_the_atom_feed():
    assert get_portal("kenyalaw").listing_urls(Query()) == [
        "https://new.kenyalaw.org/feeds/judgments.xml"
    ]


def test_court_and_dates_mean_one_listing_per_month_newest_first():
    urls = get_portal("kenyalaw").listing_urls(
        Query(court="KEHC", since=dt.date(2023, 11, 30), until=dt.date(2024, 1, 1))
    )
    assert urls == [
        "https://new.kenyalaw.org/judgments/kehc/2024/1/",
        "https://new.kenyalaw.org/judgments/kehc/2023/12/",
        "https://new.kenyalaw.org/judgments/kehc/2023/11/",
    ]


def test_court_without_dates_means_the_court_listing():
    urls = get_portal("kenyalaw").listing_urls(Query(court="keca"))
    assert urls == ["https://new.kenyalaw.org/judgments/keca/"]


def test_text_is_never_sent_to_the_disallowed_search():
    urls = get_portal("kenyalaw").listing_urls(Query(text="trafficking", court="kehc"))
    assert all("/search/" not in u and "/api/" not in u for u in urls)


def test_another_peachjam_site_by_base_url():
    portal = get_portal("kenyalaw", base_url="https://lawlibrary.org.za")
    url = "https://lawlibrary.org.za/judgments/ZAGPPHC/2023/6/"
    listing = portal.parse_listing((FIXTURES / "court_month.html").read_bytes(), url)
    assert all(r.url.startswith("https://lawlibrary.org.za/akn/") for r in listing.refs)
    assert listing.next_url == "https://lawlibrary.org.za/judgments/ZAGPPHC/2023/6/?page=2"


def test_second_page_links_to_the_third():
    html = (FIXTURES / "court_month.html").read_bytes().replace(b"page=2", b"page=3")
    listing = get_portal("kenyalaw").parse_listing(
        html, "https://new.kenyalaw.org/judgments/KEHC/2023/6/?page=2"
    )
    assert listing.next_url == "https://new.kenyalaw.org/judgments/KEHC/2023/6/?page=3"


def test_document_is_the_ref_url():
    uri = "/akn/ke/judgment/kehc/2023/1/eng@2023-01-02"
    ref = JudgmentRef("kenyalaw", uri, f"https://new.kenyalaw.org{uri}")
    assert get_portal("kenyalaw").document_url(ref) == ref.url
