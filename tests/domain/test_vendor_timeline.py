"""One vendor's timeline with its leaks merged among its interactions by date: every way of reading a
page (by position, older than a row, newer than a row) gives the rows of the one merged list, and a
row's position is where it stands in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from myvendors.domain import leaks, timeline, vendors
from myvendors.domain.leaks import Leak
from myvendors.domain.models import InteractionDraft, InteractionKind
from myvendors.domain.vendor_timeline import VendorTimeline, leak_at, row_key
from myvendors.storage import Database

START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _ids(rows: list) -> list[tuple[str, int]]:
    return [("leak" if isinstance(row, Leak) else "interaction", row.id) for row in rows]


@pytest.fixture
def story(db: Database) -> tuple[int, list]:
    """30 interactions a day apart (two on the 10th day, at noon, where a leak stands too), leaks on
    the 1st day (before everything), the 10th, twice on the 20th, and after the last interaction;
    another vendor's interaction and leak that must not show."""
    vendor = vendors.add_vendor(db, "Nordlicht Mobilfunk").id
    other = vendors.add_vendor(db, "Elsewhere").id
    for day in range(30):
        timeline.record(db, InteractionDraft(vendor_id=vendor, kind=InteractionKind.PAYMENT,
                                             at=START + timedelta(days=day), note=f"day {day}"))
    timeline.record(db, InteractionDraft(vendor_id=vendor, kind=InteractionKind.CONVERSATION,
                                         at=datetime(2026, 3, 10, 12, 0, tzinfo=UTC), note="at noon"))
    timeline.record(db, InteractionDraft(vendor_id=other, kind=InteractionKind.CONVERSATION, at=START))
    leaks.add_alias(db, vendor, "maren+nordlicht@example.org")
    leaks.add_alias(db, other, "maren+elsewhere@example.org")
    for day in (date(2026, 2, 20), date(2026, 3, 10), date(2026, 3, 20), date(2026, 3, 20), date(2026, 4, 20)):
        leaks.record_by_hand(db, "maren+nordlicht@example.org", seen_on=day, used_by=f"spam {day}")
    leaks.record_by_hand(db, "maren+elsewhere@example.org", seen_on=date(2026, 3, 5), used_by="not hers")
    rows = [*timeline.page(db, vendor_id=vendor, limit=1000), *leaks.leaks(db, vendor_id=vendor)]
    return vendor, sorted(rows, key=row_key, reverse=True)


def test_the_merged_order_by_date(db: Database, story: tuple[int, list]) -> None:
    vendor, expected = story
    merged = VendorTimeline(db, vendor)
    assert merged.count() == 36 and merged.interactions == 31 and len(merged.leaks) == 5
    assert merged.at(0, 100) == expected
    assert isinstance(expected[0], Leak) and expected[0].seen_on == date(2026, 4, 20)  # newest
    assert isinstance(expected[-1], Leak) and expected[-1].seen_on == date(2026, 2, 20)  # oldest
    noon = [row for row in expected if row_key(row)[0] == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)]
    assert [type(row).__name__ for row in noon] == ["Interaction", "Leak"]  # the leak after the instant's call
    assert leak_at(noon[1]) == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 36, 40])
def test_every_window_by_position_is_a_slice_of_the_merged_list(db: Database, story: tuple[int, list], size: int) -> None:
    vendor, expected = story
    merged = VendorTimeline(db, vendor)
    for start in range(0, 37):
        assert _ids(merged.at(start, size)) == _ids(expected[start:start + size]), (start, size)


@pytest.mark.parametrize("size", [1, 4, 10])
def test_older_and_newer_than_any_row_walk_the_merged_list(db: Database, story: tuple[int, list], size: int) -> None:
    vendor, expected = story
    merged = VendorTimeline(db, vendor)
    for place, row in enumerate(expected):
        assert _ids(merged.older(row, size)) == _ids(expected[place + 1:place + 1 + size]), (place, size)
        assert _ids(merged.newer(row, size)) == _ids(expected[max(0, place - size):place]), (place, size)
        assert merged.position(row) == place


def test_a_vendor_without_leaks_is_its_interactions(db: Database, story: tuple[int, list]) -> None:
    plain = vendors.add_vendor(db, "Quiet").id
    only = timeline.record(db, InteractionDraft(vendor_id=plain, kind=InteractionKind.CONVERSATION, at=START))
    merged = VendorTimeline(db, plain)
    assert merged.count() == 1 and merged.leaks == [] and merged.at(0, 10) == [only]
