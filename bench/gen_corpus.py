"""Seeded, streaming generator of judgment-like text for throughput benchmarks.

    from bench.gen_corpus import documents
    for doc in documents(total_bytes=50_000_000, seed=7): ...

Each document (20-120 KB) is laid out like the judgments in /work/shared/corpus:
a caption of short lines, facts, the informations/charges, transcript-style
testimony (short Q/A lines), a discussion citing statutes and cases, the ruling,
a dispositive part and footnotes.  The mix is tuned so that keyword densities
per 10 KB (charge cues, statutes, offence phrases, officials, verdict and
sentence words) and the share of text the prefilter flags are close to the real
corpus's (docs/performance.md has both side by side), so the prefilter cannot
skip most of it.  Nothing is held in memory beyond the current document.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

NAMES = [
    "Juan Dela Cruz",
    "Maria Santos",
    "Peter Mwangi",
    "Muhammad Aslam",
    "John Smith",
    "Ananda Perera",
    "Grace Okafor",
    "Somchai Boonmee",
    "Rosario Reyes",
    "Imran Khan",
    "Wanjiku Kamau",
    "Nguyen Van An",
    "Rajesh Kumar",
    "Fatima Bibi",
    "Thabo Nkosi",
    "Siti Aminah",
    "Carlos Mendoza",
    "Li Wei",
]
OFFICIALS = [
    "PO2 Reyes",
    "SPO1 Garcia",
    "Inspector Mwangi",
    "the Station House Officer",
    "the Barangay Captain",
    "the immigration officer",
    "Sub-Inspector Akhtar",
    "the labour inspector",
    "Police Constable Njoroge",
]
VICTIMS = ["AAA", "BBB", "CCC", "the minor", "the complainant", "PW-1", "the victim"]
CHARGES = [
    "{name} was charged with violation of Section 4(a) in relation to Section 6(a) and (c) "
    "of R.A. No. 9208, as amended by R.A. No. 10364, in an Information docketed as Criminal "
    "Case No. {n}-{m}.",
    "The accused was convicted of violation of Section 3(e) of Republic Act No. 3019 and "
    "sentenced to imprisonment of six years and one month.",
    "FIR No. {n}/2019 was registered under Sections 409, 420, 468 and 471 PPC read with "
    "section 5(2) of the Prevention of Corruption Act, 1947.",
    "COUNT {k}: Trafficking in persons contrary to section 3(1)(d) as read with section 3(5) "
    "of the Counter-Trafficking in Persons Act.",
    "The jury returned a verdict of guilty on Counts {k} and {n} under 18 U.S.C. §§ 1591(a) "
    "and (b)(2), and on Count {m} under 18 U.S.C. § 1594(c).",
    "{name} was found guilty beyond reasonable doubt of Qualified Trafficking in Persons.",
    "The appellant pleaded guilty to an offence under section 2 of the Modern Slavery Act "
    "2015 and to conspiracy to commit bribery.",
    "{name} was charged with illegal sale of dangerous drugs under Section 5, Article II of "
    "R.A. No. 9165.",
    "The Special Court convicted the accused under section 7 and section 13(2) read with "
    "section 13(1)(d) of the Prevention of Corruption Act, 1988.",
    "The accused persons were charged under section 370 of the Indian Penal Code for "
    "trafficking of persons and under section 5 of the Immoral Traffic (Prevention) Act.",
    "In Criminal Case No. SB-{n}-CRM-{m}, {name} stands charged with malversation of public "
    "funds under Article 217 of the Revised Penal Code.",
    "The charge sheet accused {name} of soliciting a gratification contrary to section "
    "{k} of the Anti-Corruption and Economic Crimes Act.",
]
FACTS = [
    "On {date}, {victim} was recruited by {name} with a promise of work as a waitress in "
    "{place} for a monthly salary of {money}.",
    "{official} received information that minors were being offered for sexual services at "
    "a videoke bar along the national highway.",
    "A buy-bust team was formed and {official} acted as the poseur-customer; the marked "
    "money was dusted with ultraviolet powder.",
    "The recruiter collected a placement fee of {money} and kept the passports of the "
    "workers upon their arrival in {place}.",
    "{victim} testified that she was made to work from six in the morning until midnight "
    "and was never paid.",
    "It was the prosecution's theory that {official} demanded {money} from the complainant "
    "in exchange for the release of the seized vehicle.",
    "The entrapment operation was coordinated with the National Bureau of Investigation and "
    "a social worker of the DSWD.",
    "The victims were transported by boat and were met at the port by {name}, who paid "
    "the escort {money}.",
    "Bank records showed deposits of {money} into the account of the accused shortly after "
    "each shipment.",
    "The accused allegedly bribed the immigration officer to let the victims pass through "
    "the airport without travel clearances.",
]
PROSE = [
    "The {court} has carefully examined the records of the case and the arguments of counsel.",
    "It is settled that findings of fact of the trial court are accorded great respect.",
    "The witness testified on direct examination and was cross-examined at length.",
    "Counsel for the {party} submitted that the evidence was insufficient to sustain the finding.",
    "The documentary exhibits were marked and offered without objection from the defence.",
    "We find no reason to depart from the settled rule on the credibility of witnesses.",
    "The appeal was filed within the reglementary period and is properly before this Court.",
    "The hearing was adjourned several times at the instance of both parties.",
    "In the absence of any showing of ill motive, the testimony deserves full faith and credit.",
    "The burden of proof rests on the prosecution and never shifts to the {party}.",
    "The court below weighed the testimony of {k} witnesses and the physical evidence.",
    "Such a defence is inherently weak and cannot prevail over positive identification.",
    "The petitioner argues that the order was issued with grave abuse of discretion.",
    "The learned counsel placed reliance on a number of authorities which we have considered.",
    "Minor inconsistencies in the testimony of a witness do not impair her credibility.",
]
DOCTRINE = [
    "The elements of trafficking in persons under Section 3(a) of R.A. No. 9208 are the act, "
    "the means and the purpose.",
    "Section 6 of R.A. No. 9208 provides that the crime is qualified when the trafficked "
    "person is a child or when the offender is a public officer.",
    "See People v. {name}, G.R. No. {n}, {date}; cf. People v. Casio, G.R. No. 211465.",
    "Under Section 3(e) of R.A. No. 3019, the prosecution must prove that the accused is a "
    "public officer who acted with manifest partiality or evident bad faith.",
    "The offence under section 5(1)(d) of the Prevention of Corruption Act, 1947 requires "
    "proof that the public servant obtained a pecuniary advantage.",
    "Article 217 of the Revised Penal Code punishes any public officer who misappropriates "
    "public funds for which he is accountable.",
    "Drug trafficking is a scourge that the law punishes severely.",
    "The consent of the victim is not a defence in trafficking cases (Section 17, R.A. 9208).",
]
VERDICTS = [
    "WHEREFORE, the appeal is DISMISSED and the Decision of the Court of Appeals is AFFIRMED "
    "with MODIFICATION.",
    "The conviction is quashed and the appellant is ACQUITTED on reasonable doubt.",
    "{name} is sentenced to life imprisonment and to pay a fine of P2,000,000.00.",
    "The accused is sentenced to rigorous imprisonment for seven years and a fine of "
    "Rs. 500,000, in default simple imprisonment for six months.",
    "The appeal against conviction and sentence is dismissed.",
    "The accused is ordered to pay the victim moral damages of P500,000.00 and exemplary "
    "damages of P100,000.00.",
    "SO ORDERED.",
]
QA = [
    "Q: What happened after you arrived in {place}?",
    "A: They took our passports, sir.",
    "Q: Who told you to work at the bar?",
    "A: {name}, sir.",
    "Q: How much were you paid?",
    "A: Nothing, sir.",
    "Q: Did the police officer ask for money?",
    "A: Yes, he asked for {money}.",
]
HEADINGS = ["THE FACTS", "THE CHARGES", "THE ISSUES", "OUR RULING", "DISCUSSION", "DECISION"]
MONTHS = ["March", "July", "October"]
COURTS = ["REPUBLIC OF THE PHILIPPINES", "IN THE HIGH COURT OF KENYA", "IN THE LAHORE HIGH COURT"]
PLACES = ["Manila", "Angeles City", "Lahore", "Mombasa", "Bangkok", "Kuala Lumpur", "Colombo"]


def _fill(rng: random.Random) -> dict[str, object]:
    return {
        "court": rng.choice(["Court", "trial court", "High Court", "Sandiganbayan"]),
        "party": rng.choice(["accused", "appellant", "respondent", "petitioner"]),
        "name": rng.choice(NAMES),
        "official": rng.choice(OFFICIALS),
        "victim": rng.choice(VICTIMS),
        "place": rng.choice(PLACES),
        "money": rng.choice(["P15,000.00", "Rs. 50,000", "KES 20,000", "USD 3,000"]),
        "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 20{rng.randint(10, 23)}",
        "n": rng.randint(1, 99999),
        "m": rng.randint(1, 999),
        "k": rng.randint(1, 12),
    }


FUNCTION_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "that",
    "was",
    "by",
    "for",
    "with",
    "on",
    "as",
    "it",
    "not",
    "be",
    "is",
    "which",
    "from",
    "at",
    "this",
    "had",
    "an",
    "or",
    "were",
    "been",
    "their",
    "his",
    "her",
    "they",
    "he",
    "she",
    "its",
    "any",
    "such",
    "under",
    "said",
    "upon",
    "there",
]
_SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def _vocabulary(size: int = 60_000) -> tuple[list[str], list[float]]:
    """Seeded pseudo-words with Zipf-like weights (rank ** -0.6).

    The real corpus has ~31,000 distinct tokens per 2 MB (this gives ~29,000);
    tokenizer caches (spaCy's, ours) must not be flattered by a tiny vocabulary.
    """
    rng = random.Random(20260101)
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    total = 0.0
    cumulative = []
    for rank in range(1, size + 1):
        total += rank**-0.6
        cumulative.append(total)
    return ordered, cumulative


VOCABULARY, _CUMULATIVE = _vocabulary()


def _babble(rng: random.Random) -> str:
    """One sentence of ordinary prose: function words and Zipf-distributed content words."""
    n = rng.randint(8, 24)
    content = rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=n)
    words = [w if rng.random() < 0.55 else rng.choice(FUNCTION_WORDS) for w in content]
    if rng.random() < 0.3:
        words.insert(rng.randint(1, n - 1), f"{rng.randint(1, 999)},")
    return " ".join(words).capitalize() + "."


def _para(rng: random.Random, main: list[str], lo: int, hi: int) -> str:
    fill = _fill(rng)
    sentences = [rng.choice(main).format(**fill)]
    sentences += [rng.choice(PROSE).format(**fill) for _ in range(rng.randint(lo, hi))]
    sentences += [_babble(rng) for _ in range(rng.randint(0, max(1, hi // 2)))]
    rng.shuffle(sentences)
    return " ".join(sentences)


def _transcript(rng: random.Random) -> str:
    fill = _fill(rng)
    start = 2 * rng.randint(0, len(QA) // 2 - 1)
    lines = [QA[(start + i) % len(QA)].format(**fill) for i in range(rng.randint(2, 6))]
    return "\n\n".join(lines)


def _caption(rng: random.Random) -> str:
    fill = _fill(rng)
    lines = [
        rng.choice(
            [
                "REPUBLIC OF THE PHILIPPINES",
                "IN THE HIGH COURT OF KENYA",
                "IN THE LAHORE HIGH COURT",
            ]
        ),
        "SUPREME COURT" if rng.random() < 0.5 else "CRIMINAL APPEAL No. {n} of 2021".format(**fill),
        "G.R. No. {n}".format(**fill),
        "PEOPLE OF THE PHILIPPINES, Plaintiff-Appellee,",
        "- versus -",
        "{name}, Accused-Appellant.".format(**fill).upper(),
        "DECISION",
    ]
    return "\n\n".join(lines)


_SECTIONS: list[tuple[float, Callable[[random.Random], str]]] = [
    (0.16, lambda r: _para(r, CHARGES, 0, 3)),
    (0.14, lambda r: _para(r, FACTS, 1, 4)),
    (0.09, lambda r: _para(r, DOCTRINE, 1, 4)),
    (0.14, _transcript),
    (0.05, lambda r: _para(r, VERDICTS, 0, 2)),
    (0.08, lambda r: _heading(r)),
    (0.10, lambda r: f"[{r.randint(1, 99)}] Rollo, p. {r.randint(2, 300)}; TSN, {_date(r)}."),
    (0.24, lambda r: _para(r, PROSE, 3, 8)),
]
"""(share of blocks, maker), tuned against the real corpus (docs/performance.md)."""


def _date(rng: random.Random) -> str:
    return str(_fill(rng)["date"])


def _heading(rng: random.Random) -> str:
    return rng.choice(HEADINGS)


def _block(rng: random.Random) -> str:
    roll = rng.random()
    for weight, make in _SECTIONS:
        if roll < weight:
            return make(rng)
        roll -= weight
    return _para(rng, PROSE, 2, 6)


def document(rng: random.Random) -> str:
    """One judgment-like document: caption, 20-120 KB of blocks, dispositive."""
    target = rng.randint(20_000, 120_000)
    parts = [_caption(rng)]
    size = len(parts[0])
    while size < target:
        block = _block(rng)
        parts.append(block)
        size += len(block) + 2
    fill = _fill(rng)
    parts.append(rng.choice(VERDICTS[:2]).format(**fill) + "\n\nSO ORDERED.")
    return "\n\n".join(parts)


def documents(total_bytes: int, seed: int = 7) -> Iterator[str]:
    """Documents until ``total_bytes`` (UTF-8) have been produced; deterministic per seed."""
    rng = random.Random(seed)
    produced = 0
    while produced < total_bytes:
        doc = document(rng)
        produced += len(doc.encode("utf-8"))
        yield doc
