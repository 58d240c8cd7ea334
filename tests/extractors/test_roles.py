"""Officials by type and roles from snippets written for these tests (no corpus text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import metadata, officials, parties, roles
from caselaw.extractors._base import Context, load_data, sentence_around
from caselaw.models import Category, Defendant, Judgment, OfficialType, Role


@dataclass(frozen=True)
class _Mention:
    """The one field of a charge mention the roles step reads."""

    category: Category


def run_roles(text: str, categories: tuple[Category, ...] = (), names: tuple[str, ...] = ()):
    """Caption parsing (or the given names) then the roles step; returns the defendants."""
    ctx = Context(Judgment(id="t", portal="test", text=text))
    metadata.EXTRACTOR(ctx)
    if names:
        ctx.defendants = [Defendant(index=i, name=n) for i, n in enumerate(names)]
    else:
        parties.EXTRACTOR(ctx)
    ctx.mentions = [_Mention(c) for c in categories]
    roles.EXTRACTOR(ctx)
    return ctx.defendants


@pytest.mark.parametrize(
    ("text", "name", "official_type"),
    [
        # rank before the name (PH police ranks)
        (
            "The Information charged PO2 Dennis Reci with qualified trafficking. PO2 Reci "
            "recruited the minors and the police officer collected their earnings.",
            "Dennis Reci",
            OfficialType.POLICE,
        ),
        (
            "Accused SPO1 Ramon Garcia received the marked money from the poseur-buyer.",
            "Ramon Garcia",
            OfficialType.POLICE,
        ),
        # position linked after the name
        (
            "Danilo Bautista, then Barangay Chairman of Barangay 12, borrowed money from the "
            "supplier for the barangay.",
            "Danilo Bautista",
            OfficialType.LOCAL_GOVERNMENT,
        ),
        (
            "Maria Lopez, an immigration officer assigned at the airport, let the women pass.",
            "Maria Lopez",
            OfficialType.IMMIGRATION,
        ),
        (
            "Jose Tan, a customs examiner, released the container without inspection.",
            "Jose Tan",
            OfficialType.CUSTOMS,
        ),
        # title before the name
        (
            "Judge Arturo Molina delayed the release of the consigned rentals.",
            "Arturo Molina",
            OfficialType.JUDICIARY,
        ),
        (
            "Mayor Pedro Pimentel approved the release of the public funds.",
            "Pedro Pimentel",
            OfficialType.LOCAL_GOVERNMENT,
        ),
        # office words before the name
        (
            "The committee was composed of Municipal Accountant Carlos Moreno and others.",
            "Carlos Moreno",
            OfficialType.LOCAL_GOVERNMENT,
        ),
        # an official named later in the clause is not the defendant's position
        (
            "According to Ana Cruz, the commotion drew the attention of SPO1 Edgar Balane.",
            "Ana Cruz",
            None,
        ),
        # a private recruiter is no official
        (
            "Rosa Dizon recruited the complainants for work abroad and collected placement fees.",
            "Rosa Dizon",
            None,
        ),
    ],
)
def test_official_type(text: str, name: str, official_type: OfficialType | None) -> None:
    (d,) = run_roles(text, (Category.TRAFFICKING,), names=(name,))
    assert d.official_type == official_type
    assert d.is_official is (official_type is not None)


def test_caption_descriptor_makes_the_respondent_an_official() -> None:
    text = (
        "[ A.M. No. P-23-001 ]\nLETICIA SANTOS, COMPLAINANT, VS. GERARDO F. VILLA, CLERK III, "
        "BRANCH 10, REGIONAL TRIAL COURT, QUEZON CITY, RESPONDENT.\n\nD E C I S I O N\n\n"
        "The respondent received P50,000 from the complainant on a promise to fix the case."
    )
    (d,) = run_roles(text, (Category.CORRUPTION,))
    assert d.name == "Gerardo F. Villa"
    assert (d.is_official, d.official_type) == (True, OfficialType.JUDICIARY)
    assert Role.BRIBE_TAKER in d.roles


def test_party_position_without_the_name() -> None:
    text = (
        "Muhammad Aslam versus The State etc.\n\nThe petitioner serves as Patwari in the "
        "revenue department and is accused of preparing a fictitious mutation."
    )
    (d,) = run_roles(text, (Category.CORRUPTION,), names=("Muhammad Aslam",))
    # a Patwari serves the provincial Board of Revenue (Punjab Land Revenue Act 1967), not a
    # local government
    assert (d.is_official, d.official_type) == (True, OfficialType.OTHER_PUBLIC)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Cruz recruited the three minors from their barangay.", Role.RECRUITER),
        ("Cruz transported the victims by van to the apartment.", Role.TRANSPORTER),
        ("Cruz harboured the girls in a safe house for two weeks.", Role.HARBOURER),
        ("Cruz was the mamasan of the videoke bar where the girls worked.", Role.EXPLOITER),
        ("Cruz financed the trips and provided the funds for the tickets.", Role.FINANCIER),
        ("Cruz prepared a forged passport for each of the women.", Role.DOCUMENT_FORGER),
    ],
)
def test_trafficking_roles(sentence: str, role: Role) -> None:
    (d,) = run_roles(sentence, (Category.TRAFFICKING,), names=("Ana Cruz",))
    assert role in d.roles


def test_roles_need_the_defendant_in_the_sentence() -> None:
    text = "Reyes recruited the girls. Cruz only cooked for the household."
    cruz, reyes = run_roles(text, (Category.TRAFFICKING,), names=("Ana Cruz", "Ben Reyes"))
    assert Role.RECRUITER in reyes.roles
    assert Role.RECRUITER not in cruz.roles


def test_a_hyphenated_surname_is_found_in_the_text() -> None:
    text = "Ramirez-Lopez recruited the three minors from their barangay."
    (d,) = run_roles(text, (Category.TRAFFICKING,), names=("Juan Ramirez-Lopez",))
    assert Role.RECRUITER in d.roles


def test_the_hired_person_is_no_recruiter() -> None:
    hired = "Cruz testified that she was hired through an advertisement as a receptionist."
    (d,) = run_roles(hired, (Category.TRAFFICKING,), names=("Ana Cruz",))
    assert Role.RECRUITER not in d.roles
    hiring = "The girls were hired by Cruz as entertainers for the bar."
    (d,) = run_roles(hiring, (Category.TRAFFICKING,), names=("Ana Cruz",))
    assert Role.RECRUITER in d.roles


@pytest.mark.parametrize(
    "title",
    [
        "PSSg.",
        "P/SSgt.",
        "PCpl.",
        "P/Cpl.",
        "PMSg.",
        "Patrolman",
        "Police Staff Sergeant",
        "Police Corporal",
        "Police Lieutenant",
        "PCapt.",
        "P/Lt.",
    ],
)
def test_philippine_police_ranks_since_2019(title: str) -> None:
    text = f"{title} Romeo Cruz recruited the minors and brought them to the bar."
    (d,) = run_roles(text, (Category.TRAFFICKING,), names=("Romeo Cruz",))
    assert d.official_type is OfficialType.POLICE


def test_a_rank_in_a_caption_is_the_first_accused_s_only() -> None:
    text = (
        "G.R. No. 261234\n\nPEOPLE OF THE PHILIPPINES, PLAINTIFF-APPELLEE, VS. PSSG. ROMEO D. "
        "CRUZ AND ANA M. REYES, ACCUSED-APPELLANTS.\n\nD E C I S I O N\n\nThe accused were "
        "convicted of qualified trafficking in persons.\n"
    )
    cruz, reyes = run_roles(text, (Category.TRAFFICKING,))
    assert cruz.name == "Romeo D. Cruz" and cruz.official_type is OfficialType.POLICE
    assert reyes.name == "Ana M. Reyes" and not reyes.is_official


def test_bribe_roles() -> None:
    text = (
        "PO3 Garcia demanded money from the bar owner so that the raid would not proceed. "
        "Lim paid a bribe of P20,000 to Garcia."
    )
    garcia, lim = run_roles(
        text, (Category.TRAFFICKING, Category.CORRUPTION), names=("Luis Garcia", "Henry Lim")
    )
    assert garcia.is_official and Role.BRIBE_TAKER in garcia.roles
    assert not lim.is_official and Role.BRIBE_GIVER in lim.roles
    assert Role.BRIBE_TAKER not in lim.roles  # only officials take bribes


def test_no_scheme_no_roles() -> None:
    """A drugs or homicide case has no trafficking/corruption roles."""
    (d,) = run_roles("Cruz transported the shabu in a van.", (Category.DRUGS,), names=("Ana Cruz",))
    assert d.roles == ()


def test_graft_official_without_bribe_gets_other() -> None:
    text = "Bautista, then Municipal Treasurer, released the funds without a voucher."
    (d,) = run_roles(text, (Category.CORRUPTION,), names=("Rey Bautista",))
    assert d.is_official and d.roles == (Role.OTHER,)


_RUNS = st.sampled_from(
    [
        "a" * 1600,
        "a" * 700,
        "b" * 90,
        " ",
        ".",
        ";",
        "!",
        "\n",
        " paid ",
        " gave ",
        " offered ",
        "a bribe ",
        "the gratification",
        "bribe-giver ",
    ]
)


@settings(max_examples=300)
@given(st.lists(_RUNS, max_size=40).map("".join), st.data())
def test_act_sentence_as_sentence_around(text: str, data: st.DataObject) -> None:
    """A role's sentence around a keyword, as ``sentence_around`` would find it."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert roles.act_sentence(text, start, end) == sentence_around(text, start, end, ".;")


@settings(max_examples=200)
@given(st.lists(_RUNS, max_size=40).map("".join))
def test_sites_are_the_sentences_of_cues_at_keywords(text: str) -> None:
    ctx = Context(Judgment(id="t", portal="test", text=text))
    expected, done_to = [], -1
    for ks, ke in ctx.keyword_spans("roles.bribe_giver"):
        if ks >= done_to and re.compile(_GIVER, re.I).match(text, ks):
            expected.append(sentence_around(text, ks, ke, ".;"))
            done_to = expected[-1][1]
    sites = roles._Sites(ctx)
    assert next(sites.sentences(Role.BRIBE_GIVER), None) == (expected[0] if expected else None)
    assert list(sites.sentences(Role.BRIBE_GIVER)) == expected  # (resumed where it stopped)
    assert list(sites.sentences(Role.BRIBE_GIVER)) == expected


_GIVER = "|".join(load_data("roles.yaml")["role_cues"]["bribe_giver"])


def _literal_heads(branch: str) -> list[str]:
    """The literal text a regex branch starts with (each alternative of a leading group)."""
    branch = branch.removeprefix("\\b")
    if branch.startswith("(?:"):
        inner = branch[3 : branch.index(")")]
        return [h for alt in inner.split("|") for h in _literal_heads(alt)]
    return [re.match(r"[\w' -]*", branch).group(0).rstrip("?")]


@pytest.mark.parametrize("role", list(load_data("roles.yaml")["role_cues"]))
def test_every_cue_starts_with_a_role_word(role: str) -> None:
    """Cues are matched only at the role's keywords: each must start with one of them."""
    words = [w.rstrip("*") for w in load_data("roles.yaml")["role_words"][role]]
    for cue in load_data("roles.yaml")["role_cues"][role]:
        for head in _literal_heads(cue):
            assert head, cue
            assert any(head.startswith(w) or w.startswith(head) for w in words), (cue, head)


_TITLE_BEFORE = re.compile(
    r"(?:^|[\s,(])((?:[A-Z][A-Za-z0-9./\-]*\s+){1,3})(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)*$"
)


def _position_before_by_regex(text: str, start: int) -> str:
    """``officials._position_before`` without its cheap rejections (the reference); a
    title never reaches back over a blank line (a paragraph break)."""
    window = text[max(0, start - 45) : start]
    m = _TITLE_BEFORE.search(window)
    if not m:
        return ""
    title = m.group(1)
    # the words after the last blank line in the match, if it falls before the title's end
    for br in re.finditer(r"\n[ \t]*\n", window[m.start() : m.end()]):
        cut = m.start() + br.end()
        title = "" if cut >= m.end(1) else window[max(cut, m.start(1)) : m.end(1)]
    words = title.split()
    return " ".join(w for w in words if w.isupper() or w.rstrip(".") in officials._TITLES)


_BEFORE = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ",",
        "(",
        ", (",
        "the ",
        "accused ",
        "PO2 ",
        "SPO1",
        "Mayor ",
        "Judge ",
        "Juan ",
        "A. ",
        "dela ",
        "Clerk III",
        "Municipal ",
        "x",
        "Reci",
        "Mr.",
        "P/Insp. ",
    ]
)


@settings(max_examples=400)
@given(st.lists(_BEFORE, max_size=12).map("".join))
def test_position_before_as_the_regex(head: str) -> None:
    text = head + "Reci"
    assert officials._position_before(text, len(head)) == _position_before_by_regex(text, len(head))


@settings(max_examples=400)
@given(st.lists(_BEFORE | st.sampled_from(["'", "é", "Ab-c ", "x,", "\n\n", "D "]), max_size=14))
def test_title_before_twin_as_the_regex(parts: list[str]) -> None:
    """The class-first twin finds the reference's group wherever it is searched."""
    head = "".join(parts)
    fast, slow = officials._TITLE_BEFORE.search(head), _TITLE_BEFORE.search(head)
    assert (fast and fast.group(1)) == (slow and slow.group(1))


def test_a_party_word_closing_an_introductory_clause_has_no_apposition() -> None:
    text = (
        "In preferring the witness's version of the facts over that of the appellant, the "
        "district judge relied on the witness's demeanour."
    )
    (d,) = run_roles(text, (Category.OTHER,), names=("Tay Ah Kow",))
    assert not d.is_official
    closed = "When the appellant, a police constable, arrived, the raid had begun."
    (d,) = run_roles(closed, (Category.OTHER,), names=("Tay Ah Kow",))
    assert d.official_type is OfficialType.POLICE
