"""``attribution.charge_with`` (every field read by one attrgetter) is dataclasses.replace."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from caselaw.extractors.attribution import charge_with
from caselaw.models import Category, Charge, Evidence

_EV = st.builds(
    Evidence,
    st.integers(0, 9),
    st.integers(10, 20),
    st.text(max_size=3),
    st.just("t"),
    st.just("1"),
)
_CHARGES = st.builds(
    Charge,
    index=st.integers(0, 50),
    defendant=st.one_of(st.none(), st.integers(0, 5)),
    category=st.sampled_from(list(Category)),
    label=st.text(max_size=8),
    statute=st.one_of(st.none(), st.text(max_size=8)),
    count=st.one_of(st.none(), st.text(max_size=4)),
    alternative=st.booleans(),
    evidence=st.lists(_EV, max_size=2).map(tuple),
)
_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "index": st.integers(0, 50),
        "defendant": st.integers(0, 5),
        "evidence": st.lists(_EV, max_size=2).map(tuple),
        "label": st.text(max_size=8),
    },
)


@given(_CHARGES, _CHANGES)
def test_charge_with_is_replace(charge: Charge, changes: dict[str, object]) -> None:
    new = charge_with(charge, **changes)
    assert new == dataclasses.replace(charge, **changes)
    assert type(new) is Charge
