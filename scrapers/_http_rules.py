"""Pure rules of the HTTP layer: challenge pages, Retry-After, charsets, origins.

No I/O here; ``_http.py`` and its helpers apply these to what they send and receive
(address classes live with the address guard, ``_guard.py``).
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from urllib.parse import urlsplit

CHALLENGE_MARKERS = (
    b"<title>just a moment",
    b"cf-browser-verification",
    b"/cdn-cgi/challenge-platform",
    b"cf_chl_opt",
    b"cf-turnstile",
    b"g-recaptcha",
    b"h-captcha",
    b"attention required! | cloudflare",
    b"captcha",
)


def is_challenge(status: int, headers: Mapping[str, str], body: bytes) -> bool:
    """A bot challenge (Cloudflare, captcha) rather than content or a plain error."""
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    if status not in (403, 429, 503):
        return False
    head = body[:20000].lower()
    return any(marker in head for marker in CHALLENGE_MARKERS)


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def charset_param(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()
