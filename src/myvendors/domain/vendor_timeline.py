"""One vendor's timeline with its leaks among its interactions, newest first, paged.

A leak is not an interaction (it lives in `leaks`, the interactions' totals and triggers do not see
it), but she reads it on the timeline where it happened. A vendor has a few leaks: they are read
once, and merged into each page of interactions by date. A leak stands at noon UTC of the day it was
seen (`leak_at`: that day on every clock from UTC−11 to UTC+11), after the interactions of that very
instant. Positions stay exact: a leak's row is the interactions newer than it (counted for all the
leaks in one pass over the vendor's index) plus the leaks newer than it, so a jump to any row reads
one page of interactions.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from myvendors.domain import leaks, timeline
from myvendors.domain.leaks import Leak
from myvendors.domain.models import Interaction
from myvendors.storage import Database

Row = Interaction | Leak

NOON = time(12, 0)


def leak_at(leak: Leak) -> datetime:
    """Where a leak stands among interactions: noon UTC of the day it was seen."""
    return datetime.combine(leak.seen_on, NOON, tzinfo=UTC)


def row_key(row: Row) -> tuple[datetime, int, int]:
    """The merged order, newest first when sorted in reverse: interactions by (at, id), a leak after
    the interactions of its instant (id 0), leaks of one day by their own id."""
    if isinstance(row, Leak):
        return (leak_at(row), 0, row.id)
    return (row.at, row.id, 0)


def _sql_key(row: Row) -> tuple[datetime, int]:
    return (leak_at(row), 0) if isinstance(row, Leak) else (row.at, row.id)


class VendorTimeline:
    """The rows of one vendor's timeline: interactions and leaks, newest first. Reads the vendor's
    leaks (and one count per leak) when made: make a new one after a change."""

    def __init__(self, db: Database, vendor_id: int) -> None:
        self._db, self.vendor_id = db, vendor_id
        self.leaks = sorted(leaks.leaks(db, vendor_id=vendor_id), key=row_key, reverse=True)
        self.interactions = timeline.count(db, vendor_id)
        newer_interactions = timeline.count_at_or_after(db, vendor_id, [leak_at(leak) for leak in self.leaks])
        self.leak_rows = [count + newer for newer, count in enumerate(newer_interactions)]

    def count(self) -> int:
        return self.interactions + len(self.leaks)

    def older(self, row: Row, limit: int) -> list[Row]:
        """Up to `limit` rows right after `row` (older)."""
        found: list[Row] = [*timeline.page_by_key(self._db, vendor_id=self.vendor_id, older_than=_sql_key(row),
                                                  limit=limit)]
        found += [leak for leak in self.leaks if row_key(leak) < row_key(row)]
        return sorted(found, key=row_key, reverse=True)[:limit]

    def newer(self, row: Row, limit: int) -> list[Row]:
        """Up to `limit` rows right before `row` (newer), newest first."""
        found: list[Row] = [*timeline.page_by_key(self._db, vendor_id=self.vendor_id, newer_than=_sql_key(row),
                                                  limit=limit)]
        found += [leak for leak in self.leaks if row_key(leak) > row_key(row)]
        return sorted(found, key=row_key, reverse=True)[-limit:]

    def at(self, start: int, limit: int) -> list[Row]:
        """Rows `start` to `start + limit`: the leaks whose rows fall there, and the interactions
        between them (one page read by position)."""
        end = min(start + limit, self.count())
        if end <= start:
            return []
        inside = [leak for leak, row in zip(self.leaks, self.leak_rows, strict=True) if start <= row < end]
        above = sum(1 for row in self.leak_rows if row < start)
        wanted = end - start - len(inside)
        found: list[Row] = [*inside]
        if wanted > 0:
            found += timeline.interactions_at(self._db, start - above, wanted, vendor_id=self.vendor_id,
                                              total=self.interactions)
        return sorted(found, key=row_key, reverse=True)

    def position(self, row: Row) -> int:
        """The row of an interaction or a leak of this vendor (0 = the newest)."""
        if isinstance(row, Leak):
            return next(place for leak, place in zip(self.leaks, self.leak_rows, strict=True) if leak.id == row.id)
        return timeline.position(self._db, row) + sum(1 for leak in self.leaks if row_key(leak) > row_key(row))
