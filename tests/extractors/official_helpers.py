"""Test helpers for official status and type: defendants placed at their first mention,
the type a charge states (``official_kind.charged_type``) and the status and type the
roles step gives (``roles.EXTRACTOR`` after ``metadata``)."""

from __future__ import annotations

from caselaw.extractors import metadata, official_kind, roles
from caselaw.extractors._base import Context
from caselaw.models import Category, Defendant, Evidence, Judgment, OfficialType


class Mention:
    """The one field of a charge mention the roles step reads: a corruption charge."""

    category = Category.CORRUPTION


def defendants(text: str, names: tuple[str, ...]) -> list[Defendant]:
    """Defendants named ``names``, each with its first occurrence in ``text`` as evidence."""
    out = []
    for i, n in enumerate(names):
        at = text.find(n)
        ev = (Evidence(at, at + len(n), n, "test", "0"),) if at >= 0 else ()
        out.append(Defendant(index=i, name=n, evidence=ev))
    return out


def charged(text: str, names: tuple[str, ...], who: int = 0) -> OfficialType:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    ctx.defendants = defendants(text, names)
    return official_kind.charged_type(ctx, who)


def status(text: str, names: tuple[str, ...]) -> list[Defendant]:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    ctx.defendants = defendants(text, names)
    ctx.mentions = [Mention()]
    roles.EXTRACTOR(ctx)
    return ctx.defendants
