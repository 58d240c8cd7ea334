"""Measure the extractors against gold labels (the format of shared/corpus).

``evaluate(gold_dir)`` reads ``labels/*.json`` and ``texts/<id>.txt`` (``gold_dir`` may
be the corpus root or the labels folder), runs :func:`caselaw.extractors.extract` on each
text and scores:

* each case-level boolean (precision, recall, F1),
* ``trafficking_outcome`` and ``corruption_outcome`` (accuracy),
* defendant-level ``(name, category, outcome)`` triples (precision, recall, F1), names
  matched leniently (case-insensitive, honorifics and aliases ignored, surname match),
* official detection per defendant (``is_official``; unmatched defendants count too),
* the official's type (``official_type``, accuracy over defendants both sides call
  officials) and roles (``(defendant, role)`` pairs, precision, recall, F1) of the
  defendants matched to a labelled one,

and lists every disagreement with the evidence text the extractors gave.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caselaw.errors import ConfigError
from caselaw.extractors import extract
from caselaw.extractors.name_match import same_person
from caselaw.models import Extraction, Judgment

BOOLEAN_FIELDS = (
    "trafficking_charged",
    "corruption_charged",
    "co_charged",
    "official_defendant",
    "corruption_signal",
)
OUTCOME_FIELDS = ("trafficking_outcome", "corruption_outcome")


@dataclass(frozen=True, slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class Disagreement:
    document: str
    field: str
    expected: str
    got: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    documents: int
    booleans: tuple[tuple[str, Score], ...]
    outcomes: tuple[tuple[str, Accuracy], ...]
    triples: Score
    officials: Score
    disagreements: tuple[Disagreement, ...]
    official_types: Accuracy = Accuracy()
    roles: Score = Score()

    def boolean(self, name: str) -> Score:
        return dict(self.booleans)[name]

    def outcome(self, name: str) -> Accuracy:
        return dict(self.outcomes)[name]


def _dirs(gold_dir: Path, texts_dir: Path | None) -> tuple[Path, Path]:
    labels = gold_dir / "labels" if (gold_dir / "labels").is_dir() else gold_dir
    if texts_dir is None:
        texts_dir = gold_dir / "texts" if (gold_dir / "texts").is_dir() else labels.parent / "texts"
    if not labels.is_dir() or not any(labels.glob("*.json")):
        raise ConfigError(f"{gold_dir}: no gold labels (labels/*.json) found")
    if not texts_dir.is_dir():
        raise ConfigError(f"{texts_dir}: texts folder not found")
    return labels, texts_dir


def _bool_score(expected: bool, got: bool) -> Score:
    return Score(int(expected and got), int(got and not expected), int(expected and not got))


def _match(gold: list[dict[str, Any]], ext: Extraction) -> dict[int, int]:
    """Predicted defendant index -> gold defendant index (greedy lenient name match)."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for d in ext.defendants:
        for gi, g in enumerate(gold):
            if gi not in used and same_person(d.name, g["name"]):
                out[d.index] = gi
                used.add(gi)
                break
    return out


def _evidence_for(ext: Extraction, field: str) -> str:
    if field == "corruption_signal":
        return " | ".join(s.evidence[0].text[:160] for s in ext.signals if s.evidence)[:400]
    if field == "official_defendant":
        return ", ".join(f"{d.name}:{d.official_type}" for d in ext.defendants if d.is_official)
    cat = field.split("_")[0]
    charges = [c for c in ext.charges if c.category.value == cat]
    return " | ".join(c.evidence[0].text[:160] for c in charges if c.evidence)[:400]


def _score_document(label: dict[str, Any], ext: Extraction, acc: dict[str, Any]) -> None:
    _score_case(label, ext, acc)
    gold_defs = label.get("defendants", [])
    mapping = _match(gold_defs, ext)
    _score_triples(label["id"], gold_defs, mapping, ext, acc)
    _score_officials(label["id"], gold_defs, mapping, ext, acc)
    _score_roles(label["id"], gold_defs, mapping, ext, acc)


def _score_case(label: dict[str, Any], ext: Extraction, acc: dict[str, Any]) -> None:
    """The case-level fields: booleans scored P/R/F1, outcomes by accuracy."""
    doc, case, gold_case = label["id"], ext.case, label["case"]
    for f in BOOLEAN_FIELDS:
        exp, got = bool(gold_case[f]), bool(getattr(case, f))
        acc[f] = acc[f] + _bool_score(exp, got)
        if exp != got:
            acc["dis"].append(Disagreement(doc, f, str(exp), str(got), _evidence_for(ext, f)))
    for f in OUTCOME_FIELDS:
        exp, got = gold_case[f], getattr(case, f).value
        _tally(acc, f, Disagreement(doc, f, exp, got, _evidence_for(ext, f)))


def _tally(acc: dict[str, Any], key: str, compared: Disagreement) -> None:
    """Count one accuracy comparison; keep it as a disagreement when the two differ."""
    a, right = acc[key], compared.expected == compared.got
    acc[key] = Accuracy(a.correct + int(right), a.total + 1)
    if not right:
        acc["dis"].append(compared)


def _score_triples(
    doc: str,
    gold_defs: list[dict[str, Any]],
    mapping: dict[int, int],
    ext: Extraction,
    acc: dict[str, Any],
) -> None:
    """(defendant, category, standing outcome) triples; an unmatched extracted defendant
    is a triple of its own (a false positive)."""
    outcome = {(v.defendant, v.charge): v.outcome.value for v in ext.verdicts if v.standing}
    got_t = {
        (
            mapping.get(c.defendant, -1 - c.defendant),
            c.category.value,
            outcome.get((c.defendant, c.index), "unknown"),
        )
        for c in ext.charges
        if c.defendant is not None  # a charge of no defendant has no triple
    }
    exp_t = {
        (gi, ch["category"], ch["outcome"]) for gi, g in enumerate(gold_defs) for ch in g["charges"]
    }
    acc["triples"] = acc["triples"] + Score(
        len(got_t & exp_t), len(got_t - exp_t), len(exp_t - got_t)
    )
    names = {gi: g["name"] for gi, g in enumerate(gold_defs)}
    pred_names = {d.index: d.name for d in ext.defendants}
    for t in sorted(exp_t - got_t, key=str):
        acc["dis"].append(
            Disagreement(doc, "defendant_triple", f"{names[t[0]]}/{t[1]}/{t[2]}", "missing")
        )
    for t in sorted(got_t - exp_t, key=str):
        who = names.get(t[0]) if t[0] >= 0 else pred_names.get(-1 - t[0], "?")
        acc["dis"].append(Disagreement(doc, "defendant_triple", "absent", f"{who}/{t[1]}/{t[2]}"))


def _score_officials(
    doc: str,
    gold_defs: list[dict[str, Any]],
    mapping: dict[int, int],
    ext: Extraction,
    acc: dict[str, Any],
) -> None:
    """Official detection per gold defendant, plus extracted officials nobody labelled."""
    inverse = {gi: di for di, gi in mapping.items()}
    by_index = {d.index: d for d in ext.defendants}
    for gi, g in enumerate(gold_defs):
        d = by_index.get(inverse.get(gi, -1))
        got = bool(d and d.is_official)
        acc["officials"] = acc["officials"] + _bool_score(bool(g["is_official"]), got)
        if got != bool(g["is_official"]):
            acc["dis"].append(
                Disagreement(doc, "is_official", f"{g['name']}:{g['is_official']}", str(got))
            )
    for d in ext.defendants:
        if d.index not in mapping and d.is_official:
            acc["officials"] = acc["officials"] + Score(0, 1, 0)
            acc["dis"].append(Disagreement(doc, "is_official", "not a defendant", d.name))


def _score_roles(
    doc: str,
    gold_defs: list[dict[str, Any]],
    mapping: dict[int, int],
    ext: Extraction,
    acc: dict[str, Any],
) -> None:
    """Roles and official type of each extracted defendant matched to a labelled one.

    Only matched defendants are scored: a missed or extra defendant is already counted by
    the triples and ``is_official``, and its roles would count the same miss twice."""
    for d in ext.defendants:
        gi = mapping.get(d.index)
        if gi is None:
            continue
        g = gold_defs[gi]
        exp, got = set(g.get("roles") or ()), {r.value for r in d.roles}
        acc["roles"] = acc["roles"] + Score(len(exp & got), len(got - exp), len(exp - got))
        if exp != got:
            acc["dis"].append(
                Disagreement(doc, "roles", f"{g['name']}:{sorted(exp)}", str(sorted(got)))
            )
        if g["is_official"] and d.is_official:
            want = f"{g['name']}:{g.get('official_type')}"
            have = f"{g['name']}:{d.official_type.value if d.official_type else None}"
            _tally(acc, "official_types", Disagreement(doc, "official_type", want, have))


def evaluate(gold_dir: Path, texts_dir: Path | None = None) -> EvaluationReport:
    """Run the extractors over every labelled text and score them against the labels."""
    labels_dir, texts = _dirs(Path(gold_dir), Path(texts_dir) if texts_dir else None)
    acc: dict[str, Any] = {f: Score() for f in BOOLEAN_FIELDS}
    acc.update({f: Accuracy() for f in OUTCOME_FIELDS})
    acc.update(triples=Score(), officials=Score(), roles=Score(), dis=[])
    acc["official_types"] = Accuracy()
    n = 0
    for path in sorted(labels_dir.glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        doc = str(label.get("id", path.stem))
        text_path = texts / f"{doc}.txt"
        if not text_path.resolve().is_relative_to(texts.resolve()):
            raise ConfigError(f"{path}: label id {doc!r} points outside {texts}")
        if not text_path.is_file():
            raise ConfigError(f"{path}: text {text_path} not found")
        judgment = Judgment(id=doc, portal="gold", text=text_path.read_text(encoding="utf-8"))
        _score_document(label, extract(judgment), acc)
        n += 1
    return EvaluationReport(
        documents=n,
        booleans=tuple((f, acc[f]) for f in BOOLEAN_FIELDS),
        outcomes=tuple((f, acc[f]) for f in OUTCOME_FIELDS),
        triples=acc["triples"],
        officials=acc["officials"],
        disagreements=tuple(acc["dis"]),
        official_types=acc["official_types"],
        roles=acc["roles"],
    )


def _row(name: str, s: Score) -> str:
    figures = f"{s.precision:.3f}  {s.recall:.3f}  {s.f1:.3f}"
    return f"{name:<20} {figures}  (tp={s.tp} fp={s.fp} fn={s.fn})"


def format_report(report: EvaluationReport) -> str:
    """A plain-text table of the figures followed by every disagreement."""
    lines = [f"documents: {report.documents}", "", "field                 P      R      F1"]
    for name, s in report.booleans:
        lines.append(_row(name, s))
    lines.append(_row("defendant triples", report.triples))
    lines.append(_row("is_official", report.officials))
    lines.append(_row("roles (matched)", report.roles))
    lines.append("")
    accuracies = (*report.outcomes, ("official_type", report.official_types))
    for name, a in accuracies:
        lines.append(f"{name:<20} accuracy {a.accuracy:.3f}  ({a.correct}/{a.total})")
    lines += ["", f"disagreements ({len(report.disagreements)}):"]
    for d in report.disagreements:
        ev = f"  [{d.evidence}]" if d.evidence else ""
        lines.append(f"  {d.document}  {d.field}: expected {d.expected}, got {d.got}{ev}")
    return "\n".join(lines)
