"""Ingestion throughput and memory per format on the real portal samples.

    python bench/ingest.py [--repeat N] [--compare]

Reads every sample of each format ``N`` times through ``caselaw.text.read_document``
and prints documents/s, pages/s (PDF), MB/s of input, and the peak traced memory of
one pass (tracemalloc, measured in a separate untimed pass).  ``--compare`` also
times the alternatives for HTML/XML text (bs4+lxml ``get_text``, ``lxml.html``
``text_content``) against caselaw's offset-keeping tokenizer.  The samples are read
from ../shared/portal-samples (never copied into the repository).
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from caselaw.text import read_document

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "portal-samples"
FORMATS = {
    "akn-xml (uk_findcaselaw)": "uk_findcaselaw/*.xml",
    "html (sg_elitigation)": "sg_elitigation/*.html",
    "html (ph_elibrary_fragments)": "ph_elibrary_fragments/*/*.html",
    "pdf (pk_lhc_pdf)": "pk_lhc_pdf/*.pdf",
    "docx (za_peachjam)": "za_peachjam/*.docx",
}


def files(pattern: str) -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in sorted(SAMPLES.glob(pattern))]


def bench_format(label: str, docs: list[tuple[str, bytes]], repeat: int) -> None:
    pages = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for name, content in docs:
            clean = read_document(content, name)
            pages += len(clean.metadata.get("pages", ())) or 1
    elapsed = time.perf_counter() - started
    megabytes = sum(len(c) for _, c in docs) * repeat / 1e6
    tracemalloc.start()
    for name, content in docs:
        read_document(content, name)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(docs) * repeat
    print(
        f"{label:30s} {len(docs):3d} files x{repeat:<3d} {n / elapsed:8.1f} docs/s "
        f"{pages / elapsed:8.1f} pages/s {megabytes / elapsed:7.2f} MB/s "
        f"peak {peak / 1e6:6.1f} MB"
    )


def compare_markup(repeat: int) -> None:
    """Plain text extraction without offsets, for the docs' choice of parser."""
    import bs4
    from lxml import html as lxml_html

    docs = files("sg_elitigation/*.html") + files("ph_elibrary_fragments/*/*.html")
    candidates: dict[str, Callable[[bytes], object]] = {
        "bs4 + lxml parser, get_text": lambda c: bs4.BeautifulSoup(c, "lxml").get_text(),
        "lxml.html text_content": lambda c: lxml_html.fromstring(c).text_content(),
        "caselaw tokenizer + offsets": lambda c: read_document(c, "x.html", "text/html"),
    }
    for label, run in candidates.items():
        started = time.perf_counter()
        for _ in range(repeat):
            for _name, content in docs:
                run(content)
        elapsed = time.perf_counter() - started
        print(f"{label:30s} {len(docs) * repeat / elapsed:8.1f} HTML pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if not SAMPLES.is_dir():
        raise SystemExit(f"{SAMPLES} not found")
    for label, pattern in FORMATS.items():
        docs = files(pattern)
        if docs:
            bench_format(label, docs, max(1, args.repeat // 5) if "pdf" in label else args.repeat)
    if args.compare:
        compare_markup(args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of this process: {rss:.0f} MB")


if __name__ == "__main__":
    main()
