"""The hyperscan backend of the prefilter gives exactly the Hits of the pyahocorasick one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselaw.extractors import prefilter
from caselaw.extractors._span_table import SpanTable

pytest.importorskip("hyperscan")
from caselaw.extractors import _scan_hyperscan  # noqa: E402
from caselaw.extractors._scan_hyperscan import HyperscanScanner, Unsupported  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "texts"
SAMPLES = Path(prefilter.__file__).resolve().parents[1] / "caselaw" / "samples" / "texts"

# keyword characters, letters and digits outside ASCII, every kind of whitespace, the
# underscore, characters whose lower case is another length or another script's letter,
# characters whose byte is one of the backend's codes or stand-ins
ODD = "é É ß ẞ İ K Å Σ ς ª ² µ ¼ а 𝐀 _ § ’ “ — - . / ( ) * : ' 9 0 \xa0 \u2003 \u3000 \t \n \r \x85"
ODD += " \x00 \x01 \x02 @ D \x7f \xfc \xff"
ALPHABET = sorted(set("abcdefghijklmnopqrstuvwxyz ACDINST" + ODD.replace(" ", "") + " "))
KEYWORD_CHARS = [c for c in ALPHABET if ord(c) < 256 and c not in "ª\x00"]  # no stand-ins
WORDS = [
    "act", "act*", "*act", "*act*", "a", "i", "k", "s", "ss", "section 2", "section", "2",
    "u/s*", "*u.s.c*", "r.a. 9208", "§ 1591", "§", "trafficking in persons", "in persons",
    "é", "café", "_x", "x_", "a_b", "(a)", "a-b", "1st", "st", "- ", "dict",
]  # fmt: skip


def _both(
    groups: dict[str, list[str]],
) -> tuple[dict[str, int], prefilter._AhoCorasick, HyperscanScanner]:
    names, rules = prefilter._rules({g: prefilter._clean(ws) for g, ws in groups.items()})
    gids = {name: gid for gid, name in enumerate(names)}
    return gids, prefilter._AhoCorasick(rules, len(names)), HyperscanScanner(rules, len(names))


def _assert_same(groups: dict[str, list[str]], texts: list[str]) -> None:
    """The same flat lists, and as ``Hits.spans`` the Aho-Corasick backend's own order."""
    gids, aho, hs = _both(groups)
    for text in texts:
        got = hs.scan(text)
        assert got == aho.scan(text), text
        want = {name: tuple(aho.spans(text).get(gid, ())) for name, gid in gids.items()}
        assert dict(SpanTable(gids, got)) == {k: v for k, v in want.items() if v}, text


texts = st.lists(st.sampled_from([*ALPHABET, *(w.strip("*") for w in WORDS)]), max_size=60).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_spans_on_random_text(text: str) -> None:
    _assert_same({"g1": WORDS[::2], "g2": WORDS[1::2], "g3": WORDS[:12], "g4": ["act"]}, [text])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet=KEYWORD_CHARS, max_size=6)),
        min_size=1,
        max_size=4,
    ),
    st.lists(texts, min_size=1, max_size=3),
)
def test_same_spans_for_random_keywords(words: list[list[str]], samples: list[str]) -> None:
    groups = {f"g{i}": ws for i, ws in enumerate(words) if prefilter._clean(ws)}
    if groups:
        _assert_same(groups, [*samples, " ".join(w for ws in words for w in ws)])


def test_tricky_boundaries() -> None:
    text = (
        "act_ _act act1 1act cafÉ café caféact ßact actß ÅCT Kelvin: K ACT. ᾰct act𝐀 𝐀act "
        "U/S302 18U.S.C.A. § 1591, §1591 section\u20032 SECTION\n2 r.a.\xa09208 ΣACT (A) a_b"
    )
    lone = "act\ud800act \udfffsection 2\ud800"  # lone surrogates (surrogateescape input)
    _assert_same({"g": WORDS, "h": ["act", "k", "ct"]}, [text, text.upper(), text.lower(), lone])


def test_bmp_table_is_the_stand_in_of_each_character() -> None:
    table = _scan_hyperscan._bmp_stand_ins().tobytes()
    want = bytes(range(256)) + b"".join(
        _scan_hyperscan._stand_in_of(chr(u)) for u in range(256, 0x10000)
    )
    assert table == want


@pytest.mark.parametrize("word", ["𝐀ct", "ª", "a\x00"])  # beyond Latin-1; its stand-ins
def test_unsupported_keywords_are_refused(word: str) -> None:
    names, rules = prefilter._rules({"g": {word}})
    with pytest.raises(Unsupported):
        HyperscanScanner(rules, len(names))


def test_scan_picks_hyperscan_and_both_give_the_same_hits() -> None:
    assert prefilter.backend() == "hyperscan"
    text = "The accused was CONVICTED of trafficking in persons under R.A. No. 9208.\n\n"
    assert prefilter.scan(text, "hyperscan") == prefilter.scan(text, "ahocorasick")
    with pytest.raises(ValueError, match="valid"):
        prefilter.scan(text, "regex")


def test_scan_falls_back_when_hyperscan_cannot_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(name: str) -> object:
        if name == "hyperscan":
            raise prefilter._Unavailable("no hyperscan wheel for this platform")
        return compile_(name)

    compile_ = prefilter._compile
    monkeypatch.setattr(prefilter, "_compile", unavailable)
    monkeypatch.setattr(prefilter, "_scanners", {})
    text = "He was ACQUITTED of trafficking in persons."
    assert prefilter.backend() == "ahocorasick"
    assert prefilter.scan(text) == prefilter.scan(text, "ahocorasick")
    with pytest.raises(ValueError, match="not available here"):
        prefilter.scan(text, "hyperscan")


def test_threads_can_scan_at_once() -> None:
    text = "The accused was convicted of trafficking in persons and bribery. " * 2000
    want = prefilter.scan(text, "ahocorasick")
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _: prefilter.scan(text, "hyperscan"), range(8)))
    assert all(hits == want for hits in got)


def _texts(folder: Path) -> list[Path]:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        pytest.skip(f"no texts in {folder}")
    return paths


@pytest.mark.parametrize("folder", [CORPUS, SAMPLES], ids=["corpus", "samples"])
def test_same_hits_on_real_judgments(folder: Path) -> None:
    for path in _texts(folder):
        text = path.read_text(encoding="utf-8")
        aho, hs = prefilter.scan(text, "ahocorasick"), prefilter.scan(text, "hyperscan")
        assert list(hs.spans) == list(aho.spans), path.name
        assert hs == aho, path.name
