from pathlib import Path

import pytest

from caselaw.models import Document
from caselaw.pipeline import add_document, ingest, iter_files
from caselaw.storage import Store

JUDGMENT = """REPUBLIC OF THE PHILIPPINES
SUPREME COURT
PEOPLE OF THE PHILIPPINES, plaintiff-appellee, v. JUAN DELA CRUZ, accused-appellant.
The accused was charged with qualified trafficking in persons under Section 4(a) in relation
to Section 6(a) of R.A. No. 9208. WHEREFORE, the appeal is DISMISSED.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(JUDGMENT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(JUDGMENT.replace("JUAN", "PEDRO"), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skip me")
    (tmp_path / "empty.txt").write_bytes(b"")
    return tmp_path


def test_iter_files_walks_sorted_and_skips_hidden(folder):
    names = [p.relative_to(folder).as_posix() for p in iter_files([folder])]
    assert names == ["a.txt", "empty.txt", "sub/b.txt"]


def test_ingest_stores_judgments_and_records_bad_files(folder):
    store = Store(":memory:")
    rep = ingest([folder], db=store)
    assert (rep.seen, rep.new, rep.failed) == (3, 2, 1)
    (err,) = store.errors()
    assert err.stage == "ingest" and err.source.endswith("empty.txt")
    texts = sorted(r["text"] for r in store.rows("judgments"))
    assert "PEDRO" in texts[1] or "PEDRO" in texts[0]
    assert store.count("documents") == 2


def test_ingest_twice_changes_nothing(folder):
    store = Store(":memory:")
    ingest([folder], db=store)
    before = {t: store.rows(t) for t in ("judgments", "documents")}
    rep = ingest([folder], db=store)
    assert (rep.new, rep.unchanged, rep.failed) == (0, 2, 1)
    assert {t: store.rows(t) for t in ("judgments", "documents")} == before
    assert store.errors()[0].attempts == 2


def test_add_document_with_portal_text_and_metadata():
    store = Store(":memory:")
    doc = Document.from_bytes(b'{"plain_text": "..."}', "application/json", "https://api/1")
    j = add_document(
        store,
        doc,
        portal="courtlistener",
        portal_id="123",
        text=JUDGMENT,
        metadata={"jurisdiction": "US", "court_level": "appellate", "decision_date": "2021-03-04"},
    )
    assert j.id == "courtlistener:123" and j.court_level == "appellate"
    assert j.decision_date.isoformat() == "2021-03-04"
    assert store.get_judgment("courtlistener:123").text == JUDGMENT
    assert store.get_document(doc.sha256) is not None


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    store = Store(":memory:")
    rep = ingest([tmp_path / "nope.pdf"], db=store)
    assert rep.failed == 1
    assert "nope.pdf" in store.errors()[0].message
