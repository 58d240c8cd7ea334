"""The crash harness: SIGKILL a caselaw process at random moments, rerun it, compare DBs.

Used by tests/reliability/test_crash.py (short, in CI) and bench/crash_soak.py (long).

A *workload* is a command that works on one SQLite file: ``scrape`` (the replay
portal against a server on 127.0.0.1, through ``caselaw.scrapers.jobs.scrape``;
the CLI refuses loopback, so ``python crashkit.py scrape DB URL`` calls the
library as the CLI does, with ``allow_private=True``), ``extract`` (the real
``python -m caselaw --db DB extract``) and ``ingest`` (``caselaw ingest FOLDER``).

A *trial* copies the workload's starting DB, then starts the command and kills it
with SIGKILL after a random delay (seeded; spread over the duration of an
uninterrupted run, process start included), possibly several times, checking the
DB's invariants after each kill; then it runs the command to completion and
compares the DB with that of an uninterrupted run, table by table, leaving out
the columns that hold the time of a write.

Run as a script, it is the scrape worker (see ``scrape_main``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Columns that record when something was written: they differ between two runs by design.
VOLATILE = {
    "fetched_at",
    "extracted_at",
    "ingested_at",
    "updated_at",
    "last_seen",
    "first_seen",
    "acquired_at",
    "applied_at",
}
SEED_TEXTS = [
    "The accused {name} was charged with trafficking in persons contrary to section 3 of the "
    "Anti-Trafficking Act and with corruptly receiving a bribe as a public officer.",
    "The accused {name}, a police officer, was charged with bribery and abuse of office. "
    "The court found him guilty and sentenced him to five years imprisonment.",
    "The appellant {name} was convicted of trafficking in persons. The appeal is dismissed. "
    "He was sentenced to twelve years imprisonment and a fine of 50,000 shillings.",
    "The accused {name} was acquitted of the charge of trafficking in persons for want of "
    "evidence; the immigration officer who issued false documents was not charged.",
    "{name} was charged with money laundering and with facilitating trafficking in persons. "
    "The accused pleaded guilty and was sentenced to three years imprisonment.",
]
NAMES = ["Alpha Beta", "Carol Delta", "Evan Foxtrot", "Gina Hotel", "Ivan Juliet", "Kara Lima"]


def fictional_judgment(i: int) -> str:
    """A short fictional judgment; the mix of charges gives every fact table rows."""
    rng = random.Random(i)
    name = NAMES[i % len(NAMES)]
    body = "\n\n".join(rng.sample(SEED_TEXTS, 3)).format(name=name)
    return (
        f"IN THE HIGH COURT OF TESTLAND\n\nRepublic v {name}\n\nCriminal Case No. {i} of 2020\n\n"
        f"JUDGMENT\n\n{body}\n\nDated this {i % 28 + 1} day of March 2021.\n"
    )


def add_judgments(server: object, count: int) -> None:
    """Give a ``LocalServer`` ``count`` fictional judgments, one day apart."""
    start = dt.date(2021, 1, 1)
    for i in range(count):
        date = (start + dt.timedelta(days=i)).isoformat()
        server.add(f"case{i:04d}", date, fictional_judgment(i))  # type: ignore[attr-defined]


# -- comparing databases -------------------------------------------------------------------------


Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(db: Path) -> Snapshot:
    """Every table's rows (volatile columns left out), sorted."""
    con = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'"
            )
        ]
        out: Snapshot = {}
        for table in sorted(tables):
            cols = [r[1] for r in con.execute(f"pragma table_info([{table}])")]
            keep = [c for c in cols if c not in VOLATILE]
            sql = "select " + ", ".join(f"[{c}]" for c in keep) + f" from [{table}]"
            out[table] = sorted(con.execute(sql).fetchall(), key=repr)
        return out
    finally:
        con.close()


def diff(expected: Snapshot, actual: Snapshot) -> list[str]:
    """Human-readable differences (empty when equal)."""
    problems = []
    for table in sorted(set(expected) | set(actual)):
        a, b = expected.get(table, []), actual.get(table, [])
        if a == b:
            continue
        lost = [r for r in a if r not in b]
        extra = [r for r in b if r not in a]
        sample = f"; e.g. lost {str(lost[0])[:300]}" if lost else ""
        sample += f"; e.g. extra {str(extra[0])[:300]}" if extra else ""
        problems.append(
            f"{table}: {len(a)} rows expected, {len(b)} found; "
            f"{len(lost)} lost, {len(extra)} extra{sample}"
        )
    return problems


def invariants(db: Path) -> list[str]:
    """What must hold after any kill: an intact file, no half-written judgment."""
    con = sqlite3.connect(db)
    try:
        problems = []
        (check,) = con.execute("pragma integrity_check").fetchone()
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        fk = con.execute("pragma foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:3]}")
        tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}

        def q(sql: str) -> list[tuple[object, ...]]:
            return con.execute(sql).fetchall()

        if "judgments" in tables:
            orphans = q(
                "select id from judgments where document_sha256 is not null and "
                "document_sha256 not in (select sha256 from documents)"
            )
            if orphans:
                problems.append(f"judgments without their document: {orphans[:3]}")
        if "scrape_items" in tables:
            lost = q(
                "select portal_id from scrape_items where judgment_id is not null and "
                "judgment_id not in (select id from judgments)"
            )
            if lost:
                problems.append(f"scrape items pointing at no judgment: {lost[:3]}")
        if "extractions" in tables:
            facts = (
                "cases",
                "defendants",
                "charges",
                "verdicts",
                "sentences",
                "signals",
                "factors",
            )
            for table in facts:
                if table not in tables:
                    continue
                half = q(
                    f"select distinct judgment_id from [{table}] where judgment_id not in "
                    "(select judgment_id from extractions)"
                )
                if half:
                    problems.append(f"{table} rows of a judgment with no extraction: {half[:3]}")
            no_case = q(
                "select judgment_id from extractions where judgment_id not in "
                "(select judgment_id from cases)"
            )
            if no_case and "cases" in tables:
                problems.append(f"extractions without their case row: {no_case[:3]}")
        return problems
    finally:
        con.close()


# -- running and killing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Workload:
    name: str
    argv: Callable[[Path], list[str]]  # the command, given the DB path
    start_db: Path | None  # copied as the starting DB (None: start from no file)
    env: dict[str, str] = field(default_factory=dict)
    ok_codes: tuple[int, ...] = (0, 3, 4)


@dataclass
class Trial:
    workload: str
    delays: list[float]  # seconds after start at which a kill was sent
    killed: int = 0  # kills that landed while the process was running
    finished_early: int = 0  # the process had already exited when the kill was due
    problems: list[str] = field(default_factory=list)


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASELAW_")}
    env.update(extra)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def prepare(workload: Workload, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if workload.start_db is not None:
        shutil.copy(workload.start_db, db)


def run_to_completion(workload: Workload, db: Path, timeout: float = 300) -> tuple[int, float]:
    started = time.monotonic()
    proc = subprocess.run(
        workload.argv(db),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(workload.env),
        cwd=db.parent,
    )
    if proc.returncode not in workload.ok_codes:
        raise AssertionError(f"{workload.name} exited {proc.returncode}: {proc.stderr[-3000:]}")
    return proc.returncode, time.monotonic() - started


def kill_after(workload: Workload, db: Path, delay: float) -> bool:
    """Start the command and SIGKILL it ``delay`` s later; True if it was still running."""
    proc = subprocess.Popen(
        workload.argv(db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(workload.env),
        cwd=db.parent,
    )
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def fingerprint() -> str:
    """Changes when any source or data file of caselaw changes (the tree under test)."""
    root = HERE.parents[1]
    h = hashlib.sha256()
    for folder in ("caselaw", "scrapers", "extractors", "datasets"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".py", ".yaml", ".yml", ".json") and path.is_file():
                st = path.stat()
                h.update(f"{path}:{st.st_mtime_ns}:{st.st_size}".encode())
    return h.hexdigest()


@dataclass
class Reference:
    """The DB of an uninterrupted run; rebuilt if the code changes under a long run."""

    workload: Workload
    db: Path
    snapshot: Snapshot = field(default_factory=dict)
    seconds: float = 0.0
    code: str = ""
    rebuilds: int = 0

    def build(self) -> Reference:
        prepare(self.workload, self.db)
        self.code = fingerprint()
        _, self.seconds = run_to_completion(self.workload, self.db)
        self.snapshot = snapshot(self.db)
        return self


def trial(workload: Workload, db: Path, reference: Reference, delays: Sequence[float]) -> Trial:
    """Kill at each of ``delays`` (one fresh process each), then finish and compare."""
    result = Trial(workload.name, list(delays))
    prepare(workload, db)
    for delay in delays:
        if kill_after(workload, db, delay):
            result.killed += 1
        else:
            result.finished_early += 1
        if db.exists():
            result.problems += [f"after kill at {delay:.2f}s: {p}" for p in invariants(db)]
    run_to_completion(workload, db)
    result.problems += invariants(db)
    actual = snapshot(db)
    differences = diff(reference.snapshot, actual)
    if differences and fingerprint() != reference.code:
        # Someone edited the code under test meanwhile (a shared dev tree): the final
        # run used the new code, so compare with a reference run of the new code.
        reference.build()
        reference.rebuilds += 1
        differences = diff(reference.snapshot, actual)
    result.problems += differences
    leftover = actual.get("locks", [])
    if leftover:
        result.problems.append(f"leftover locks: {leftover}")
    return result


def plan(
    seed: int, trials: int, duration: float, kills_per_trial: Sequence[int]
) -> list[list[float]]:
    """Seeded kill delays, spread uniformly over ``[0.05, 1.1 * duration]``."""
    rng = random.Random(seed)
    out = []
    for i in range(trials):
        k = kills_per_trial[i % len(kills_per_trial)]
        out.append([round(rng.uniform(0.05, duration * 1.1), 3) for _ in range(k)])
    return out


# -- the scrape worker --------------------------------------------------------------------------


def scrape_main(argv: list[str]) -> int:
    """``python crashkit.py scrape DB URL``: the replay portal into DB, as the CLI would."""
    from caselaw.config import Settings
    from caselaw.scrapers._base import Query
    from caselaw.scrapers.jobs import ScrapeOptions, scrape
    from caselaw.storage import Store

    _, db, url = argv
    settings = Settings(contact="reliability@example.org", min_delay=0.0, timeout=10.0)
    with Store(db) as store:
        options = ScrapeOptions(allow_private=True)
        report = scrape(
            "replay", Query(), store=store, settings=settings, base_url=url, options=options
        )
    print(report, file=sys.stderr)
    return report.exit_code


def scrape_workload(url: str, start_db: Path | None = None) -> Workload:
    return Workload(
        "scrape",
        lambda db: [sys.executable, str(HERE / "crashkit.py"), "scrape", str(db), url],
        start_db,
    )


def extract_workload(start_db: Path) -> Workload:
    return Workload(
        "extract",
        lambda db: [sys.executable, "-m", "caselaw", "--db", str(db), "-q", "extract"],
        start_db,
    )


def ingest_workload(folder: Path) -> Workload:
    return Workload(
        "ingest",
        lambda db: [sys.executable, "-m", "caselaw", "--db", str(db), "-q", "ingest", str(folder)],
        None,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(scrape_main(sys.argv[1:]))
