"""Fixtures over the hand-counted facts of nexus_facts.py (read its docstring for the count)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from nexus_facts import SPECS, Spec, factor_specs, fill

from caselaw.storage import Store


@pytest.fixture
def nexus_store() -> Store:
    return fill(Store(":memory:"), SPECS)


@pytest.fixture
def factor_store() -> Store:
    return fill(Store(":memory:"), factor_specs())


@pytest.fixture
def make_store() -> Callable[[tuple[Spec, ...]], Store]:
    return lambda specs: fill(Store(":memory:"), specs)
