"""CLI results are checked through the library (STYLE habit 12)."""

import json

import pytest

from caselaw.cli import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from caselaw.storage import Store

TEXT = """SUPREME COURT OF THE PHILIPPINES
PEOPLE OF THE PHILIPPINES v. MARIA SANTOS, accused-appellant.
The accused was charged with qualified trafficking in persons under Section 4(a) in relation
to Section 6(a) of R.A. No. 9208. She was found guilty beyond reasonable doubt.
WHEREFORE, the appeal is DISMISSED. The Decision of the Court of Appeals is AFFIRMED.
"""


@pytest.fixture
def files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(TEXT)
    (tmp_path / "in" / "bad.pdf").write_bytes(b"%PDF-1.7\n truncated")
    return tmp_path


def test_ingest_then_errors(files, capsys):
    db = str(files / "c.db")
    assert main(["--db", db, "-q", "ingest", str(files / "in")]) == EXIT_PARTIAL
    assert "2 files: 1 new, 0 unchanged, 1 failed" in capsys.readouterr().out
    assert Store(db).count("judgments") == 1
    assert main(["--db", db, "errors", "--json"]) == EXIT_OK
    (err,) = json.loads(capsys.readouterr().out)
    assert err["stage"] == "ingest" and err["source"].endswith("bad.pdf")
    assert main(["--db", db, "-q", "ingest", str(files / "in" / "good.txt")]) == EXIT_OK


def test_errors_stage_filter_is_data_not_sql(files, capsys):
    db = str(files / "c.db")
    main(["--db", db, "-q", "ingest", str(files / "in")])
    capsys.readouterr()
    assert main(["--db", db, "errors", "--json", "--stage", "x' or '1'='1"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == []
    assert Store(db).count("errors") == 1


def test_bad_date_is_a_usage_error(files, capsys):
    code = main(["--db", str(files / "c.db"), "scrape", "replay", "--since", "yesterday"])
    assert code == EXIT_USAGE
    assert "yesterday" in capsys.readouterr().err


def test_caselaw_errors_are_reported_not_raised(files, capsys):
    (files / "bad.toml").write_text("db = [")
    assert main(["--config", str(files / "bad.toml"), "errors"]) == EXIT_FAILURE
    assert "bad.toml" in capsys.readouterr().err


def test_extract_json_needs_files(files, capsys):
    assert main(["--db", str(files / "c.db"), "extract", "--json"]) == EXIT_FAILURE


def test_portals_lists_status_from_config(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CASELAW_COURTLISTENER_TOKEN", raising=False)
    assert main(["--db", str(tmp_path / "c.db"), "portals"]) == EXIT_OK
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "needs a token" in lines["courtlistener"]
    assert "needs licence_confirmed" in lines["findcaselaw"]
    assert "in --all" in lines["kenyalaw"]
    monkeypatch.setenv("CASELAW_COURTLISTENER_TOKEN", "t")
    main(["--db", str(tmp_path / "c.db"), "portals"])
    assert "in --all" in capsys.readouterr().out.split("courtlistener", 1)[1].splitlines()[0]


def test_extract_stats_build_report_chain(files, capsys):
    db = str(files / "c.db")
    main(["--db", db, "-q", "ingest", str(files / "in" / "good.txt")])
    assert main(["--db", db, "-q", "extract"]) == EXIT_OK
    assert "1 judgments: 1 extracted" in capsys.readouterr().out
    assert main(["--db", db, "-q", "extract"]) == EXIT_OK  # nothing pending: unchanged
    assert "0 judgments" in capsys.readouterr().out
    assert Store(db).count("cases") == 1
    assert main(["--db", db, "stats", "--json"]) == EXIT_OK
    figures = json.loads(capsys.readouterr().out)
    assert figures["scanned"] == 1
    assert main(["--db", db, "build", "--format", "csv", "--out", str(files / "ds")]) == EXIT_OK
    assert (files / "ds" / "cases.csv").is_file() and (files / "ds" / "README.md").is_file()
    assert main(["--db", db, "report", "--out", str(files / "rep")]) == EXIT_OK
    assert (files / "rep" / "report.html").is_file()
    out = capsys.readouterr().out
    assert "wrote" in out and "report.html" in out


def test_extract_files_json_contract(files, capsys):
    assert main(["extract", str(files / "in" / "good.txt"), "--json"]) == EXIT_OK
    (item,) = json.loads(capsys.readouterr().out)
    assert item["source"].endswith("good.txt")
    assert set(item) >= {
        "judgment",
        "defendants",
        "case",
        "corruption_signals",
        "sentences",
        "factors",
        "extractor_versions",
    }
    assert main(["extract", str(files / "in"), "--jsonl"]) == EXIT_PARTIAL
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [("error" in x) for x in lines] == [True, False]  # bad.pdf, good.txt
