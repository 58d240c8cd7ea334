"""Throughput and memory of caselaw's extraction against a naive spaCy baseline.

    python bench/extract.py [--mb 50] [--baseline-mb 5] [--seed 7] [--real]

Runs, each in its own process so that peak RSS is its own: caselaw's full
``caselaw.extractors.extract`` (every extractor), the charges step alone
(``prefilter.scan`` + ``charges.find_charges``), and two naive baselines,
``spacy.blank("en")`` over whole documents: ``baseline`` with a PhraseMatcher
holding every keyword caselaw looks for and a Matcher with a token pattern for
each family of caselaw's rules (bench/baseline_patterns.py), and ``keywords``
with the same PhraseMatcher but only four token patterns (this benchmark's
first baseline, kept so the two can be compared).  Documents
are streamed from bench/gen_corpus.py (``--real``: the texts of
/work/shared/corpus, repeated) and never held together in memory; peak RSS is
printed at 10 MB, 25 MB and the end.  MB/s is computed from CPU time of the
extraction calls only (one core; wall-clock MB/s is printed too).  The baseline
is timed on the first ``--baseline-mb`` MB of the same stream.

    python bench/extract.py --only charges --mb 10     # one mode, this process
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen_corpus import documents  # noqa: E402

MB = 1_000_000
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
MODES = ("full", "charges", "baseline", "keywords")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def real_documents(total_bytes: int) -> Iterator[str]:
    """The real corpus texts, read one at a time and repeated until ``total_bytes``."""
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no corpus texts in {CORPUS}")
    produced = 0
    while produced < total_bytes:
        for path in paths:
            doc = path.read_text(encoding="utf-8")
            produced += len(doc.encode("utf-8"))
            yield doc
            if produced >= total_bytes:
                return


def callgrind_documents(kind: str, mb: float) -> list[str]:
    """The texts the callgrind scripts count: ``mb`` MB of the real corpus repeated
    (``kind == "real"``) or generated with seed 7; then one untimed extract of other
    generated text, so that first-call work (regex compiles) is not counted."""
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    total = int(mb * 1e6)
    docs = list(real_documents(total)) if kind == "real" else list(documents(total, 7))
    warm = next(iter(documents(200_000, 99)))
    extract(Judgment(id="w", portal="bench", text=warm))
    return docs


def full_runner() -> Callable[[str, int], object]:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    def run(doc: str, i: int) -> object:
        return extract(Judgment(id=f"bench-{i}", portal="bench", text=doc))

    return run


def charges_runner() -> Callable[[str, int], object]:
    from caselaw.extractors import prefilter
    from caselaw.extractors.charges import find_charges

    def run(doc: str, i: int) -> object:
        return find_charges(doc, hits=prefilter.scan(doc))

    return run


def _spacy(patterns: bool) -> Callable[[str, int], object]:
    import spacy
    from spacy.matcher import Matcher, PhraseMatcher

    from bench.baseline_patterns import keywords, rule_patterns

    nlp = spacy.blank("en")
    nlp.max_length = 10 * MB
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrase.add("KEYWORDS", list(nlp.tokenizer.pipe(keywords())))
    matcher = Matcher(nlp.vocab)
    if patterns:
        for family, family_patterns in rule_patterns().items():
            matcher.add(family, family_patterns)
    else:  # the first version of this benchmark: four token patterns
        matcher.add("CITATION", KEYWORD_ONLY_PATTERNS)

    def run(doc: str, i: int) -> object:
        parsed = nlp(doc)
        return len(phrase(parsed)) + len(matcher(parsed))

    return run


KEYWORD_ONLY_PATTERNS = [
    [
        {"LOWER": {"IN": ["section", "sec.", "s.", "u/s", "article", "art."]}},
        {"LIKE_NUM": True},
    ],
    [{"LOWER": {"IN": ["charged", "convicted", "acquitted"]}}, {"LOWER": {"IN": ["with", "of"]}}],
    [{"LOWER": "contrary"}, {"LOWER": "to"}],
    [{"LOWER": "read"}, {"LOWER": "with"}],
]


def baseline_runner() -> Callable[[str, int], object]:
    return _spacy(patterns=True)


def keywords_runner() -> Callable[[str, int], object]:
    return _spacy(patterns=False)


RUNNERS = {
    "full": full_runner,
    "charges": charges_runner,
    "baseline": baseline_runner,
    "keywords": keywords_runner,
}
LABELS = {
    "full": "caselaw.extractors.extract (all extractors)",
    "charges": "prefilter.scan + charges.find_charges",
    "baseline": "spacy.blank('en') + PhraseMatcher + Matcher (every rule family), whole docs",
    "keywords": "spacy.blank('en') + PhraseMatcher + 4 token patterns, whole documents",
}


def timed(
    run: Callable[[str, int], object], docs: Iterable[str], marks: tuple[float, ...]
) -> tuple[int, float, float]:
    """(bytes, CPU seconds, wall seconds) spent in ``run``; prints RSS at each mark."""
    total = 0
    cpu = wall = 0.0
    pending = list(marks)
    for i, doc in enumerate(docs):
        size = len(doc.encode("utf-8"))
        c0, w0 = time.process_time(), time.perf_counter()
        run(doc, i)
        cpu += time.process_time() - c0
        wall += time.perf_counter() - w0
        total += size
        while pending and total >= pending[0] * MB:
            print(
                f"  {total / MB:6.1f} MB  {total / MB / cpu:7.2f} MB/s (CPU)  "
                f"peak RSS {_rss_mb():6.1f} MB",
                flush=True,
            )
            pending.pop(0)
    return total, cpu, wall


def run_mode(mode: str, mb: float, seed: int, real: bool, warmup_mb: float = 1.0) -> float:
    """Time one mode in this process; prints a ``RESULT`` line and returns MB/s (CPU).

    Before timing, ``warmup_mb`` MB of generated text with another seed go through the
    runner untimed, so that one-time work (compiling regexes and the keyword database,
    loading lexicons, spaCy's vocabulary) is not counted as throughput.
    """
    run = RUNNERS[mode]()
    c0 = time.process_time()
    warm = 0
    for doc in documents(int(warmup_mb * MB), seed + 1000):
        run(doc, -1)
        warm += len(doc.encode("utf-8"))
    print(f"{mode}: {LABELS[mode]}")
    print(
        f"  warm-up: {warm / MB:.1f} MB untimed ({time.process_time() - c0:.2f} s CPU); "
        f"peak RSS {_rss_mb():.1f} MB",
        flush=True,
    )
    marks = tuple(m for m in (10, 25) if m < mb) + (mb,)
    docs = real_documents(int(mb * MB)) if real else documents(int(mb * MB), seed)
    total, cpu, wall = timed(run, docs, marks)
    rate = total / MB / cpu
    print(f"  {total / MB:.1f} MB in {cpu:.2f} s CPU ({total / MB / wall:.2f} MB/s wall)")
    print(f"RESULT {mode} {rate:.4f} {_rss_mb():.1f}", flush=True)
    return rate


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--baseline-mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--warmup-mb", type=float, default=1.0, help="untimed text run first")
    ap.add_argument("--real", action="store_true", help="repeat the shared corpus texts")
    ap.add_argument("--only", choices=MODES, help="run one mode in this process")
    args = ap.parse_args(argv)
    if args.only:
        mb = args.baseline_mb if args.only in ("baseline", "keywords") else args.mb
        run_mode(args.only, mb, args.seed, args.real, args.warmup_mb)
        return 0
    corpus = "shared corpus texts, repeated" if args.real else f"generated, seed {args.seed}"
    print(f"corpus: {corpus}; {args.mb:g} MB (baseline: first {args.baseline_mb:g} MB)\n")
    rates: dict[str, float] = {}
    for mode in MODES:
        cmd = [sys.executable, __file__, "--only", mode, "--mb", str(args.mb)]
        cmd += ["--baseline-mb", str(args.baseline_mb), "--seed", str(args.seed)]
        cmd += ["--warmup-mb", str(args.warmup_mb)]
        cmd += ["--real"] if args.real else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        print("\n".join(line for line in out.splitlines() if not line.startswith("RESULT")))
        result = [line.split() for line in out.splitlines() if line.startswith("RESULT")][0]
        rates[mode] = float(result[2])
    base, kw = rates["baseline"], rates["keywords"]
    print(
        f"\nMB/s per core: full {rates['full']:.2f}, charges {rates['charges']:.2f}, "
        f"baseline {base:.2f}, keywords-only baseline {kw:.2f}"
    )
    for name in ("full", "charges"):
        print(
            f"{name}: {rates[name] / base:.1f}x the baseline, "
            f"{rates[name] / kw:.1f}x the keywords-only baseline"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
