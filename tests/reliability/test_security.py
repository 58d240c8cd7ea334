"""Nothing let in: paths stay in their folder, SQL is parameterised, data files execute nothing.

See docs/reliability.md for what was searched and what each test covers.
"""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.config import load_settings
from caselaw.errors import CaselawError, ConfigError, StorageError
from caselaw.models import StageError
from caselaw.safepath import UnsafePathError, name_for_url, safe_join, safe_name
from caselaw.storage import Store

REPO = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("caselaw", "scrapers", "extractors", "datasets", "bench")

HOSTILE_NAMES = [
    "../../etc/passwd",
    "..",
    ".",
    "",
    "/etc/passwd",
    "\\\\server\\share\\x",
    "C:\\Windows\\system32",
    "C:evil",
    "a/../../b",
    "..\\..\\boot.ini",
    "judgment%2F..%2F..%2Fevil",
    "name\x00.pdf",
    "CON",
    "nul.txt",
    "LPT1.pdf",
    ".bashrc",
    "   ",
    "x" * 1000,
    "é" * 300,
    "\u202egnp.exe",  # right-to-left override
    "\uff0e\uff0e\uff0fetc",  # fullwidth ../
    "a\nb\rc\td",
    "\ud800lone-surrogate",
]


# -- caselaw.safepath ---------------------------------------------------------------------


def _assert_component(name: str, max_bytes: int = 200) -> None:
    assert name not in ("", ".", "..")
    assert not name.startswith((".", " "))
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert len(name.encode("utf-8")) <= max_bytes
    assert Path(name).name == name


@pytest.mark.parametrize("text", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_safe_name_hostile(text: str, tmp_path: Path) -> None:
    name = safe_name(text)
    _assert_component(name)
    joined = safe_join(tmp_path, text)
    assert joined.parent == tmp_path
    joined.write_bytes(b"ok")  # the file system accepts it
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_safe_name_keeps_ordinary_names() -> None:
    for name in ("judgment-2021_04.pdf", "R_v_Smith.html", "décision.pdf", "판결.txt"):
        assert safe_name(name) == name


def test_safe_name_distinguishes_inputs_that_clean_alike() -> None:
    names = {safe_name(t) for t in ("a/b", "a_b", "a\\b", "a b", "a:b")}
    assert len(names) == 5
    assert safe_name("x" * 300 + "1") != safe_name("x" * 300 + "2")


def test_name_for_url() -> None:
    a = name_for_url("https://portal.example/judgments/../../etc/passwd")
    b = name_for_url("https://portal.example/doc%2F..%2F..%2Fevil.pdf?download=1")
    c = name_for_url("https://portal.example/", ".html")
    for name in (a, b, c):
        _assert_component(name)
    assert b.endswith(".pdf") and c.endswith(".html")
    assert name_for_url("https://a.example/x.pdf") != name_for_url("https://b.example/x.pdf")


def test_safe_join_refuses_symlink_escape(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    base = tmp_path / "base"
    base.mkdir()
    (base / "link").symlink_to(outside)
    with pytest.raises(UnsafePathError):
        safe_join(base, "link", "x.pdf")
    assert isinstance(UnsafePathError("x"), CaselawError)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_safe_name_property(text: str) -> None:
    name = safe_name(text)
    _assert_component(name)
    assert safe_name(text) == name  # deterministic
    base = Path("/nonexistent-caselaw-base")
    assert safe_join(base, text, text).parent.parent == base


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["", ".pdf", "html", "../x"]))
def test_name_for_url_property(path: str, suffix: str) -> None:
    name = name_for_url("https://portal.example/" + path, suffix)
    _assert_component(name)


# -- SQL is parameterised -------------------------------------------------------------------

INJECTIONS = [
    "x' or 1=1 --",
    "ingest' or '1'='1",
    "'; drop table errors; --",
    "ingest%",
    '" or ""="',
    "x]; drop table judgments; --",
]


def _db_with_errors(path: Path) -> None:
    with Store(path) as store:
        store.record_error("a.pdf", "ingest", StageError("a.pdf", "ingest", "IngestError", "bad"))
        store.record_error("j:1", "extract", StageError("j:1", "extract", "Boom", "bad"))


def _table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        return {n: con.execute(f"select count(*) from [{n}]").fetchone()[0] for n in names}
    finally:
        con.close()


def test_cli_errors_filter_is_parameterised(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _db_with_errors(db)
    before = _table_counts(db)
    for payload in INJECTIONS:
        proc = subprocess.run(
            [sys.executable, "-m", "caselaw", "--db", str(db), "errors", "--json"]
            + ["--stage", payload],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == [], payload
    assert _table_counts(db) == before
    proc = subprocess.run(
        [sys.executable, "-m", "caselaw", "--db", str(db), "errors", "--json", "--stage", "ingest"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert [r["source"] for r in json.loads(proc.stdout)] == ["a.pdf"]


def test_store_filters_are_parameterised(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _db_with_errors(db)
    with Store(db) as store:
        for payload in INJECTIONS:
            assert store.errors(stage=payload) == []
            assert store.rows("errors", stage=payload) == []
            assert store.get_judgment(payload) is None
            assert store.get_item(payload, payload) is None
            with pytest.raises(StorageError):
                store.rows("errors", **{payload: 1})
            with pytest.raises(StorageError):
                store.rows(payload)
            with pytest.raises(StorageError):
                store.count(payload)
        assert len(store.errors()) == 2


def _python_files() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(sorted((REPO / folder).rglob("*.py")))
    return files


def _fstring_sql_names(node: ast.JoinedStr) -> list[str]:
    """Source of every expression interpolated into an f-string."""
    return [ast.unparse(v.value) for v in node.values if isinstance(v, ast.FormattedValue)]


# Interpolations into SQL text that are allowed: names from fixed tuples in the code or
# checked against the schema first, never values.  Each entry was read and judged.
# caselaw/storage/: [table] from fixed tuples or checked against table_names(), clause built
# from columns checked against the schema; datasets/tables.py: _FACT_ORDER is a constant.
ALLOWED_SQL_INTERPOLATIONS = {
    "table",
    "n",
    "clause",
    "c",
    "sql",
    "where",
    "column",
    "col",
    "_FACT_ORDER[table]",
}


def test_sql_text_interpolates_only_identifiers() -> None:
    """An f-string passed to execute/query may only splice checked identifiers, never data."""
    offenders = []
    for file in _python_files():
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in {"execute", "executemany", "executescript", "query"}:
                continue
            if not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.JoinedStr):
                names = set(_fstring_sql_names(arg)) - ALLOWED_SQL_INTERPOLATIONS
                if names:
                    offenders.append(f"{file.relative_to(REPO)}:{node.lineno} {sorted(names)}")
            elif isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
                offenders.append(f"{file.relative_to(REPO)}:{node.lineno} %-formatted SQL")
            elif (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Attribute)
                and arg.func.attr == "format"
            ):
                offenders.append(f"{file.relative_to(REPO)}:{node.lineno} .format() SQL")
    assert offenders == []


# -- data files execute nothing ----------------------------------------------------------------

UNSAFE_CALLS = {
    ("yaml", "load"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
    ("yaml", "load_all"),
    ("yaml", "unsafe_load_all"),
    ("yaml", "full_load_all"),
    ("pickle", "load"),
    ("pickle", "loads"),
    ("marshal", "loads"),
    ("os", "system"),
}
UNSAFE_NAMES = {"eval", "exec"}


def test_no_unsafe_loaders_in_the_tree() -> None:
    """Every YAML load is safe_load; no pickle/eval/exec/os.system/shell=True anywhere."""
    offenders = []
    for file in _python_files():
        tree = ast.parse(file.read_text(encoding="utf-8"))
        where = file.relative_to(REPO)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    if (func.value.id, func.attr) in UNSAFE_CALLS:
                        offenders.append(f"{where}:{node.lineno} {func.value.id}.{func.attr}")
                elif isinstance(func, ast.Name) and func.id in UNSAFE_NAMES:
                    offenders.append(f"{where}:{node.lineno} {func.id}()")
                for kw in node.keywords:
                    if kw.arg == "shell" and not (
                        isinstance(kw.value, ast.Constant) and kw.value.value is False
                    ):
                        offenders.append(f"{where}:{node.lineno} shell=")
                    if kw.arg == "Loader" and ast.unparse(kw.value) not in {
                        "yaml.SafeLoader",
                        "SafeLoader",
                        "yaml.CSafeLoader",
                        "CSafeLoader",
                    }:
                        offenders.append(f"{where}:{node.lineno} Loader={ast.unparse(kw.value)}")
    assert offenders == []


PYTHON_TAG_YAML = """\
name: evil
statutes: !!python/object/apply:os.system ["touch {marker}"]
"""


def test_yaml_python_tags_are_rejected(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = PYTHON_TAG_YAML.format(marker=marker)
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.safe_load(text)
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.safe_load("x: !!python/object:collections.OrderedDict {}")
    assert not marker.exists()


def test_shipped_lexicons_load_with_safe_loader() -> None:
    """Every shipped YAML is plain data (no tags a safe loader refuses)."""
    data_dir = REPO / "extractors" / "data"
    files = sorted(data_dir.glob("*.y*ml"))
    if not files:
        pytest.skip("no lexicon files yet")
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert "!!python" not in text, file.name
        yaml.safe_load(text)


def test_lexicon_parser_rejects_non_data() -> None:
    lexicon = pytest.importorskip("caselaw.extractors.lexicon")
    for bad in (None, [], "x", 42, {"name": ["not", "a", "string"]}):
        with pytest.raises(CaselawError):
            lexicon.parse_lexicon(bad, "evil.yaml")


def test_config_toml_is_data_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "pwned"
    config = tmp_path / "caselaw.toml"
    config.write_text(
        f"db = \"__import__('os').system('touch {marker}')\"\n"
        'contact = "$(touch pwned2)"\n'
        "[portals.x]\n"
        f'token = "!!python/object/apply:os.system [touch {marker}]"\n',
        encoding="utf-8",
    )
    for key in [k for k in os.environ if k.startswith("CASELAW_")]:
        monkeypatch.delenv(key)
    s = load_settings(config)
    assert s.db.startswith("__import__")
    assert s.contact == "$(touch pwned2)"
    assert not marker.exists() and not (tmp_path / "pwned2").exists()
    config.write_text('max_pdf_pages = "10; rm -rf /"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(config)
    config.write_bytes(b"db = \xff\xfe\n")
    with pytest.raises(ConfigError):
        load_settings(config)


# -- paths built from served URLs and from metadata ----------------------------------------------


def _replay_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "served"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    rows = []
    for i, (jid, file) in enumerate(files.items()):
        rows.append({"id": jid, "file": file, "title": jid, "decision_date": f"2020-01-0{i + 1}"})
    (folder / "ok.txt").write_text("Republic v Doe", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(rows), encoding="utf-8")
    return folder


TRAVERSALS = [
    "/judgments/../secret.txt",
    "/judgments/..%2F..%2Fsecret.txt",
    "/judgments/%2e%2e/%2e%2e/secret.txt",
    "/../secret.txt",
    "//secret.txt",
    "/judgments/ok.txt/../../secret.txt",
    "/judgments/....//....//secret.txt",
    "/judgments/%252e%252e%252fsecret.txt",
    "/judgments/..\\..\\secret.txt",
    "/judgments/ok.txt%00.txt",
    "/secret.txt",
    "/manifest.json",
]


def test_replay_server_serves_nothing_outside_its_catalog(tmp_path: Path) -> None:
    import http.client

    from caselaw.replay_server import ReplayServer

    folder = _replay_folder(tmp_path, {"ok": "ok.txt"})
    with ReplayServer(folder) as server:
        host, port = server.url.removeprefix("http://").split(":")
        for path in TRAVERSALS:
            con = http.client.HTTPConnection(host, int(port), timeout=10)
            con.request("GET", path)  # sent as is: no client-side normalisation
            response = con.getresponse()
            body = response.read()
            con.close()
            assert b"TOP SECRET" not in body, path
            assert response.status in (400, 404), (path, response.status)
        con = http.client.HTTPConnection(host, int(port), timeout=10)
        con.request("GET", "/judgments/ok.txt")
        assert con.getresponse().read() == b"Republic v Doe"
        con.close()


@pytest.mark.parametrize("file", ["../secret.txt", "/etc/hostname", "sub/../../secret.txt", "link"])
def test_replay_manifest_cannot_point_outside(tmp_path: Path, file: str) -> None:
    from caselaw.replay_server import ReplayServer

    folder = _replay_folder(tmp_path, {"evil": file})
    (folder / "link").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(ConfigError, match="outside"):
        ReplayServer(folder)


@pytest.mark.parametrize("doc_id", ["../outside", "/ABSOLUTE/outside"])
def test_evaluate_label_id_cannot_leave_the_texts_folder(tmp_path: Path, doc_id: str) -> None:
    from caselaw.evaluate import evaluate

    gold = tmp_path / "gold"
    (gold / "labels").mkdir(parents=True)
    (gold / "texts").mkdir()
    outside = (gold / "outside.txt") if doc_id.startswith("..") else tmp_path / "outside.txt"
    doc_id = doc_id.replace("/ABSOLUTE", str(tmp_path))
    outside.write_text("Republic v Secret\n\nThe accused was acquitted.", encoding="utf-8")
    (gold / "labels" / "x.json").write_text(json.dumps({"id": doc_id}), encoding="utf-8")
    with pytest.raises(ConfigError, match="outside|not allowed|invalid"):
        evaluate(gold)
