"""Golden fixtures: every recorded portal response parses to its ``*.expected.json``.

Layout: ``tests/fixtures/<portal>/<name>.<ext>`` + ``<name>.expected.json``.  The
expected file holds the call (``parse_listing`` or ``parse_document``), its inputs
(url, media type, ref, base_url, options) and, under ``expected``, the result or
``{"error": "<ExceptionClass>"}``.  Expected files that name a ``shared`` sample
read it from ``/work/shared/portal-samples`` (third-party bytes never enter the
repository) and store digests of long outputs instead of the text itself.

Regenerate with ``CASELAW_REGEN_FIXTURES=1 python -m pytest tests/scrapers/test_golden.py``
and review the diff before committing.  Any file without its partner fails.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from caselaw.errors import CaselawError
from caselaw.models import JudgmentRef
from caselaw.scrapers.registry import get_portal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "portal-samples"
REGEN = os.environ.get("CASELAW_REGEN_FIXTURES") == "1"
SUFFIX = ".expected.json"
MAX_FIXTURE_BYTES = 64 * 1024


def _expected_files() -> list[Path]:
    return sorted(FIXTURES.glob(f"*/**/*{SUFFIX}"))


def _data_files() -> list[Path]:
    return sorted(
        f
        for f in FIXTURES.glob("*/**/*")
        if f.is_file() and not f.name.endswith(SUFFIX) and f.name != "SOURCE.md"
    )


def _partner(expected: Path) -> Path | None:
    stem = expected.name[: -len(SUFFIX)]
    found = [f for f in expected.parent.iterdir() if f.stem == stem and f != expected]
    return found[0] if found else None


def _ref_json(ref: JudgmentRef) -> dict[str, Any]:
    return {
        "portal": ref.portal,
        "portal_id": ref.portal_id,
        "url": ref.url,
        "title": ref.title,
        "date": ref.date.isoformat() if ref.date else None,
        "metadata": dict(ref.metadata),
    }


def _ref_from(data: dict[str, Any]) -> JudgmentRef:
    date = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    return JudgmentRef(
        portal=data["portal"],
        portal_id=data["portal_id"],
        url=data["url"],
        title=data.get("title", ""),
        date=date,
        metadata=data.get("metadata", {}),
    )


def _digest(value: Any) -> str:
    raw = json.dumps(value, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 120:
        return {"sha256": hashlib.sha256(value.encode()).hexdigest(), "chars": len(value)}
    return value


def _run(spec: dict[str, Any], content: bytes, shared: bool) -> dict[str, Any]:
    portal = get_portal(spec["portal"], spec.get("base_url"), spec.get("options"))
    try:
        if spec["call"] == "parse_listing":
            listing = portal.parse_listing(content, spec["url"])
            refs = [_ref_json(r) for r in listing.refs]
            out: dict[str, Any] = {"next_url": listing.next_url, "exhausted": listing.exhausted}
            if shared:
                out.update(count=len(refs), first=refs[:2], last=refs[-1:], sha256=_digest(refs))
            else:
                out["refs"] = refs
            return out
        parsed = portal.parse_document(content, spec["media_type"], _ref_from(spec["ref"]))
    except CaselawError as exc:
        return {"error": type(exc).__name__}
    out = {
        name: getattr(parsed, name)
        for name in (
            "follow_url", "media_type", "jurisdiction", "court", "court_level",
            "case_name", "docket", "language",
        )
    }  # fmt: skip
    out["decision_date"] = parsed.decision_date.isoformat() if parsed.decision_date else None
    out["metadata"] = json.loads(json.dumps(dict(parsed.metadata), default=str))
    text = parsed.text
    if shared:  # keep third-party prose (a fallo, a summary) out of the repository
        out["metadata"] = {k: _short(v) for k, v in out["metadata"].items()}
    if shared and text is not None:
        out["text_sha256"] = hashlib.sha256(text.encode()).hexdigest()
        out["text_chars"] = len(text)
    else:
        out["text"] = text
    return out


@pytest.mark.parametrize(
    "expected_path",
    _expected_files(),
    ids=[str(f.relative_to(FIXTURES)) for f in _expected_files()],
)
def test_golden(expected_path: Path) -> None:
    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    if "shared" in spec:
        source = SHARED / spec["shared"]
        if not source.is_file():
            pytest.skip(f"shared sample absent: {source}")
    else:
        partner = _partner(expected_path)
        assert partner is not None, f"{expected_path} has no fixture beside it"
        source = partner
    got = _run(spec, source.read_bytes(), shared="shared" in spec)
    if REGEN:
        spec["expected"] = got
        text = json.dumps(spec, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        expected_path.write_text(text, encoding="utf-8")
    assert got == spec.get("expected"), f"{expected_path.name}: output differs from expected"


def test_no_orphan_fixtures() -> None:
    orphans = [
        str(f.relative_to(FIXTURES))
        for f in _data_files()
        if not (f.parent / f"{f.stem}{SUFFIX}").is_file()
    ]
    assert orphans == [], f"fixture files without an expected file: {orphans}"


def test_every_expected_file_has_a_source() -> None:
    lonely = [
        str(f.relative_to(FIXTURES))
        for f in _expected_files()
        if _partner(f) is None and "shared" not in json.loads(f.read_text(encoding="utf-8"))
    ]
    assert lonely == [], f"expected files without a fixture or shared sample: {lonely}"


def test_fixtures_are_small_and_documented() -> None:
    too_big = [str(f) for f in _data_files() if f.stat().st_size > MAX_FIXTURE_BYTES]
    assert too_big == []
    for folder in (d for d in FIXTURES.iterdir() if d.is_dir()):
        assert (folder / "SOURCE.md").is_file(), f"{folder.name} lacks SOURCE.md"
    untrimmed = [
        str(f.relative_to(FIXTURES))
        for f in _data_files()
        if b"<script" in f.read_bytes().lower() or b"<style" in f.read_bytes().lower()
    ]
    assert untrimmed == [], f"trim scripts and styles from fixtures: {untrimmed}"
