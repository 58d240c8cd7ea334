"""robots.txt rules (pure): RFC 9309 status handling, agent groups, Crawl-delay."""

from __future__ import annotations

import pytest

from caselaw.scrapers.robots import MAX_ROBOTS_BYTES, RobotsRules

KENYA_LIKE = b"""\
User-agent: *
Disallow: /search/
Disallow: /api/
Crawl-delay: 5
"""


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/akn/ke/judgment/kehc/2020/1/eng@2020-01-01", True),
        ("/search/?q=x", False),
        ("/api/v3/", False),
    ],
)
def test_disallowed_paths(path: str, allowed: bool) -> None:
    rules = RobotsRules.from_response(200, KENYA_LIKE)
    assert rules.allows(f"https://new.kenyalaw.org{path}") is allowed
    assert rules.crawl_delay() == 5.0


def test_group_for_caselaw_beats_star_and_fractional_delay_is_kept() -> None:
    text = (
        b"User-agent: *\nDisallow: /\nCrawl-delay: 10\n\n"
        b"User-agent: caselaw\nAllow: /\nCrawl-delay: 0.5\n"
    )
    rules = RobotsRules.parse(text)
    assert rules.allows("https://portal.test/anything")
    assert rules.crawl_delay() == 0.5


def test_other_agents_groups_do_not_apply() -> None:
    rules = RobotsRules.parse(b"User-agent: GPTBot\nDisallow: /\nCrawl-delay: 60\n")
    assert rules.allows("https://portal.test/a")
    assert rules.crawl_delay() is None


def test_shared_group_of_several_agents() -> None:
    rules = RobotsRules.parse(
        b"User-agent: foo\nUser-agent: caselaw\nDisallow: /x\nCrawl-delay: 3\n"
    )
    assert not rules.allows("https://portal.test/x/1")
    assert rules.crawl_delay() == 3.0


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_4xx_means_no_rules(status: int) -> None:
    rules = RobotsRules.from_response(status, b"")
    assert rules.allows("https://portal.test/a")
    assert rules.crawl_delay() is None


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_means_disallow_everything(status: int) -> None:
    rules = RobotsRules.from_response(status, b"")
    assert not rules.allows("https://portal.test/a")
    assert "unreachable" in rules.reason


def test_garbage_and_oversized_files_do_not_crash() -> None:
    assert RobotsRules.parse(b"\xff\xfe\x00garbage\n<html>").allows("https://portal.test/a")
    big = b"User-agent: *\nDisallow: /a\n" + b"#" * (MAX_ROBOTS_BYTES + 10) + b"\nDisallow: /b\n"
    rules = RobotsRules.parse(big)
    assert not rules.allows("https://portal.test/a")
    assert rules.allows("https://portal.test/b")  # past the 500 KiB the RFC asks us to read
