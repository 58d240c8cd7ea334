"""``extract(jobs=N)``: worker processes store the same facts as one process."""

import os
from pathlib import Path

import pytest

from caselaw.pipeline import FAILED, _in_workers, _work, extract, extract_and_store, ingest
from caselaw.storage import Store

SAMPLES = Path(__file__).resolve().parents[1] / "caselaw" / "samples" / "texts"
FACT_TABLES = ("cases", "defendants", "charges", "verdicts", "sentences", "signals", "factors")


def _facts(db: Path) -> dict[str, list[str]]:
    store = Store(str(db))
    return {table: sorted(map(repr, store.rows(table))) for table in FACT_TABLES}


def _stored(tmp_path: Path, name: str, n: int = 6) -> Path:
    db = tmp_path / name
    files = sorted(SAMPLES.glob("*.txt"))[:n]
    assert ingest(files, db=str(db)).new == len(files)
    return db


def test_workers_store_the_same_facts_as_one_process(tmp_path):
    one, many = _stored(tmp_path, "one.db"), _stored(tmp_path, "many.db")
    solo = extract(db=str(one))
    pooled = extract(db=str(many), jobs=2)
    assert (solo.judgments, solo.extracted, solo.failed) == (6, 6, 0)
    assert (pooled.judgments, pooled.extracted, pooled.failed) == (6, 6, 0)
    assert _facts(many) == _facts(one)
    assert sum(map(len, _facts(many).values())) > 6  # facts were stored, not just cases
    again = extract(db=str(many), jobs=2)  # a rerun finds nothing pending
    assert (again.judgments, again.extracted) == (0, 0)


def test_jobs_below_one_or_in_memory_is_refused(tmp_path):
    with pytest.raises(ValueError, match="at least 1"):
        extract(db=str(tmp_path / "x.db"), jobs=0)
    with pytest.raises(ValueError, match="database file"):
        extract(db=Store(":memory:"), jobs=2)


def test_a_failing_judgment_is_recorded_and_the_batch_goes_on(tmp_path, monkeypatch):
    import caselaw.extractors

    def boom(judgment):
        raise RuntimeError(f"cannot read {judgment.id}")

    store = Store(str(_stored(tmp_path, "bad.db", n=1)))
    (jid,) = store.judgment_ids()
    monkeypatch.setattr(caselaw.extractors, "extract", boom)
    assert extract_and_store(store, jid, False) == FAILED
    (error,) = store.errors(stage="extract")
    assert (error.source, error.kind) == (jid, "RuntimeError")
    assert error.message == f"cannot read {jid}"


def _die_on_second(jid: str, force: bool) -> str:  # runs in a worker: must be module-level
    if jid.endswith("#die"):
        os._exit(1)  # a worker killed mid-batch (out of memory, SIGKILL)
    return _work(jid, force)


def test_a_dead_worker_fails_its_judgments_and_the_batch_goes_on(tmp_path):
    store = Store(str(_stored(tmp_path, "crash.db")))
    ids = store.judgment_ids()
    ids.insert(1, "no-such-judgment#die")
    results = dict(_in_workers(store, ids, 2, False, _die_on_second))
    assert set(results) == set(ids)  # every id answered once
    failed = {jid for jid, outcome in results.items() if outcome == FAILED}
    assert "no-such-judgment#die" in failed
    # at most 2 * jobs = 4 ids are in flight when the pool breaks, 5 come after the crash:
    # at least one of them went to a new pool and was read
    assert set(ids[2:]) - failed
    assert {e.source for e in store.errors(stage="extract")} == failed


def test_cli_extract_jobs(tmp_path, capsys):
    from caselaw.cli import EXIT_OK, EXIT_USAGE, main

    db = str(_stored(tmp_path, "cli.db", n=3))
    assert main(["--db", db, "-q", "extract", "--jobs", "2"]) == EXIT_OK
    assert "3 judgments: 3 extracted, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert main(["--db", db, "-q", "extract", "-j", "0"]) == EXIT_OK  # 0: one per CPU
    assert "0 judgments" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db, "extract", "--jobs", "-1"])
    assert exit_.value.code == EXIT_USAGE
    assert "must be 0 (one per CPU) or more" in capsys.readouterr().err
