"""Every CLI command is documented, and the README keeps its two set-up commands."""

import re
from pathlib import Path

from caselaw.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_documented_in_docs_cli():
    text = (ROOT / "docs" / "cli.md").read_text()
    missing = [c for c in commands() if not re.search(rf"^## `caselaw {c}\b", text, re.M)]
    assert missing == []


def test_readme_has_the_setup_and_test_commands():
    readme = (ROOT / "README.md").read_text()
    assert "caselaw demo" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    test_command = ci.split("# --- the README's test command, verbatim ---\n")[1].strip()
    assert test_command in readme
