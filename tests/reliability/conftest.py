"""Lets the reliability tests import H1's fault-injecting server (tests/scrapers/localserver.py)
and the helpers next to them (hostile.py, crashkit.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "scrapers"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
