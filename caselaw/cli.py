"""The ``caselaw`` command: a thin layer over the library functions of the same names.

Exit codes (all commands): 0 success, 1 failure, 2 usage error, 3 partial (some
documents failed; see ``caselaw errors``), 4 nothing new (scrape only).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from caselaw import __version__
from caselaw.config import Settings, load_settings
from caselaw.errors import CaselawError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PARTIAL, EXIT_NOTHING_NEW = 0, 1, 2, 3, 4

Handler = Callable[[argparse.Namespace, Settings], int]


@contextlib.contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Callable[[str], None] | None]:
    """A spinner with a counter on a TTY; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task(label)
        count = 0

        def tick(item: str) -> None:
            nonlocal count
            count += 1
            bar.update(task, description=f"{label} {count}: {item[-60:]}")

        yield tick


def _partial(failed: int) -> int:
    return EXIT_PARTIAL if failed else EXIT_OK


def _jobs(value: str) -> int:
    """``--jobs``: a count of worker processes; 0 means one per CPU this process may use."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {n}")
    if n:
        return n
    if hasattr(os, "sched_getaffinity"):  # Linux: the CPUs this process may run on
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.pipeline import ingest

    with _progress("ingest", not args.quiet) as tick:
        rep = ingest(args.paths, db=settings.db, settings=settings, progress=tick)
    print(f"{rep.seen} files: {rep.new} new, {rep.unchanged} unchanged, {rep.failed} failed")
    return _partial(rep.failed)


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.pipeline import extract, extract_files

    if args.files:
        results = list(extract_files(args.files, settings=settings))
        if args.jsonl:
            for item in results:
                print(json.dumps(item, ensure_ascii=False))
        else:
            print(json.dumps(results, ensure_ascii=False, indent=2))
        return _partial(sum("error" in r for r in results))
    if args.json:
        raise CaselawError("--json needs FILE arguments (without files, facts go to the DB)")
    with _progress("extract", not args.quiet) as tick:
        rep = extract(
            db=settings.db, settings=settings, all=args.all, progress=tick, jobs=args.jobs
        )
    print(
        f"{rep.judgments} judgments: {rep.extracted} extracted, "
        f"{rep.unchanged} unchanged, {rep.failed} failed"
    )
    return _partial(rep.failed)


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.datasets import build

    rep = build(settings.db, Path(args.out), args.format)
    rows = ", ".join(f"{table} {n}" for table, n in rep.rows)
    print(f"wrote {len(rep.files)} files ({rep.format}) to {rep.out}: {rows}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.datasets import format_stats, stats, stats_to_json

    figures = stats(settings.db)
    if args.json:
        print(json.dumps(stats_to_json(figures), indent=2, default=str))
    else:
        print(format_stats(figures))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.datasets import report

    paths = report(settings.db, Path(args.out))
    print(f"report: {paths.html}  (Markdown: {paths.markdown})")
    return EXIT_OK


def cmd_errors(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.pipeline import errors

    rows = errors(db=settings.db, stage=args.stage)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
    else:
        for r in rows:
            print(f"{r.stage}\t{r.source}\t{r.kind}: {r.message}")
        print(f"{len(rows)} errors", file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.demo import demo

    db = args.db_given and settings.db or None
    with _progress("demo", not args.quiet) as tick:
        rep = demo(args.out, db=db, settings=settings, progress=tick)
    print(f"caselaw demo: {rep.scraped} judgments fetched from the local replay portal")
    x = rep.extraction
    print(f"extracted {x.extracted} (unchanged {x.unchanged}, failed {x.failed})")
    for line in rep.headline:
        print(line)
    print(f"database: {rep.db}")
    print(f"report: {rep.report_html}  (Markdown: {rep.report_md})")
    return _partial(x.failed)


def cmd_scrape(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.scrapers._base import Query

    if bool(args.portal) == bool(args.all):
        raise CaselawError("name one PORTAL or give --all")
    since_last = args.since == "last"
    query = Query(
        text=args.query,
        since=None if since_last or not args.since else dt.date.fromisoformat(args.since),
        until=dt.date.fromisoformat(args.until) if args.until else None,
        court=args.court,
        limit=args.limit,
    )
    from caselaw.scrapers.jobs import ScrapeOptions, exit_code, scrape, scrape_all
    from caselaw.storage import Store

    store = Store(settings.db)
    with _progress("scrape", not args.quiet and not args.log_json) as tick:
        options = ScrapeOptions(
            since_last=since_last, revalidate=args.revalidate, log_json=args.log_json, progress=tick
        )
        if args.all:
            reports = scrape_all(query, store=store, settings=settings, options=options)
        else:
            reports = [
                scrape(
                    args.portal,
                    query,
                    store=store,
                    settings=settings,
                    base_url=args.base_url,
                    options=options,
                )
            ]
    for rep in reports:
        print(rep, file=sys.stderr)
    return exit_code(reports) if reports else EXIT_NOTHING_NEW


def cmd_portals(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.scrapers.jobs import enabled_portals
    from caselaw.scrapers.registry import available

    enabled = set(enabled_portals(settings))
    for info in available():
        conf = settings.portal(info.id)
        if info.id in enabled:
            status = "in --all"
        elif info.requires_token and not conf.get("token"):
            status = "needs a token"
        elif info.requires_licence and not conf.get("licence_confirmed"):
            status = "needs licence_confirmed"
        else:
            status = "by name only"
        print(f"{info.id:15} {status:24} {info.name} <{info.base_url}>")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from caselaw.evaluate import evaluate, format_report

    print(format_report(evaluate(Path(args.gold_dir))))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="caselaw",
        description="Mine court judgments for the trafficking-corruption nexus.",
        epilog="Exit codes: 0 ok, 1 failure, 2 usage, 3 partial, 4 nothing new (scrape).",
    )
    p.add_argument("--version", action="version", version=f"caselaw {__version__}")
    p.add_argument("--db", help="SQLite file (default ./caselaw.db or $CASELAW_DB)")
    p.add_argument("--config", help="TOML config file (default ./caselaw.toml)")
    p.add_argument("-v", "--verbose", action="store_true", help="log one line per judgment")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, fn: Handler, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=fn)
        return sp

    sp = add("ingest", cmd_ingest, "store judgment files and folders in the DB")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    _extract_options(
        add("extract", cmd_extract, "run the extractors (DB, or FILE... --json without a DB)")
    )
    sp = add("build", cmd_build, "export the dataset tables with a dataset card")
    sp.add_argument("--format", choices=["csv", "parquet", "jsonl", "sqlite"], default="csv")
    sp.add_argument("--out", default="caselaw-dataset")
    sp = add("stats", cmd_stats, "nexus figures with Wilson 95%% intervals")
    sp.add_argument("--json", action="store_true")
    sp = add("report", cmd_report, "write the success-factor report (HTML + Markdown)")
    sp.add_argument("--out", default="caselaw-report")
    sp = add("errors", cmd_errors, "list documents that failed, per stage")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--stage", help="only this stage (ingest, extract, scrape, ...)")
    sp = add("demo", cmd_demo, "run everything on the embedded fictional sample corpus")
    sp.add_argument("--out", default="caselaw-demo")
    _scrape_options(add("scrape", cmd_scrape, "fetch new judgments from a portal (cron-friendly)"))
    add("portals", cmd_portals, "list the portals and their status")
    sp = add("evaluate", cmd_evaluate, "compare extraction with gold labels")
    sp.add_argument("gold_dir", metavar="GOLD_DIR")
    return p


def _extract_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("files", nargs="*", metavar="FILE")
    sp.add_argument("--json", action="store_true", help="print a JSON array of contract objects")
    sp.add_argument("--jsonl", action="store_true", help="print one contract object per line")
    sp.add_argument("--all", action="store_true", help="re-extract every judgment")
    sp.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes reading judgments (default 1; 0: one per CPU)",
    )


def _scrape_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("portal", nargs="?", metavar="PORTAL")
    sp.add_argument("--all", action="store_true", help="every enabled portal")
    sp.add_argument("--query")
    sp.add_argument("--court")
    sp.add_argument("--since", help="YYYY-MM-DD, or 'last' for the stored high-water mark")
    sp.add_argument("--until", help="YYYY-MM-DD")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--base-url", help="override the portal's base URL (mirrors, tests)")
    sp.add_argument("--log-json", action="store_true", help="one JSON line per judgment")
    sp.add_argument(
        "--revalidate", action="store_true", help="conditional GET for judgments already stored"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per judgment, not request
    try:
        settings = load_settings(args.config, db=args.db)
        args.db_given = bool(args.db)
        return int(args.func(args, settings))
    except CaselawError as exc:
        print(f"caselaw: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except ValueError as exc:  # a bad date or number in an option
        print(f"caselaw: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `caselaw stats | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
