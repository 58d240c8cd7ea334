"""A Philippine civil-service post carries its salary grade as a Roman numeral after the
title ("Records Officer I of the Court of Appeals", "Clerk III of the RTC"): written right
after a name, the graded title and the body it serves in make that person an official."""

from __future__ import annotations

import pytest
from official_helpers import status

from caselaw.extractors import metadata, official_kind, officials, parties, roles  # noqa: F401 - registers groups
from caselaw.models import OfficialType

_SHOW_CAUSE = (
    " She was required to show cause why she should not be held liable for dishonesty and "
    "grave misconduct in the acquisition of her civil service eligibility."
)


@pytest.mark.parametrize(
    ("post", "typ"),
    [
        ("Records Officer I of the Court of Appeals", OfficialType.JUDICIARY),
        ("Legal Assistant I of the Court of Appeals", OfficialType.JUDICIARY),
        ("Revenue Officer II of the Bureau of Internal Revenue", OfficialType.OTHER_PUBLIC),
    ],
)
def test_a_graded_post_after_the_name_makes_an_official(post: str, typ: OfficialType) -> None:
    text = f"Ana R. Cruz, {post}, joined the said office in 1984." + _SHOW_CAUSE
    (d,) = status(text, ("Ana R. Cruz",))
    assert d.is_official
    assert d.official_type is typ


@pytest.mark.parametrize(
    "after",
    [
        "Ana Reyes and Pedro Lim, joined the business in 1984.",  # a list of names
        "Chapter IV of the Code, joined the business in 1984.",  # no post: no office word
        "the owner I of the store, joined the business in 1984.",  # lower-case prose
    ],
)
def test_no_graded_post_no_official(after: str) -> None:
    text = f"Ana R. Cruz, {after}" + _SHOW_CAUSE
    (d,) = status(text, ("Ana R. Cruz",))
    assert not d.is_official
