"""The prosecutors' report: figures, escaping, pseudonyms, a real render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from nexus_facts import SPECS, Spec

from caselaw.datasets.report import report
from caselaw.storage import Store

HOSTILE = '<script>alert("x")</script> & Co'


@pytest.fixture
def store(make_store: Callable[[tuple[Spec, ...]], Store]) -> Store:
    # ph:2 (an official defendant, a vignette) gets a hostile case name
    specs = tuple(
        replace(s, case_name=f"People v. Cruz {HOSTILE} (for Ana Reyes)") if s.jid == "ph:2" else s
        for s in SPECS
    )
    return make_store(specs)


def test_report_html_and_markdown(store: Store, tmp_path: Path) -> None:
    paths = report(store, tmp_path / "out", key=b"k")
    page = paths.html.read_text()
    md = paths.markdown.read_text()
    assert paths.html.name == "report.html" and paths.markdown.name == "report.md"
    for text in (page, md):
        assert "3 of 9 (33%, likely between 12% and 65%)" in text  # co-charged, hand count
        assert "Of 6 cases with a trafficking conviction, 1 also convicted" in text
        for victim in ("Maria Santos", "Santos", "Ana Reyes"):
            assert victim not in text
        assert "Victim-" in text
        assert "too few cases to compare" in text
        assert "Method and limitations" in text and "docs/accuracy.md" in text
    # judgment text is escaped in HTML
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    # self-contained: images inline, nothing fetched from elsewhere
    assert page.count('src="data:image/png;base64,') == 2
    assert not re.search(r'(src|href)="(?!data:|https://example\.org/)', page)
    assert [p.name for p in paths.images] == ["report-jurisdiction.png", "report-attrition.png"]
    assert "![" in md and "(report-attrition.png)" in md


def test_report_to_a_named_file(store: Store, tmp_path: Path) -> None:
    paths = report(store, tmp_path / "nexus.html", key=b"k")
    assert paths.html == tmp_path / "nexus.html" and paths.markdown == tmp_path / "nexus.md"
    assert (tmp_path / "nexus-attrition.png").is_file()


def test_report_on_an_empty_db(tmp_path: Path) -> None:
    paths = report(Store(":memory:"), tmp_path, key=b"k")
    page = paths.html.read_text()
    assert "No trafficking case here has a corruption charge" in page and paths.images == ()


def test_factor_numbers_appear_when_groups_are_big_enough(
    factor_store: Store, tmp_path: Path
) -> None:
    md = report(factor_store, tmp_path, key=b"k").markdown.read_text()
    assert "| undercover entrapment | 4 of 5 | 1 of 7 | 24.00 (" in md
    assert "| 0.072 |" in md
    assert "Haldane-Anscombe" in md


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.browser
def test_report_renders_in_headless_chromium(store: Store, tmp_path: Path) -> None:
    chromium = _chromium()
    if chromium is None:
        pytest.skip("chromium is not installed")
    image = pytest.importorskip("PIL.Image")
    stat = pytest.importorskip("PIL.ImageStat")
    page = report(store, tmp_path / "out", key=b"k").html
    shot = tmp_path / "shot.png"
    common = [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run(
        [*common, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with image.open(shot) as img:
        assert img.size == (1280, 2000)
        assert stat.Stat(img.convert("L")).var[0] > 200  # not a blank page
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "3 of 9 (33%, likely between 12% and 65%)" in dom
    assert "Trafficking and corruption in court judgments" in dom
    assert "<script>alert" not in dom
