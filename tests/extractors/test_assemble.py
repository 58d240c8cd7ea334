"""Case-level aggregation (SCHEMA.md) and extract() error isolation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import PIPELINE, VERSIONS, extract
from caselaw.extractors.assemble import aggregate
from caselaw.models import CaseOutcome, Judgment


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        ([], CaseOutcome.NONE),
        (["convicted", "convicted"], CaseOutcome.CONVICTED),
        (["acquitted"], CaseOutcome.ACQUITTED),
        (["convicted", "acquitted"], CaseOutcome.MIXED),
        (["dismissed"], CaseOutcome.DISMISSED),
        (["other"], CaseOutcome.OTHER),
        (["unknown", "convicted"], CaseOutcome.CONVICTED),
    ],
)
def test_aggregate(outcomes: list[str], expected: CaseOutcome) -> None:
    assert aggregate(outcomes) == expected


def test_versions_cover_pipeline() -> None:
    assert set(VERSIONS) == {s.name for s in PIPELINE} | {"text_repair"}


def test_failing_step_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    from caselaw.extractors import factors

    def boom(ctx, step):  # type: ignore[no-untyped-def]
        raise RuntimeError("broken")

    broken = type(factors.EXTRACTOR)(factors.NAME, factors.VERSION, (), ("factors",), boom)
    import caselaw.extractors as ex

    monkeypatch.setattr(
        ex, "PIPELINE", tuple(broken if s.name == "factors" else s for s in ex.PIPELINE)
    )
    x = extract(Judgment(id="doc-1", portal="test", text="The accused was convicted."))
    mine = [(e.stage, e.kind, e.source) for e in x.errors if e.stage == "extract:factors"]
    assert mine == [("extract:factors", "RuntimeError", "doc-1")]
    assert x.judgment_id == "doc-1"


PH = (
    "[ G.R. No. 9, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN,"
    " ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\n{body}\n\nWHEREFORE, the appeal is"
    " DISMISSED. The Decision is AFFIRMED.\n\nSO ORDERED.\n"
)


@pytest.mark.parametrize(
    ("body", "categories"),
    [
        # the charge and its restatement by a bare Act name are one charge
        (
            "Rosa Tan was charged with violation of Section 4(a) of Republic Act No. 9208 and"
            " convicted. The trial court found her guilty of violations of R.A. 9208.",
            {"trafficking"},
        ),
        # a Civil Code article is the basis of damages, not an offence
        (
            "Rosa Tan was charged with violation of Section 4(a) of Republic Act No. 9208 and"
            " convicted. The award of moral damages finds basis in Article 2219 of the Civil"
            " Code.",
            {"trafficking"},
        ),
        # the offence after "instead of" was not charged
        (
            "Rosa Tan was charged with violation of Section 4(a) of Republic Act No. 9208 and"
            " convicted. The prosecution charged her with trafficking, instead of violation of"
            " R.A. 7610.",
            {"trafficking"},
        ),
    ],
)
def test_only_the_defendants_charges(body: str, categories: set[str]) -> None:
    x = extract(Judgment(id="t", portal="test", text=PH.format(body=body)))
    assert {c.category.value for c in x.charges} == categories


def test_unnamed_accused_is_named_after_the_fir() -> None:
    text = (
        "IN THE LAHORE HIGH COURT\nCriminal Revision No. 1 of 2022\n\nThe petitioner is the"
        " complainant of case FIR No.226 of 2003 registered in respect of offences under"
        " section 409 P.P.C. and section 5 of the Prevention of Corruption Act, 1947.\n\n"
        "In view of the above discussion, this criminal revision petition is dismissed."
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in x.defendants] == ["the accused in FIR No.226/2003"]


def test_bribe_giver_is_not_made_an_official() -> None:
    """Graft charges imply public office; giving a bribe does not."""
    body = (
        "Rosa Tan was charged with bribing another person contrary to section 1 of the Bribery"
        " Act 2010 and convicted."
    )
    text = (
        "Neutral Citation Number: [2020] EWCA Crim 1\nIN THE COURT OF APPEAL (CRIMINAL"
        " DIVISION)\n\nBetween:\n\nREGINA\nRespondent\n- and -\nROSA TAN\nAppellant\n\n"
        f"{body}\n\nFor these reasons the appeal against conviction is dismissed.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert [(d.name, d.is_official) for d in x.defendants] == [("Rosa Tan", False)]
    assert any(c.category.value == "corruption" for c in x.charges)


def test_defined_short_forms_attribute_charges_to_their_accused() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = (
        "IN THE HIGH COURT OF TESTLAND\n\nCriminal Appeal No. 1 of 2018\n\n"
        "Ravi Kumar Testa, son of Mohan Testa, resident of Delhi ... Appellant\nVersus\n"
        "The State of Testland ... Respondent\n\nwith\n\nCriminal Appeal No. 2 of 2018\n\n"
        "Anil Prasad Sampla, son of Ram Sampla, Sub-Inspector of Police ... Appellant\nVersus\n"
        "The State of Testland ... Respondent\n\nJUDGMENT\n\n"
        '2. The appellant Ravi Kumar Testa (hereinafter "A-1") has been convicted under '
        "Section 370(5) of the Indian Penal Code. The appellant Anil Prasad Sampla (hereinafter "
        '"A-2") has been convicted under Section 7 of the Prevention of Corruption Act, 1988.\n\n'
        "13. The prosecution has failed to prove the charges under Section 7 of the Prevention "
        "of Corruption Act, 1988 against A-2.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="IN"))
    names = [d.name for d in ex.defendants]
    assert names == ["Ravi Kumar Testa", "Anil Prasad Sampla"]
    owned = {(names[c.defendant], c.category.value) for c in ex.charges}
    assert owned == {("Ravi Kumar Testa", "trafficking"), ("Anil Prasad Sampla", "corruption")}


def test_the_giver_of_a_bribe_is_not_an_official_by_the_takers_count() -> None:
    from caselaw.extractors._base import Context
    from caselaw.extractors.charged_officials import passive_corruption
    from caselaw.models import Category, Charge, Defendant, Judgment, OfficialType

    ctx = Context(Judgment(id="t", portal="test", text="x"))
    ctx.defendants = [
        Defendant(index=0, name="Ann Giver"),
        Defendant(index=1, name="Ben Taker", is_official=True, official_type=OfficialType.POLICE),
        Defendant(index=2, name="Cal Clerk"),
    ]

    def charge(d: int, label: str) -> Charge:
        return Charge(index=0, defendant=d, category=Category.CORRUPTION, label=label)

    grouped = {
        (0, "corruption", "give"): charge(0, "Giving a bribe"),
        (0, "corruption", "take"): charge(0, "Receiving a bribe"),
        (1, "corruption", "give"): charge(1, "Giving a bribe"),
        (1, "corruption", "take"): charge(1, "Receiving a bribe"),
    }
    assert passive_corruption(ctx, grouped) == {1}
    # with no official known, the taking count still makes its defendant one
    ctx.defendants[1] = Defendant(index=1, name="Ben Taker")
    assert passive_corruption(ctx, grouped) == {0, 1}


def test_a_bare_corruption_charge_makes_no_official() -> None:
    # "charged with corruption" names no side of a bribe: the giver is charged so too
    from caselaw.extractors._base import Context
    from caselaw.extractors.charged_officials import passive_corruption
    from caselaw.models import Category, Charge, Defendant, Judgment

    ctx = Context(Judgment(id="t", portal="test", text="x"))
    ctx.defendants = [Defendant(index=0, name="Ann Giver")]
    bare = Charge(index=0, defendant=0, category=Category.CORRUPTION, label="Corruption")
    assert passive_corruption(ctx, {(0, "corruption", "bare"): bare}) == set()
    cited = Charge(
        index=0, defendant=0, category=Category.CORRUPTION, label="Corruption", statute="s.70"
    )
    assert passive_corruption(ctx, {(0, "corruption", "s.70"): cited}) == {0}


def test_contrary_to_an_unlisted_act_states_the_described_offence() -> None:
    text = (
        "R v TESTA\n\nJUDGMENT\n\n1. The indictment charged the appellant with conspiring to "
        "arrange or facilitate the travel of others with a view to exploitation, contrary to "
        "section 1(1) of the Criminal Law Act 1977. He was convicted and appeals.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="GB"))
    assert {c.category.value for c in ex.charges} == {"trafficking"}


def test_unnamed_orders_deciding_counts_differently_follow_their_offence() -> None:
    text = (
        "AMANI TESTA ..................... APPELLANT\n\nVERSUS\n\n"
        "REPUBLIC ........................ RESPONDENT\n\nJUDGMENT\n\n"
        "1. The appellant was charged with trafficking in persons contrary to section 3(1)(d) "
        "of the Counter-Trafficking in Persons Act, No. 8 of 2010. In the alternative, she was "
        "charged with child prostitution contrary to section 15(a) of the Sexual Offences Act, "
        "No. 3 of 2006. The magistrate convicted her on the main count.\n\n"
        "14. In the result:\n(a) The appeal against conviction on the main count is allowed. "
        "The conviction is quashed, and the appellant is acquitted of that count.\n"
        "(b) The appellant is convicted on the alternative count of child prostitution "
        "contrary to section 15(a) of the Sexual Offences Act.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="KE"))
    outcomes = {
        (c.category.value, v.outcome.value)
        for c in ex.charges
        for v in ex.verdicts
        if v.standing and v.charge == c.index
    }
    assert outcomes == {("trafficking", "acquitted"), ("sexual_offence", "convicted")}


def test_a_bribery_charge_states_the_defendants_side_of_the_bribe() -> None:
    from caselaw.extractors._base import Context
    from caselaw.extractors.charged_officials import bribe_roles
    from caselaw.models import Category, Charge, Defendant, OfficialType, Role

    ctx = Context(Judgment(id="t", portal="test", text="x"))
    ctx.defendants = [
        Defendant(index=0, name="Ann Giver"),
        Defendant(
            index=1,
            name="Ben Taker",
            is_official=True,
            official_type=OfficialType.POLICE,
            roles=(Role.OTHER,),
        ),
    ]

    def charge(d: int, label: str) -> Charge:
        return Charge(index=0, defendant=d, category=Category.CORRUPTION, label=label)

    bribe_roles(
        ctx,
        {
            (0, "corruption", "give"): charge(0, "Giving a bribe"),
            (1, "corruption", "take"): charge(1, "Receiving a bribe"),
        },
    )
    assert ctx.defendants[0].roles == (Role.BRIBE_GIVER,)
    assert ctx.defendants[1].roles == (Role.BRIBE_TAKER,)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "instead of",
                "INSTEAD OF",
                "ınstead of",
                "rather than",
                "and not",
                "BUT NOT",
                "not for",
                "x",
                " ",
                ",",
                "R.A. 7610",
                "ſ",
                "İ",
            ]
        ),
        max_size=8,
    )
)
def test_negation_gate_never_hides_a_match(pieces: list[str]) -> None:
    from caselaw.extractors import attribution

    text = "".join(pieces)
    if attribution._NEGATED.search(text):
        assert any(w in text.lower() for w in attribution._NEGATING)


def test_charge_with_is_dataclasses_replace() -> None:
    from dataclasses import replace

    from caselaw.extractors.attribution import charge_with
    from caselaw.models import Category, Charge, Evidence

    ev = (Evidence(1, 5, "text", "charges", "1"),)
    c = Charge(3, 1, Category.TRAFFICKING, "trafficking", "R.A. 9208", "1", True, ev)
    for changes in ({"index": 7}, {"defendant": 0}, {"evidence": ev * 2}, {}):
        assert charge_with(c, **changes) == replace(c, **changes)


def test_member_lookup_is_the_enum_call() -> None:
    from caselaw.extractors._members import member
    from caselaw.models import Category, CourtLevel, Outcome

    for enum in (Category, CourtLevel, Outcome):
        for m in enum:
            assert member(enum, m.value) is enum(m.value)
            assert member(enum, m) is enum(m)
    with pytest.raises(ValueError):
        member(Outcome, "no such outcome")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "(",
                ")",
                " ",
                "\n",
                "hereinafter",
                "HEREAFTER",
                "thereafter",
                "for short",
                ",",
                '"',
                "'",
                "A-1",
                "the accused",
                "referred to as ",
                "called ",
                "Cruz",
                "cruz",
                "Santos",
                "x",
                "Cruzado",
                "1",
                "_",
            ]
        ),
        max_size=25,
    )
)
def test_definitions_and_names_as_the_plain_scans(pieces: list[str]) -> None:
    from caselaw.extractors import charge_owners

    text = "".join(pieces)
    plain = [(m.span(), m.group("short")) for m in charge_owners._DEFINED.finditer(text)]
    fast = [(m.span(), m.group("short")) for m in charge_owners._definitions(text, text.lower())]
    assert fast == plain
    keys = [["juan", "cruz"], ["santos"], ["x"], []]
    words = {charge_owners.fold(w) for w in charge_owners._WORD.findall(text)}
    expected = [i for i, k in enumerate(keys) if k and k[-1] in words and len(k[-1]) > 2]
    assert charge_owners.named_in(text, keys) == expected


def _plain_sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    from caselaw.extractors import charge_owners

    floor = max(0, start - 600, text.rfind("\n\n", 0, start))
    at = start
    while True:
        at = text.rfind(". ", floor, at)
        if at < 0 or not charge_owners._ABBREV.search(text, max(0, at - 4), at):
            break
    lo = max(at, floor) + 1
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return max(lo, 0), min(hi, end + 600)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab ", ". ", "\n\n", "Dr. ", "x" * 250, "\n", "No. 5"]), max_size=20),
    st.integers(0, 6000),
    st.integers(0, 30),
)
def test_sentence_bounds_as_first_written(pieces: list[str], start: int, width: int) -> None:
    from caselaw.extractors import charge_owners

    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert charge_owners.sentence_bounds(text, start, end) == _plain_sentence_bounds(
        text, start, end
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "TRAFFICKING",
                "traffic",
                "k",
                "\u212a",
                "Brib",
                "ery",
                "ſmuggling",
                "SEXUAL",
                "narcot\u0131c",
                "NARCOTİC",
                " ",
                "x",
                "Forced Labour",
            ]
        ),
        max_size=8,
    )
)
def test_names_kind_as_the_re_i_search(pieces: list[str]) -> None:
    from caselaw.extractors import charge_mentions
    from caselaw.models import Category

    text = "".join(pieces)
    for category in Category:
        rx = charge_mentions.KIND_RES.get(category)
        assert charge_mentions.names_kind(category, text) == bool(rx and rx.search(text))


@pytest.mark.parametrize(
    ("label", "active"),
    [
        ("Corruptly giving a benefit", True),  # the giver's side, as with a bribe
        ("Offering an advantage", True),
        ("Giving a bribe", True),
        ("Corruptly receiving a benefit", False),
        ("Causing undue injury or giving unwarranted benefits (graft)", False),  # an official's
        ("Corruptly giving or receiving a gratification", False),  # either side: not the giver's
    ],
)
def test_active_bribery_names_the_givers_side(label: str, active: bool) -> None:
    from caselaw.extractors.charged_officials import _active_bribery

    assert _active_bribery(label) is active


def test_an_offence_named_apart_from_its_citation_is_one_charge_per_defendant() -> None:
    filler = " The witnesses testified about the events of that night at length." * 5
    text = (
        "G.R. No. 1\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. JUAN CRUZ, "
        "ACCUSED-APPELLANT.\n\nThe RTC convicted Cruz of qualified trafficking in persons."
        + filler
        + " The Information charged Cruz with violation of Section 4(a) of R.A. No. 9208.\n\n"
        "WHEREFORE, the appeal is DISMISSED.\n"
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    (charge,) = [c for c in out.charges if c.category.value == "trafficking"]
    assert charge.statute is not None and "9208" in charge.statute
    assert len(charge.evidence) >= 2  # the named offence's span and the citation's


def test_a_named_offence_joins_only_a_cited_charge_of_the_same_offence() -> None:
    filler = " The officers gave evidence about the payments at length." * 5
    text = (
        "Neutral Citation Number: [2022] EWCA Crim 900\n\nIN THE COURT OF APPEAL (CRIMINAL "
        "DIVISION)\n\nBetween :\n\nREX\n\n- and -\n\nDANIEL PETERS\n\nJUDGMENT\n\n"
        "1. The appellant, a police constable, was convicted of misconduct in a public office."
        + filler
        + " He was also convicted of an offence under section 2 of the Bribery Act 2010.\n\n"
        "25. The appeal against conviction is dismissed.\n"
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    labels = sorted(c.statute or c.label for c in out.charges)
    assert labels == ["Bribery Act 2010 s.2", "Misconduct in public office"]
