"""Wall-clock throughput of ``caselaw extract`` over a store, one process against ``--jobs N``.

    python bench/extract_jobs.py [--mb 20] [--jobs 2]

Stores ``--mb`` of generated judgment-like text (bench/gen_corpus.py) in a temporary
database and extracts it once untimed.  Then it times ``pipeline.extract(all=True)``
(reading judgments from SQLite and replacing their facts) with one process and again
with ``--jobs`` workers, whose start-up (~1 s of CPU each: imports, keyword database,
regexes) is counted, and checks both stored the same facts.  Per-core extraction
speed is bench/extract.py's job; this one shows what a machine with several cores
gets end to end, storage included.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import documents  # noqa: E402

from caselaw.models import Document  # noqa: E402
from caselaw.pipeline import add_document, extract  # noqa: E402
from caselaw.storage import Store  # noqa: E402

FACTS = ("cases", "defendants", "charges", "verdicts", "sentences", "signals", "factors")


def fill(db: str, megabytes: float) -> int:
    store = Store(db)
    total = 0
    for i, text in enumerate(documents(total_bytes=int(megabytes * 1e6), seed=11)):
        data = text.encode("utf-8")
        document = Document.from_bytes(data, "text/plain", f"bench:{i}")
        add_document(store, document, portal="bench", portal_id=str(i), text=text)
        total += len(data)
    return total


def facts(db: str) -> list[int]:
    store = Store(db)
    return [len(store.rows(table)) for table in FACTS]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        size = fill(db, args.mb)
        print(f"{size / 1e6:.1f} MB stored; {os.cpu_count()} CPUs, jobs={args.jobs}")
        extract(db=db)  # untimed: both timed runs then replace stored facts, as a rerun does
        counts = []
        for jobs in (1, args.jobs):
            started = time.perf_counter()
            report = extract(db=db, all=True, jobs=jobs)
            elapsed = time.perf_counter() - started
            counts.append(facts(db))
            print(
                f"jobs={jobs}: {report.extracted} judgments in {elapsed:.1f} s wall, "
                f"{size / 1e6 / elapsed:.2f} MB/s (failed {report.failed})"
            )
        stored = dict(zip(FACTS, counts[-1], strict=True))
        print("same facts stored:", counts[0] == counts[1], stored)


if __name__ == "__main__":
    main()
