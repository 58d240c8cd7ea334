"""The keyword spans of one scan, kept as flat lists; the tuples of a group built on use.

A scan finds ~20,000 group spans per MB of judgment.  The scanners hand them over as
:data:`Flat` lists (every group's starts and ends, sorted by group, start and end, with
each group's bounds), built by numpy in one go, and ``Hits`` turns a group into its
``(start, end)`` tuples only when a step first asks for it (one ``zip``).

:class:`SpanTable` is also the ``Mapping`` behind ``Hits.spans``: group name -> its spans
in the order the Aho-Corasick backend reports them (by end, the longer first), for the
groups that hit.  Nothing here knows how the spans were found.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

Span = tuple[int, int]
Flat = tuple[list[int], list[int], list[int]]
"""``(bounds, starts, ends)``: group ``g``'s spans are ``starts[bounds[g]:bounds[g + 1]]``
with their ``ends``, sorted by start, then end."""


def flat_of(found: Mapping[int, Sequence[Span]], n_groups: int) -> Flat:
    """The :data:`Flat` lists of the spans given by group id (in any order)."""
    bounds, starts, ends = [0], list[int](), list[int]()
    for gid in range(n_groups):
        spans = found.get(gid)
        if spans:
            group_starts, group_ends = zip(*sorted(spans), strict=True)
            starts += group_starts
            ends += group_ends
        bounds.append(len(starts))
    return bounds, starts, ends


class SpanTable(Mapping[str, tuple[Span, ...]]):
    """The spans of every group of one scan (read-only)."""

    __slots__ = ("_gid", "_bounds", "_starts", "_ends")

    def __init__(self, gids: Mapping[str, int], flat: Flat) -> None:
        self._gid = gids  # group name -> group id (shared by every scan of one scanner)
        self._bounds, self._starts, self._ends = flat

    def sorted(self, group: str) -> tuple[list[int], list[Span]]:
        """The group's starts, and its spans sorted by start, then end."""
        gid = self._gid.get(group)
        if gid is None:
            return [], []
        lo, hi = self._bounds[gid], self._bounds[gid + 1]
        if lo == hi:  # most groups of a judgment: nothing to slice
            return [], []
        starts = self._starts[lo:hi]
        return starts, list(zip(starts, self._ends[lo:hi], strict=True))

    def count(self, group: str) -> int:
        gid = self._gid.get(group)
        return 0 if gid is None else self._bounds[gid + 1] - self._bounds[gid]

    # -- Mapping: group -> spans in Aho-Corasick order, for the groups that hit ----------

    def __getitem__(self, group: str) -> tuple[Span, ...]:
        spans = self.sorted(group)[1]
        if not spans:
            raise KeyError(group)
        return tuple(sorted(spans, key=_by_end))

    def __contains__(self, group: object) -> bool:
        return isinstance(group, str) and self.count(group) > 0

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._gid if self.count(name))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


def _by_end(span: Span) -> tuple[int, int]:
    return span[1], span[0]
