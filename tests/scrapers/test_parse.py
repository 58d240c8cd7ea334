"""Shared parsing helpers: text layout, dates, challenge pages, safe XML."""

from __future__ import annotations

import datetime as dt

import pytest

from caselaw.errors import BlockedError, PortalChangedError
from caselaw.scrapers import _parse as p


def test_element_text_puts_blocks_on_lines_and_skips_scripts_and_hidden():
    root = p.load_html(
        b"<html><body><p>One <b>two</b>\nthree</p><script>x()</script>"
        b'<div style="display: none">hidden</div><p>Four<br>five</p>'
        b"<pre>a\n  b</pre></body></html>",
        "https://x.org/",
    )
    assert p.element_text(root.find("body")) == "One two three\n\nFour\nfive\n\na\nb"


def test_utf8_bytes_without_a_charset_are_read_as_utf8():
    root = p.load_html("<p>§ 1591 — Muñoz</p>".encode(), "https://x.org/")
    assert p.element_text(root) == "§ 1591 — Muñoz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("29 June 2023", dt.date(2023, 6, 29)), ("June 29, 2023", dt.date(2023, 6, 29)),
     ("Sept. 3, 2019", dt.date(2019, 9, 3)), ("2021-06-30T00:00:00", dt.date(2021, 6, 30)),
     ("Thu, 22 May 2025 00:00:00 GMT", dt.date(2025, 5, 22)), ("31 February 2020", None),
     ("no date", None), (None, None)],
)  # fmt: skip
def test_parse_date(text, expected):
    assert p.parse_date(text) == expected


def test_sane_date_rejects_the_implausible():
    today = dt.date(2026, 1, 1)
    assert p.sane_date(dt.date(1955, 10, 31), today) == dt.date(1955, 10, 31)
    assert p.sane_date(dt.date(1700, 1, 1), today) is None
    assert p.sane_date(dt.date(2031, 1, 1), today) is None


@pytest.mark.parametrize(
    "body",
    [b"<html><head><title>Just a moment...</title></head><body></body></html>",
     b"<html><head><title>Access denied | example.org</title></head></html>",
     b'<html><body><div class="g-recaptcha" data-sitekey="x"></div></body></html>',
     b"<html><head><title>Attention Required! | Cloudflare</title></head></html>"],
)  # fmt: skip
def test_challenge_pages_are_blocked(body):
    with pytest.raises(BlockedError):
        p.check_challenge(body, "https://x.org/")


def test_a_judgment_that_mentions_access_denied_is_not_a_challenge():
    body = b"<html><head><title>R v Smith</title></head><body>access denied to the captcha"
    p.check_challenge(body + b"-protected account</body></html>", "https://x.org/")


def test_xml_entities_are_not_expanded():
    evil = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    root = p.load_xml(evil, "https://x.org/feed")
    assert "root:" not in (root.text or "")


def test_broken_xml_is_a_changed_portal_unless_recovery_is_asked_for():
    with pytest.raises(PortalChangedError):
        p.load_xml(b"<r><a>Smith & Co</a></r>", "https://x.org/d.xml")
    assert p.load_xml(b"<r><a>Smith & Co</a></r>", "https://x.org/d.xml", recover=True) is not None


def test_months_between_is_inclusive_and_newest_first():
    assert p.months_between(dt.date(2023, 12, 5), dt.date(2024, 2, 1)) == [
        (2024, 2),
        (2024, 1),
        (2023, 12),
    ]
