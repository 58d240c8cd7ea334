"""`caselaw demo`: the whole pipeline on the embedded samples, through the local replay portal."""

import json
import sqlite3

import pytest

from caselaw.cli import EXIT_OK, main
from caselaw.demo import demo, samples_dir


def dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    report = demo(out)
    return out, report


def test_demo_fetches_every_sample_and_extracts_them(first_run):
    out, rep = first_run
    manifest = json.loads((samples_dir() / "manifest.json").read_text())
    assert rep.scraped == rep.new == len(manifest)
    assert rep.extraction.extracted == len(manifest) and rep.extraction.failed == 0
    assert (out / "caselaw.db").is_file()


def test_demo_writes_the_report(first_run):
    _, rep = first_run
    html = rep.report_html.read_text()
    assert "<html" in html.lower() and "data:image/png;base64" in html
    assert rep.report_md.is_file()


def test_headline_states_scanned_and_trafficking_counts(first_run):
    _, rep = first_run
    first = rep.headline[0]
    assert first.startswith("Judgments scanned: 16; extracted: 16; trafficking cases: ")


def test_second_run_leaves_the_same_db(first_run, capsys):
    out, _ = first_run
    before = dump(out / "caselaw.db")
    assert main(["-q", "demo", "--out", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "0 judgments fetched" in printed and "Judgments scanned: 16" in printed
    assert dump(out / "caselaw.db") == before


def test_demo_figures_equal_the_hand_count(first_run):
    """The extracted figures on the samples equal the hand count of docs/samples.md."""
    _, rep = first_run
    text = "\n".join(rep.headline)
    assert "trafficking cases: 13." in text
    assert "Trafficking convictions: 9; convictions for both trafficking and corruption: 3" in text
    assert "Corruption charged alongside trafficking: 4 of 13" in text
    assert "A public official among the accused: 5 of 13" in text
    assert "Corruption described but not charged: 2 of 13" in text
