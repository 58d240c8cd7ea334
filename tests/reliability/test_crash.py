"""Nothing lost: SIGKILL scrape, extract and ingest at random moments, rerun, compare.

Each trial kills a fresh process two to four times (seeded random delays spread
over an uninterrupted run, process start included), checks after every kill that
the DB is intact and holds no half-written judgment, then runs the command to
completion: the DB must then equal that of an uninterrupted run (all tables, the
write-time columns left out), with no lock left behind.  See crashkit.py; the
long version is ``python bench/crash_soak.py``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import crashkit
import pytest
from crashkit import Reference

ITEMS = 40
SEED = 20260601
# Kills that must land while the process runs: 50 across scrape and extract in CI;
# bench/crash_soak.py runs hundreds.
MIN_KILLS = {"scrape": 26, "extract": 26, "ingest": 6}
# Trials stop as soon as MIN_KILLS have landed. The kill times are planned from the reference
# run's duration, so on a machine whose load drops after that run many kills come after the
# end: the headroom lets the test still reach its kill count instead of failing on timing.
MAX_TRIALS = {"scrape": 40, "extract": 40, "ingest": 30}


@pytest.fixture(scope="module")
def server():  # type: ignore[no-untyped-def]
    from localserver import LocalServer

    with LocalServer(items=0) as srv:
        crashkit.add_judgments(srv, ITEMS)
        yield srv


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.fixture(scope="module")
def scrape_ref(server, root: Path) -> Reference:  # type: ignore[no-untyped-def]
    ref = Reference(crashkit.scrape_workload(server.url), root / "ref-scrape.db").build()
    assert len(ref.snapshot["judgments"]) == ITEMS
    return ref


def _extractors_ready() -> bool:
    try:
        import caselaw.extractors as ex
    except ImportError:
        return False
    return hasattr(ex, "extract") and hasattr(ex, "VERSIONS")


@pytest.fixture(scope="module")
def extract_ref(scrape_ref: Reference, root: Path) -> Reference:
    if not _extractors_ready():
        pytest.skip("caselaw.extractors.extract is not there yet")
    start = root / "start-extract.db"
    shutil.copy(root / "ref-scrape.db", start)
    ref = Reference(crashkit.extract_workload(start), root / "ref-extract.db").build()
    assert len(ref.snapshot["extractions"]) == ITEMS
    return ref


def _soak(ref: Reference, db: Path, seed: int) -> list[crashkit.Trial]:
    name = ref.workload.name
    plans = crashkit.plan(seed, MAX_TRIALS[name], ref.seconds, kills_per_trial=(2, 3, 4))
    trials = []
    for delays in plans:
        trials.append(crashkit.trial(ref.workload, db, ref, delays))
        if sum(t.killed for t in trials) >= MIN_KILLS[name]:
            break
    killed = sum(t.killed for t in trials)
    sys.stderr.write(
        f"\n{name}: {len(trials)} trials, {killed} kills landed, "
        f"{sum(t.finished_early for t in trials)} came after the end; "
        f"uninterrupted run {ref.seconds:.2f} s\n"
    )
    problems = [f"trial {i} {t.delays}: {p}" for i, t in enumerate(trials) for p in t.problems]
    assert problems == []
    assert killed >= MIN_KILLS[name], f"only {killed} kills landed in {len(trials)} trials"
    return trials


def test_scrape_survives_sigkill(scrape_ref: Reference, root: Path) -> None:
    _soak(scrape_ref, root / "scrape.db", SEED)


def test_extract_survives_sigkill(extract_ref: Reference, root: Path) -> None:
    _soak(extract_ref, root / "extract.db", SEED + 1)


def test_ingest_survives_sigkill(root: Path) -> None:
    folder = root / "files"
    folder.mkdir()
    for i in range(ITEMS):
        (folder / f"case{i:04d}.txt").write_text(crashkit.fictional_judgment(i), encoding="utf-8")
    ref = Reference(crashkit.ingest_workload(folder), root / "ref-ingest.db").build()
    assert len(ref.snapshot["judgments"]) == ITEMS
    _soak(ref, root / "ingest.db", SEED + 2)


def test_snapshot_sees_a_lost_row(scrape_ref: Reference, root: Path) -> None:
    """The comparison is not vacuous: deleting one judgment is noticed."""
    import sqlite3

    db = root / "tampered.db"
    shutil.copy(root / "ref-scrape.db", db)
    con = sqlite3.connect(db)
    con.execute("pragma foreign_keys = off")
    con.execute("delete from judgments where id = (select min(id) from judgments)")
    con.commit()
    con.close()
    problems = crashkit.diff(scrape_ref.snapshot, crashkit.snapshot(db))
    assert problems and problems[0].startswith("judgments:")
    assert crashkit.invariants(db)  # the scrape item now points at nothing


def _concurrently(wl: crashkit.Workload, db: Path, n: int) -> list[tuple[int, str]]:
    """Start ``n`` copies of the command on one DB at once (overlapping cron runs)."""
    import subprocess

    logs = [db.parent / f"{db.name}.{i}.err" for i in range(n)]
    procs = []
    for log in logs:
        with log.open("wb") as err:
            procs.append(
                subprocess.Popen(
                    wl.argv(db),
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    env=crashkit._env(wl.env),
                    cwd=db.parent,
                )
            )
    codes = [p.wait(timeout=300) for p in procs]
    return [
        (c, log.read_text(errors="replace")[-1500:]) for c, log in zip(codes, logs, strict=True)
    ]


def test_overlapping_extract_runs_agree(extract_ref: Reference, root: Path) -> None:
    """Three `caselaw extract` at once on one DB (a cron job that overran): same facts."""
    db = root / "overlap-extract.db"
    crashkit.prepare(extract_ref.workload, db)
    runs = _concurrently(extract_ref.workload, db, 3)
    assert all(c in extract_ref.workload.ok_codes for c, _ in runs), runs
    assert crashkit.invariants(db) == []
    assert crashkit.diff(extract_ref.snapshot, crashkit.snapshot(db)) == []


def test_overlapping_scrape_runs_agree(scrape_ref: Reference, root: Path) -> None:
    """Three scrapes at once: one holds the lock, the others stop cleanly; nothing doubled."""
    db = root / "overlap-scrape.db"
    crashkit.prepare(scrape_ref.workload, db)
    runs = _concurrently(scrape_ref.workload, db, 3)
    assert [c for c, _ in runs].count(0) >= 1, runs
    crashkit.run_to_completion(scrape_ref.workload, db)  # whatever a loser left undone
    assert crashkit.invariants(db) == []
    assert crashkit.diff(scrape_ref.snapshot, crashkit.snapshot(db)) == []
    assert crashkit.snapshot(db)["locks"] == []
