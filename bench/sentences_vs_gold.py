"""Score the sentences extractor against a side gold of hand labels.

    python bench/sentences_vs_gold.py GOLD_DIR TEXTS_DIR [TEXTS_DIR...] [-v]

GOLD_DIR holds one ``<id>.json`` per judgment (format below); the text of each is the
first ``TEXTS_DIR/<id>.txt`` found.  Every judgment is run through the whole pipeline
(``caselaw.extractors.extract``) and its sentences are compared with the labels:

    {"id": "...", "sentences": [{"defendant": "Name", "kind": "life",
        "term_months": 73, "term_max_months": 120, "amount": 2000000, "currency": "PHP",
        "uncertain": true}], "notes": "..."}

Both sides are sets per defendant: (defendant, kind, term, maximum, amount, currency).
An extracted sentence matches a gold one when its defendant (lenient name match, as
``caselaw evaluate`` does) and kind are the same, terms are within one month and the
amount within 0.5% with the same currency.  A sentence with no defendant never matches;
one matching an ``uncertain`` label counts neither way.  ``other`` (dismissal from the
service, community service) is scored apart from the issue's kinds.

Prints per judgment every miss (FN) and every extra (FP), then precision / recall / F1
for: ``strict`` (as above, kinds other than ``other``), ``unlinked`` (the same, the
defendant ignored: reading errors apart from linking errors) and ``other``.

Development aid only (like bench/charges_vs_gold.py): the rules in extractors/ come from
law and language; this shows where they disagree with the hand labels.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from caselaw.extractors import extract
from caselaw.extractors.name_match import same_person
from caselaw.models import Extraction, Judgment

Item = dict[str, Any]


def _close(a: float | None, b: float | None, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol


def _same(g: Item, x: Item, with_defendant: bool) -> bool:
    if with_defendant and (x["defendant"] is None or x["defendant"] != g["defendant"]):
        return False
    if g["kind"] != x["kind"]:
        return False
    if g["kind"] == "other":
        return True
    if not _close(g.get("term_months"), x.get("term_months"), 1.0):
        return False
    if not _close(g.get("term_max_months"), x.get("term_max_months"), 1.0):
        return False
    ga, xa = g.get("amount"), x.get("amount")
    if ga is None or xa is None:
        return ga is None and xa is None
    return abs(ga - xa) <= 0.005 * ga and g.get("currency") == x.get("currency")


def _extracted(ext: Extraction, gold_names: list[str]) -> list[Item]:
    """The extraction's sentences as items, defendants renamed to the gold names."""
    names: dict[int, str] = {}
    used: set[str] = set()
    for d in ext.defendants:
        for g in gold_names:
            if g not in used and same_person(d.name, g):
                names[d.index] = g
                used.add(g)
                break
    out: list[Item] = []
    seen: set[tuple[Any, ...]] = set()
    for s in ext.sentences:
        who: str | None = None
        if s.defendant is not None:
            i = s.defendant
            own = ext.defendants[i].name if i < len(ext.defendants) else str(i)
            who = names.get(i, f"#{own}")  # "#": a defendant the gold gives no penalty
        key = (who, s.kind, s.term_months, s.term_max_months, s.amount, s.currency)
        if key in seen:
            continue
        seen.add(key)
        ev = s.evidence[0].text.replace("\n", " ")[:100] if s.evidence else ""
        out.append(
            {
                "defendant": who,
                "kind": s.kind,
                "term_months": s.term_months,
                "term_max_months": s.term_max_months,
                "amount": s.amount,
                "currency": s.currency,
                "evidence": ev,
            }
        )
    return out


def _score(gold: list[Item], got: list[Item], with_defendant: bool) -> tuple[int, list, list]:
    """(tp, missed gold items, extra extracted items) of one judgment."""
    free = list(got)
    tp = 0
    missed = []
    for g in gold:
        hit = next((x for x in free if _same(g, x, with_defendant)), None)
        if hit is not None:
            free.remove(hit)
            tp += 0 if g.get("uncertain") else 1
        elif not g.get("uncertain"):
            missed.append(g)
    return tp, missed, free


def _fmt(item: Item) -> str:
    parts = [str(item["defendant"])[:28], item["kind"]]
    for k, tag in (("term_months", "t"), ("term_max_months", "max")):
        if item.get(k) is not None:
            parts.append(f"{tag}={item[k]:g}")
    if item.get("amount") is not None:
        parts.append(f"{item.get('currency')} {item['amount']:,.0f}")
    return " ".join(parts)


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})"


def _text(doc: str, texts: Iterable[Path]) -> str:
    for d in texts:
        if (d / f"{doc}.txt").is_file():
            return (d / f"{doc}.txt").read_text(encoding="utf-8")
    raise SystemExit(f"{doc}: no text in any of the texts folders")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [Path(a) for a in argv if not a.startswith("-")]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, texts = args[0], args[1:]
    totals = {m: [0, 0, 0] for m in ("strict", "unlinked", "other")}
    for path in sorted(gold_dir.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        doc = label["id"]
        ext = extract(Judgment(id=doc, portal="gold", text=_text(doc, texts)))
        gold_all: list[Item] = label["sentences"]
        got_all = _extracted(ext, sorted({g["defendant"] for g in gold_all}))
        lines = []
        for mode, keep, with_def in (
            ("strict", lambda k: k != "other", True),
            ("unlinked", lambda k: k != "other", False),
            ("other", lambda k: k == "other", True),
        ):
            gold = [g for g in gold_all if keep(g["kind"])]
            got = [x for x in got_all if keep(x["kind"])]
            tp, missed, extra = _score(gold, got, with_def)
            t = totals[mode]
            t[0] += tp
            t[1] += len(extra)
            t[2] += len(missed)
            if mode != "unlinked":
                lines += [f"    FN {_fmt(g)}" for g in missed]
                lines += [f"    FP {_fmt(x)} | {x['evidence']}" for x in extra]
        print(f"{doc:28} gold={len(gold_all)} got={len(got_all)}")
        for line in lines:
            print(line)
        if verbose:
            for x in got_all:
                print(f"    .. {_fmt(x)} | {x['evidence']}")
    for mode, (tp, fp, fn) in totals.items():
        print(f"{mode:9} {_prf(tp, fp, fn)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
