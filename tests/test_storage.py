import datetime as dt
import json
import multiprocessing

import pytest

from caselaw.errors import LockedError, StorageError
from caselaw.models import (
    CaseOutcome,
    CaseSummary,
    Category,
    Charge,
    Defendant,
    Document,
    Evidence,
    Extraction,
    Judgment,
    OffsetMap,
    Outcome,
    Verdict,
)
from caselaw.storage import ScrapeState, Store

TEXT = "PEOPLE v. JUAN DELA CRUZ. Accused-appellant is guilty of qualified trafficking."


def ev(needle: str, name: str = "test") -> Evidence:
    start = TEXT.index(needle)
    return Evidence(start, start + len(needle), needle, name, "1.0")


def judgment(text: str = TEXT) -> Judgment:
    return Judgment(
        id="local:abc",
        portal="local",
        text=text,
        jurisdiction="PH",
        decision_date=dt.date(2020, 1, 2),
        offsets=OffsetMap((0, 10), (5, 20)),
        metadata={"title": "x"},
    )


def extraction(version: str = "1.0") -> Extraction:
    return Extraction(
        judgment_id="local:abc",
        defendants=(Defendant(0, "JUAN DELA CRUZ", evidence=(ev("JUAN DELA CRUZ"),)),),
        charges=(
            Charge(
                0,
                0,
                Category.TRAFFICKING,
                "Qualified trafficking",
                "R.A. 9208 s.4(a)",
                evidence=(ev("qualified trafficking", "charges"),),
            ),
        ),
        verdicts=(Verdict(0, 0, Outcome.CONVICTED, evidence=(ev("guilty", "verdicts"),)),),
        case=CaseSummary(trafficking_charged=True, trafficking_outcome=CaseOutcome.CONVICTED),
        versions={"charges": version},
    )


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


def snapshot(s: Store) -> dict:
    tables = ["judgments", "defendants", "charges", "verdicts", "cases", "documents"]
    return {t: s.rows(t) for t in tables}


def test_judgment_roundtrip(store):
    store.put_judgment(judgment())
    back = store.get_judgment("local:abc")
    assert back.text == TEXT and back.offsets == OffsetMap((0, 10), (5, 20))
    assert back.decision_date == dt.date(2020, 1, 2) and back.jurisdiction == "PH"


def test_ingest_twice_changes_nothing(store):
    assert store.put_judgment(judgment()) is True
    before = snapshot(store)
    assert store.put_judgment(judgment()) is False
    assert snapshot(store) == before


def test_document_stored_once(store):
    doc = Document.from_bytes(b"%PDF-1.4 ...", "application/pdf", "https://x/1.pdf")
    assert store.put_document(doc) is True
    assert store.put_document(doc) is False
    assert store.count("documents") == 1
    assert store.get_document(doc.sha256).content == b"%PDF-1.4 ..."


def test_extraction_is_idempotent_and_keeps_evidence(store):
    store.put_judgment(judgment())
    assert store.put_extraction(extraction()) is True
    before = snapshot(store)
    assert store.put_extraction(extraction()) is False
    assert snapshot(store) == before
    (charge,) = store.rows("charges")
    assert charge["outcome"] == "convicted"
    assert TEXT[charge["evidence_start"] : charge["evidence_end"]] == charge["evidence_text"]
    assert charge["extractor"] == "charges" and charge["extractor_version"] == "1.0"
    assert json.loads(charge["evidence"])[0]["text"] == "qualified trafficking"


def test_new_version_replaces_facts(store):
    store.put_judgment(judgment())
    store.put_extraction(extraction("1.0"))
    newer = extraction("2.0")
    store.put_extraction(newer)
    assert store.count("charges") == 1 and store.count("defendants") == 1
    assert store.judgment_ids(pending_for={"charges": "2.0"}) == []
    assert store.judgment_ids(pending_for={"charges": "3.0"}) == ["local:abc"]


def test_failed_write_leaves_old_facts(store, monkeypatch):
    store.put_judgment(judgment())
    store.put_extraction(extraction("1.0"))
    import caselaw.storage as storage

    def boom(db, x):
        db["charges"].insert({"id": "half-written", "judgment_id": x.judgment_id})
        raise RuntimeError("crash mid-write")

    monkeypatch.setattr(storage, "_insert_facts", boom)
    with pytest.raises(RuntimeError):
        store.put_extraction(extraction("2.0"))
    assert [r["id"] for r in store.rows("charges")] == ["local:abc#c0"]
    assert store.rows("extractions")[0]["versions_key"] == "charges@1.0"


def test_changed_text_drops_stale_facts(store):
    store.put_judgment(judgment())
    store.put_extraction(extraction())
    store.put_judgment(judgment(TEXT + " Corrected."))
    assert store.count("charges") == 0
    assert store.judgment_ids(pending_for={"charges": "1.0"}) == ["local:abc"]


def test_errors_one_row_per_source_and_stage(store):
    store.record_error("a.pdf", "ingest", ValueError("truncated"))
    store.record_error("a.pdf", "ingest", ValueError("truncated"))
    (err,) = store.errors()
    assert (err.source, err.stage, err.kind, err.attempts) == ("a.pdf", "ingest", "ValueError", 2)
    store.clear_errors("a.pdf", "ingest")
    assert store.errors() == []


def test_rows_filter_is_parameterised(store):
    store.put_judgment(judgment())
    assert store.rows("judgments", portal="local' or '1'='1") == []
    with pytest.raises(StorageError):
        store.rows("judgments; drop table judgments")
    with pytest.raises(StorageError):
        store.rows("judgments", **{"id = id or 1": 1})


def test_scrape_state_roundtrip(store):
    assert store.get_state("kenyalaw", "q=") is None
    state = ScrapeState("kenyalaw", "q=", "cursor-2", "2024-05-01")
    store.set_state(state)
    assert store.get_state("kenyalaw", "q=") == state


def _hold_lock(path, ready, release):
    s = Store(path)
    with s.lock("scrape:replay"):
        ready.set()
        release.wait(10)


def test_lock_excludes_a_second_process_and_frees_on_exit(tmp_path):
    path = str(tmp_path / "c.db")
    Store(path).close()
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(path, ready, release))
    proc.start()
    try:
        assert ready.wait(20)
        with pytest.raises(LockedError, match="scrape:replay"), Store(path).lock("scrape:replay"):
            pass
    finally:
        release.set()
        proc.join(20)
    with Store(path).lock("scrape:replay"):
        pass


def test_stale_lock_of_dead_process_is_taken_over(tmp_path):
    path = str(tmp_path / "c.db")
    s = Store(path)
    import socket

    s.db["locks"].insert(
        {
            "name": "scrape:x",
            "pid": 2**22 + 12345,
            "host": socket.gethostname(),
            "acquired_at": "2020",
        }
    )
    with s.lock("scrape:x"):
        assert s.rows("locks")[0]["pid"] != 2**22 + 12345


def test_unopenable_db_is_a_storage_error(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="not.db"):
        Store(str(bad))
