"""Where extraction spends its time: cProfile of the full extract or the charges step.

    python bench/profile_extract.py [--mode full|charges] [--mb 5] [--real] [--top 30]
                                    [--sort tottime|cumtime] [--steps] [--regex]

Documents come from bench/gen_corpus.py (``--real``: the shared corpus texts,
repeated).  ``--steps`` also times each step of the extract pipeline on its own
(CPU seconds per MB, no profiler overhead), which is what docs/performance.md and
/work/notes/SPEED.md quote.  ``--regex`` adds the time spent inside ``re`` methods by
the line that called them: a pattern that ``re`` must try at every position of a
judgment (a leading ``\\b`` or look-behind over the whole text) shows up at the top.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extract import charges_runner, full_runner, real_documents  # noqa: E402
from bench.gen_corpus import documents  # noqa: E402

MB = 1_000_000


def step_times(docs: list[str]) -> dict[str, float]:
    """CPU seconds per step of ``caselaw.extractors.PIPELINE`` (plus the shared scan)."""
    from caselaw.extractors import PIPELINE, prefilter
    from caselaw.extractors._base import Context
    from caselaw.models import Judgment

    spent: dict[str, float] = defaultdict(float)
    for i, doc in enumerate(docs):
        ctx = Context(Judgment(id=f"p{i}", portal="bench", text=doc))
        t0 = time.process_time()
        ctx._scan = prefilter.scan(doc)  # shared by every step; timed on its own here
        spent["prefilter.scan"] += time.process_time() - t0
        for step in PIPELINE:
            t0 = time.process_time()
            try:
                step(ctx)
            except Exception as exc:  # noqa: BLE001 - the pipeline records these too
                print(f"  step {step.name} failed on doc {i}: {exc!r}", file=sys.stderr)
            spent[step.name] += time.process_time() - t0
    return dict(spent)


_RE_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


def regex_callers(profiler: cProfile.Profile, size: float, top: int) -> None:
    """Print the time inside ``re.Pattern`` methods per calling line, in ms per MB."""
    spent: dict[tuple[str, int, str, str], float] = defaultdict(float)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (_file, _line, func), (_cc, _nc, _tt, _ct, callers) in stats.items():
        method = func.split("'")[1] if func.startswith("<method '") else ""
        if method not in _RE_METHODS or "re.Pattern" not in func:
            continue
        for (file, line, caller), (_c, _n, tottime, _cum) in callers.items():
            spent[(Path(file).name, line, caller, method)] += tottime
    total = sum(spent.values()) * 1000 / size
    print(f"\ntime inside re, by calling line (ms per MB; total {total:.1f}):")
    for (file, line, caller, method), secs in sorted(spent.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {secs * 1000 / size:7.2f}  {file}:{line} {caller} ({method})")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("full", "charges"), default="full")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--steps", action="store_true")
    ap.add_argument("--regex", action="store_true", help="time inside re, by calling line")
    args = ap.parse_args(argv)
    total = int(args.mb * MB)
    docs = list(real_documents(total) if args.real else documents(total, args.seed))
    size = sum(len(d.encode("utf-8")) for d in docs) / MB
    run = full_runner() if args.mode == "full" else charges_runner()
    for i, doc in enumerate(docs[:5]):  # warm up: lexicons, automaton, regexes, the tables
        run(doc, -1 - i)  # built on the first text beyond Latin-1 (not charged to a step)
    if args.steps:
        spent = step_times(docs)
        print(f"per step, CPU ms per MB over {size:.1f} MB:")
        for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:12} {secs * 1000 / size:8.1f}")
        print(f"  {'total':12} {sum(spent.values()) * 1000 / size:8.1f}")
    profiler = cProfile.Profile()
    profiler.enable()
    for i, doc in enumerate(docs):
        run(doc, i)
    profiler.disable()
    print(f"\n{args.mode} over {size:.1f} MB ({'real corpus' if args.real else 'generated'}):")
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    if args.regex:
        regex_callers(profiler, size, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
