"""Per-judgment readings of the official mentions give what the per-defendant ones gave."""

from __future__ import annotations

import re

from caselaw.extractors import official_mentions, parties  # noqa: F401 - registers groups
from caselaw.extractors._base import Context
from caselaw.models import Defendant, Evidence, Judgment

_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_BEFORE = re.compile(r"\b(?:(\d{1,2})\s*(?:st|nd|rd|th)|([a-z]+))[\s-]+$")


def _reference(ctx: Context, index: int) -> list[tuple[int, int]]:
    """The labels walk once per defendant, as before the per-judgment table."""
    n, text, low, out = index + 1, ctx.text, ctx.lower, []
    for s, e in ctx.keyword_spans("parties.label"):
        if low[s:e] not in official_mentions._PARTY_WORDS or text[e : e + 1].isalpha():
            continue
        m = _BEFORE.search(low, max(0, s - 12), s)
        if m is None:
            continue
        if (m.group(1) and int(m.group(1)) == n) or (
            m.group(2) and n <= len(_WORDS) and m.group(2) == _WORDS[n - 1]
        ):
            c = re.compile(r"(?:-[a-z]+)*", re.I).match(text, e)
            out.append((s, c.end() if c else e))
            if len(out) >= 16:
                break
    return out


def _ctx(text: str, names: list[str]) -> Context:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    ctx.defendants = [
        Defendant(
            index=i, name=n, evidence=(Evidence(text.find(n), text.find(n) + len(n), n, "t", "0"),)
        )
        for i, n in enumerate(names)
    ]
    return ctx


def test_ordinals_read_once_match_the_walk_per_defendant() -> None:
    names = [
        "Ana Cruz",
        "Ben Lim",
        "Carl Tan",
        "Dan Uy",
        "Eve Go",
        "Fay Ong",
        "Gil Sy",
        "Hal Yu",
        "Ian Wu",
    ]
    body = " ".join(
        f"The {o} accused-appellant met the {d}{sfx} Accused and the 0{d}th appellant; "
        f"the tenth accused, the {d}rdaccused, the {o}accused, the {d}nd Appellants."
        for d, o, sfx in zip(
            range(1, 10), [*_WORDS, "ninth"], ["st", "nd", "rd", *["th"] * 6], strict=True
        )
    )
    text = ", ".join(names) + "\n\n" + body * 3
    ctx = _ctx(text, names)
    for i in range(len(names)):
        assert official_mentions.ordinal_spans(ctx, i) == _reference(ctx, i)
    assert official_mentions.ordinal_spans(ctx, 0)  # (the test reads something)
    assert len(official_mentions.ordinal_spans(ctx, 0)) == 9


def test_ordinals_keep_the_first_sixteen() -> None:
    text = "Ana Cruz, Ben Lim\n\n" + "the 2nd accused said so. " * 30
    ctx = _ctx(text, ["Ana Cruz", "Ben Lim"])
    assert official_mentions.ordinal_spans(ctx, 1) == _reference(ctx, 1)
    assert len(official_mentions.ordinal_spans(ctx, 1)) == 16
    assert official_mentions.ordinal_spans(ctx, 0) == []


def test_no_ordinals_out_of_caption_order() -> None:
    text = "Ben Lim, Ana Cruz\n\nthe 1st accused and the 2nd accused"
    ctx = _ctx(text, ["Ana Cruz", "Ben Lim"])
    assert official_mentions.ordinal_spans(ctx, 0) == []


def test_mention_spans_once_per_defendant_and_name() -> None:
    text = "Ana Cruz, Ben Lim\n\nCruz paid Lim. Lim took it from Cruz and Cruz left."
    ctx = _ctx(text, ["Ana Cruz", "Ben Lim"])
    first = official_mentions.mention_spans(ctx, 0)
    assert first == [(0 + text.find("Cruz"), text.find("Cruz") + 4), *first[1:]]
    assert len(first) == 4
    first.append((0, 1))  # (a caller's change does not reach the cache)
    assert official_mentions.mention_spans(ctx, 0) == first[:-1]
    assert len(official_mentions.mention_spans(ctx, 1)) == 3
    # another defendant at the same place (assemble's FIR defendant): read anew
    ctx.defendants = [Defendant(index=0, name="Ben Lim")]
    assert official_mentions.mention_spans(ctx, 0) == official_mentions.mention_spans(ctx, 0)
    assert len(official_mentions.mention_spans(ctx, 0)) == 3
