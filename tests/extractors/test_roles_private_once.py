"""``roles.is_private`` reads the official paragraphs only where a private cue is found
near the surname: the same answer as reading every surname inside those paragraphs."""

from __future__ import annotations

import bisect
from pathlib import Path

import pytest

from caselaw.extractors import PIPELINE, roles
from caselaw.extractors._base import Context
from caselaw.models import Defendant, Evidence, Judgment

_TEXTS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "texts"


def _reference(ctx: Context, index: int) -> bool:
    """Every surname in a ``roles.official`` paragraph, each window searched."""
    paras = ctx.paragraphs("roles.official")
    starts = [p[0] for p in paras]
    text = ctx.text
    for s, e in roles._name_spans(ctx, index):
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or s >= paras[i][1]:
            continue
        window = text[max(0, s - 150) : e + 150]
        if "(" in window[s - max(0, s - 150) :]:
            item = roles._NEXT_ITEM.search(window, s - max(0, s - 150) + (e - s))
            window = window[: item.start()] if item is not None else window
        if roles._PRIVATE.search(window.lower()):
            return True
    return False


def _ctx(text: str, names: list[str]) -> Context:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    evidence = [(text.find(n), n) for n in names]
    ctx.defendants = [
        Defendant(index=i, name=n, evidence=(Evidence(at, at + len(n), n, "t", "0"),))
        for i, (at, n) in enumerate(evidence)
    ]
    return ctx


_FILLER = "The witness then described the rooms and the yard at some length. " * 40


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the private cue in a paragraph without an official word: not read
        (
            f"Ana Cruz\n\n{_FILLER}\n\nCruz, a private individual, owns the lodge.\n\n"
            f"{_FILLER}\n\nThe police officer spoke.",
            False,
        ),
        # in a paragraph with one: read
        (f"Ana Cruz\n\n{_FILLER}\n\nCruz, a private individual, paid the police officer.", True),
        # an official paragraph, no private cue
        (f"Ana Cruz\n\n{_FILLER}\n\nCruz, the police officer, took the money.", False),
    ],
)
def test_is_private_as_the_reference(text: str, want: bool) -> None:
    ctx = _ctx(text, ["Ana Cruz"])
    assert _reference(ctx, 0) is want
    assert roles.is_private(_ctx(text, ["Ana Cruz"]), 0) is want


def test_is_private_as_the_reference_on_the_corpus() -> None:
    if not _TEXTS.is_dir():
        pytest.skip("corpus not available")
    checked = 0
    for path in sorted(_TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ctx = Context(Judgment(id=path.stem, portal="test", text=text))
        for step in PIPELINE:
            if step.name == "roles":
                break
            step(ctx)
        for i in range(len(ctx.defendants)):
            assert roles.is_private(ctx, i) is _reference(ctx, i), (path.name, i)
            checked += 1
    assert checked > 40
