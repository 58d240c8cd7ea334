"""Who the caption or the verdicts name but the judgment leaves out as a defendant: an
accused at large, discharged as a state witness, or dead (RPC art. 89 and its equivalents:
death ends criminal liability).  LABELLING-CONVENTIONS.md; used by
:mod:`caselaw.extractors.parties`."""

from __future__ import annotations

import html
import re

from caselaw.extractors._base import Context, register_group
from caselaw.extractors.name_match import same_tokens
from caselaw.extractors.names import fold, key_tokens, surname
from caselaw.extractors.party_vocab import EXCLUDED
from caselaw.extractors.verdict_cues import sentence_of

__all__ = ["accused_only", "died", "excluded"]


def excluded(ctx: Context, name: str) -> bool:
    """Named near 'at large', 'state witness', 'died' ... in the same sentence."""
    sur = surname(name)
    return len(sur) >= 3 and sur in _excluded_words(ctx)


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'-]*\s+)*[A-Z][\w'-]*\s*$")


def _excluded_words(ctx: Context) -> set[str]:
    """Lower-case words of the sentences around exclusion cues (once per judgment)."""
    words = ctx.cache.get("parties.excluded")
    if words is None:
        words = set()
        text = ctx.text
        for ks, ke in ctx.keyword_spans("parties.excluded"):
            m = EXCLUDED.search(text, max(0, ks - 10), min(len(text), ke + 40))
            if m is None:
                continue
            window = text[max(0, m.start() - 160) : m.end() + 60]
            sentence = window[window.rfind(".", 0, 160) + 1 :]
            if text.startswith("the deceased", m.start() - 4):
                continue  # "the deceased": a noun (in a homicide, the victim), naming no one
            if text.startswith("(deceased)", m.start() - 1):
                # "Ibrar Hussain (deceased)": the parenthesis marks the one person it follows
                # (in a homicide, the victim), not everyone the sentence names
                before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start() - 1)
                sentence = before.group() if before else ""
            words.update(re.sub(r"[^a-z ]", "", sentence.lower()).split())
        ctx.cache["parties.excluded"] = words
    return words


# "in view of the demise of accused-appellants A and B, their names have been dropped ...
# pursuant to Article 89", "the death of Sayo extinguished her criminal liability": death
# extinguishes criminal liability (RPC art. 89), so an appellant who died is no defendant
# of the judgment even when the caption still names him (LABELLING-CONVENTIONS.md).  The
# sentence must say both that he died and that his liability ended: a homicide judgment
# speaks of a death too.
_DEATH_WORDS = ("demise", "died", "death", "deceased", "passed away")
register_group("parties.death", _DEATH_WORDS)
# ("... RESOLVES to DISMISS the criminal case against X by reason of his death": a case
# dismissed because of the accused's own death, in either order)
_HIS_DEATH = (
    r"(?:by reason of|on account of|due to|in view of|because of|owing to)\s+(?:the\s+)?"
    r"(?:(?:his|her|their)\s+(?:death|demise)\b|(?:death|demise)\s+of\s+(?:the\s+)?"
    r"(?:said\s+)?(?:accused|appellant|petitioner))"
)
_LIABILITY_ENDED = re.compile(
    r"extinguish|dropped|closed and terminated|\bart(?:icle|\.)\s*89\b"
    rf"|\bdismiss\w*\b[^;]{{0,200}}{_HIS_DEATH}|{_HIS_DEATH}[^;]{{0,200}}\bdismiss",
    re.I,
)
# every _LIABILITY_ENDED match holds one of these (as re.I matches them, lower-cased): a
# sentence of the lower-cased text without any is not searched
_LIABILITY_WORDS = ("dismiss", "extinguish", "dropped", "closed and terminated", "89")


def _no_liability_words(low: str | None, s: int, e: int) -> bool:
    """``low[s:e]`` holds none of the words every ``_LIABILITY_ENDED`` match needs (``low``:
    the text lower-cased as ``re.I`` matches, ``Context.lowered``; None: unknown)."""
    return low is not None and all(low.find(w, s, e) < 0 for w in _LIABILITY_WORDS)


def _liability_ended(text: str, low: str | None, s: int, e: int) -> bool:
    """``_LIABILITY_ENDED.search(text, s, e)``, not tried where ``low`` holds none of its
    words."""
    return not _no_liability_words(low, s, e) and _LIABILITY_ENDED.search(text, s, e) is not None


def _dead(ctx: Context) -> set[str]:
    """Lower-case words of the sentences that end an accused's liability by death."""
    words = ctx.cache.get("parties.dead")
    if words is None:
        words = set()
        text = ctx.text
        done = -1
        spans = ctx.keyword_spans("parties.death")
        low = ctx.lowered if spans else None
        for i, (ks, ke) in enumerate(spans):
            if ks < done:
                continue
            lo, hi = max(0, ks - 1500), min(len(text), ke + 1500)
            if (i + 1 == len(spans) or spans[i + 1][0] >= hi) and _no_liability_words(low, lo, hi):
                continue  # its sentence (within lo, hi) ends none, and holds no later hit
            # (a sentence split that reads "Primo C. Ybanez" as one name)
            s, e = sentence_of(text, ks, lo, hi)
            done = e
            if _liability_ended(text, low, s, e):
                words.update(fold(w) for w in html.unescape(text[s:e]).split())
        ctx.cache["parties.dead"] = words
    return words


def died(ctx: Context, name: str, shared: set[str]) -> bool:
    """``name``'s surname is in a sentence that ends liability by death, with the given
    name too when another defendant bears the surname (``shared``: such surnames)."""
    toks = key_tokens(name)
    if not toks or len(toks[-1]) < 3:
        return False
    dead = _dead(ctx)
    if toks[-1] not in dead:
        return False
    return len(toks) == 1 or toks[-1] not in shared or toks[0] in dead


def accused_only(ctx: Context) -> set[str]:
    """The caption names labelled only ACCUSED, not also appellant or petitioner: their
    being at large leaves them out as it does a co-accused the caption does not name."""
    only = ctx.cache.get("parties.accused_only")
    if not only:
        return set()
    party = [key_tokens(n) for n in ctx.cache.get("parties.accused_party", ())]
    return {n for n in only if not any(same_tokens(key_tokens(n), p) for p in party)}
