"""The markup tokenizer: HTML, XML and WordprocessingML -> ``TextBuilder``, with exact offsets.

The text comes from a small tokenizer over the decoded markup (``walk``), not from
a parsed tree: neither lxml nor bs4 says where a text node sits in the source, and
the offset map must point into the markup.  The tokenizer knows tags, comments,
CDATA, doctypes, processing instructions, HTML raw-text and void elements, and
recovers from unclosed tags the way lxml does (an end tag closes everything opened
after its start tag).  A ``Profile`` says how one dialect turns into text; the
four in use (HTML, Akoma Ntoso, DOCX, other XML) are defined here.  Nesting deeper
than ``MAX_MARKUP_DEPTH`` is a ``DocumentTooLargeError``; the clock is checked
every few thousand tokens.

Entity references (``&amp;``, ``&#8217;``) become their character; that character
maps to the ``&`` and the next one to the character after the ``;``, so only
offsets *inside* an entity are approximate (see docs/ingestion.md).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from caselaw.cleantext import Budget, TextBuilder
from caselaw.errors import DocumentTooLargeError

__all__ = [
    "AKN_PROFILE",
    "DOCX_PROFILE",
    "HTML_PROFILE",
    "MAX_MARKUP_DEPTH",
    "XML_PROFILE",
    "Profile",
    "walk",
]

MAX_MARKUP_DEPTH = 512  # open elements; lxml itself stops XML at 256 without huge_tree
_CHECK_EVERY = 2048  # tokens between two looks at the clock


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


@dataclass(frozen=True, slots=True)
class Profile:
    """How one markup dialect turns into text.

    ``block`` elements start and end paragraphs, ``newline`` ones break a line,
    ``space`` ones separate words (table cells, tab markers); ``skip`` elements'
    content is dropped; when ``text_in`` is set only text inside those elements
    counts (DOCX ``w:t``); ``separate_unknown`` puts a space at the boundary of
    any element not listed (generic XML, where elements are usually fields).
    """

    html: bool
    block: frozenset[str]
    newline: frozenset[str] = frozenset()
    space: frozenset[str] = frozenset()
    skip: frozenset[str] = frozenset()
    text_in: frozenset[str] = frozenset()
    inline: frozenset[str] = frozenset()
    separate_unknown: bool = False


HTML_PROFILE = Profile(
    html=True,
    block=_names(
        "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr thead tbody tfoot caption "
        "blockquote center section article aside main pre hr address figure figcaption "
        "form fieldset legend details summary body html"
    ),
    newline=_names("br"),
    space=_names("td th"),
    skip=_names(
        "script style head title nav header footer noscript template svg math iframe "
        "object button select textarea menu"
    ),
)
AKN_PROFILE = Profile(
    html=False,
    block=_names(
        "p num heading subheading level paragraph subparagraph content intro wrapUp "
        "block blockContainer blockList listIntroduction listWrapUp item list tblock "
        "table tr header judgmentBody decision introduction background arguments "
        "remedies motivation conclusions coverPage preface preamble mainBody "
        "attachments attachment doc judgment akomaNtoso toc tocItem container "
        "embeddedStructure subFlow authorialNote crossHeading hcontainer division "
        "section part chapter article ul ol li"
    ),
    newline=_names("br eol"),
    space=_names("td th marker"),
    skip=_names("meta style"),
)
DOCX_PROFILE = Profile(
    html=False,
    block=_names("p tbl tr body txbxContent"),
    newline=_names("br cr"),
    space=_names("tab tc ptab"),
    skip=_names("pPr rPr sectPr tblPr tblGrid trPr tcPr Fallback instrText delText"),
    text_in=_names("t"),
)
XML_PROFILE = Profile(
    html=False,
    block=HTML_PROFILE.block | AKN_PROFILE.block,
    newline=_names("br"),
    space=_names("td th"),
    skip=_names("style script"),
    inline=_names("b i u em strong span a sup sub small font abbr"),
    separate_unknown=True,
)

_VOID = _names(
    "area base br col embed hr img input link meta param source track wbr basefont frame"
)
_RAW_TEXT = _names("script style textarea title xmp iframe noembed noframes plaintext")
_AUTOCLOSE = _names("li dt dd tr td th option")
_NAME = re.compile(r"/?([A-Za-z_][\w:.\-]*)")
_ATTRS = re.compile(r"""(?:[^>"']|"[^"]*"|'[^']*')*>""")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_MAX_TAG = 4096  # longer tags (inline data: images) end at the next ">"
_HIDDEN = re.compile(r"""style\s*=\s*["'][^"']*display\s*:\s*none""", re.I)


class _Walker:
    """One pass of the tokenizer over ``src[start:end]`` into a ``TextBuilder``."""

    def __init__(self, src: str, profile: Profile, budget: Budget) -> None:
        self.src = src
        self.p = profile
        self.budget = budget
        self.out = TextBuilder(budget)
        self.stack: list[str] = []
        self.skip_at = 0  # stack depth where skipping began; 0 = not skipping
        self.text_at = 0  # stack depth of the open text element (``text_in``)
        self.gt = -1  # cached position of the next ">"

    def run(self, start: int, end: int, focus: bool = False) -> TextBuilder:
        src, pos, tokens = self.src, start, 0
        while pos < end:
            lt = src.find("<", pos, end)
            if lt < 0:
                lt = end
            if lt > pos:
                self.text(pos, lt)
            if lt >= end:
                break
            pos = self.markup(lt, end)
            tokens += 1
            if tokens % _CHECK_EVERY == 0:
                self.budget.check_time(f"character {pos}")
            if focus and not self.stack:
                break
        return self.out

    def markup(self, lt: int, end: int) -> int:
        """Handle the construct starting with ``<`` at ``lt``; return where it ends.

        Every path is linear: the next ``>`` is found once and cached, and the
        quote-aware scan runs only when quotes sit before it, at most _MAX_TAG long."""
        src = self.src
        if src.startswith(("<!", "<?"), lt):
            return self.special(lt, end)
        m = _NAME.match(src, lt + 1, end)
        if not m:  # "a < b": text
            self.text(lt, lt + 1)
            return lt + 1
        gt = self.next_gt(lt, end)
        if gt < 0:  # a "<" that never closes: the rest is text
            self.text(lt, end)
            return end
        if src.find('"', m.end(), gt) >= 0 or src.find("'", m.end(), gt) >= 0:
            q = _ATTRS.match(src, m.end(), min(end, m.end() + _MAX_TAG))
            if q:
                gt = q.end() - 1
        raw = m.group(1)
        name = raw.lower() if self.p.html else raw.rpartition(":")[2]
        if m.group().startswith("/"):
            self.end_tag(name, lt)
            return gt + 1
        closed = src[gt - 1] == "/" or (self.p.html and name in _VOID)
        hidden = self.p.html and bool(_HIDDEN.search(src, m.end(), gt))
        self.start_tag(name, lt, closed, hidden)
        if self.p.html and name in _RAW_TEXT and not closed:
            found = re.compile(rf"</{name}\s*>", re.I).search(src, gt + 1, end)
            return found.start() if found else end
        return gt + 1

    def next_gt(self, at: int, end: int) -> int:
        """The first ``>`` at or after ``at`` (-1 if none), found once per stretch."""
        if self.gt < at:
            found = self.src.find(">", at, end)
            self.gt = end if found < 0 else found
        return -1 if self.gt >= end else self.gt

    def special(self, lt: int, end: int) -> int:
        """Comments, CDATA, declarations and processing instructions."""
        src = self.src
        if src.startswith("<!--", lt):
            close = src.find("-->", lt + 4, end)
            return end if close < 0 else close + 3
        if src.startswith("<![CDATA[", lt):
            close = src.find("]]>", lt + 9, end)
            close = end if close < 0 else close
            if not self.p.html:
                self.text(lt + 9, close, raw=True)
            return min(end, close + 3)
        return self.declaration(lt, end)

    def declaration(self, lt: int, end: int) -> int:
        src = self.src
        if src.startswith("<?", lt) and not self.p.html:
            close = src.find("?>", lt + 2, end)
            return end if close < 0 else close + 2
        gt = src.find(">", lt, end)
        bracket = src.find("[", lt, gt if gt >= 0 else end)
        if bracket >= 0:  # DOCTYPE with an internal subset
            close = src.find("]", bracket, end)
            gt = src.find(">", close, end) if close >= 0 else -1
        return end if gt < 0 else gt + 1

    def separate(self, name: str, at: int) -> None:
        p = self.p
        if name in p.block:
            self.out.paragraph(at)
        elif name in p.newline:
            self.out.newline(at)
        elif name in p.space or (p.separate_unknown and name not in p.inline):
            self.out.space(at)

    def start_tag(self, name: str, lt: int, closed: bool, hidden: bool = False) -> None:
        self.separate(name, lt)
        if closed:
            return
        stack = self.stack
        if self.p.html:
            if name == "p" and stack and stack[-1] == "p":
                self.pop_to(len(stack) - 1)
            elif name in _AUTOCLOSE and name in stack[-3:]:
                self.pop_to(len(stack) - 1 - stack[::-1].index(name))
        stack.append(name)
        if len(stack) > MAX_MARKUP_DEPTH:
            raise DocumentTooLargeError(
                self.budget.source, f"markup nested deeper than {MAX_MARKUP_DEPTH} elements"
            )
        if not self.skip_at and (hidden or name in self.p.skip):
            self.skip_at = len(stack)
        if not self.text_at and name in self.p.text_in:
            self.text_at = len(stack)

    def end_tag(self, name: str, lt: int) -> None:
        self.separate(name, lt)
        stack = self.stack
        for i in range(len(stack) - 1, -1, -1):
            if stack[i] == name:
                self.pop_to(i)
                return

    def pop_to(self, depth: int) -> None:
        del self.stack[depth:]
        if self.skip_at > depth:
            self.skip_at = 0
        if self.text_at > depth:
            self.text_at = 0

    def text(self, a: int, b: int, raw: bool = False) -> None:
        if self.skip_at or (self.p.text_in and not self.text_at):
            return
        src, out = self.src, self.out
        if raw or "&" not in src[a:b]:
            out.add_collapsed(src[a:b], a)
            return
        pos = a
        for m in _ENTITY.finditer(src, a, b):
            out.add_collapsed(src[pos : m.start()], pos)
            char = html.unescape(m.group())
            if char.isspace():
                out.space(m.start())
            else:
                out.add(char, m.start(), m.end())
            pos = m.end()
        out.add_collapsed(src[pos:b], pos)


def walk(
    src: str, profile: Profile, budget: Budget, start: int = 0, end: int | None = None
) -> TextBuilder:
    """Tokenize ``src[start:end]`` into a builder; with ``start`` at a start tag, stop
    when that element closes."""
    focus = start > 0
    return _Walker(src, profile, budget).run(start, len(src) if end is None else end, focus)
