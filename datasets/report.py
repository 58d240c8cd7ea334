"""``report(db, out)``: the prosecutors' summary, one self-contained HTML file and a Markdown twin.

Plain words first, then the figures with their 95% intervals, a chart by
jurisdiction, the attrition of corruption charges, the success-factor table,
case vignettes, the sampling frame, and method and limitations.  Charts are
drawn with matplotlib's object API (no pyplot, no global backend change) and
embedded as base64 PNG in the HTML; the Markdown twin links PNG files written
beside it.  Every text taken from a judgment is pseudonymised and, in HTML,
escaped with ``html.escape``.
"""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from matplotlib.figure import Figure

from caselaw import __version__
from caselaw.datasets.factors import FactorComparison, Vignette, vignettes
from caselaw.datasets.load import load, open_db
from caselaw.datasets.pseudonym import Pseudonymiser
from caselaw.datasets.stats import NexusStats, Proportion, compute
from caselaw.storage import Store

TITLE = "Trafficking and corruption in court judgments"
_PLAIN_CI = (
    "A 95% interval (CI) is the range in which the true share most likely lies, given how few "
    "cases there are; with few cases it is wide, and two shares whose intervals overlap may not "
    "really differ."
)


@dataclass(frozen=True, slots=True)
class ReportPaths:
    html: Path
    markdown: Path
    images: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class Block:
    html: str
    md: str


@dataclass(frozen=True, slots=True)
class Chart:
    name: str
    png: bytes
    alt: str


def report(
    db: str | os.PathLike[str] | Store, out: Path, *, key: bytes | None = None
) -> ReportPaths:
    """Write ``report.html`` and ``report.md`` into ``out`` (or ``out`` itself if it ends .html)."""
    out = Path(out)
    html_path = out if out.suffix == ".html" else out / "report.html"
    html_path.parent.mkdir(parents=True, exist_ok=True)
    md_path = html_path.with_suffix(".md")
    store = open_db(db)
    tables = load(store)
    figures = compute(tables)
    pseudonymiser = Pseudonymiser.from_store(store, key)
    cases = vignettes(tables, pseudonymiser.redact)
    charts = [c for c in (_jurisdiction_chart(figures), _attrition_chart(figures)) if c]
    blocks = _blocks(figures, cases, {c.name: c for c in charts}, html_path.stem)
    body = "\n".join(b.html for b in blocks)
    template = resources.files("caselaw.datasets").joinpath("report.html").read_text("utf-8")
    page = Template(template).substitute(title=TITLE, body=body, version=__version__)
    html_path.write_text(page, encoding="utf-8")
    md_path.write_text("\n\n".join(b.md for b in blocks) + "\n", encoding="utf-8")
    images = []
    for chart in charts:
        path = html_path.parent / f"{html_path.stem}-{chart.name}.png"
        path.write_bytes(chart.png)
        images.append(path)
    return ReportPaths(html_path, md_path, tuple(images))


# -- building blocks -------------------------------------------------------------------


def _h(level: int, text: str) -> Block:
    return Block(f"<h{level}>{html.escape(text)}</h{level}>", f"{'#' * level} {text}")


def _p(text: str, cls: str = "") -> Block:
    attr = f' class="{cls}"' if cls else ""
    return Block(f"<p{attr}>{html.escape(text)}</p>", text)


def _list(items: Sequence[str], cls: str = "") -> Block:
    attr = f' class="{cls}"' if cls else ""
    lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return Block(f"<ul{attr}>{lis}</ul>", "\n".join(f"- {i}" for i in items))


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Block:
    def cell(v: object) -> str:
        cls = ' class="num"' if isinstance(v, int | float) else ""
        return f"<td{cls}>{html.escape(str(v))}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    md = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    md += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in rows]
    return Block(f"<table><tr>{head}</tr>{body}</table>", "\n".join(md))


def _md_cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _image(chart: Chart, stem: str) -> Block:
    data = base64.b64encode(chart.png).decode("ascii")
    alt = html.escape(chart.alt)
    return Block(
        f'<img src="data:image/png;base64,{data}" alt="{alt}">',
        f"![{chart.alt}]({stem}-{chart.name}.png)",
    )


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.0f}%"


def _ci(p: Proportion) -> str:
    return "n/a" if p.p is None else f"{_pct(p.low)} to {_pct(p.high)}"


def _plain(p: Proportion) -> str:
    if p.p is None:
        return "none in this data"
    return f"{p.k} of {p.n} ({_pct(p.p)}, likely between {_pct(p.low)} and {_pct(p.high)})"


# -- sections --------------------------------------------------------------------------


def _blocks(
    s: NexusStats, cases: tuple[Vignette, ...], charts: dict[str, Chart], stem: str
) -> list[Block]:
    blocks = [_h(1, TITLE), *_lede(s), *_figures(s)]
    blocks += [_h(2, "By jurisdiction")]
    if "jurisdiction" in charts:
        blocks.append(_image(charts["jurisdiction"], stem))
    blocks += _by_jurisdiction(s)
    blocks += [_h(2, "What happens to corruption in trafficking cases")]
    if "attrition" in charts:
        blocks.append(_image(charts["attrition"], stem))
    blocks.append(_table(["stage", "cases"], [(st.label, st.count) for st in s.attrition]))
    blocks += _factors(s)
    blocks += _vignettes(cases)
    blocks += _frame(s)
    blocks += _method()
    return blocks


def _lede(s: NexusStats) -> list[Block]:
    h = s.headline
    items = [
        f"We read {s.extracted} court judgments; {s.trafficking} of them are trafficking cases."
    ]
    if s.trafficking:
        co, un = s.metric("co_charged").overall, s.metric("uncharged_corruption").overall
        items += [
            f"Corruption was charged together with trafficking in {_plain(co)} trafficking cases.",
            f"In {_plain(un)} trafficking cases the judgment describes corruption (bribes, "
            "protection, help from officials) that nobody was charged for.",
            f"Of {h.trafficking_convictions} cases with a trafficking conviction, "
            f"{h.both_convictions} also convicted someone of corruption.",
        ]
    attrition = s.metric("corruption_attrition").overall
    if attrition.n:
        items.append(
            "Corruption charges in trafficking cases ended in a conviction in "
            f"{_plain(attrition)} cases decided on the merits."
        )
    else:
        items.append("No trafficking case here has a corruption charge decided on the merits.")
    return [_h(2, "In brief"), _list(items, "lede"), _p(_PLAIN_CI, "note")]


def _figures(s: NexusStats) -> list[Block]:
    rows = [
        (m.label, m.overall.k, m.overall.n, _pct(m.overall.p), _ci(m.overall), m.denominator)
        for m in s.metrics
    ]
    headers = ["figure", "cases", "out of", "share", "95% CI", "out of what"]
    return [_h(2, "Headline figures"), _table(headers, rows)]


def _by_jurisdiction(s: NexusStats) -> list[Block]:
    co = {g.value: g for b in s.metric("co_charged").by if b.dimension == "jurisdiction"
          for g in b.groups}  # fmt: skip
    un = {g.value: g for b in s.metric("uncharged_corruption").by
          if b.dimension == "jurisdiction" for g in b.groups}  # fmt: skip
    rows = [
        (j, g.scanned, g.matched, g.share.describe(), un[j].share.describe())
        for j, g in sorted(co.items())
    ]
    headers = ["jurisdiction", "judgments scanned", "trafficking cases", "corruption charged",
               "corruption described, not charged"]  # fmt: skip
    note = "Few judgments scanned means a wide interval; a country with none is a gap, not a zero."
    return [_table(headers, rows), _p(note, "note")]


def _factors(s: NexusStats) -> list[Block]:
    t = s.factors
    blocks = [
        _h(2, "What the successful cases had in common"),
        _p(
            f"Among the {t.population} trafficking cases with an official accused, corruption "
            "described or corruption charged, we compare how often each investigation technique "
            "appears where corruption was charged (or convicted) and where it was not. An odds "
            "ratio above 1 means the technique was more common where corruption was charged; if "
            "its interval includes 1, the difference may be chance. The p-value (Fisher's exact "
            "test) is the chance of a difference at least this large if there were none. Where a "
            f"group has fewer than {t.min_group} cases we print no number. These are "
            "associations, not proof that a technique causes a conviction."
        ),
    ]
    for comparison in t.comparisons:
        blocks += [_h(3, comparison.label), _factor_table(comparison)]
    return blocks


def _factor_table(c: FactorComparison) -> Block:
    if not c.rows:
        return _p("No success factors were found in these cases.", "note")
    rows = []
    for r in c.rows:
        ratio = r.odds_ratio
        if ratio is None:
            figure, p = r.note, ""
        else:
            figure = f"{ratio.value:.2f} ({ratio.low:.2f} to {ratio.high:.2f})"
            figure += "*" if ratio.corrected else ""
            p = f"{r.p_value:.3f}" if r.p_value is not None else ""
        rows.append(
            (r.factor.replace("_", " "), f"{r.k_a} of {r.n_a}", f"{r.k_b} of {r.n_b}", figure, p)
        )
    headers = ["factor", f"corruption {c.group_a}", f"corruption {c.group_b}",
               "odds ratio (95% CI)", "p"]  # fmt: skip
    table = _table(headers, rows)
    if not any(r.odds_ratio and r.odds_ratio.corrected for r in c.rows):
        return table
    star = "(*) a count was 0, so 0.5 was added to every cell (Haldane-Anscombe correction)."
    return Block(table.html + f'<p class="note">{html.escape(star)}</p>', table.md + "\n\n" + star)


def _vignettes(cases: tuple[Vignette, ...]) -> list[Block]:
    blocks = [_h(2, "Cases")]
    if not cases:
        return [*blocks, _p("No trafficking case here involves an official or corruption.")]
    for v in cases:
        outcome = v.outcome.replace("none", "not charged").replace("_", " ")
        meta = f"{v.jurisdiction}, {v.year}, {v.court}. Outcome: {outcome}."
        parts_h = [f"<h3>{html.escape(v.case_name)}</h3>", f"<p>{html.escape(meta)}</p>"]
        parts_m = [f"### {v.case_name}", meta]
        if v.source_url.startswith(("https://", "http://")):
            url = html.escape(v.source_url, quote=True)
            parts_h.append(f'<p>Source: <a href="{url}">{html.escape(v.source_url)}</a></p>')
            parts_m.append(f"Source: <{v.source_url}>")
        if v.roles:
            roles = [f"Accused: {r.replace('_', ' ')}" for r in v.roles]
            parts_h.append(_list(roles).html)
            parts_m.append("\n".join(f"- {r}" for r in roles))
        for q in v.quotes:
            kind, text = html.escape(q.kind.replace("_", " ")), html.escape(q.text)
            parts_h.append(f'<blockquote><span class="kind">{kind}:</span> “{text}”</blockquote>')
            parts_m.append(f"> **{q.kind.replace('_', ' ')}:** “{q.text}”")
        blocks.append(
            Block('<div class="vignette">' + "".join(parts_h) + "</div>", "\n\n".join(parts_m))
        )
    return blocks


def _frame(s: NexusStats, limit: int = 60) -> list[Block]:
    portals = [(p.portal, p.listed, p.scanned, p.extracted, p.matched) for p in s.portals]
    rows = [(r.portal, r.court, r.year, r.scanned, r.extracted, r.matched, r.nexus)
            for r in s.frame]  # fmt: skip
    blocks = [
        _h(2, "Where the judgments come from (sampling frame)"),
        _p(
            "Every figure above counts only the judgments we hold. 'Listed' is what the portals "
            "showed us, 'scanned' what we stored, 'extracted' what was read, 'matched' the "
            "trafficking cases. A court or year with few judgments is a gap in coverage."
        ),
        _table(["portal", "listed", "scanned", "extracted", "matched"], portals),
        _table(
            ["portal", "court", "year", "scanned", "extracted", "matched", "nexus"], rows[:limit]
        ),
    ]
    if len(rows) > limit:
        blocks.append(_p(f"{len(rows) - limit} more rows in the dataset's frame table.", "note"))
    return blocks


def _method() -> list[Block]:
    return [
        _h(2, "Method and limitations"),
        _list(
            [
                "Judgments come from public court portals; caselaw's extractors read charges, "
                "defendants, verdicts, corruption signals and investigation techniques by rule, "
                "and keep the quote each fact came from.",
                "Extraction makes mistakes. Its accuracy against hand-labelled judgments is in "
                "docs/accuracy.md; check the quotes before relying on a single case.",
                "A 'trafficking case' is a judgment in which someone faced a trafficking charge. "
                "'Convicted' means at least one accused was convicted of that offence in this "
                "judgment; bail, remand and leave decisions are left out of conviction rates.",
                "Portals publish mostly appeal decisions; trial outcomes and cases never charged "
                "are missing, so these are not the rates of all prosecutions.",
                "Small numbers: with a few cases the intervals are wide. We print no odds ratio "
                "when a group has fewer than five cases.",
                "Victims' names are replaced by pseudonyms (Victim-...); courts' own placeholders "
                "such as AAA are kept.",
            ]
        ),
    ]


# -- charts ----------------------------------------------------------------------------


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return buf.getvalue()


def _jurisdiction_chart(s: NexusStats) -> Chart | None:
    series = [("corruption charged", "co_charged", "#2b5d8a"),
              ("corruption described, not charged", "uncharged_corruption", "#d08c2a")]  # fmt: skip
    groups: dict[str, list[Proportion]] = {}
    for _, key, _ in series:
        for b in s.metric(key).by:
            if b.dimension == "jurisdiction":
                for g in b.groups:
                    if g.share.n:
                        groups.setdefault(g.value, []).append(g.share)
    if not groups:
        return None
    names = sorted(groups)
    fig = Figure(figsize=(8, 1.2 + 0.7 * len(names)))
    ax = fig.subplots()
    height = 0.38
    for i, (label, _, colour) in enumerate(series):
        ys = [n + (i - 0.5) * height for n in range(len(names))]
        shares = [groups[n][i] for n in names]
        values = [100 * (p.p or 0) for p in shares]
        err = [[100 * ((p.p or 0) - (p.low or 0)) for p in shares],
               [100 * ((p.high or 0) - (p.p or 0)) for p in shares]]  # fmt: skip
        ax.barh(ys, values, height, xerr=err, color=colour, label=label, capsize=3)
    ax.set_yticks(range(len(names)), [f"{n} (n={groups[n][0].n})" for n in names])
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of trafficking cases, % (bars: 95% interval)")
    ax.invert_yaxis()
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.3 / len(names)), ncols=2)
    ax.set_title("Corruption in trafficking cases, by jurisdiction")
    return Chart("jurisdiction", _png(fig), "Share of trafficking cases by jurisdiction")


def _attrition_chart(s: NexusStats) -> Chart | None:
    if not s.trafficking:
        return None
    fig = Figure(figsize=(8, 3.2))
    ax = fig.subplots()
    labels = [st.label for st in s.attrition]
    counts = [st.count for st in s.attrition]
    colours = ["#7a8b99", "#d08c2a", "#2b5d8a", "#2b5d8a", "#2e7d32"]
    ax.barh(range(len(counts)), counts, color=colours[: len(counts)])
    for y, c in enumerate(counts):
        ax.text(c, y, f" {c}", va="center")
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("trafficking cases")
    ax.set_title("From trafficking case to corruption conviction")
    ax.set_xlim(0, max(counts) * 1.15 + 1)
    return Chart("attrition", _png(fig), "Attrition of corruption charges in trafficking cases")
