"""Outcome classification of dispositive sentences and standing outcomes per defendant."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import extract
from caselaw.extractors._base import Context
from caselaw.extractors.verdict_cues import _SENTENCE, fold_words, named_in
from caselaw.extractors.verdicts import classify, cue_sentences
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Accused-appellant is ACQUITTED on reasonable doubt.", "acquitted"),
        ("The Decision of the Court of Appeals is hereby REVERSED and SET ASIDE.", "reversed"),
        ("We set aside the conviction and sentence and acquit the Accused.", "acquitted"),
        ("The Decision of the RTC is AFFIRMED with MODIFICATION.", "affirmed"),
        ("WHEREFORE, the appeal is DISMISSED.", "affirmed"),
        ("The impugned FIR No.13/24 registered at P.S. Sargodha is quashed.", "dismissed"),
        ("The administrative complaint against respondent is hereby DISMISSED.", "dismissed"),
        ("Respondent is found GUILTY of gross misconduct.", "convicted"),
        ("Respondent is DISMISSED from the service.", "convicted"),
        ("The case is REMANDED to the trial court.", "other"),
        ("The petitioner was previously convicted in another case.", None),
        # several appeals dismissed together
        ("The appeal of A and the appeal of B are both dismissed.", "affirmed"),
        # a sentence varied or the prosecution's appeal allowed is no acquittal
        ("The appeal against sentence is allowed and the term reduced to 4 years.", "affirmed"),
        (
            "The sentences of a fine on Count 4 are set aside and substituted with 3 years.",
            "affirmed",
        ),
        ("The DPP's appeal is allowed.", "affirmed"),
        # one is sentenced only after a conviction (trial judgments without a fallo)
        ("The 1st defendant, Juan Cruz, is sentenced as follows: seven years.", "convicted"),
        ("The appeal is allowed and the conviction is set aside.", "acquitted"),
    ],
)
def test_classify(sentence: str, label: str | None) -> None:
    assert classify(sentence) == label


CAPTION = (
    "[ G.R. No. 1, May 1, 2020 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ROSA TAN"
    " AND LITO GO, ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nCRUZ, J.:\n\n"
    "The accused were charged with violation of Section 4(a) of Republic Act No. 9208. The"
    " trial court found them guilty.\n\n"
)


@pytest.mark.parametrize(
    ("fallo", "expected"),
    [
        ("WHEREFORE, the appeal is DISMISSED. The Decision is AFFIRMED.", {"convicted"}),
        ("WHEREFORE, the appeal is GRANTED. Accused-appellants are ACQUITTED.", {"acquitted"}),
        (
            "WHEREFORE, accused-appellant Rosa Tan is ACQUITTED. The conviction of Lito Go is"
            " AFFIRMED.",
            {"acquitted", "convicted"},
        ),
    ],
)
def test_standing_outcomes(fallo: str, expected: set[str]) -> None:
    text = CAPTION + fallo + "\n\nSO ORDERED.\n"
    x = extract(Judgment(id="t", portal="test", text=text))
    assert not x.errors
    assert {v.outcome.value for v in x.verdicts if v.standing} == expected


def test_outcome_per_count() -> None:
    """One defendant acquitted of one offence and convicted of another in the final part."""
    text = (
        "[ G.R. No. 2, May 1, 2024 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ANA"
        " REYES, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nCRUZ, J.:\n\nAna Reyes was charged with"
        " violation of Section 4(a) of R.A. No. 9208 and with Illegal Recruitment under Section 6"
        " of R.A. No. 8042. The trial court convicted her of both.\n\nWHEREFORE, the appeal is"
        " PARTLY GRANTED.\n\n1. Accused-appellant Ana Reyes is ACQUITTED of the charge of"
        " violation of Section 4(a) of R.A. No. 9208; and\n\n2. The conviction of accused-appellant"
        " Ana Reyes for Illegal Recruitment under Section 6 of R.A. No. 8042 is AFFIRMED.\n\n"
        "SO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    outcome = {v.charge: v.outcome.value for v in x.verdicts if v.standing}
    by_category = {c.category.value: outcome[c.index] for c in x.charges}
    assert by_category == {"trafficking": "acquitted", "illegal_recruitment": "convicted"}


@pytest.mark.parametrize(
    ("sentence", "murder_convicted", "manslaughter"),
    [
        (
            "The conviction for murder must be quashed and we substitute a verdict of"
            " manslaughter on the ground of diminished responsibility.",
            False,
            "convicted",
        ),
        # a substitution the court refuses decides nothing
        (
            "We are unable to substitute a verdict of manslaughter. The appeal is dismissed.",
            True,
            "convicted",
        ),
    ],
)
def test_substituted_verdict(sentence: str, murder_convicted: bool, manslaughter: str) -> None:
    text = (
        "Neutral Citation Number: [2006] EWCA Crim 1\nIN THE COURT OF APPEAL (CRIMINAL"
        " DIVISION)\n\nR v JOHN DOE\n\nJohn Doe was convicted of murder. The jury had heard"
        " that he was guilty of manslaughter at most.\n\n"
        f"For these reasons: {sentence}\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    outcome = {v.charge: v.outcome.value for v in x.verdicts if v.standing}
    got = {c.label.lower(): outcome[c.index] for c in x.charges}
    assert (got["murder"] == "convicted") is murder_convicted
    assert got["manslaughter"] == manslaughter


def test_count_key_reads_words_digits_ordinals_and_roman_numerals() -> None:
    from caselaw.extractors.verdict_counts import count_key

    counts = ("Count Three", "count 3", "Count III", "Count IV", "3rd", "third", "Fourth")
    assert [count_key(c) for c in counts] == ["3", "3", "3", "4", "3", "3", "4"]


def test_counts_decided_differently_on_appeal() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = (
        "UNITED STATES OF AMERICA,\nAppellee,\n\nv.\n\nERIN VALE,\nDefendant-Appellant.\n\n"
        "PRICE, Circuit Judge:\n\nThe indictment charged Vale in two counts. Count One charged "
        "forced labor, in violation of 18 U.S.C. §§ 1589(a)(2) and 2. Count Two charged "
        "harboring, in violation of 8 U.S.C. § 1324(a)(1)(A)(iii). The jury convicted her on "
        "both counts.\n\nCONCLUSION\n\nFor the foregoing reasons, the judgment of conviction is "
        "AFFIRMED as to Count Two and VACATED as to Count One, and the case is REMANDED for a "
        "new trial on Count One.\n"
    )
    ex = extract(Judgment(id="t", portal="test", text=text, jurisdiction="US"))
    outcomes = {
        (c.category.value, v.outcome.value)
        for c in ex.charges
        for v in ex.verdicts
        if v.standing and v.charge == c.index
    }
    assert outcomes == {("trafficking", "other"), ("smuggling", "convicted")}


def _sentences_by_scan(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every sentence of ``text[start:end]`` (the reference ``cue_sentences`` must match)."""
    out, pos = [], start
    for m in _SENTENCE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", "\n 12. ", ".", ";", ":", " A.", " No.", " vs.", "(", "x" * 300]
    + [" P.", "Jr.", " Sec.", "Art.", " Nos.", "A.B.", "\t", "\u00a0", "“", "(2)", "\n(3)", "S. "]
    + [" Dr.", " Atty.", "Mrs.", " Engr.", " Hon."]
    + ["The", "appeal", "is", "DISMISSED", "acquitted", "guilty", "Accused", "1", "affirmed"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.integers(0, 200), st.integers(0, 5000))
def test_cue_sentences_as_a_full_split(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    ctx = Context(Judgment(id="t", portal="test", text=text))
    hits = [h for h, _ in ctx.keyword_spans("verdicts.cue")]
    expected = [
        (s, e) for s, e in _sentences_by_scan(text, start, end) if any(s <= h < e for h in hits)
    ]
    assert cue_sentences(ctx, start, end) == expected


def _named_by_words(sentence: str, keys: list[list[str]]) -> list[int]:
    """named_in's first version: every word of the sentence collected into a set."""
    if sentence.isascii():
        words = set(re.findall(r"[a-z]+", sentence.lower().replace("'", "")))
    else:
        words = set(re.findall(r"[a-z]+", fold_words(sentence)))
    return [
        i
        for i, toks in enumerate(keys)
        if toks and toks[-1] in words and (len(toks) == 1 or len(toks[-1]) > 3 or toks[0] in words)
    ]


_NAME_WORDS = st.sampled_from(["cruz", "ana", "tan", "go", "li", "santos", "o'neil", "neil"])
_SENTENCE_PIECES = st.sampled_from(
    ["Cruz", "CRUZ", "Ana", "Tan", "Go", "Li", "Santos", "O'Neil", "Neil", "Cruzado", "é", " ",
     ", ", "accused ", "'", "-", "1", "Dela Cruz", "xTan", "ÑGo"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_SENTENCE_PIECES, max_size=12).map("".join),
    st.lists(st.lists(_NAME_WORDS.map(lambda w: w.replace("'", "")), max_size=3), max_size=4),
)
def test_named_in_finds_the_names_a_word_set_finds(sentence: str, keys: list[list[str]]) -> None:
    assert named_in(sentence, keys) == _named_by_words(sentence, keys)


_CUE_PIECES = st.sampled_from(
    ["the appeal", " is ", "hereby ", "DISMISSED", "dismissed", "denied", "AFFIRMED", "affirm",
     "conviction", " set aside", "SET ASIDE", "reversed", "REVERSING", "GUILTY", "guilty",
     "found ", "liable", "sentenced", "convicted", "CONVICTED", "acquitted", "not guilty",
     "benefit of the doubt", "FIR", " quashed", "information", "petition", "application",
     "refused", "upheld", "allowed", "GRANTED", "remanded", "new trial", "retrial",
     "dismissed from the service", "stands ", "are ", ". ", "; ", ", ", " ", "x", "İ", "é",
     "no case to answer", "nolle prosequi", "demurrer was granted", "stay of proceedings"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=14).map("".join))
def test_cue_fires_as_its_whole_pattern(sentence: str) -> None:
    from caselaw.extractors._lower import lowers_as_re
    from caselaw.extractors.verdict_cues import _CUES

    lowered = sentence.lower()
    low = lowered if len(lowered) == len(sentence) and lowers_as_re(sentence) else None
    for cue in _CUES:
        assert cue.fires(sentence, low) == bool(cue.rx.search(sentence)), cue.label


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 100), st.integers(0, 400))
def test_sentence_scan_twin_splits_as_the_plain_pattern(text: str, lo: int, hi: int) -> None:
    from caselaw.extractors.verdict_cues import _SENTENCE_SCAN

    text = text.replace("x" * 300, "x")  # (short texts: more breaks per example)
    twin = [m.span() for m in _SENTENCE_SCAN.finditer(text, lo, hi)]
    assert twin == [m.span() for m in _SENTENCE.finditer(text, lo, hi)]


def _standing_by_name(text: str) -> dict[str, str]:
    """Each defendant's standing outcome, by name."""
    x = extract(Judgment(id="t", portal="test", text=text))
    names = {d.index: d.name for d in x.defendants}
    return {names[v.defendant]: v.outcome.value for v in x.verdicts if v.standing}


@pytest.mark.parametrize("title", ["Dr.", "Atty.", "Engr.", "Hon.", "Mrs.", "Gov."])
def test_an_honorific_before_a_name_does_not_end_the_sentence(title: str) -> None:
    """ "Petitioner Jose Cruz and his co-accused Dr. Ana Reyes are ACQUITTED": the title's
    dot is no full stop, so the acquittal names the petitioner as well."""
    text = (
        "[ G.R. No. 5, May 1, 2022 ]\n\nJOSE CRUZ, PETITIONER, VS. PEOPLE OF THE PHILIPPINES,"
        " RESPONDENT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nThe Sandiganbayan found Jose Cruz"
        f" and his co-accused {title} Ana Reyes guilty of violation of Section 3(e) of Republic"
        " Act No. 3019. Only Cruz appealed.\n\n"
        "WHEREFORE, the petition is GRANTED. The Decision of the Sandiganbayan is REVERSED and"
        f" SET ASIDE. Petitioner Jose Cruz and his co-accused {title} Ana Reyes are ACQUITTED."
        "\n\nSO ORDERED.\n"
    )
    standing = _standing_by_name(text)
    assert standing.get("Jose Cruz") == "acquitted"


def test_a_granted_petition_decides_for_the_petitioner_the_fallo_does_not_name() -> None:
    """ "Petitioner and his co-accused Ana Reyes are ACQUITTED": the caption's petitioner is
    named only by role; the granted petition and the reversal are his."""
    text = (
        "[ G.R. No. 6, May 1, 2022 ]\n\nJOSE CRUZ, PETITIONER, VS. PEOPLE OF THE PHILIPPINES,"
        " RESPONDENT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nThe Sandiganbayan convicted Jose Cruz"
        " and his co-accused Ana Reyes of violation of Section 3(e) of Republic Act No. 3019:\n\n"
        "WHEREFORE, the Court finds accused Jose Cruz and Ana Reyes GUILTY beyond reasonable"
        " doubt of violation of Section 3(e) of R.A. No. 3019.\n\nSO ORDERED.\n\nOnly Cruz"
        " filed this petition.\n\nWHEREFORE, the petition is GRANTED. The Decision of the"
        " Sandiganbayan is REVERSED and SET ASIDE. Petitioner and his co-accused Ana Reyes are"
        " ACQUITTED.\n\nSO ORDERED.\n"
    )
    standing = _standing_by_name(text)
    assert standing == {"Jose Cruz": "acquitted", "Ana Reyes": "acquitted"}


def test_a_co_accused_outside_the_caption_keeps_the_outcome_below() -> None:
    """The petition of the caption's accused is denied; a co-accused the caption does not
    name and the final part does not decide keeps the trial court's verdict."""
    text = (
        "[ G.R. No. 7, May 1, 2022 ]\n\nJOSE CRUZ, PETITIONER, VS. PEOPLE OF THE PHILIPPINES,"
        " RESPONDENT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nWHEREFORE, the court finds accused"
        " JOSE CRUZ and ANA REYES GUILTY of direct bribery.\n\nSO ORDERED.\n\nOnly Cruz"
        " appealed.\n\nACCORDINGLY, the Petition is DENIED. Jose Cruz is GUILTY of direct"
        " bribery.\n\nSO ORDERED.\n"
    )
    standing = _standing_by_name(text)
    assert standing.get("Jose Cruz") == "convicted"


@pytest.mark.parametrize(
    "second",
    [
        "She is found GUILTY",
        "However, she is found GUILTY",
        "Accused-appellant is, however, found GUILTY",
        "(b) The accused is found GUILTY",
    ],
)
def test_a_pronoun_subject_carries_the_name_before_it(second: str) -> None:
    """ "X is ACQUITTED of qualified trafficking. She is found GUILTY of child abuse": the
    second decision is the named appellant's, and it decides the other offence only."""
    text = (
        "[ G.R. No. 8, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " ANA REYES, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nAccused-appellant"
        " was charged with qualified trafficking in persons under Section 4(a) of Republic Act"
        " No. 9208. The trial court convicted her. The evidence shows child abuse under"
        " Section 10(a) of Republic Act No. 7610.\n\nWHEREFORE, the appeal is PARTLY GRANTED."
        " Accused-appellant Ana Reyes is ACQUITTED of qualified trafficking in persons."
        f" {second} of violation of Section 10(a) of Republic Act No. 7610 and is sentenced to"
        " suffer imprisonment.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    charges = {c.index: c.category.value for c in x.charges}
    standing = {charges[v.charge]: v.outcome.value for v in x.verdicts if v.standing}
    assert standing == {"trafficking": "acquitted", "sexual_offence": "convicted"}


def test_a_singular_pronoun_does_not_carry_several_names() -> None:
    """ "A and B are ACQUITTED of X. He is ..." does not say which one; the sentence decides
    for nobody by name."""
    text = (
        "[ G.R. No. 9, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " ANA REYES AND JOSE CRUZ, ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nSANTOS, J.:\n\n"
        "Accused-appellants were charged with qualified trafficking in persons under Section"
        " 4(a) of Republic Act No. 9208. The trial court convicted them.\n\nWHEREFORE, the"
        " appeal is GRANTED. Accused-appellants Ana Reyes and Jose Cruz are ACQUITTED of"
        " qualified trafficking in persons. He is ordered released.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    outcomes = {v.outcome.value for v in x.verdicts if v.standing}
    assert outcomes == {"acquitted"}


def test_an_acquittal_below_narrated_across_an_initial_stands() -> None:
    """ "... acquitting respondent Pedro M. Lim of ... Republic Act No. 3019": the sentence
    does not end at the initial or at "No.", and the dismissed certiorari leaves the
    acquittal standing."""
    text = (
        "[ G.R. No. 10, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PETITIONER, VS. HON."
        " SANDIGANBAYAN (FIRST DIVISION) AND PEDRO M. LIM, RESPONDENTS.\n\nD E C I S I O N\n\n"
        "SANTOS, J.:\n\nThe People assail the Resolution of the Sandiganbayan granting the"
        " demurrer to evidence of respondent Pedro M. Lim, a municipal treasurer, and acquitting"
        " him of violation of Section 3(e) of Republic Act No. 3019.\n\nWHEREFORE, the"
        " petition is DISMISSED.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert [d.name for d in x.defendants] == ["Pedro M. Lim"]
    assert {v.outcome.value for v in x.verdicts if v.standing} == {"acquitted"}


@pytest.mark.parametrize(
    ("finding", "outcome"),
    [
        ("finding accused-appellant Lina S. Sy guilty of qualified trafficking", "convicted"),
        ("convicting accused-appellant Lina S. Sy of qualified trafficking", "convicted"),
        ("finding accused-appellant Lina S. Sy not guilty of qualified trafficking", "acquitted"),
    ],
)
def test_an_affirmed_decision_that_found_guilt_is_a_conviction(finding: str, outcome: str) -> None:
    """Nothing before the final part says the appellant was convicted in words the cues know;
    the affirmed decision itself says it found her guilty."""
    text = (
        "[ G.R. No. 11, May 1, 2022 ]\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS."
        " LINA S. SY, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nLina S. Sy was"
        " charged with qualified trafficking in persons under Section 4(a) of Republic Act No."
        " 9208. The trial court ruled against her.\n\nWHEREFORE, the appeal is DISMISSED. The"
        f" Decision of the Court of Appeals {finding} is AFFIRMED.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    assert {v.outcome.value for v in x.verdicts if v.standing} == {outcome}


def test_a_possessive_subject_carries_the_name_before_it() -> None:
    """ "X is ACQUITTED of violation of Section 3(e) of R.A. No. 3019. His conviction for
    Malversation ... is AFFIRMED": the affirmed conviction is X's, for malversation only."""
    text = (
        "[ G.R. No. 12, May 1, 2022 ]\n\nJOSE P. CRUZ, PETITIONER, VS. PEOPLE OF THE"
        " PHILIPPINES, RESPONDENT.\n\nD E C I S I O N\n\nSANTOS, J.:\n\nPetitioner, a municipal"
        " treasurer, was charged with violation of Section 3(e) of R.A. No. 3019 and with"
        " Malversation of Public Funds under Article 217 of the Revised Penal Code. The"
        " Sandiganbayan convicted him of both.\n\nWHEREFORE, the petition is PARTIALLY GRANTED."
        " Petitioner Jose P. Cruz is ACQUITTED of violation of Section 3(e) of R.A. No. 3019."
        " His conviction for Malversation of Public Funds under Article 217 of the Revised Penal"
        " Code is AFFIRMED.\n\nSO ORDERED.\n"
    )
    x = extract(Judgment(id="t", portal="test", text=text))
    statutes = {c.index: c.statute for c in x.charges}
    standing = {(statutes[v.charge], v.outcome.value) for v in x.verdicts if v.standing}
    assert ("RPC art.217", "convicted") in standing
    assert ("R.A. 3019 s.3(e)", "acquitted") in standing
    assert ("RPC art.217", "acquitted") not in standing
