"""robots.txt rules of one host, read from the bytes the HTTP layer fetched (pure).

Follows RFC 9309 where ``urllib.robotparser`` leaves the choice to the caller:

* 2xx: the file is parsed (only its first 500 KiB, as the RFC allows);
* 4xx ("unavailable"): no rules, everything is allowed;
* 5xx or no answer at all ("unreachable"): everything is disallowed, so a
  portal whose robots.txt cannot be read is not crawled in that run.

Rules are matched for the product token ``caselaw`` (the first word of our
User-Agent), falling back to the ``*`` group as ``urllib.robotparser`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

AGENT = "caselaw"
MAX_ROBOTS_BYTES = 500 * 1024


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one host's robots.txt allows; ``None`` parser means a blanket answer."""

    parser: RobotFileParser | None
    allow_all: bool = True
    reason: str = ""
    delay: float | None = None

    @classmethod
    def from_response(cls, status: int, content: bytes) -> RobotsRules:
        if 200 <= status < 300:
            return cls.parse(content)
        if 400 <= status < 500:
            return cls(None, allow_all=True, reason=f"robots.txt unavailable (HTTP {status})")
        return cls.unreachable(f"robots.txt unreachable (HTTP {status})")

    @classmethod
    def unreachable(cls, reason: str) -> RobotsRules:
        return cls(None, allow_all=False, reason=reason)

    @classmethod
    def parse(cls, content: bytes) -> RobotsRules:
        text = content[:MAX_ROBOTS_BYTES].decode("utf-8", "replace")
        parser = RobotFileParser()
        lines = text.splitlines()
        parser.parse(lines)
        return cls(parser, delay=_crawl_delay(lines))

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(AGENT, url)

    def crawl_delay(self) -> float | None:
        """The Crawl-delay for our agent (or ``*``), in seconds, if the file sets one."""
        return self.delay


def _crawl_delay(lines: list[str]) -> float | None:
    """Crawl-delay of the group for our agent, else of ``*``; fractions allowed.

    (``urllib.robotparser`` accepts only whole seconds and drops ``0.5``.)
    """
    found: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key == "crawl-delay":
            in_rules = True
            try:
                delay = float(value)
            except ValueError:
                continue
            for agent in agents:
                if delay >= 0:
                    found.setdefault(agent, delay)
        elif agents:
            in_rules = True
    for agent, delay in found.items():
        if agent not in ("", "*") and agent in AGENT:
            return delay
    return found.get("*")
