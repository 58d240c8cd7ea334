"""File names from untrusted text (URLs, document metadata) that stay inside their folder.

A portal decides what its URLs and case names look like, so a name built from
them can hold ``..``, ``/``, a drive letter, NUL bytes, a Windows device name or
300 characters.  Everything that turns such text into a path goes through here::

    from caselaw.safepath import safe_join, name_for_url

    path = safe_join(out_dir, judgment.portal, name_for_url(url, ".pdf"))

``safe_name`` makes one path component; ``safe_join`` joins several under a
folder and checks the result (after resolving symlinks) is still inside it.
Names are deterministic: the same input always gives the same name, and a
name that had to be changed carries a short hash of the original so that two
different inputs do not collide on one file.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import urllib.parse
from pathlib import Path

from caselaw.errors import CaselawError

__all__ = ["UnsafePathError", "name_for_url", "safe_join", "safe_name"]

MAX_NAME_BYTES = 200  # below the 255-byte limit of common file systems, room for suffixes
_UNSAFE = re.compile(r"[^\w.\-]+")  # \w is Unicode-aware: letters and digits of any script
_DOTS = re.compile(r"\.{2,}")
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "clock$"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
)


class UnsafePathError(CaselawError):
    """A joined path would end up outside its folder."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _truncate(name: str, limit: int) -> str:
    """Cut ``name`` to ``limit`` UTF-8 bytes, keeping a short extension."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, ext = name, ""
    room = limit - len(ext.encode("utf-8")) - (1 if ext else 0)
    cut = stem.encode("utf-8")[: max(room, 1)].decode("utf-8", "ignore")
    return f"{cut}.{ext}" if ext else cut


def safe_name(
    text: str, *, default: str = "item", max_bytes: int = MAX_NAME_BYTES, mark_changes: bool = True
) -> str:
    """One file-name component made from ``text``: never empty, ``.``/``..``, hidden,
    a path, a Windows device name or longer than ``max_bytes`` UTF-8 bytes.

    Anything but letters, digits, ``_``, ``-`` and single dots becomes ``_``.  When
    the name had to change or be shortened (and ``mark_changes``), a hash of ``text`` is appended
    before the extension, so ``"a/b"`` and ``"a_b"`` stay different files.
    """
    original = text
    name = unicodedata.normalize("NFC", str(text))
    name = _UNSAFE.sub("_", name)
    name = _DOTS.sub(".", name).strip(" ._")
    stem = name.split(".", 1)[0].lower()
    if stem in _WINDOWS_RESERVED:
        name = "_" + name
    if not name:
        name = default
    too_long = len(name.encode("utf-8")) > max_bytes
    if (name != original or too_long) and mark_changes:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or len(ext) > 10:
            stem, dot, ext = name, "", ""
        tag = "-" + _digest(original)
        stem = _truncate(stem, max_bytes - len(tag) - len(ext.encode("utf-8")) - len(dot))
        name = f"{stem}{tag}{dot}{ext}"
    return _truncate(name, max_bytes)


def name_for_url(url: str, suffix: str = "", *, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name for the resource at ``url``: its last path segment (percent-decoded,
    made safe) plus a hash of the whole URL, so two URLs never share a file.

    ``suffix`` (e.g. ``".pdf"``) is added when the name has no extension yet.
    """
    parts = urllib.parse.urlsplit(url)
    segment = urllib.parse.unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    base = safe_name(segment, default="index", mark_changes=False)
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem:
        stem, ext = base, ""
    if not ext and suffix:
        ext = safe_name(suffix.lstrip("."), mark_changes=False)
    tag = "-" + _digest(url)
    room = max_bytes - len(tag) - (len(ext.encode("utf-8")) + 1 if ext else 0)
    stem = _truncate(stem, max(room, 1))
    return f"{stem}{tag}.{ext}" if ext else f"{stem}{tag}"


def safe_join(folder: str | os.PathLike[str], *names: str) -> Path:
    """``folder`` joined with each of ``names`` made safe by ``safe_name``.

    The result, with symlinks resolved, must lie inside ``folder`` (also resolved);
    otherwise ``UnsafePathError`` is raised (e.g. a symlink in the folder that
    points elsewhere).  The folder itself is neither created nor required to exist.
    """
    base = Path(folder)
    path = base.joinpath(*(safe_name(n) for n in names)) if names else base
    root = base.resolve()
    resolved = path.resolve()
    if resolved != root and not resolved.is_relative_to(root):
        raise UnsafePathError(f"{path}: resolves to {resolved}, outside {root}")
    return path
