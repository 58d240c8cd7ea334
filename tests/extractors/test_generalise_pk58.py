"""Sri Lankan caption and disposal forms found on a fifth unseen set (gen8 'pk5': bribery
revisions brought by the Commission, illicit-enrichment appeals); test-written snippets
only, no judgment text."""

from __future__ import annotations

from party_helpers import names

# a revision by the prosecution: the Commission is the "Complainant-Petitioner", the versus
# is written "Vs," and the accused is the respondent of the revision
_REVISION_CAPTION = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "CA (PHC) 77/2019\n\nHC Colombo B 1234/2016\n\n"
    "The Director General, Commission to Investigate\n\n"
    "Allegations of Bribery or Corruption,\n\nColombo 07.\n\n"
    "COMPLAINANT -PETITIONER\n\nVs,\n\nKuruppu Arachchige Sunil Perera,\n\n"
    "Temple Junction,\n\nKurunegala.\n\nACCUSED-RESPONDENT\n\n"
    "Before: A. B. Silva J.\n\nORDER\n\nThe Accused-Respondent was indicted.\n"
)


def test_versus_written_with_a_comma_and_a_complainant_petitioner_label() -> None:
    assert names(_REVISION_CAPTION) == ["Kuruppu Arachchige Sunil Perera"]


def test_versus_with_a_comma_does_not_split_a_name() -> None:
    # "Vs," needs a blank after it: "Vsevolod" or "Vs,X" is no versus
    text = _REVISION_CAPTION.replace("Kuruppu Arachchige", "Vsevolod Arachchige")
    assert names(text) == ["Vsevolod Arachchige Sunil Perera"]


# the conversion ran the caption's lines together: "And <name>, No. 12/3, <town>." and
# "<name> <street> Road, <town>, <town>." on one line
_RUN_ON_CAPTION = (
    "IN THE SUPREME COURT OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "The Director General, Commission to Investigate Allegations of Bribery or Corruption, "
    "Colombo 07. Complainant SC Appeal 55/ 2016\n\n"
    "SC/SPL/LA/ 21/2015 Vs, CA 26/2010 HC Colombo case No. 117/2009 Wijesinghe Arachchige "
    "Nimal Bandara, No. 12/3, Kandy Road, Kadawatha. Accused\n\n"
    "And Wijesinghe Arachchige Nimal Bandara, No. 12/3, Kandy Road, Kadawatha. "
    "Accused- Appellant Vs, The Director General, Commission to Investigate Allegations of "
    "Bribery or Corruption, Colombo 07. Complainant-Respondent\n\n"
    "Before: A. B. Silva J.\n\nJUDGMENT\n\nThe appeal is dismissed.\n"
)


def test_the_caption_connective_and_is_no_part_of_the_name() -> None:
    assert names(_RUN_ON_CAPTION) == ["Wijesinghe Arachchige Nimal Bandara"]


def test_a_name_that_begins_with_and_keeps_it_elsewhere() -> None:
    # only the leading connective of a run-on line goes ("Andrew" is a name)
    text = _RUN_ON_CAPTION.replace("Wijesinghe Arachchige", "Andrew Arachchige").replace(
        "And Andrew", "Andrew"
    )
    assert names(text) == ["Andrew Arachchige Nimal Bandara"]


def _street_caption(line: str) -> str:
    return (
        "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
        "CA No: CA/HCC/ 120/2019 The Director General Commission to Investigate Allegations "
        "of Bribery or Corruption, Colombo 07.\n\nComplainant Vs.\n\n"
        f"{line}\n\nAccused\n\nBefore: A. B. Silva J.\n\nJUDGMENT\n\nThe appeal is dismissed.\n"
    )


def test_a_name_run_into_its_street_on_one_line() -> None:
    # the street's own name ("Godlic Watta": garden) and the towns after it are no names
    text = _street_caption("Weerakoon Jayasinghe Godlic Watta Road, Bamunugedara, Kurunegala.")
    assert names(text) == ["Weerakoon Jayasinghe"]
    text = _street_caption("Kaluarachchige Dayawathi Pasal Mawatha, Aluviharaya, Matale.")
    assert names(text) == ["Kaluarachchige Dayawathi"]


def test_a_street_alone_is_still_no_name() -> None:
    # one word before the street word is the street's name, not a person
    text = _street_caption("Nimal Perera, Ikbal Road, Muthur.")
    assert names(text) == ["Nimal Perera"]
    text = _street_caption("Temple Road, Kurunegala.")
    assert names(text) == []


_ENRICHMENT_APPEAL = (
    "IN THE COURT OF APPEAL OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "CA No: CA/HCC/ 120/2019 The Director General Commission to Investigate Allegations "
    "of Bribery or Corruption, Colombo 07.\n\nComplainant Vs.\n\n"
    "Ranjith Bandara Herath, No. 4, Lake Road, Kurunegala.\n\nAccused-Appellant\n\n"
    "Before: A. B. Silva J.\n\nJUDGMENT\n\n"
    "The appellant was indicted with a charge under section 23A (1) read with section 23A (3) "
    "of the Bribery Act. The following witnesses gave evidence for the defence. "
    "(i.) Ranjith Bandara Herath - The accused-appellant (ii.) Sunil Wickrama - The owner of "
    "the land on which the appellant kept his lorry. (iii.) Nimal Silva - a mason.\n"
    "The appeal is dismissed.\n"
)


def test_the_next_list_item_describes_another_person() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    out = extract(Judgment(id="t", portal="test", text=_ENRICHMENT_APPEAL))
    assert [(d.name, d.is_official) for d in out.defendants] == [("Ranjith Bandara Herath", True)]


def test_an_owner_in_the_defendants_own_item_stays_private() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    text = _ENRICHMENT_APPEAL.replace(
        "The accused-appellant (ii.)", "The accused-appellant, the owner of a hardware shop (ii.)"
    )
    out = extract(Judgment(id="t", portal="test", text=text))
    assert [(d.name, d.is_official) for d in out.defendants] == [("Ranjith Bandara Herath", False)]


def test_a_court_directed_to_hear_the_case_is_a_remand() -> None:
    from caselaw.extractors.verdict_cues import classify

    assert classify("We set aside the order and direct the High Court to hear the case.") == (
        "other"
    )
    assert (
        classify(
            "The learned High Court Judge is hereby directed to issue notice to the Respondent "
            "and commence the trial."
        )
        == "other"
    )
    # a direction to someone else is no remand
    assert classify("We direct the Registrar to send a copy to the Commission.") is None


def test_a_sentence_runs_on_over_a_blank_line_after_of() -> None:
    from caselaw.extractors.verdict_cues import _SENTENCE, _SENTENCE_SCAN

    text = "I set aside the judgment and direct the Court of\n\nAppeal to hear it. Next line."
    assert [m.start() for m in _SENTENCE.finditer(text)] == [
        m.start() for m in _SENTENCE_SCAN.finditer(text)
    ]
    assert "\n" not in text[: text.index("it.")].replace("of\n\nAppeal", "")
    assert all(m.start() > text.index("it.") for m in _SENTENCE.finditer(text))
    # a line that ends a sentence still breaks there
    text = "The appeal is dismissed\n\nThe State shall pay costs."
    assert [m.start() for m in _SENTENCE.finditer(text)] == [23]


_SC_REMAND = (
    "IN THE SUPREME COURT OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA\n\n"
    "SC Appeal 55/2016\n\nThe Director General, Commission to Investigate Allegations of "
    "Bribery or Corruption, Colombo 07.\n\nComplainant-Respondent-Appellant\n\nVs.\n\n"
    "Kumara Wickrama Perera, No. 4, Lake Road, Kandy.\n\nAccused-Appellant-Respondent\n\n"
    "Before: A. B. Silva J.\n\nJUDGMENT\n\n"
    "The accused was indicted under section 23A (3) of the Bribery Act and was convicted by "
    "the High Court. The Court of Appeal allowed his appeal by acquitting and discharging the "
    "Accused-Appellant on a preliminary objection.\n\n"
    "For these reasons I set aside the judgment of the Court of Appeal dated 01.02.2015 and "
    "direct the Court of\n\nAppeal to hear the main appeal in this case.\n\nAppeal allowed.\n"
)


def test_the_courts_own_remand_decides_over_the_acquittal_below() -> None:
    from caselaw.extractors import extract
    from caselaw.models import Judgment

    out = extract(Judgment(id="t", portal="test", text=_SC_REMAND))
    assert [d.name for d in out.defendants] == ["Kumara Wickrama Perera"]
    assert {v.outcome.value for v in out.verdicts if v.standing} == {"other"}


def test_the_name_of_the_bribery_act_narrates_no_bribe() -> None:
    from caselaw.extractors import signals

    sentence = (
        "The legislature wanted the Commission to act independent of the Attorney General "
        "who is empowered to forward indictments and thereby gave its Director General the "
        "sole power of appealing against the orders of court with regard to offences under "
        "the Bribery Act."
    )
    assert signals.narrated(sentence) is None
    # a bribe narrated beside the Act's name still is one
    sentence = (
        "The officer accepted a bribe of Rs. 5,000 from the complainant, an offence under "
        "the Bribery Act."
    )
    assert signals.narrated(sentence) == "bribe"


def test_clauses_side_by_side_and_wrapped_over_a_blank_line() -> None:
    from caselaw.extractors.charges import find_charges

    text = (
        "The respondent was indicted for soliciting and accepting a gratification, which is an "
        "offence punishable under Section 19(b) 19\n\n(c) of the Bribery Act No. 11 of 1954."
    )
    assert [(c.category.value, c.statute) for c in find_charges(text, "LK")] == [
        ("corruption", "Bribery Act (LK) s.19(b),(c)")
    ]
    # a year after a clause is no clause of a list
    from caselaw.extractors.citations import parse_citations

    text = "under section 5(a) 2019 (Revised) of the Act"
    assert [c.normalised() for c in parse_citations(text, 0, len(text))] == ["s.5(a)"]


def test_convicted_by_the_court_under_a_section() -> None:
    from caselaw.extractors.charges import find_charges

    text = (
        "The appellant, a Patwari, was convicted by the learned Special Judge, Anti-Corruption, "
        "Lahore under section 161 PPC read with section 5(2) of the Prevention of Corruption "
        "Act, 1947 and sentenced to two years."
    )
    assert [(c.category.value, c.statute) for c in find_charges(text, "PK")] == [
        ("corruption", "PPC s.161 r/w PCA 1947 s.5(2)")
    ]
    # the convicting verb with an object, a precedent's narration, is not read so
    text = "The court in that case convicted the accused under section 161 PPC."
    assert find_charges(text, "PK") == []


def test_the_ordinance_is_the_ordinance_named_before() -> None:
    from caselaw.extractors.charges import find_charges

    text = (
        "The petitioner seeks bail in Reference No.03/2023 filed under section 18(g) read with "
        "section 24(b) of the National Accountability Ordinance, 1999, wherein it is alleged "
        "that he committed the offence of corruption and corrupt practices under section "
        "9(a)(vi) of the Ordinance."
    )
    assert ("corruption", "NAO 1999 s.9(a)(vi)") in [
        (c.category.value, c.statute) for c in find_charges(text, "PK")
    ]
    # "the Act" is no Ordinance; nor does an unknown act named before break the reading
    text = text.replace("of the Ordinance.", "of the Act.")
    assert "NAO 1999 s.9(a)(vi)" not in [c.statute for c in find_charges(text, "PK")]
    text = (
        "FIR No.98/2024 was registered under sections 302, 342 PPC and section 155-C of the "
        "Police Order, 2002, and the petitioner was charged under section 9 of the Order."
    )
    assert find_charges(text, "PK")
