"""Throughput and politeness cost of the HTTP layer against local slow servers.

    python bench/scrape.py [--hosts 8] [--latency 0.075] [--requests 96] [--delay 0.25]

Servers run in a subprocess (tests/scrapers/localserver.py) on 127.0.0.1..N so
their CPU is not counted here; every response waits ``--latency`` seconds.

1. Politeness off: the same requests spread over all hosts at concurrency
   1, 2, 4, 8.  Expected: req/s ~ concurrency / latency, until the cap.
2. Politeness on (``min_delay=--delay``, robots.txt read per host): each host
   gets ``--per-host`` requests.  Expected: wall time ~ per-host x delay (hosts
   in parallel), and process CPU time a small fraction of it (the client sleeps).

Prints a table and the peak RSS of this process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from caselaw.config import Settings
from caselaw.scrapers._http import Fetcher

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "tests" / "scrapers" / "localserver.py"


async def crawl(urls: list[str], settings: Settings, *, polite: bool) -> int:
    async with Fetcher(settings, allow_private=True, polite=polite) as fetcher:
        results = await asyncio.gather(*(fetcher.get(u) for u in urls))
        assert all(r.status == 200 for r in results)
        return fetcher.requests


def measure(urls: list[str], settings: Settings, *, polite: bool) -> tuple[int, float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    sent = asyncio.run(crawl(urls, settings, polite=polite))
    return sent, time.perf_counter() - wall0, time.process_time() - cpu0


def doc_urls(hosts: list[str], count: int, items: int) -> list[str]:
    """``count`` document URLs, round-robin over hosts."""
    return [
        f"{hosts[i % len(hosts)]}/judgments/d{i // len(hosts) % items + 1:04d}.txt"
        for i in range(count)
    ]


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hosts", type=int, default=8)
    p.add_argument("--latency", type=float, default=0.075, help="seconds per response")
    p.add_argument("--requests", type=int, default=96, help="requests per impolite run")
    p.add_argument("--per-host", type=int, default=12, help="requests per host, polite run")
    p.add_argument("--delay", type=float, default=0.5, help="polite delay per host (s)")
    p.add_argument("--text-size", type=int, default=20_000, help="bytes per judgment")
    args = p.parse_args(argv)
    items = max(args.requests, args.per_host)
    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--servers", str(args.hosts), "--items", str(items)]
        + ["--latency", str(args.latency), "--text-size", str(args.text_size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        hosts: list[str] = json.loads(server.stdout.readline())
        run(args, hosts, items)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


def run(args: argparse.Namespace, hosts: list[str], items: int) -> None:
    base = Settings(contact="bench@example.org", timeout=30.0, max_retries=0)
    print(f"{len(hosts)} hosts, {args.latency * 1000:.0f} ms per response, {args.text_size} B")
    print(
        f"{'mode':<10}{'conc':>5}{'requests':>10}{'wall s':>9}{'req/s':>8}{'cpu s':>8}{'cpu %':>7}"
    )
    urls = doc_urls(hosts, args.requests, items)
    measure(urls[: len(hosts)], replace(base, concurrency=8), polite=False)  # warm-up
    for concurrency in (1, 2, 4, 8):
        settings = replace(base, concurrency=concurrency)
        sent, wall, cpu = measure(urls, settings, polite=False)
        row = f"{'impolite':<10}{concurrency:>5}{sent:>10}{wall:>9.2f}{sent / wall:>8.1f}"
        print(f"{row}{cpu:>8.2f}{100 * cpu / wall:>6.1f}%")
    polite_urls = doc_urls(hosts, args.per_host * len(hosts), items)
    settings = replace(base, concurrency=8, min_delay=args.delay)
    sent, wall, cpu = measure(polite_urls, settings, polite=True)
    budget = args.per_host * args.delay
    row = f"{'polite':<10}{8:>5}{sent:>10}{wall:>9.2f}{sent / wall:>8.1f}"
    print(f"{row}{cpu:>8.2f}{100 * cpu / wall:>6.1f}%")
    print(
        f"politeness budget {args.per_host} req/host x {args.delay} s = {budget:.2f} s "
        f"(+ robots.txt and one response); wall/budget = {wall / budget:.2f}"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
