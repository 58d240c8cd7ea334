"""Does a change alter what the extractors say?  Snapshot every fact, then compare.

    python bench/diffcheck.py save SNAPSHOT.jsonl    # before the change
    python bench/diffcheck.py check SNAPSHOT.jsonl   # after: prints every difference

The inputs are the real judgments of ../shared/corpus (when present), the fictional
samples shipped in caselaw/samples, and 3 MB of bench/gen_corpus.py text (seeds 7
and 3).  Each document's whole :class:`~caselaw.models.Extraction` (every fact,
its evidence spans and versions, the errors) is written as one JSON line, so a
speed-up that must not change behaviour can be checked fact by fact.  Exit
status: 0 identical, 1 differences (listed), 2 usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen_corpus import documents  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
SAMPLES = ROOT / "caselaw" / "samples" / "texts"
MB = 1_000_000


def inputs() -> Iterator[tuple[str, str]]:
    """(name, text) for every document the check covers, one at a time."""
    for folder, prefix in ((CORPUS, "corpus"), (SAMPLES, "sample")):
        for path in sorted(folder.glob("*.txt")):
            yield f"{prefix}/{path.stem}", path.read_text(encoding="utf-8")
    for seed, size in ((7, 2 * MB), (3, MB)):
        for i, doc in enumerate(documents(size, seed)):
            yield f"gen{seed}/{i}", doc


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and type(value).__module__.startswith("caselaw"):
        return _plain(value.value)  # enums
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def snapshot() -> Iterator[dict[str, object]]:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    for name, text in inputs():
        ext = extract(Judgment(id=name.rsplit("/", 1)[-1], portal="diff", text=text))
        record = _plain(ext)
        assert isinstance(record, dict)
        yield {"doc": name, **record}


def _unversioned(record: Any) -> Any:
    """``record`` without the extractor versions (the run's and every evidence span's)."""
    if isinstance(record, dict):
        return {k: _unversioned(v) for k, v in record.items() if k not in ("versions", "version")}
    if isinstance(record, list):
        return [_unversioned(x) for x in record]
    return record


def _diff(path: str, old: object, new: object, out: list[str]) -> None:
    if type(old) is not type(new) or not isinstance(old, dict | list):
        if old != new:
            out.append(f"  {path}: {json.dumps(old)[:200]} -> {json.dumps(new)[:200]}")
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            _diff(f"{path}.{key}", old.get(key), new.get(key), out)
        return
    assert isinstance(old, list) and isinstance(new, list)
    if len(old) != len(new):
        out.append(f"  {path}: {len(old)} items -> {len(new)} items")
        gone = [x for x in old if x not in new]
        added = [x for x in new if x not in old]
        out += [f"    - {json.dumps(x)[:300]}" for x in gone[:5]]
        out += [f"    + {json.dumps(x)[:300]}" for x in added[:5]]
        return
    for i, (a, b) in enumerate(zip(old, new, strict=True)):
        _diff(f"{path}[{i}]", a, b, out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--ignore-versions", action="store_true", help="a bumped version is no diff")
    args = ap.parse_args(argv)
    if args.mode == "save":
        with args.snapshot.open("w", encoding="utf-8") as fh:
            n = 0
            for record in snapshot():
                fh.write(json.dumps(record, sort_keys=True) + "\n")
                n += 1
        print(f"saved {n} documents to {args.snapshot}")
        return 0
    old = {}
    for line in args.snapshot.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        old[record["doc"]] = record
    changed = 0
    seen = set()
    for record in snapshot():
        record = json.loads(json.dumps(record, sort_keys=True))
        doc = str(record["doc"])
        seen.add(doc)
        before = old.get(doc)
        if args.ignore_versions and before is not None:
            before, record = _unversioned(before), _unversioned(record)
        out: list[str] = []
        _diff("", before, record, out)
        if out:
            changed += 1
            print(f"{doc}: {len(out)} differences")
            print("\n".join(out[:40]))
    missing = sorted(set(old) - seen)
    print(f"{len(seen)} documents checked, {changed} changed, {len(missing)} missing")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
