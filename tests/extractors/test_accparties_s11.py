"""Defendants of administrative matters, old captions, quoted co-accused verdicts and name
forms (s11 accparties): synthetic texts, no corpus or fresh-set text."""

from __future__ import annotations

from party_helpers import names

from caselaw.extractors._base import Context
from caselaw.extractors.accused_verdicts import accused_verdicts
from caselaw.extractors.fallo_respondents import penalised_respondents
from caselaw.extractors.name_variants import typo_variant
from caselaw.extractors.names import key_tokens
from caselaw.models import Judgment


def _ctx(text: str) -> Context:
    return Context(Judgment(id="t", portal="test", text=text))


# --- A3: an old docket line with its letter series, the name alone on its line -------------

_OLD_BODY = (
    "\n\nCRUZ, J.:\n\nThis is a petition to review the decision of the Sandiganbayan "
    "convicting the petitioner of violating Section 3(b) of Republic Act No. 3019.\n\n"
    "WHEREFORE, the decision is reversed and the petitioner is acquitted.\n"
)


def test_old_docket_line_with_letter_series_then_name_without_comma() -> None:
    text = (
        "G.R. No. L-12345\n\nManila\n\nEN BANC\n\nG.R. No. L-12345 March 3, 1983\n\n"
        "MARCELO BANTAY\n\npetitioner,\n\nvs.\n\nTHE HON. SANDIGANBAYAN and THE PEOPLE OF "
        "THE PHILIPPINES,\n\nrespondents." + _OLD_BODY
    )
    assert names(text) == ["Marcelo Bantay"]


def test_old_docket_line_then_name_with_comma() -> None:
    text = (
        "G.R. No. L-12345\n\nManila\n\nSECOND DIVISION\n\nG.R. No. L-12345 July 9, 1986\n\n"
        "ROSARIO T. DIMALANTA,\n\npetitioner,\n\nvs.\n\nCOURT OF APPEALS and PEOPLE OF THE "
        "PHILIPPINES,\n\nrespondents." + _OLD_BODY
    )
    assert names(text) == ["Rosario T. Dimalanta"]


# --- A1 (i): respondents listed each with the post he holds --------------------------------

_AM_BODY = (
    "\n\nDECISION\n\nREYES, J.:\n\nThe respondents, all employees of the court, quarrelled "
    "in the office.\n\nWHEREFORE, the respondents are REPRIMANDED.\n"
)


def test_semicolon_list_of_respondents_each_with_a_court_post() -> None:
    text = (
        "[ A.M. No. P-05-1234, May 2, 2005 ]\n\nJUDGE PEDRO A. REYES, COMPLAINANT, VS. "
        "MARIA L. SANTOS, CLERK OF COURT II; JOSE P. GARCIA, COURT INTERPRETER; ANA B. CRUZ, "
        "PROCESS SERVER, RESPONDENTS." + _AM_BODY
    )
    assert names(text) == ["Maria L. Santos", "Jose P. Garcia", "Ana B. Cruz"]


def test_semicolon_after_an_and_opens_the_next_entry_too() -> None:
    text = (
        "[ A.M. No. P-05-1234, May 2, 2005 ]\n\nJUDGE PEDRO A. REYES, COMPLAINANT, VS. "
        "MARIA L. SANTOS, CLERK OF COURT II; AND JOSE P. GARCIA, SHERIFF IV, RESPONDENTS."
        + _AM_BODY
    )
    assert names(text) == ["Maria L. Santos", "Jose P. Garcia"]


def test_comma_list_post_still_ends_the_names() -> None:
    # without a semicolon the words after the post are no name of their own
    text = (
        "[ A.M. No. P-05-1234, May 2, 2005 ]\n\nJUDGE PEDRO A. REYES, COMPLAINANT, VS. "
        "MARIA L. SANTOS, CLERK OF COURT II, MUNICIPAL TRIAL COURT, BAYOMBONG, RESPONDENT."
        + _AM_BODY
    )
    assert names(text) == ["Maria L. Santos"]


# --- A1 (ii): a judge's own request the Court turns into his administrative case ----------


def test_request_of_judge_case_against_him_dismissed_on_death() -> None:
    text = (
        "[ A.M. No. 09-1-11-RTC, June 1, 2021 ]\n\nRE: REQUEST OF JUDGE RAMON B. TOLENTINO, "
        "REGIONAL TRIAL COURT, BRANCH 3, TAGUM, FOR EXTENSION OF TIME TO DECIDE CIVIL CASES."
        "\n\nDECISION\n\nLOPEZ, J.:\n\nJudge Ramon B. Tolentino failed to decide the cases. "
        "He has since passed away.\n\nWHEREFORE, the instant administrative case against the "
        "late Judge Ramon B. Tolentino is DISMISSED.\n"
    )
    assert names(text) == ["Ramon B. Tolentino"]


def test_request_of_judge_granted_names_no_respondent() -> None:
    text = (
        "[ A.M. No. 09-1-11-RTC, June 1, 2021 ]\n\nRE: REQUEST OF JUDGE RAMON B. TOLENTINO, "
        "REGIONAL TRIAL COURT, BRANCH 3, TAGUM, FOR EXTENSION OF TIME TO DECIDE CIVIL CASES."
        "\n\nDECISION\n\nLOPEZ, J.:\n\nThe request is reasonable.\n\nWHEREFORE, the request of "
        "Judge Ramon B. Tolentino is GRANTED. His motion to have the matter DISMISSED is moot.\n"
    )
    assert names(text) == []


# --- A1 (iii): the respondent the fallo penalises by name ---------------------------------

_AUDIT_HEAD = (
    "[ A.M. No. 96-1-01-MTC, July 1, 1998 ]\n\nRE: REPORT ON AUDIT OF THE MUNICIPAL TRIAL "
    "COURT OF SAN JOSE.\n\n[ A.M. No. P-96-1111. July 1, 1998 ]\n\nLUZ D. ROQUE, "
    "COMPLAINANT, VS. MARIO B. VILLA, CLERK OF COURT, RESPONDENT.\n\nD E C I S I O N\n\n"
    "MENDOZA, J.:\n\nThe audit found delays.\n\n"
)


def test_fallo_penalises_a_respondent_judge_the_caption_does_not_name() -> None:
    text = _AUDIT_HEAD + (
        "ACCORDINGLY, for gross inefficiency, respondent Judge Carlos de\nLeon is hereby "
        "FINED in the sum of FIVE THOUSAND PESOS.\n\nRespondent Mario B. Villa is hereby "
        "DISMISSED from the service.\n\nSO ORDERED.\n"
    )
    assert names(text) == ["Mario B. Villa", "Carlos de Leon"]


def test_penalised_respondents_reads_a_list_and_leaves_other_orders() -> None:
    text = _AUDIT_HEAD + (
        "WHEREFORE, respondents Ana B. Cruz and Jose P. Garcia are FINED One Thousand Pesos "
        "each. Respondent Mario B. Villa is DIRECTED to explain. The respondent court is "
        "hereby ordered to act.\n"
    )
    found = [n for n, _, _ in penalised_respondents(_ctx(text))]
    assert found == ["Ana B. Cruz", "Jose P. Garcia"]


# --- A2: a co-accused acquitted in a quoted fallo sentence of his own ----------------------


def test_capitalised_accused_sentence_names_the_acquitted_co_accused() -> None:
    text = (
        "ROBERTO M. LAGMAN, PETITIONER, VS. PEOPLE OF THE PHILIPPINES, RESPONDENT.\n\n"
        "DECISION\n\nCRUZ, J.:\n\nThe Sandiganbayan decided:\n\n'WHEREFORE, accused ROBERTO "
        "M. LAGMAN is found GUILTY of violating Section 3(e) of Republic Act No. 3019.\n\n"
        "Accused ATTY. FELIPE S. DOMINGO, on the other hand[,] is ACQUITTED on the basis of "
        "reasonable doubt.\n\nAccused CESAR TAN is ACQUITTED for failure of the prosecution "
        "to prove his guilt.'\n\nWHEREFORE, the petition is DENIED.\n"
    )
    assert names(text) == ["Roberto M. Lagman", "Felipe S. Domingo", "Cesar Tan"]


def test_capitalised_accused_in_prose_is_no_verdict() -> None:
    text = "Accused Cesar Tan is a clerk of the office. Accused Ana Cruz testified.\n"
    assert accused_verdicts(_ctx(text)) == []


# --- A10: the caption's spelling over a one-off typo in a quoted fallo ---------------------


def test_one_off_typo_of_a_caption_name_is_the_caption_party() -> None:
    text = (
        "G.R. No. L-22222\n\nManila\n\nSECOND DIVISION\n\nG.R. No. L-22222 July 9, 1986\n\n"
        "ROSALINDA R. MERCADO,\n\npetitioner,\n\nvs.\n\nCOURT OF APPEALS and PEOPLE OF THE "
        "PHILIPPINES,\n\nrespondents.\n\nCRUZ, J.:\n\nRosalinda Mercado was charged with "
        "bribery. The trial court ruled:\n\nWHEREFORE, the Court hereby finds the accused "
        "Atty. Rosalindo R. Mercado guilty beyond reasonable doubt of the crime charged.\n\n"
        "The decision is affirmed.\n"
    )
    assert names(text) == ["Rosalinda R. Mercado"]


def test_a_spelling_repeated_in_the_text_is_another_person() -> None:
    ctx = _ctx("Mario R. Santos and Maria R. Santos. Later Mario R. Santos left.")
    assert not typo_variant(ctx, key_tokens("Maria R. Santos"), key_tokens("Mario R. Santos"))
    once = _ctx("Maria R. Santos and Mario R. Santos.")
    assert typo_variant(once, key_tokens("Maria R. Santos"), key_tokens("Mario R. Santos"))
    # two letters off, or another middle initial: not a typo of the caption's name
    assert not typo_variant(once, key_tokens("Maria R. Santos"), key_tokens("Marco R. Santos"))
    assert not typo_variant(once, key_tokens("Maria R. Santos"), key_tokens("Mario T. Santos"))


# --- fresh-other A8: Sri Lankan caption names, the Singapore author line ------------------

_LK_HEAD = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST\n\nREPUBLIC OF SRI LANKA\n\n"
    "In the matter of an application for leave to appeal under section 15 of the "
    "Judicature Act.\n\nDirector-General,\n\nCommission to Investigate Allegations\n\n"
    "Of Bribery or Corruption,\n\nColombo 07.\n\n"
)
_LK_BODY = (
    "\n\nA. B. SILVA, J.\n\nThe respondents were indicted under the Bribery Act. The High "
    "Court acquitted them. Application dismissed.\n"
)


def test_lower_case_word_inside_a_numbered_entry_keeps_the_party() -> None:
    text = (
        _LK_HEAD + "Complainant\n\nVs.\n\n1. Herath Mudiyanselage Sunil Kumara, Kandy Road, "
        "Matale. 2. Rajapaksha Mudiyanselage nimal Sri Bandara,\n\nNo. 12, Temple Road, "
        "Kurunegala.\n\nAccused" + _LK_BODY
    )
    assert names(text) == [
        "Herath Mudiyanselage Sunil Kumara",
        "Rajapaksha Mudiyanselage nimal Sri Bandara",
    ]


def test_lower_case_entry_of_prose_or_a_particle_is_no_name() -> None:
    from caselaw.extractors.entry_names import lowercase_word_entry

    prose = "the accused was indicted before"
    assert lowercase_word_entry(prose, 0, len(prose)) == []
    short = "Juan dela Cruz"
    assert lowercase_word_entry(short, 0, len(short)) == []
    two = "Rajapaksha mudiyanselage nimal Bandara"
    assert lowercase_word_entry(two, 0, len(two)) == []


def test_place_after_the_name_without_its_comma_is_address() -> None:
    # the first listing puts a comma after the name, the second drops it
    text = (
        _LK_HEAD + "Accuser\n\nVs.\n\n1. Yapa Mudiyanselage Kithsiri Kumara, Benagama, "
        "Pannala. 2. Silva Arachchige Ranjith Perera,\n\nNo. 12, Kandy Road, Matale.\n\nAccused\n\n"
        "And Now Between;\n\n"
        + _LK_HEAD.split("\n\n", 3)[3]
        + "Complainant-Appellant\n\nVs.\n\n1. Yapa Mudiyanselage Kithsiri Kumara Benagama, "
        "Pannala.\n\n2. Silva Arachchige Ranjith Perera, Kandy Road, Matale.\n\n"
        "Accused - Respondents" + _LK_BODY
    )
    assert names(text) == ["Yapa Mudiyanselage Kithsiri Kumara", "Silva Arachchige Ranjith Perera"]


def test_address_tail_needs_the_comma_form_in_the_text() -> None:
    from caselaw.extractors.address_tail import address_tail

    text = "1. Kumara Yapa, Benagama, Pannala. 1. Kumara Yapa Benagama, Pannala."
    assert address_tail(text, "Kumara Yapa", "Kumara Yapa Benagama")
    assert not address_tail("Kumara Yapa Benagama, Pannala.", "Kumara Yapa", "Kumara Yapa Benagama")
    assert not address_tail(text, "Kumara Yap", "Kumara Yapa Benagama")


def test_singapore_author_line_ends_the_caption() -> None:
    # the alias of a cited lower-court title below the author line is no caption name
    text = (
        "Public Prosecutor v Lim Boon Kiat\n\nCase Number : Criminal Reference No 2 of 2014"
        "\n\nCoram : Tan Ah Kow JA; Lee Bee Lian JA; Ong Chee Seng J\n\nParties : Public "
        "Prosecutor — Lim Boon Kiat\n\nTan Ah Kow JA (delivering the judgment of the court):"
        "\n\n1 This reference arises from Public Prosecutor v Lim Boon Kiat @ Bobby Lim "
        "[2013] SGDC 12. The accused was convicted under the Prevention of Corruption Act.\n"
    )
    assert names(text) == ["Lim Boon Kiat"]
