"""The only import root is caselaw: scrapers/, extractors/ and datasets/ install under it."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("caselaw-*.whl")
    return zipfile.ZipFile(path)


def test_only_caselaw_is_a_top_level_package(wheel):
    tops = {name.split("/")[0] for name in wheel.namelist() if not name.startswith("caselaw-")}
    assert tops == {"caselaw"}


def test_subpackages_and_data_are_inside_caselaw(wheel):
    names = set(wheel.namelist())
    for required in (
        "caselaw/py.typed",
        "caselaw/scrapers/_base.py",
        "caselaw/extractors/__init__.py",
        "caselaw/datasets/__init__.py",
        "caselaw/storage/facts.py",
        "caselaw/samples/manifest.json",
    ):
        assert required in names, required
    assert any(n.startswith("caselaw/extractors/data/") and n.endswith(".yaml") for n in names)
    assert any(n.startswith("caselaw/samples/texts/") and n.endswith(".txt") for n in names)
