"""caselaw.text and caselaw.markup stay the import points after their split into step modules."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

# name -> module that defines it; every one is importable from the facade as before the split
TEXT_NAMES = {
    "AKN": "caselaw.sniff",
    "DOCX": "caselaw.sniff",
    "HTML": "caselaw.sniff",
    "PDF": "caselaw.sniff",
    "PLAIN": "caselaw.sniff",
    "SUPPORTED": "caselaw.sniff",
    "XML": "caselaw.sniff",
    "sniff_media_type": "caselaw.sniff",
    "decode_text": "caselaw.decoding",
    "Budget": "caselaw.cleantext",
    "CleanText": "caselaw.cleantext",
    "TextBuilder": "caselaw.cleantext",
    "court_from_heading": "caselaw.text",
    "read_document": "caselaw.text",
    "read_plain": "caselaw.text",
}
MARKUP_NAMES = {
    "AKN_PROFILE": "caselaw.markup_tokenizer",
    "DOCX_PROFILE": "caselaw.markup_tokenizer",
    "HTML_PROFILE": "caselaw.markup_tokenizer",
    "MAX_MARKUP_DEPTH": "caselaw.markup_tokenizer",
    "XML_PROFILE": "caselaw.markup_tokenizer",
    "Profile": "caselaw.markup_tokenizer",
    "walk": "caselaw.markup_tokenizer",
    "akn_metadata": "caselaw.markup_metadata",
    "parse_xml": "caselaw.markup",
    "read_html": "caselaw.markup",
    "read_xml": "caselaw.markup",
}


@pytest.mark.parametrize(
    ("facade", "names"), [("caselaw.text", TEXT_NAMES), ("caselaw.markup", MARKUP_NAMES)]
)
def test_facade_exports_the_same_objects(facade: str, names: dict[str, str]) -> None:
    module = importlib.import_module(facade)
    assert sorted(module.__all__) == sorted(names)
    for name, home in names.items():
        assert getattr(module, name) is getattr(importlib.import_module(home), name), name


def test_text_does_not_load_the_format_libraries() -> None:
    heavy = "('lxml', 'pdfplumber', 'pypdfium2')"
    code = f"import caselaw.text, sys; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
