"""Instruction counts of the scan, metadata and parties inside the full extract.

    valgrind --tool=callgrind --toggle-collect=starmap_next \
        --callgrind-out-file=/tmp/cg.out "$(python -c 'import sys; print(sys.executable)')" \
        bench/callgrind_steps.py real 0.5
    callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E '_next|refs'

Like ``callgrind_extract.py`` (the same documents, the whole pipeline inside
``itertools.starmap``), but the shared scan runs inside ``itertools.takewhile``, the
metadata step inside ``itertools.dropwhile`` and the parties step inside
``itertools.filterfalse``, so that the inclusive counts of ``takewhile_next``,
``dropwhile_next`` and ``filterfalse_next`` are those steps' own (the extractors use none
of the three).  The lazy work of ``Hits`` (a group's tuples, its paragraphs) counts to the
step that first asks for it.  With ``CG_HITS=1`` the ``Hits`` look-ups (``sorted_spans``,
``spans_in``, ``matches``, ``paragraphs``, ``Context.keyword_spans``) run inside
``functools.reduce`` (``functools_reduce``; the wrapper adds a little of its own); with
``CG_PARTIES=1`` the parties step's caption half runs inside ``itertools.accumulate`` and
its verdict half inside ``itertools.groupby``.
"""

import dataclasses
import functools
import itertools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from caselaw.extractors import PIPELINE, prefilter, text_repair  # noqa: E402
from caselaw.extractors._base import Context  # noqa: E402
from caselaw.models import Judgment  # noqa: E402

_DRIVERS = {"metadata": itertools.dropwhile, "parties": itertools.filterfalse}


def _in_reduce(method):  # type: ignore[no-untyped-def]
    """``method`` run inside ``functools.reduce``: its inclusive count is the Hits share."""

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        return functools.reduce(lambda _a, _b: method(*args, **kwargs), (0, 0))

    return wrapped


if os.environ.get("CG_HITS"):  # the Hits methods every step calls, inside functools.reduce
    for _name in ("sorted_spans", "spans_in", "matches", "paragraphs"):
        setattr(prefilter.Hits, _name, _in_reduce(getattr(prefilter.Hits, _name)))
    Context.keyword_spans = _in_reduce(Context.keyword_spans)  # type: ignore[method-assign]


def _in_accumulate(fn):  # type: ignore[no-untyped-def]
    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = list(itertools.accumulate((0, 0), lambda _a, _b: fn(*args, **kwargs)))
        return out[-1]

    return wrapped


def _in_groupby(fn):  # type: ignore[no-untyped-def]
    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = []
        for key, _ in itertools.groupby((0,), key=lambda _x: fn(*args, **kwargs)):
            out.append(key)
        return out[0]

    return wrapped


if os.environ.get("CG_PARTIES"):  # the parties step's two halves: accumulate_next, groupby_next
    from caselaw.extractors import parties

    parties._caption_defendants = _in_accumulate(parties._caption_defendants)
    parties.verdict_defendants = _in_groupby(parties.verdict_defendants)


def _scan(ctx: Context) -> bool:
    ctx._scan = prefilter.scan(ctx.text)
    return False


def _run(judgment: Judgment) -> None:
    fix = text_repair.repair(judgment.text)
    ctx = Context(judgment if fix is None else dataclasses.replace(judgment, text=fix.text))
    list(itertools.takewhile(_scan, [ctx]))
    for step in PIPELINE:
        drive = _DRIVERS.get(step.name)
        try:
            if drive is None:
                step(ctx)
            else:
                list(drive(lambda c, s=step: s(c) is not None, [ctx]))
        except Exception:  # noqa: BLE001, S110 - extract() records these too
            pass


from bench.extract import callgrind_documents  # noqa: E402

docs = callgrind_documents(sys.argv[1], float(sys.argv[2]))
args = [(Judgment(id=f"d{i}", portal="bench", text=d),) for i, d in enumerate(docs)]
out = list(itertools.starmap(_run, args))
print(len(docs), sum(len(d) for d in docs))
