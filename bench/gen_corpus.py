"""Seeded, streaming generator of judgment-like text for throughput benchmarks.

    from bench.gen_corpus import documents
    for doc in documents(total_bytes=50_000_000, seed=7): ...

Each document is 20-120 KB of ordinary legal prose paragraphs (procedure,
evidence, doctrine) with a realistic sprinkle of captions, charges, chained
statute citations, party names, verdict and sentence phrases (a few per
document), so the prefilter has both hits and long stretches of nothing.
Nothing is held in memory beyond the current document.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

NAMES = [
    "Juan Dela Cruz",
    "XXX",
    "AAA",
    "Maria Santos",
    "Peter Mwangi",
    "Muhammad Aslam",
    "John Smith",
    "Ananda Perera",
    "Grace Okafor",
    "Somchai Boonmee",
    "PO2 Reyes",
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
    "The record shows that the notice was served on the {party} on the same day.",
    "The court below weighed the testimony of {n} witnesses and the physical evidence.",
    "Such a defence is inherently weak and cannot prevail over positive identification.",
    "The petitioner argues that the order was issued with grave abuse of discretion.",
    "The parties were directed to file their memoranda within thirty days from notice.",
    "A judgment must state clearly and distinctly the facts and the law on which it is based.",
    "The Court notes that the respondent did not file a comment despite due notice.",
    "The learned counsel placed reliance on a number of authorities which we have considered.",
]
CHARGES = [
    "{name} was charged with violation of Section 4(a) in relation to Section 6(a) and (c) of "
    "R.A. No. 9208, as amended by R.A. No. 10364, in an Information docketed as Criminal Case "
    "No. {n}-{m}.",
    "The accused was convicted of violation of Section 3(e) of Republic Act No. 3019 and "
    "sentenced accordingly.",
    "FIR No. {n}/2020 was registered under Sections 409, 420, 468 and 471 PPC read with "
    "section 5(2) of the Prevention of Corruption Act, 1947.",
    "COUNT {k}: Trafficking in persons contrary to section 3(1)(d) as read with section 3(5) of "
    "the Counter-Trafficking in Persons Act.",
    "The jury returned a verdict of guilty on Counts {k} and {n} under 18 U.S.C. §§ 1591(a) and "
    "(b)(2).",
    "{name} was found guilty beyond reasonable doubt of Qualified Trafficking in Persons.",
    "The appellant pleaded guilty to an offence under section 2 of the Modern Slavery Act 2015.",
    "{name} was charged with drug trafficking under Section 5 of R.A. No. 9165.",
    "The High Court convicted the accused on two counts under section 19(b) of the Bribery Act.",
]
VERDICTS = [
    "WHEREFORE, the appeal is DISMISSED and the Decision of the Court of Appeals is AFFIRMED.",
    "The conviction is quashed and the appellant is ACQUITTED on reasonable doubt.",
    "{name} is sentenced to life imprisonment and to pay a fine of P2,000,000.00.",
    "The appeal against conviction and sentence is dismissed.",
    "SO ORDERED.",
]
DOCTRINE = [
    "The elements of trafficking in persons under Section 3(a) of R.A. No. 9208 are the act, "
    "the means and the purpose.",
    "See Republic Act No. 3019 (1960), Anti-Graft and Corrupt Practices Act.",
    "Drug trafficking is a scourge that the law punishes severely.",
]


def _paragraph(rng: random.Random) -> str:
    roll = rng.random()
    fill = {
        "court": rng.choice(["Court", "trial court", "High Court"]),
        "party": rng.choice(["accused", "appellant", "respondent", "petitioner"]),
        "name": rng.choice(NAMES),
        "n": rng.randint(1, 9999),
        "m": rng.randint(1, 99999),
        "k": rng.randint(1, 12),
    }
    if roll < 0.02:
        pool = CHARGES
    elif roll < 0.03:
        pool = VERDICTS
    elif roll < 0.04:
        pool = DOCTRINE
    else:
        pool = PROSE
    sentences = [rng.choice(pool).format(**fill)]
    sentences += [rng.choice(PROSE).format(**fill) for _ in range(rng.randint(2, 7))]
    rng.shuffle(sentences)
    return " ".join(sentences)


def document(rng: random.Random) -> str:
    """One judgment-like document: caption, 20-120 KB of paragraphs."""
    target = rng.randint(20_000, 120_000)
    parts = [f"G.R. No. {rng.randint(100000, 299999)}\n\nPEOPLE v. {rng.choice(NAMES).upper()}"]
    size = len(parts[0])
    while size < target:
        para = _paragraph(rng)
        parts.append(para)
        size += len(para) + 2
    return "\n\n".join(parts)


def documents(total_bytes: int, seed: int = 7) -> Iterator[str]:
    """Documents until ``total_bytes`` (UTF-8) have been produced; deterministic per seed."""
    rng = random.Random(seed)
    produced = 0
    while produced < total_bytes:
        doc = document(rng)
        produced += len(doc.encode("utf-8"))
        yield doc
