"""PH E-Library: month URLs, the fallo finder, and the real ponencia/fallo fragments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caselaw.scrapers._base import Query
from caselaw.scrapers.ph_elibrary import fallo, fragment_text
from caselaw.scrapers.registry import get_portal

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "portal-samples"
FRAGMENTS = SAMPLES / "ph_elibrary_fragments"


def test_listing_urls_one_per_month_newest_first():
    portal = get_portal("ph_elibrary")
    urls = portal.listing_urls(Query(since=dt.date(2023, 11, 15), until=dt.date(2024, 1, 2)))
    assert urls == [
        "https://elibrary.judiciary.gov.ph/thebookshelf/docmonth/Jan/2024/1",
        "https://elibrary.judiciary.gov.ph/thebookshelf/docmonth/Dec/2023/1",
        "https://elibrary.judiciary.gov.ph/thebookshelf/docmonth/Nov/2023/1",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facts.\n\nWHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED.\n\nX, J., concur.",
         "WHEREFORE, the appeal is DISMISSED.\n\nSO ORDERED."),
        ("We said wherefore once. ACCORDINGLY, the petition is GRANTED. SO ORDERED.",
         "ACCORDINGLY, the petition is GRANTED. SO ORDERED."),
        ("IN VIEW OF THE FOREGOING, the complaint is DISMISSED.",
         "IN VIEW OF THE FOREGOING, the complaint is DISMISSED."),
        ("No dispositive part here.", None),
    ],
)  # fmt: skip
def test_fallo_is_the_last_dispositive_opener_before_so_ordered(text, expected):
    assert fallo(text) == expected


def _fragment_dirs() -> list[Path]:
    return sorted(d for d in FRAGMENTS.iterdir() if d.is_dir()) if FRAGMENTS.is_dir() else []


@pytest.mark.skipif(not FRAGMENTS.is_dir(), reason="shared portal samples absent")
@pytest.mark.parametrize("folder", _fragment_dirs(), ids=lambda d: d.name)
def test_real_fallo_fragment_is_a_dispositive_part(folder):
    text = fragment_text((folder / "fallo.html").read_bytes(), str(folder / "fallo.html"))
    assert text.lower().startswith("wherefore")
    assert fallo(text) is not None
    assert "<" not in text


@pytest.mark.skipif(not FRAGMENTS.is_dir(), reason="shared portal samples absent")
@pytest.mark.parametrize("folder", _fragment_dirs(), ids=lambda d: d.name)
def test_real_ponencia_fragment_reads_as_clean_paragraphs(folder):
    raw = (folder / "ponencia.html").read_bytes()
    text = fragment_text(raw, str(folder / "ponencia.html"))
    assert len(text) > 1000
    assert "<" not in text and "&amp;" not in text
    assert "\n\n" in text  # <br/> and <p> became paragraph breaks
    if b"<sup" in raw:
        assert "[1]" in text  # footnote marks stay in place


@pytest.mark.live
def test_live_smoke():  # caselaw's polite HTTP layer against the real site; -m live only
    from caselaw.config import load_settings
    from caselaw.scrapers.jobs import scrape
    from caselaw.storage import Store

    since = dt.date.today() - dt.timedelta(days=70)
    report = scrape(
        "ph_elibrary",
        Query(since=since, limit=2),
        store=Store(":memory:"),
        settings=load_settings(),
    )
    assert report.error is None, report
    assert report.new >= 1 and report.failed == 0, report


def test_document_url_is_the_printer_friendly_page():
    from caselaw.models import JudgmentRef

    url = "https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/1/88001"
    ref = JudgmentRef("ph_elibrary", "88001", url, metadata={"bookshelf": "1"})
    assert get_portal("ph_elibrary").document_url(ref) == (
        "https://elibrary.judiciary.gov.ph/thebookshelf/showdocsfriendly/1/88001"
    )
