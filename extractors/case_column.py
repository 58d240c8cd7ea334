"""The case-number column beside a caption's numbered party list.

A Sri Lankan appeal caption prints two columns: on the left the case numbers ("Court of
Appeal Case No. / CA/HCC/0018/2020 / High Court of Colombo / Case No. HCB/1939/2012"), on
the right the numbered parties ("1. Nimal Perera / 2. Sunil Silva").  A PDF text layer
merges the columns line by line: "Court of Appeal Case No. 1. Nimal Perera".  The entry
number then follows the column's text on its line: after a case-number field ("Case No.",
"No:"), a court's name ("High Court of Colombo") or a docket number ("CA/HCC/0018/2020").
Such a number starts an entry of the merged list as a number after a name's last word does
(:func:`caselaw.extractors.caption_layout.numbered_entries`).  Pure string functions; a
literal gate runs before the regex.
"""

from __future__ import annotations

import re

# the column's text that ends where the entry number begins: a case-number field's label
# ("Case No.", "No:"), a court's name ("High Court of Colombo", "Court of Appeal") or a
# docket number with its slashes ("CA/HCC/ 0018-019/2020", "HCB/1939/2012")
_COLUMN_END = re.compile(r"(?:\bNo\s*[.:]|\bCourt\b[^\n]*|\b[A-Z]{1,5}/[\w/ -]*\d)[ \t]*$")


def after_column(chunk: str, line_start: int, at: int) -> bool:
    """The text of its line before ``at`` (an entry number) is the case-number column's."""
    head = chunk[line_start:at]
    if not head.strip() or ("No" not in head and "Court" not in head and "/" not in head):
        return False
    return _COLUMN_END.search(head) is not None
