"""Every lexicon file loads, validates and uses only schema categories."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from caselaw.errors import ConfigError
from caselaw.extractors import lexicon
from caselaw.models import Category

JURISDICTIONS = {"US", "PH", "KE", "GB", "IN", "PK", "LK", "SG", "MY", "NG", "ZA", "TH", "ID", "KH"}
JURISDICTIONS |= {"AU", "CA", "INTL"}


def _files() -> list[str]:
    root = resources.files("caselaw.extractors.data")
    return sorted(p.name for p in root.iterdir() if p.name.endswith((".yaml", ".yml")))


@pytest.mark.parametrize("name", _files())
def test_every_data_file_parses(name: str) -> None:
    text = resources.files("caselaw.extractors.data").joinpath(name).read_text("utf-8")
    data = yaml.safe_load(text)
    if lexicon.is_lexicon(data):
        lex = lexicon.parse_lexicon(data, name)
        assert lex.statutes or lex.phrases


def test_all_jurisdictions_present() -> None:
    have = {lex.jurisdiction for lex in lexicon.load_lexicons()}
    assert have >= JURISDICTIONS


def test_categories_are_schema_categories() -> None:
    for st in lexicon.statutes():
        assert isinstance(st.category, Category)
        assert st.provenance
        for p in st.provisions:
            assert isinstance(p.category, Category)
    for ph in lexicon.phrases():
        assert isinstance(ph.category, Category)


def test_traps_are_not_trafficking() -> None:
    by_phrase = {p.phrase: p.category for p in lexicon.phrases()}
    assert by_phrase["drug trafficking"] is Category.DRUGS
    assert by_phrase["ticket touting"] is Category.OTHER
    assert by_phrase["smuggling of migrants"] is Category.SMUGGLING
    assert by_phrase["qualified trafficking in persons"] is Category.TRAFFICKING


def test_unverified_leads_are_marked() -> None:
    aceca = next(s for s in lexicon.statutes() if s.id == "ke-aceca-2003")
    assert aceca.provision("45(1)") is not None
    assert aceca.provision("45(1)").verified is False  # type: ignore[union-attr]
    assert aceca.provision("46").verified is True  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("4 (a)", "4(a)"),
        ("4-a", "4-A"),
        ("13(1)(D)", "13(1)(d)"),
        ("370A", "370A"),
        ("279.01", "279.01"),
    ],
)
def test_normalise_section(section: str, expected: str) -> None:
    assert lexicon.normalise_section(section) == expected


def test_provision_lookup_walks_up() -> None:
    ra = next(s for s in lexicon.statutes() if s.id == "ph-ra-3019")
    assert ra.provision("3(e)").label.startswith("Causing undue injury")  # type: ignore[union-attr]
    pca = next(s for s in lexicon.statutes() if s.id == "in-pca-1988")
    assert pca.provision("13(1)(d)").section == "13"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"name": "x", "jurisdiction": "XX", "statutes": [{"id": "a"}]}, "statute 'a'"),
        (
            {
                "name": "x",
                "jurisdiction": "XX",
                "phrases": [{"phrase": "foo", "category": "treason", "label": "Foo"}],
            },
            "phrase 'foo': category 'treason'",
        ),
        ({"name": "x", "jurisdiction": "XX", "bogus": 1}, "unknown keys"),
    ],
)
def test_schema_errors_name_file_and_entry(data: dict[str, object], problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        lexicon.parse_lexicon(data, "xx.yaml")
    assert "xx.yaml" in str(err.value)
    assert problem in str(err.value)


def test_keyword_groups_feed_the_prefilter() -> None:
    groups = lexicon.keyword_groups()
    assert "9208" in groups["charges.statute"]
    assert "qualified trafficking in persons" in groups["charges.offence"]
    assert "charged" in groups["charges.cue"]
