"""Paging both ways and jumping by position: what lets a view hold a few pages of a long list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from myvendors.domain import timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, VendorDraft, VendorStatus
from myvendors.errors import InvalidInput
from myvendors.storage import Database


@pytest.fixture
def listed(db: Database) -> list[vendors.Vendor]:
    drafts = [
        VendorDraft(name=f"Shop {n:03d}", status=VendorStatus.FORMER if n % 4 == 0 else VendorStatus.ACTIVE)
        for n in range(97)
    ]
    return vendors.add_vendors(db, drafts)


@pytest.mark.parametrize("sort", ["name", "-name", "updated", "created"])
@pytest.mark.parametrize("status", [None, VendorStatus.FORMER])
def test_every_way_to_a_page_gives_the_same_rows(db: Database, listed: list, sort: str, status: VendorStatus | None) -> None:
    walk: list[vendors.Vendor] = []
    after = None
    while page := vendors.page_vendors(db, limit=10, after=after, sort=sort, status=status):
        walk.extend(page)
        after = page[-1]
    total = vendors.count_vendors(db, status=status)
    assert len(walk) == total == (97 if status is None else 25)
    ids = [v.id for v in walk]
    for start in (0, 5, total // 2, total - 7, total - 1):
        assert [v.id for v in vendors.vendors_at(db, start, 10, sort=sort, status=status)] == ids[start : start + 10]
        assert vendors.position_of(db, walk[start], sort=sort, status=status) == start
    for row in (10, total // 2 + 1, total - 1):
        before = vendors.page_vendors(db, limit=10, before=walk[row], sort=sort, status=status)
        assert [v.id for v in before] == ids[max(0, row - 10) : row]
    assert vendors.vendors_at(db, total, 10, sort=sort, status=status) == []


def test_position_of_a_vendor_outside_the_list_is_none(db: Database, listed: list) -> None:
    active = listed[1]
    assert vendors.position_of(db, active, status=VendorStatus.FORMER) is None
    gone = vendors.delete_vendor(db, listed[2].id)
    assert vendors.position_of(db, gone) is None
    assert vendors.position_of(db, gone, trashed=True) == 0


def test_paging_arguments_are_checked(db: Database, listed: list) -> None:
    with pytest.raises(InvalidInput) as both:
        vendors.page_vendors(db, after=listed[0], before=listed[1])
    assert both.value.field == "before"
    with pytest.raises(InvalidInput):
        vendors.vendors_at(db, -1, 10)
    with pytest.raises(InvalidInput):
        vendors.vendors_at(db, 0, 0)
    with pytest.raises(InvalidInput):
        timeline.interactions_at(db, 0, 10_001)


def test_timeline_pages_both_ways_and_by_position(db: Database, listed: list) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for vendor in listed[:2]:
        for n in range(45):
            timeline.record(db, InteractionDraft(vendor.id, InteractionKind.PAYMENT, start + timedelta(hours=n)))
    vendors.delete_vendor(db, listed[1].id)  # its interactions leave the all-vendors timeline
    for vendor_id in (listed[0].id, None):
        total = timeline.count(db, vendor_id)
        assert total == 45
        walk: list = []
        after = None
        while page := timeline.page(db, vendor_id=vendor_id, after=after, limit=8):
            walk.extend(page)
            after = page[-1]
        assert [i.at for i in walk] == sorted((i.at for i in walk), reverse=True) and len(walk) == total
        ids = [i.id for i in walk]
        for first in (0, 9, 30, 44):
            assert [i.id for i in timeline.interactions_at(db, first, 8, vendor_id=vendor_id)] == ids[first : first + 8]
        above = timeline.page(db, vendor_id=vendor_id, newer_than=walk[20], limit=8)
        assert [i.id for i in above] == ids[12:20]
