"""Kenya Law / Peachjam: which listing URLs a query asks for, and FRBR URI handling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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


# -- the whole flow through the job runner, on httpx.MockTransport (no network) -----------

BASE = "https://new.kenyalaw.org"
FEED_PAGE = "/akn/ke/judgment/kehc/2024/2101/eng@2024-03-01"
PDF_PAGE = "/akn/ke/judgment/keca/2024/233/eng@2024-02-28"


def _pdf(text: str) -> bytes:
    """A one-page PDF with one line of Helvetica text."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_feed_to_stored_judgments_including_a_followed_pdf():
    import httpx

    from caselaw.config import Settings
    from caselaw.scrapers.jobs import ScrapeOptions, scrape
    from caselaw.storage import Store

    pdf = _pdf("Wanjiru v Republic. The appeal against the trafficking conviction is dismissed.")
    routes = {
        "/robots.txt": (b"User-agent: *\nDisallow: /search/\nDisallow: /api/\n", "text/plain"),
        "/feeds/judgments.xml": ((FIXTURES / "judgments_feed.xml").read_bytes(), "text/xml"),
        FEED_PAGE: ((FIXTURES / "judgment_akn.html").read_bytes(), "text/html"),
        PDF_PAGE: ((FIXTURES / "judgment_pdf_only.html").read_bytes(), "text/html"),
        f"{PDF_PAGE}/source.pdf": (pdf, "application/pdf"),
    }
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        body, kind = routes.get(request.url.path, (None, ""))
        if body is None:
            return httpx.Response(404)
        return httpx.Response(200, content=body, headers={"Content-Type": kind})

    store = Store(":memory:")
    report = scrape(
        "kenyalaw",
        Query(),
        store=store,
        settings=Settings(contact="tests@example.org", min_delay=0.0, max_retries=0),
        options=ScrapeOptions(transport=httpx.MockTransport(handler)),
    )
    assert (report.listed, report.new, report.failed) == (2, 2, 0), report
    assert not any("/search/" in path or "/api/" in path for path in asked)
    akn = store.get_judgment(f"kenyalaw:{FEED_PAGE}")
    followed = store.get_judgment(f"kenyalaw:{PDF_PAGE}")
    assert akn is not None and "Counter-Trafficking in Persons Act" in akn.text
    assert akn.jurisdiction == "KE" and akn.docket == "Criminal Case E012 of 2021"
    assert followed is not None and "trafficking conviction is dismissed" in followed.text
    assert followed.court == "Court of Appeal"


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    since = dt.date.today() - dt.timedelta(days=60)
    report = scrape(
        "kenyalaw",
        Query(court="kehc", since=since, limit=2),
        store=Store(":memory:"),
        settings=load_settings(),
    )
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report


def test_a_relative_data_pdf_path_is_resolved_against_the_page():
    html = (FIXTURES / "judgment_pdf_only.html").read_bytes()
    html = html.replace(b'data-pdf="https://new.kenyalaw.org/akn', b'data-pdf="/akn')
    ref = JudgmentRef("kenyalaw", PDF_PAGE, f"{BASE}{PDF_PAGE}")
    parsed = get_portal("kenyalaw").parse_document(html, "text/html", ref)
    assert parsed.follow_url == f"{BASE}{PDF_PAGE}/source.pdf"
