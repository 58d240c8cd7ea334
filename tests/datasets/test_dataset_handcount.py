"""The statistics on gold facts equal a hand count: the embedded samples and the real corpus.

Gold labels are stored through caselaw.gold (the same tables the extractors fill), so this
checks the whole dataset layer on real labelled judgments, not only on a synthetic fixture.
The hand counts are those published in docs/samples.md and counted from shared/corpus/labels.
"""

from pathlib import Path

import pytest

from caselaw.datasets import stats
from caselaw.demo import samples_dir
from caselaw.gold import load_gold
from caselaw.storage import Store

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def figures(gold_dir: Path) -> dict[str, object]:
    store = Store(":memory:")
    load_gold(store, gold_dir)
    s = stats(store)
    share = {m.key: (m.overall.k, m.overall.n) for m in s.metrics}
    return {
        "scanned": s.scanned,
        "trafficking": s.trafficking,
        "trafficking_convictions": s.headline.trafficking_convictions,
        "both": s.headline.both_convictions,
        **share,
    }


def test_samples_equal_the_hand_count_in_docs():
    got = figures(samples_dir())
    # docs/samples.md: 16 judgments, 13 trafficking cases, 4 with a corruption co-charge,
    # 5 trafficking cases with an official defendant, 2 with corruption narrated but not
    # charged, 9 with a trafficking conviction standing (8 convicted + 1 mixed), 3 of them
    # with a corruption conviction too.
    assert got["scanned"] == 16
    assert got["trafficking"] == 13
    assert got["co_charged"] == (4, 13)
    assert got["official_defendant"] == (5, 13)
    assert got["uncharged_corruption"] == (2, 13)
    assert got["trafficking_convictions"] == 9
    assert got["both"] == 3
    assert got["both_convictions"] == (3, 9)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not available")
def test_real_corpus_equals_its_hand_count():
    got = figures(CORPUS)
    # shared/corpus: 46 judgments; 7 trafficking cases (R.A. 9208 appeals and one Lahore
    # forced-begging petition); none co-charges corruption (corpus README); 5 of the 7 leave a
    # trafficking conviction standing; so no conviction for both.
    assert got["scanned"] == 46
    assert got["trafficking"] == 7
    assert got["co_charged"] == (0, 7)
    assert got["trafficking_convictions"] == 5
    assert got["both"] == 0


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not available")
def test_real_corpus_ingested_as_local_files_gives_the_hand_count(tmp_path):
    """The whole pipeline (ingest, extract, stats) on the 46 real judgments as plain files."""
    from caselaw.pipeline import extract, ingest

    store = Store(str(tmp_path / "corpus.db"))
    rep = ingest([CORPUS / "texts"], db=store)
    assert (rep.seen, rep.failed) == (46, 0)
    assert extract(db=store).failed == 0
    s = stats(store)
    share = {m.key: (m.overall.k, m.overall.n) for m in s.metrics}
    assert (s.scanned, s.extracted, s.trafficking) == (46, 46, 7)
    assert share["co_charged"] == (0, 7)
    assert s.headline.trafficking_convictions == 5
    assert s.headline.both_convictions == 0
