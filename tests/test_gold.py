import json

import pytest

from caselaw.errors import ConfigError
from caselaw.gold import gold_extraction, load_gold
from caselaw.storage import Store

LABEL = {
    "id": "x",
    "jurisdiction": "PH",
    "court": "Supreme Court of the Philippines",
    "court_level": "supreme",
    "decision_date": "2020-01-02",
    "proceeding": "criminal",
    "defendants": [
        {
            "name": "XXX",
            "is_official": True,
            "official_type": "police",
            "roles": ["exploiter"],
            "charges": [
                {
                    "category": "trafficking",
                    "label": "Qualified TIP",
                    "statute": "R.A. 9208",
                    "outcome": "convicted",
                },
                {
                    "category": "corruption",
                    "label": "Graft",
                    "statute": "R.A. 3019",
                    "outcome": "acquitted",
                },
            ],
        }
    ],
    "case": {
        "trafficking_charged": True,
        "corruption_charged": True,
        "co_charged": True,
        "official_defendant": True,
        "corruption_signal": True,
        "trafficking_outcome": "convicted",
        "corruption_outcome": "acquitted",
    },
}


def test_gold_extraction_keeps_every_fact():
    x = gold_extraction(LABEL, "gold:x")
    assert [d.name for d in x.defendants] == ["XXX"]
    assert [(c.category, c.defendant) for c in x.charges] == [("trafficking", 0), ("corruption", 0)]
    assert [v.outcome for v in x.verdicts] == ["convicted", "acquitted"]
    assert x.case.co_charged and x.info.court_level == "supreme"
    assert list(x.versions) == ["gold"]


def test_load_gold_stores_label_and_text(tmp_path):
    (tmp_path / "labels").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "labels" / "x.json").write_text(json.dumps(LABEL))
    (tmp_path / "texts" / "x.txt").write_text("PEOPLE v. XXX")
    store = Store(":memory:")
    assert load_gold(store, tmp_path) == 1
    assert store.rows("charges", judgment_id="gold:x")[1]["outcome"] == "acquitted"
    assert load_gold(store, tmp_path) == 1
    assert store.count("charges") == 2


def test_bad_label_names_the_file(tmp_path):
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "broken.json").write_text("{}")
    with pytest.raises(ConfigError, match="broken.json"):
        load_gold(Store(":memory:"), tmp_path)
