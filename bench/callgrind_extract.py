"""Instruction counts of the full extract: noise-free where timings on a shared VM are not.

    valgrind --tool=callgrind --toggle-collect=starmap_next \
        --callgrind-out-file=/tmp/cg.out "$(python -c 'import sys; print(sys.executable)')" \
        bench/callgrind_extract.py real 0.5        # or: gen 0.5

The extract runs inside ``itertools.starmap``, so ``--toggle-collect=starmap_next`` counts
only it (no imports, no corpus generation, no warm-up); valgrind prints ``I refs``.  Give
valgrind the interpreter itself, not a pyenv shim (a shim execs it, and valgrind does not
follow).  Compare two versions from two worktrees; the counts are the same run to run.
"""

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extract import callgrind_documents  # noqa: E402
from caselaw.extractors import extract  # noqa: E402
from caselaw.models import Judgment  # noqa: E402

docs = callgrind_documents(sys.argv[1], float(sys.argv[2]))
args = [(Judgment(id=f"d{i}", portal="bench", text=d),) for i, d in enumerate(docs)]
out = list(itertools.starmap(extract, args))
print(len(docs), sum(len(d) for d in docs))
