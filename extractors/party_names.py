"""A party chunk of a caption (or a list of names in a sentence) split into names.

:func:`names_in` cuts the chunk at commas, semicolons, ``and`` / ``&`` (or at line ends
where the layout puts one name per line, or at the numbers of a numbered list), joins
suffixes, nicknames and aliases to their names, drops descriptors (``S/O ...``, ``AGED
41``, addresses), counsel lines, field labels, form-label columns, judges (``A. B. Silva,
J.``) and the state, and keeps the pieces that look like a person's name, each with its
span in the text.
"""

from __future__ import annotations

import re

from caselaw.extractors.address_line import address_blanked
from caselaw.extractors.capacity_tail import cut_capacity
from caselaw.extractors.caption_chunks import GLUED_LABELS, leader_block_start
from caselaw.extractors.caption_layout import (
    DIGIT,
    NUMBERED,
    layout_blanked,
    numbered_entries,
    one_name_per_line,
)
from caselaw.extractors.entry_names import lowercase_word_entry
from caselaw.extractors.names import looks_like_name
from caselaw.extractors.names import strip_honorifics as _strip
from caselaw.extractors.party_vocab import FORM_LABEL_LINE, STATE

# ", and" (a serial comma) is one separator: the "and" is no part of the next name
# (a semicolon and a space separate the names of one side too: "Parties : PP — A; B"; the
# semicolon of an HTML entity left in the text, "YBA&Ntilde;EZ", does not)
_SPLIT = re.compile(
    r"(?:\s*,\s*|\s*;(?<!&amp;)(?<!&nbsp;)\s+)(?:(?:and|AND|&)\s+(?![^()]*\)))?"
    r"|\s+(?:and|AND|&)\s+(?![^()]*\))"
)
_SPLIT_LINES = re.compile(r"\s*\n\s*|" + _SPLIT.pattern)
# (not the dot of an honorific before the name: "Mst. Shamim Bibi", "Mrs. A", "Engr. B")
# (the dot first, the words before it as lookbehinds: re scans for the dot at C speed)
_SENTENCE_END = re.compile(
    r"\.(?<=[a-z]{2}\.)(?<!\bMst\.)(?<!\bMrs\.)(?<!\bHon\.)(?<!\bAtty\.)(?<!\bEngr\.)"
    r"(?<!\bProf\.)(?<!\bRev\.)\s"
)
_BLANK_LINE = re.compile(r"\n\s*\n")
_SUFFIX_PIECE = re.compile(r"(?:jr|sr|ii|iii|iv)", re.I)
# "REYNALDO SANTIAGO, JR. y SANTOS @ "REY"": the suffix after the comma, then the Philippine
# maternal surname ("y") or an alias: the tail of the name before the comma, never a name
_SUFFIX_TAIL = re.compile(r"(?:jr|sr|ii|iii|iv)\.?\s+(?:y\s+\S|@|a\.?\s?k\.?\s?a\.?\s)", re.I)
_NICKNAME = re.compile(r"[\"“”]?\w+[\"“”]?")
_AT_END = re.compile(r"@\s*$")
_SPACES = re.compile(r"\s+")
_FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s*:\s*")
_ALIAS_START = re.compile(r"(?:a\.?\s?k\.?\s?a\.?|alias)\s|@", re.I)
# a piece that is only a quoted nickname (its quotes cut by the comma), and a piece that
# holds an alias already
_QUOTED_ALIAS = re.compile(r"[\"“”]+\s*[\"“”]?\w+[\"“”]?|[\"“”]?\w+[\"“”]+")
_HAS_ALIAS = re.compile(r"(?:\ba\.?\s?k\.?\s?a\.?|\balias)\s|@", re.I)
# "SPOUSES PRIMO C. YBANEZ AND NILA S. YBANEZ", "Sps. A and B": a caption word that says the
# two names after it are a married couple; it is no part of the first name
_COUPLE = re.compile(r"(?:the\s+)?(?:spouses|sps\.)\s+", re.I)
# a Sri Lankan caption's connective run into the name by the conversion ("And Imbulana
# Liyanage X, No. 145/53, ...", "And now between X"): no part of the name
_CONNECTIVE = re.compile(r"(?:And|AND)(?:\s+(?:now|NOW))?(?:\s+(?:between|BETWEEN))?\s+(?=[A-Z])")


# "Sampath B. Abayakoon, J.", "Nimal Silva J.", "A and B, JJ.", "Lee Ah Kow, C.J.", "Tan
# Boon Kiat JA": a name with a judge's title after it is the bench, never a party
# (an initial J. before a given name or surname, "Cruz, J. Santos", is no title)
_JUDGE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:C\.[ \t]?J\.|JJ?\.|(?:CJ|JJ?A?)(?![\w.']))(?![ \t]+[A-Z][a-z])"
)
_JUDGE_END = re.compile(r"\S[ \t]+(?:C\.[ \t]?J\.|JJ?\.|(?:CJ|JJ?A?)(?![\w.']))\s*$")
_JUDGE_LINE = re.compile(
    r"^[^\n]*\S[ \t]*,?[ \t]*(?:C\.[ \t]?J\.|JJ?\.|(?:CJ|JJ?A?)(?![\w.']))[ \t]*$", re.M
)
_TITLE_ONLY = re.compile(r"\s*(?:C\.[ \t]?J|CJ|JJ?A?)\.?\s*")


# a compound role label glued by PDF conversion at the end of a name ("Nimal Perera
# AccusedAppellant"): no part of it
_GLUED_LABEL = re.compile(
    r"\s+((?i:" + "|".join(sorted(GLUED_LABELS, key=len, reverse=True)) + r"))$"
)
# words of a street address ("Nimal Perera, Ikbal Road, Muthur 06."): what follows a party's
# name in a block caption, never a name itself (and the Sinhala names of a house that
# stand for its street: "Medilanda Walawwa", a manor; "Sirisena Niwasa", a residence)
_ADDRESS = re.compile(
    r"\b(?:road|mawatha|avenue|junction|mile post|housing scheme|prison|walawwa|niwasa)\b",
    re.I,
)
# a house number after the name ("X, No. 10/12, Mudranala Waththa, Ja-Ela", a block's "X\n\nNo.
# 17, Welikanna"): the address begins there, whatever the street and town words after it
# are (a docket number before the name, "v. No. 18-3001\n\nX,", has no comma after it)
_HOUSE_NO = re.compile(r"No\.?[ \t]*\d+[\w/-]*(?![\w.])")
_HOUSE_LINE = re.compile(r"^[ \t]*" + _HOUSE_NO.pattern + r"[ \t]*,", re.M)
# a block's street line after the name ("Nimal Perera\n\nPasal Mawatha\n\nAluviharaya,
# Matale."): no comma before the street word, so no name shares the line
_STREET_LINE = re.compile(r"^[^,\n]*?" + _ADDRESS.pattern, re.M | re.I)


def _judges(chunk: str, pieces: list[tuple[str, int]]) -> set[int]:
    """Indexes of the pieces that are judges' names or titles: a name with a judge's title
    after it, and the names joined to it by "and" ("A and B, JJ.")."""
    if "J" not in chunk:
        return set()
    out: set[int] = set()
    for i in range(len(pieces) - 1, -1, -1):
        piece, off = pieces[i]
        titled = _TITLE_ONLY.fullmatch(piece) or _JUDGE_AFTER.match(chunk, off + len(piece))
        joined = (  # "A and B, JJ.": A is a judge too
            i + 1 in out
            and not _TITLE_ONLY.fullmatch(pieces[i + 1][0])
            and _ends_with_and(chunk, pieces[i + 1][1])
        )
        if titled or _JUDGE_END.search(piece) or joined:
            out.add(i)
    return out


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _ends_with_and(chunk: str, off: int) -> bool:
    """``re.search(r"\\s(?:and|AND|&)\\s+$", chunk[:off])``, read from the end."""
    head = chunk[:off]
    bare = head.rstrip()
    if len(bare) == len(head):
        return False
    word = 1 if bare.endswith("&") else 3 if bare.endswith(("and", "AND")) else 0
    return word > 0 and len(bare) > word and bare[-word - 1].isspace()


def _after_semicolon(chunk: str, off: int) -> bool:
    """A semicolon (and an "and") before the piece at ``off``: it opens the next entry of
    a list whose entries hold commas ("X, CLERK OF COURT I; Y, COURT STENOGRAPHER; Z,
    CASHIER, RESPONDENTS": each respondent with the post he holds), so a post or an address
    after the last name's comma ends there."""
    if ";" not in chunk:
        return False
    head = chunk[:off].rstrip()
    if head.endswith(("and", "AND", "&")):
        head = head[:-1] if head.endswith("&") else head[:-3]
        head = head.rstrip()
    return head.endswith(";")


# a name begun after a case number on a merged line ("CA/HCC/ 0312/2018 Thammita Arachchige
# Wasantha" / "Sarath Siriwardene"): its capitalised words after the last number
_NAME_AFTER_NUMBER = re.compile(r"\d[^\s]*\s+((?:[A-Z][a-z]+\s*){1,4})$")


def _name_line(line: str) -> bool:
    """A line that is a person's name (no number, no field label, no caption connective
    such as "And Now" / "And between")."""
    return (
        bool(line)
        and not re.search(r"\d|:", line)
        and not re.match(r"(?i:and|now|between|vs?\.?|versus)\b", line)
        and looks_like_name(line)
    )


# a caption name line with its address on the same line, village and town names one word
# each ("Nimal Perera, Kohelanwala, Madawela, Matale."): three or more one-word places after
# the name's comma, closed by a full stop (a party of a block caption has a full name)
_PLACES_AFTER = re.compile(
    r"^([^,\n]*[^,\s]),(?:[ \t]*[A-Z][a-z]+[ \t]*,){2,}[ \t]*[A-Z][a-z]+\.[ \t]*$", re.M
)


def _name_only(m: re.Match[str]) -> str:
    return m.group(1) + " " * (m.end() - m.end(1))


def _block_names(chunk: str) -> str:
    """A block caption (Sri Lanka): its name lines up to the first line ending in a comma
    (the address follows), with header blocks, form labels and judges blanked out."""
    cut = re.search(r",[ \t]*\n", chunk)
    if cut:
        chunk = chunk[: cut.start()]
    starts = [m.start() for m in (_HOUSE_LINE.search(chunk), _STREET_LINE.search(chunk)) if m]
    if starts and chunk[: min(starts)].strip():  # the address lines after the name
        chunk = chunk[: min(starts)]
    blocks = list(re.finditer(r"[^\n]+", chunk))
    named = False  # a name line seen: a header line after it is blanked alone
    for i, bm in enumerate(blocks):
        line = bm.group(0)
        if re.search(r"\d|\bIN THE\b|\bCOURT\b|\bOF\b|:", line) or named and "Court" in line:
            if named:  # two PDF columns merged: the case number printed beside the name
                chunk = chunk[: bm.start()] + " " * len(line) + chunk[bm.end() :]
                continue
            keep = _NAME_AFTER_NUMBER.search(line)
            nxt = blocks[i + 1].group(0).strip(" ,.") if i + 1 < len(blocks) else ""
            end = bm.start() + keep.start(1) if keep and _name_line(nxt) else bm.end()
            chunk = " " * end + chunk[end:]
        elif _name_line(line.strip(" ,.")):
            named = True
    # the labels of a form's column whose values the PDF put elsewhere ("BEFORE /
    # COUNSEL / ARGUED ON / DECIDED ON" above the party block) are no name
    if FORM_LABEL_LINE.search(chunk):
        chunk = FORM_LABEL_LINE.sub(_blanked, chunk)
    if "J" in chunk:  # (and the bench's names printed in that column, one a line)
        chunk = _JUDGE_LINE.sub(_blanked, chunk)
    return chunk


# the generic last word of a Sri Lankan street's own name ("Godlic Watta Road": garden)
_STREET_GENERIC = {"watta", "waththa", "watte", "wattha", "pedesa"}


def _before_street(name: str, address: re.Match[str]) -> str | None:
    """The person's name before a street written on its line with no comma ("Viyannalage
    Jayasinghe Godlic Watta Road"): the words before the street word less the street's own
    name (its last word, and a generic word before that); None unless two words remain."""
    words = name[: address.start()].split()
    if words and words.pop().lower() in _STREET_GENERIC and words:
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def _pieces(chunk: str, numbered: bool) -> list[tuple[str, int]]:
    """``chunk`` split into candidate names with their offsets; a suffix ("Jr."), a
    nickname or an alias is joined to the name before it."""
    pos = 0
    pieces: list[tuple[str, int]] = []
    splitter = _SPLIT_LINES if one_name_per_line(chunk, numbered) else _SPLIT
    for m in splitter.finditer(chunk):
        pieces.append((chunk[pos : m.start()], pos))
        pos = m.end()
    pieces.append((chunk[pos:], pos))
    merged: list[tuple[str, int]] = []
    for piece, off in pieces:
        bare = piece.strip(" .*\n")
        if (
            merged
            and (_SUFFIX_PIECE.fullmatch(bare) or _SUFFIX_TAIL.match(bare))
            or (merged and _NICKNAME.fullmatch(bare) and _AT_END.search(merged[-1][0]))
            # "X Y Z, A.K.A. "NICKNAME"": the alias belongs to the name before the comma
            or (merged and _ALIAS_START.match(bare))
            # 'X Y @ "TOKAY," "MIKE,"': a further quoted alias after an alias
            or (merged and _QUOTED_ALIAS.fullmatch(bare) and _HAS_ALIAS.search(merged[-1][0]))
        ):
            _, poff = merged[-1]
            merged[-1] = (chunk[poff : off + len(piece)], poff)
        else:
            merged.append((piece, off))
    return merged


# a line opening with an entry number that holds the next entry's number too ("1. Nimal
# Perera 2. Sunil Silva": a PDF merged the lines of a numbered list)
_MERGED_ENTRIES = re.compile(
    r"^[ \t]*\(?\d{1,2}[.)][ \t]+[A-Z][^\n]*?[\w/][ \t]+\d{1,2}[.)][ \t]+[A-Z]", re.M
)


def names_in(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Split a party chunk into names with their spans; keep only name-like pieces."""
    numbered = DIGIT.search(text, start, end) is not None and (
        len(NUMBERED.findall(text, start, end)) >= 2
    )
    start = leader_block_start(text, start, end)
    raw = text[start:end]
    if DIGIT.search(raw) is not None and (
        _BLANK_LINE.search(raw.strip()) or _MERGED_ENTRIES.search(raw)
    ):
        # a block caption's numbered list ("01. Name,\n\nAddress ...\n\n02. Name, ..."),
        # or its entries merged into one line ("1. Name 2. Name"): one name per entry, up
        # to its first comma (the address follows)
        entries = numbered_entries(raw)
        if entries:
            return [
                n
                for a, b in entries
                for n in names_in(text, start + a, start + b)
                or lowercase_word_entry(text, start + a, start + b)
            ]
    return _names_of_pieces(_name_text(raw), start, numbered)


def _name_text(raw: str) -> str:
    """The chunk with what holds no name blanked or cut: layout, the places after a name,
    the prose after a sentence's end, a block caption's other lines (same offsets)."""
    chunk = layout_blanked(raw)
    if "," in chunk and "\n" in chunk:
        chunk = address_blanked(_PLACES_AFTER.sub(_name_only, chunk))
    sentence_end = _SENTENCE_END.search(chunk)
    if sentence_end:
        chunk = chunk[: sentence_end.start()]
    if _BLANK_LINE.search(chunk.strip()):
        chunk = _block_names(chunk)
    return chunk


def _names_of_pieces(chunk: str, base: int, numbered: bool) -> list[tuple[str, int, int]]:
    """The names of the chunk's pieces with their spans (``base``: the chunk's offset); a
    descriptor or an address ends a name's run until the next "and"."""
    out: list[tuple[str, int, int]] = []
    merged = _pieces(chunk, numbered)
    descriptor = street_after = False
    judges = _judges(chunk, merged)
    for i, (piece, off) in enumerate(merged):
        if i in judges:
            continue
        after_and = off > 0 and (_ends_with_and(chunk, off) or _after_semicolon(chunk, off))
        if descriptor and not after_and:
            continue
        named = _piece_name(piece, i == 0, i == 0 and not out)
        if named is None:
            descriptor = True  # an address
            continue
        name, piece, body, street = named
        street_after = street_after or street  # (for the rest of the chunk)
        if looks_like_name(name) and not STATE.found_in(name):
            s = base + off + piece.find(body)
            out.append((name, s, s + len(body)))
            descriptor = street_after  # (the town names after its street are no names)
        elif out:
            descriptor = True
    return out


def _piece_name(piece: str, first: bool, alone: bool) -> tuple[str, str, str, bool] | None:
    """(name, the piece cut to it, the name's text in that piece, whether its street
    follows) of a piece; None for an address (``first``: the chunk's first piece;
    ``alone``: no name before it, so a street after the name may share its piece)."""
    # (an open bracket at the end is a label's: "AAD (Appellant)" with the label cut off)
    raw = _SPACES.sub(" ", piece).strip(' ,.*"“”').rstrip("([ ")
    if raw.count('"') % 2:  # the alias's closing quote was stripped with the comma
        raw += '"'
    # a field label before the name ("Citation: X v Republic", "Case name: ..."): a name
    # never holds a colon, so what precedes one is the field's label
    field = _FIELD_LABEL.match(raw)
    raw = raw[field.end() :] if field else raw
    lead_rx = _CONNECTIVE if first and raw.startswith(("And", "AND")) else _COUPLE
    couple = lead_rx.match(raw)
    if couple:
        raw = raw[couple.end() :]
    name = _strip(raw)
    if name.lower().endswith((" etc", " etc.")):
        name = name.rsplit(" ", 1)[0]
    street_after = False
    house = _HOUSE_NO.search(name, 1) if alone and "No" in name else None
    if house is not None:  # "X Y No. 01 A Walana Road": the address runs on the name's line
        own = name[: house.start()].strip()
        in_piece = _HOUSE_NO.search(piece)
        if len(own.split()) >= 2 and looks_like_name(own) and in_piece is not None:
            name, piece = own, piece[: in_piece.start()].rstrip()
            street_after = True
    address = None if street_after else _ADDRESS.search(name)
    if address or _HOUSE_NO.fullmatch(raw):  # "Ikbal Road", "No. 10/12"
        head = _before_street(name, address) if address and alone else None
        if head is None:
            return None
        name = head  # "X Y Godlic Watta Road, Town": the name runs into its street
        piece = piece[: piece.find(head.split()[-1]) + len(head.split()[-1])]
        street_after = True
    glued = _GLUED_LABEL.search(name)  # "Nimal Perera AccusedAppellant"
    if glued:
        name = name[: glued.start()]
        piece = piece[: piece.rfind(glued.group(1))]
    cut, piece = cut_capacity(name, piece)  # "X Licensee, Y Agency": the capacity
    street_after = street_after or cut != name  # (the business and its address follow)
    name = cut
    body = piece.strip().rstrip("([ \t\n")
    return name, piece, _body(body, field is not None, lead_rx, couple), street_after


def _body(body: str, field: bool, lead_rx: re.Pattern[str], couple: object) -> str:
    """The name's text in the stripped piece: after a field label's colon and a couple's or
    connective's lead words."""
    if field:
        body = body[body.find(":") + 1 :].lstrip()
    lead = lead_rx.match(body) if couple else None
    return body[lead.end() :] if lead else body
