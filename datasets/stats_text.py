"""NexusStats for readers and programs: headline lines, a plain-text table, a JSON-ready dict."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict

from caselaw.datasets.figures import NexusStats
from caselaw.datasets.proportion import Proportion, pct


def stats_to_json(s: NexusStats) -> dict[str, object]:
    """A JSON-ready dict of every figure (no NaN; None where n == 0)."""
    cleaned = _clean(asdict(s))
    assert isinstance(cleaned, dict)
    return cleaned


def _clean(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def headline(s: NexusStats) -> list[str]:
    """The few lines a prosecutor reads first (the demo prints these)."""
    h = s.headline
    lines = [
        f"Judgments scanned: {s.scanned}; extracted: {s.extracted}; "
        f"trafficking cases: {s.trafficking}.",
        f"Trafficking convictions: {h.trafficking_convictions}; convictions for both "
        f"trafficking and corruption: {h.both_convictions} ({_share(h.share)}).",
    ]
    for key in ("co_charged", "official_defendant", "uncharged_corruption"):
        m = s.metric(key)
        share = m.overall
        where = f" {m.denominator}" if share.n else f" (no {m.denominator})"
        lines.append(f"{m.label}: {share.describe()}{where}.")
    for key in ("corruption_attrition", "conviction_official", "conviction_no_official"):
        m = s.metric(key)
        lines.append(f"{m.label}: {m.overall.describe()}.")
    return lines


def _share(p: Proportion) -> str:
    if p.p is None:
        return "no trafficking convictions to compare"
    return f"{pct(p.p)}; 95% CI {pct(p.low)} to {pct(p.high)}"


def format_stats(s: NexusStats) -> str:
    """A plain-text rendering: headline, each metric by dimension, sampling frame."""
    out = [*headline(s), ""]
    for m in s.metrics:
        out.append(f"== {m.label}: {m.overall.describe()}")
        out.append(f"   counts {m.numerator} among {m.denominator}")
        for b in m.by:
            out.append(f"   by {b.dimension}:")
            for g in b.groups:
                out.append(
                    f"     {g.value:<22} {g.share.describe():<48} "
                    f"[frame: scanned {g.scanned}, extracted {g.extracted}, matched {g.matched}]"
                )
    out.append("")
    out.append("== Sampling frame (portal / court / year: scanned, extracted, matched, nexus)")
    for r in s.frame:
        out.append(
            f"   {r.portal} / {r.court} / {r.year}: {r.scanned}, {r.extracted}, "
            f"{r.matched}, {r.nexus}"
        )
    return "\n".join(out)
