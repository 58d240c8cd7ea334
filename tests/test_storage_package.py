"""caselaw.storage is a package now; what callers import from it stays where it was."""

from __future__ import annotations

import inspect
import tomllib
from pathlib import Path

import caselaw.storage as storage
from caselaw.storage import Store

EXPORTS = {"MEMORY", "ErrorRecord", "ScrapeState", "Store", "versions_key"}

STORE_METHODS = {
    "close",
    "transaction",
    "put_document",
    "has_document",
    "get_document",
    "put_judgment",
    "has_judgment",
    "judgment_fingerprint",
    "get_judgment",
    "judgment_ids",
    "count",
    "put_extraction",
    "rows",
    "query",
    "record_error",
    "clear_errors",
    "errors",
    "get_state",
    "set_state",
    "get_item",
    "put_item",
    "lock",
}


def test_all_lists_the_names_callers_import() -> None:
    assert set(storage.__all__) == EXPORTS
    for name in storage.__all__:
        assert getattr(storage, name) is not None, name


def test_store_keeps_every_public_method() -> None:
    public = {n for n, _ in inspect.getmembers(Store, callable) if not n.startswith("_")}
    assert public == STORE_METHODS


def _core_subpackages(core: Path) -> set[str]:
    """Dotted names of packages under caselaw/ itself, not the dev links to datasets/ etc."""
    names = set()
    for init in core.rglob("__init__.py"):
        rel = init.parent.relative_to(core)
        if not rel.parts or any((core / p).is_symlink() for p in (rel, *rel.parents)):
            continue
        names.add(".".join(("caselaw", *rel.parts)))
    return names


def test_pyproject_ships_every_core_subpackage() -> None:
    # setuptools packages are listed by hand: a core subpackage missing there (as
    # caselaw.storage could be) installs a caselaw without it
    root = Path(__file__).resolve().parents[1]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    found = _core_subpackages(root / "caselaw")
    assert "caselaw.storage" in found
    assert found <= set(pyproject["tool"]["setuptools"]["packages"])
