"""Compare the success factors caselaw finds with a hand-labelled side gold.

    python bench/factors_vs_gold.py GOLD_DIR TEXTS_DIR [TEXTS_DIR ...] [-v]

GOLD_DIR holds one ``<id>.json`` per judgment (sub-folders are not read)::

    {"id": "ph-sc-gr-247956",
     "factors": [{"name": "special_investigative_techniques",
                  "quote": "organized an entrapment operation"}, ...],
     "notes": "..."}

``factors`` is the set of factors the judgment narrates as part of its own case (an
empty list: none); ``quote`` is a short verbatim passage (whitespace collapsed) so a
reader can check the label.  The text of ``<id>`` is looked up as ``<id>.txt`` in the
TEXTS_DIRs, in order.  The whole pipeline is run (``caselaw.extractors.extract``) and
its ``factors`` are compared, as sets of (judgment, factor) pairs, with the gold.

Prints one line per judgment with its misses (``FN name``, with the gold quote) and
false alarms (``FP name``, with caselaw's first evidence), then precision / recall /
F1 per factor and overall (micro-averaged over pairs).  ``-v`` also prints the
agreements.  Exit status 0, or 2 on a usage error (missing folder, a gold file without
its text, a quote not found in its text).

Development aid only: the rules in extractors/ come from law and language, and the
gold is our own reading; a disagreement is to be understood, not tuned away.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from caselaw.extractors import extract
from caselaw.extractors.factors import _DATA
from caselaw.models import Judgment

FACTORS = tuple(_DATA)
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text)


def _text_for(doc_id: str, folders: list[Path]) -> str | None:
    for folder in folders:
        path = folder / f"{doc_id}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [Path(a) for a in argv if not a.startswith("-")]
    if len(args) < 2 or not all(a.is_dir() for a in args):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    gold_dir, folders = args[0], args[1:]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = _text_for(gold["id"], folders)
        if text is None:
            print(f"{gold['id']}: no text in {', '.join(map(str, folders))}", file=sys.stderr)
            return 2
        want = {g["name"]: g["quote"] for g in gold["factors"]}
        for name, quote in want.items():
            if name not in FACTORS or _norm(quote) not in _norm(text):
                print(f"{gold['id']}: bad gold entry {name}: {quote!r}", file=sys.stderr)
                return 2
        ext = extract(Judgment(id=gold["id"], portal="gold", text=text))
        mine = {f.name: f.evidence[0].text if f.evidence else "" for f in ext.factors}
        lines = []
        for name in FACTORS:
            if name in want and name in mine:
                tp[name] += 1
                if verbose:
                    lines.append(f"    ok {name}: {_norm(mine[name])[:100]!r}")
            elif name in want:
                fn[name] += 1
                lines.append(f"    FN {name}: gold {want[name][:100]!r}")
            elif name in mine:
                fp[name] += 1
                lines.append(f"    FP {name}: caselaw {_norm(mine[name])[:100]!r}")
        misses = sum(ln.startswith(("    FN", "    FP")) for ln in lines)
        print(f"{gold['id']:28} gold={len(want)} caselaw={len(mine)} disagreements={misses}")
        if lines:
            print("\n".join(lines))
    for name in FACTORS:
        print(f"{name:34} {_prf(tp[name], fp[name], fn[name])}")
    total = (sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'overall (micro)':34} {_prf(*total)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
