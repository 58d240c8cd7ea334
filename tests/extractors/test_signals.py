"""Corruption narrated vs. merely named (LABELLING-CONVENTIONS.md corruption_signal)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import extract
from caselaw.extractors._base import MAX_SENTENCE, load_data
from caselaw.extractors.signals import _accused_at, _sentence_bounds, narrated
from caselaw.models import Judgment


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Respondent No.2 claims that he paid the Petitioner a bribe for the mutation.", "bribe"),
        (
            "The victim said her trafficker had police connections and paid protection money.",
            "protection",
        ),
        ("The clerk received P100,000 on a promise to fix the case of her son.", "fixing"),
        (
            "A worker said he saw the accused hand a brown envelope to the council inspector.",
            "bribe",
        ),
        ("Bribery is defined under section 161 of the Penal Code.", None),
        (
            "The kagawad used the barangay vehicle and issued false barangay certifications.",
            "forged_documents",
        ),
        (
            "In any case, the mayor invoked his position to silence the families.",
            "official_complicity",
        ),
        (
            "When committed by a police officer, when the offender took advantage of his position.",
            None,
        ),
        ("The accused offered the girls to foreign customers for money.", None),
        (
            "Section 3(e) of R.A. No. 3019 punishes public officers who give unwarranted benefits.",
            None,
        ),
    ],
)
def test_narrated(sentence: str, kind: str | None) -> None:
    assert narrated(sentence, party_is_official=True) == kind


def test_party_needs_an_official_defendant() -> None:
    sentence = "Respondent No.2 claims that he paid the Petitioner a bribe for the mutation."
    assert narrated(sentence, party_is_official=False) is None


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "The complainant is the brother of PO2 Juan Dela Paz, the accused in Criminal Case"
            " No. 05-1234 for Qualified Trafficking in Persons.",
            True,
        ),
        ("In that case, PO1 Ana Reyes was convicted of qualified trafficking in 2009.", True),
        # police as witnesses or rescuers are no complicity
        ("PO1 Ana Reyes testified that she rescued the minors from the bar.", False),
        ("SPO1 Garcia arrested the accused for drug pushing; he was charged with theft.", False),
    ],
)
def test_official_accused_of_trafficking(text: str, signal: bool) -> None:
    from caselaw.extractors._base import Context
    from caselaw.extractors.signals import EXTRACTOR
    from caselaw.models import Judgment

    ctx = Context(Judgment(id="t", portal="test", text=text))
    EXTRACTOR(ctx)
    assert bool(ctx.signals) is signal


_RUNS = st.sampled_from(
    ["a" * 1600, "a" * 700, "b" * 90, " ", ".", ",", ";", "!", "?", "\n", "ab", "Ab", "5", " x"]
)


def _bounds_by_scanning(text: str, start: int, end: int) -> tuple[int, int]:
    """The reference: the nearest stop either side (within ``MAX_SENTENCE``), where a full
    stop or line break followed (over blanks) by an ASCII lower-case letter -- or, for a
    full stop, a digit -- is no stop, nor a line break that wraps a sentence: its line ends
    in a lower-case letter or comma and the next begins with a capitalised word that goes
    on ("received \nRs.50,000")."""

    def wrapped(i: int) -> bool:
        line = text.rfind("\n", max(0, i - 200), i) + 1
        before = text[line:i].rstrip(" \t")
        last = before[-1:]
        goes_on = re.match(r"[ \t]*[A-Z][a-z]*\.?[ \t]?[\w,]", text[i + 1 :])
        return (last == "," or "a" <= last <= "z") and goes_on is not None

    def stop(i: int) -> bool:
        c = text[i]
        if c in ";?!":
            return True
        if c not in ".\n":
            return False
        k = i + 1
        while k < min(len(text), i + 80) and text[k] in " \t\r\n":
            k += 1
        if k < min(len(text), i + 80) and text[k].isascii():
            same_line = "\n" not in text[i + 1 : k]
            if text[k].islower() or (c == "." and same_line and text[k].isdigit()):
                return False
            if text[k].isdigit():
                return True
        return c != "\n" or not wrapped(i)

    lo = max(0, start - MAX_SENTENCE)
    hi = min(len(text), end + MAX_SENTENCE)
    s = next((i + 1 for i in range(start - 1, lo - 1, -1) if stop(i)), lo)
    e = next((i + 1 for i in range(end, hi) if stop(i)), hi)
    return s, e


@settings(max_examples=300)
@given(st.lists(_RUNS, max_size=40).map("".join), st.integers(0, 4000), st.integers(0, 20))
def test_sentence_bounds_as_the_scan(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert _sentence_bounds(text, start, end) == _bounds_by_scanning(text, start, end)


@pytest.mark.parametrize(
    ("text", "cue", "sentence"),
    [
        # a wrapped line (PDF text layer) goes on; a numbered paragraph does not
        (
            "1. Facts.\n\nThen it was alleged that the appellant solicited Rs. 5,000/= to be\n\n"
            "given to two senior officers.\n2. The appeal.",
            "solicited",
            "Then it was alleged that the appellant solicited Rs. 5,000/= to be\n\n"
            "given to two senior officers.",
        ),
        # an abbreviation before a number ends no sentence
        (
            "He came. The officer demanded Rs. 500 from him. He paid.",
            "demanded",
            " The officer demanded Rs. 500 from him.",
        ),
    ],
)
def test_sentence_bounds_cases(text: str, cue: str, sentence: str) -> None:
    at = text.index(cue)
    s, e = _sentence_bounds(text, at, at + len(cue))
    assert text[s:e] == sentence


def _accused_by_one_regex() -> re.Pattern[str]:
    """``official_accused`` as one regex with its word boundaries (the reference)."""
    data = load_data("signals.yaml")
    rank = "(?:" + "|".join(data["official_rank"]) + ")"
    leads = "(?:" + "|".join(data["official_accused_leads"]) + ")"
    lead_tail = data["official_accused_lead_tail"].replace("{rank}", rank)
    return re.compile(rf"\b{leads}{lead_tail}|\b{rank}{data['official_accused_rank_tail']}")


_ACCUSED_PIECES = st.sampled_from(
    [
        " ",
        ",",
        ".",
        "x",
        "_",
        "9",
        "the ",
        "an ",
        "v. ",
        "vs ",
        "versus ",
        "accused ",
        "PO2",
        "SPO1 ",
        "policemen",
        "police officer ",
        "jail guards",
        "PSI ",
        "P/Insp ",
        "Cruz ",
        "was convicted ",
        "were charged ",
        "had been indicted ",
        "against ",
        " a convict ",
    ]
)


@settings(max_examples=400)
@given(st.lists(_ACCUSED_PIECES, max_size=25).map("".join), st.integers(0, 30))
def test_accused_at_as_one_regex(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = _accused_by_one_regex().search(text, start)
    found = _accused_at(text, start, len(text))
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400)
@given(
    st.lists(
        _ACCUSED_PIECES | st.sampled_from(["found guilty ", "convicted ", "Accused "]), max_size=25
    ).map("".join)
)
def test_accused_words_in_every_phrase(text: str) -> None:
    """A text holding none of ``official_accused_words`` holds no official-accused phrase."""
    from caselaw.extractors.signals import _ACCUSED_WORDS

    if not any(w in text for w in _ACCUSED_WORDS):
        assert _accused_by_one_regex().search(text) is None
    m = _accused_by_one_regex().search(text)
    if m is not None:
        assert any(w in m.group(0) for w in _ACCUSED_WORDS)


def test_an_accused_police_officer_by_a_2019_rank_with_its_dot_is_a_signal() -> None:
    text = (
        "G.R. No. 1\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. ANA REYES, "
        "ACCUSED-APPELLANT.\n\nReyes recruited the minors. PSSg. Dela Pena was convicted of "
        "qualified trafficking in a separate case for protecting her bar.\n\n"
        "WHEREFORE, the appeal is DISMISSED.\n"
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    assert out.case.corruption_signal


def test_a_bribe_to_ministry_officials_is_public_beside_secret_commissions() -> None:
    sentence = (
        "The claimant alleges that the first defendant paid bribes to officials of the "
        "Ministry of Mines to obtain a licence, and received secret commissions from "
        "contractors."
    )
    assert narrated(sentence) == "bribe"
    assert (
        narrated("He received secret commissions and bribes from the suppliers' officers.") is None
    )
