import datetime as dt

import pytest

from caselaw.models import Category, Document, Evidence, OffsetMap, Span


def test_document_hash_is_sha256_of_bytes():
    doc = Document.from_bytes(b"abc", "text/plain", "x.txt", dt.datetime(2024, 1, 1))
    assert doc.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_offset_map_identity_when_empty():
    assert OffsetMap().to_source(42) == 42


def test_offset_map_runs():
    # clean "ab cd" from source "<p>ab</p> <p>cd</p>": runs start at clean 0 -> 3, clean 3 -> 14
    m = OffsetMap(clean=(0, 3), source=(3, 14))
    assert [m.to_source(i) for i in (0, 1, 3, 4)] == [3, 4, 14, 15]
    assert OffsetMap.from_json(m.to_json()) == m


def test_offset_map_rejects_uneven_anchors():
    with pytest.raises(ValueError):
        OffsetMap(clean=(0, 1), source=(0,))


def test_span_rejects_negative_or_inverted():
    with pytest.raises(ValueError):
        Span(5, 3, "")


def test_evidence_source_names_extractor_and_version():
    ev = Evidence(0, 3, "abc", "charges", "1.2.0")
    assert ev.source == "charges@1.2.0"
    assert ev.span == Span(0, 3, "abc")


def test_enum_values_match_schema():
    assert {c.value for c in Category} == {
        "trafficking",
        "corruption",
        "smuggling",
        "illegal_recruitment",
        "money_laundering",
        "sexual_offence",
        "drugs",
        "other",
    }
