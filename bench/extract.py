"""Throughput and memory of caselaw's extraction against a naive spaCy baseline.

    python bench/extract.py [--mb 50] [--baseline-mb 2] [--seed 7]

Streams generated judgment-like documents (bench/gen_corpus.py) through
``caselaw.extractors.extract`` when it exists, else through
``prefilter.scan`` + ``charges.find_charges`` (and says so), timing only the
extraction calls.  Peak RSS is printed at 10 MB, 25 MB and the end, to show
memory stays flat.  The naive baseline is ``spacy.blank("en")`` over whole
documents with a PhraseMatcher holding every lexicon keyword and a Matcher with
citation/cue token patterns; it is timed on the first ``--baseline-mb`` MB and
extrapolated (it is ~50x slower).  Run on one core.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gen_corpus import documents  # noqa: E402

MB = 1_000_000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def caselaw_runner() -> tuple[str, Callable[[str, int], object]]:
    try:
        from caselaw.extractors import extract  # type: ignore[attr-defined]
        from caselaw.models import Judgment
    except ImportError:
        extract = None
    if extract is not None:

        def run(doc: str, i: int) -> object:
            return extract(Judgment(id=f"bench-{i}", portal="bench", text=doc))

        return "caselaw.extractors.extract (all extractors)", run
    from caselaw.extractors import prefilter
    from caselaw.extractors.charges import find_charges

    def run_charges(doc: str, i: int) -> object:
        return find_charges(doc, hits=prefilter.scan(doc))

    return "prefilter.scan + charges.find_charges (E2's extract not available yet)", run_charges


def baseline_runner() -> Callable[[str, int], object]:
    import spacy
    from spacy.matcher import Matcher, PhraseMatcher

    from caselaw.extractors import lexicon

    nlp = spacy.blank("en")
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    words = {w for group in lexicon.keyword_groups().values() for w in group}
    words |= {p.phrase for p in lexicon.phrases()}
    words |= {a for s in lexicon.statutes() for a in s.aliases}
    phrase.add("KEYWORDS", [nlp.make_doc(w) for w in sorted(words)])
    matcher = Matcher(nlp.vocab)
    matcher.add(
        "CITATION",
        [
            [
                {"LOWER": {"IN": ["section", "sec.", "s.", "u/s", "article", "art."]}},
                {"LIKE_NUM": True},
            ],
            [
                {"LOWER": {"IN": ["charged", "convicted", "acquitted"]}},
                {"LOWER": {"IN": ["with", "of"]}},
            ],
            [{"LOWER": "contrary"}, {"LOWER": "to"}],
            [{"LOWER": "read"}, {"LOWER": "with"}],
        ],
    )

    def run(doc: str, i: int) -> object:
        parsed = nlp(doc)
        return len(phrase(parsed)) + len(matcher(parsed))

    return run


def timed(
    run: Callable[[str, int], object], docs: Iterable[str], marks: tuple[int, ...]
) -> tuple[int, float]:
    total = 0
    spent = 0.0
    pending = list(marks)
    for i, doc in enumerate(docs):
        size = len(doc.encode("utf-8"))
        t0 = time.perf_counter()
        run(doc, i)
        spent += time.perf_counter() - t0
        total += size
        while pending and total >= pending[0] * MB:
            rate = total / MB / spent
            print(f"  {total / MB:6.1f} MB  {rate:7.1f} MB/s  peak RSS {_rss_mb():6.1f} MB")
            pending.pop(0)
    return total, spent


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--baseline-mb", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    label, run = caselaw_runner()
    run("warm up: charged with violation of Section 3(e) of R.A. No. 3019.", -1)
    print(f"caselaw: {label}")
    print(f"  start: peak RSS {_rss_mb():.1f} MB")
    marks = tuple(m for m in (10, 25) if m < args.mb) + (int(args.mb),)
    total, spent = timed(run, documents(int(args.mb * MB), args.seed), marks)
    ours = total / MB / spent
    print(f"  total {total / MB:.1f} MB in {spent:.2f} s: {ours:.1f} MB/s")
    base = baseline_runner()
    print(
        f"baseline: spacy.blank('en') + PhraseMatcher + Matcher over whole documents, "
        f"on the first {args.baseline_mb} MB (extrapolated)"
    )
    btotal, bspent = timed(base, documents(int(args.baseline_mb * MB), args.seed), ())
    theirs = btotal / MB / bspent
    print(
        f"  {btotal / MB:.1f} MB in {bspent:.2f} s: {theirs:.2f} MB/s "
        f"(extrapolated to {total / MB:.0f} MB: {total / MB / theirs:.0f} s)"
    )
    print(f"ratio caselaw / baseline: {ours / theirs:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
