"""Print, per corpus judgment, the gold charge categories next to find_charges' ones.

    python bench/charges_vs_gold.py [/work/shared/corpus] [-v]

Development aid only: the rules in extractors/ come from law and language; this
shows where they disagree with the hand labels (case-level trafficking /
corruption charged) so the disagreement can be understood, not tuned away.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caselaw.extractors.charges import find_charges

KEY = ("trafficking", "corruption")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1].parent / "shared/corpus"
    if not (root / "labels").is_dir():
        print(f"no corpus at {root}", file=sys.stderr)
        return 2
    tp = {k: 0 for k in KEY}
    fp = dict(tp)
    fn = dict(tp)
    for label_file in sorted((root / "labels").glob("*.json")):
        gold = json.loads(label_file.read_text(encoding="utf-8"))
        text = (root / "texts" / f"{label_file.stem}.txt").read_text(encoding="utf-8")
        found = find_charges(text, gold.get("jurisdiction"))
        mine = {m.category.value for m in found}
        want = {c["category"] for d in gold["defendants"] for c in d["charges"]}
        flags = []
        for k in KEY:
            g = bool(gold["case"][f"{k}_charged"])
            p = k in mine
            tp[k] += g and p
            fp[k] += p and not g
            fn[k] += g and not p
            if g != p:
                flags.append(f"{'FP' if p else 'FN'}-{k}")
        print(f"{label_file.stem:28} gold={sorted(want)} mine={sorted(mine)} {' '.join(flags)}")
        if verbose or flags:
            for m in found:
                ev = m.evidence[0].text.replace("\n", " ")[:110]
                print(f"    {m.category.value:18} {m.statute or '-':40.40} {m.count or ''} | {ev}")
    for k in KEY:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 1.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k}_charged: P={p:.3f} R={r:.3f} F1={f1:.3f} (tp={tp[k]} fp={fp[k]} fn={fn[k]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
