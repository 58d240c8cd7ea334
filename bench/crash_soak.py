"""Crash soak: hundreds of SIGKILLs on scrape, extract and ingest; the DB must come out whole.

The long version of tests/reliability/test_crash.py (same harness,
tests/reliability/crashkit.py).  For each workload it measures an uninterrupted
run, then runs trials until ``--kills`` kills have landed: each trial kills a
fresh process one to ``--max-kills`` times at seeded random moments (spread over
the run, process start included), checks after each kill that the DB is intact
and holds no half-written judgment, then runs the command to completion and
compares every table with the uninterrupted run (write-time columns left out).

    python bench/crash_soak.py                      # 200 kills per workload, 40 items
    python bench/crash_soak.py --kills 1000 --items 200 --workloads scrape,extract
    python bench/crash_soak.py --json               # one JSON summary on stdout

Exit status 0 when every trial ended equal to the reference, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "reliability"), str(ROOT / "tests" / "scrapers")]

import crashkit  # noqa: E402
from localserver import LocalServer  # noqa: E402


def soak(wl: crashkit.Workload, ref_db: Path, work: Path, args: argparse.Namespace, seed: int):  # type: ignore[no-untyped-def]
    reference = crashkit.Reference(wl, ref_db).build()
    seconds = reference.seconds
    per_trial = tuple(range(1, args.max_kills + 1))
    plans = crashkit.plan(seed, args.kills * 2, seconds, per_trial)
    trials: list[crashkit.Trial] = []
    started = time.monotonic()
    for delays in plans:
        trials.append(crashkit.trial(wl, work / f"{wl.name}.db", reference, delays))
        if args.verbose:
            t = trials[-1]
            print(f"  {wl.name} trial {len(trials)}: {t.delays} killed={t.killed} "
                  f"problems={len(t.problems)}", file=sys.stderr)  # fmt: skip
        if sum(t.killed for t in trials) >= args.kills:
            break
    problems = [f"{t.delays}: {p}" for t in trials for p in t.problems]
    return {
        "workload": wl.name,
        "uninterrupted_seconds": round(seconds, 2),
        "trials": len(trials),
        "kills_landed": sum(t.killed for t in trials),
        "kills_after_end": sum(t.finished_early for t in trials),
        "rows_compared": sum(len(rows) for rows in reference.snapshot.values()),
        "reference_rebuilds": reference.rebuilds,  # the code changed under the soak
        "problems": problems[:20],
        "ok": not problems,
        "soak_seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=200, help="kills that must land, per workload")
    p.add_argument("--items", type=int, default=40, help="fictional judgments served/ingested")
    p.add_argument("--max-kills", type=int, default=4, help="kills per trial before finishing")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workloads", default="scrape,extract,ingest")
    p.add_argument("--json", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    names = [w.strip() for w in args.workloads.split(",") if w.strip()]
    work = Path(tempfile.mkdtemp(prefix="caselaw-soak-"))
    results = []
    try:
        with LocalServer(items=0) as server:
            crashkit.add_judgments(server, args.items)
            scrape_wl = crashkit.scrape_workload(server.url)
            ref_scrape = work / "ref-scrape.db"
            for i, name in enumerate(names):
                if name == "scrape":
                    wl = scrape_wl
                    ref = ref_scrape
                elif name == "extract":
                    if not ref_scrape.exists():
                        crashkit.prepare(scrape_wl, ref_scrape)
                        crashkit.run_to_completion(scrape_wl, ref_scrape)
                    start = work / "start-extract.db"
                    shutil.copy(ref_scrape, start)
                    wl, ref = crashkit.extract_workload(start), work / "ref-extract.db"
                elif name == "ingest":
                    folder = work / "files"
                    folder.mkdir(exist_ok=True)
                    for n in range(args.items):
                        text = crashkit.fictional_judgment(n)
                        (folder / f"case{n:04d}.txt").write_text(text, encoding="utf-8")
                    wl, ref = crashkit.ingest_workload(folder), work / "ref-ingest.db"
                else:
                    p.error(f"unknown workload {name!r}")
                results.append(soak(wl, ref, work, args, args.seed + i))
                if not args.json:
                    r = results[-1]
                    print(f"{r['workload']}: {r['kills_landed']} kills in {r['trials']} trials, "
                          f"{r['rows_compared']} rows compared, "
                          f"{'OK' if r['ok'] else 'FAILED'} ({r['soak_seconds']} s)")  # fmt: skip
                    for problem in r["problems"]:
                        print("   ", problem)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
