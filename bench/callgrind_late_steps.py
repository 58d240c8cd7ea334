"""Instruction counts of the verdicts, sentences, signals and factors steps, real judgments
and generated text in one valgrind run (one turn of the shared callgrind lock).

    valgrind --tool=callgrind --toggle-collect=starmap_next --dump-before=pairwise_next \
        --callgrind-out-file=/tmp/cg.out "$(python -c 'import sys; print(sys.executable)')" \
        bench/callgrind_late_steps.py 0.5
    for f in /tmp/cg.out*; do callgrind_annotate --inclusive=yes $f | grep -E '_next|TOTALS'; done

The whole pipeline runs inside ``itertools.starmap`` (as in ``callgrind_extract.py``), 0.5
MB of the real corpus first, then 0.5 MB of generated text; ``itertools.pairwise`` marks
each start, so ``--dump-before=pairwise_next`` writes each corpus to its own dump (the one
with the most instructions before the last is the real text, the last the generated).
Inside, the verdicts step runs in ``takewhile``, sentences in ``dropwhile``, signals in
``filterfalse`` and factors in ``accumulate``: their inclusive counts are the steps' own
(the extractors use none of the four).  Lazy work of the Context (a keyword group's
spans, the dispositive part) counts to the step that first asks for it.
"""

import contextlib
import dataclasses
import itertools
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extract import real_documents  # noqa: E402
from bench.gen_corpus import documents  # noqa: E402
from caselaw.extractors import PIPELINE, extract, prefilter, text_repair  # noqa: E402
from caselaw.extractors._base import Context, Step  # noqa: E402
from caselaw.models import Judgment  # noqa: E402


def _driven(step: Step) -> Callable[[Context], object]:
    """The step run inside its own itertools driver (see the module's doc)."""
    call = {
        "verdicts": lambda c: list(itertools.takewhile(lambda x: step(x) is not None, [c])),
        "sentences": lambda c: list(itertools.dropwhile(lambda x: step(x) is not None, [c])),
        "signals": lambda c: list(itertools.filterfalse(lambda x: step(x) is not None, [c])),
        "factors": lambda c: list(itertools.accumulate([c, c], lambda a, b: (step(a), a)[1])),
    }
    return call.get(step.name, step)


def _run(judgment: Judgment) -> None:
    fix = text_repair.repair(judgment.text)
    ctx = Context(judgment if fix is None else dataclasses.replace(judgment, text=fix.text))
    ctx._scan = prefilter.scan(ctx.text)
    for step in PIPELINE:
        with contextlib.suppress(Exception):  # (extract() records these too)
            _driven(step)(ctx)


total = int(float(sys.argv[1] if len(sys.argv) > 1 else "0.5") * 1e6)
corpora = (list(real_documents(total)), list(documents(total, 7)))
warm = next(iter(documents(200_000, 99)))  # first-call work (regex compiles) is not counted
extract(Judgment(id="w", portal="bench", text=warm))
_run(Judgment(id="w2", portal="bench", text=warm))
for docs in corpora:
    list(itertools.pairwise([0, 1]))  # a new dump starts here
    args = [(Judgment(id=f"d{i}", portal="bench", text=d),) for i, d in enumerate(docs)]
    list(itertools.starmap(_run, args))
