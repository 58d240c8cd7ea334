"""``caselaw demo``: the whole pipeline on the embedded fictional sample corpus.

The samples are served by a replay portal on 127.0.0.1 so that the fetch path
(HTTP layer, robots.txt, politeness, state) runs exactly as against a real
portal; then the judgments are extracted, the figures computed and the report
written.  Running it twice leaves the same database.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
from dataclasses import dataclass
from pathlib import Path

from caselaw.config import Settings, load_settings
from caselaw.pipeline import ExtractReport, Progress, extract, open_store

DEFAULT_OUT = "caselaw-demo"


@dataclass(frozen=True, slots=True)
class DemoReport:
    db: str
    report_html: Path
    report_md: Path
    scraped: int
    new: int
    extraction: ExtractReport
    headline: tuple[str, ...]


def samples_dir() -> Path:
    """The embedded sample corpus (texts/, labels/, manifest.json)."""
    root = importlib.resources.files("caselaw.samples")
    return Path(str(root))


def demo(
    out: str | Path = DEFAULT_OUT,
    *,
    db: str | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    from caselaw import datasets
    from caselaw.replay_server import ReplayServer
    from caselaw.scrapers._base import Query
    from caselaw.scrapers.jobs import ScrapeOptions, scrape

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # Our own server on loopback: no need to wait a second between requests.
    settings = dataclasses.replace(settings or load_settings(), min_delay=0.0)
    store = open_store(db or str(out / "caselaw.db"), settings)
    with ReplayServer(samples_dir()) as server:
        scraped = scrape(
            "replay",
            Query(),
            store=store,
            settings=settings,
            base_url=server.url,
            options=ScrapeOptions(allow_private=True, progress=progress),
        )
    extraction = extract(db=store, settings=settings, progress=progress)
    figures = datasets.stats(store)
    paths = datasets.report(store, out / "report")
    return DemoReport(
        db=store.path,
        report_html=paths.html,
        report_md=paths.markdown,
        scraped=scraped.fetched,
        new=scraped.new,
        extraction=extraction,
        headline=tuple(datasets.headline(figures)),
    )
