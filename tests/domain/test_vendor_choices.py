"""The vendors a picker offers (`vendors.choices`): live ones, by name whatever the case, at most `limit`."""

from __future__ import annotations

from myvendors.domain import vendors
from myvendors.domain.models import VendorDraft
from myvendors.storage import Database


def test_choices_are_live_vendors_by_name(db: Database) -> None:
    made = vendors.add_vendors(db, [VendorDraft(name=n) for n in ("beta", "Alpha", "gamma", "Delta")])
    vendors.delete_vendor(db, next(v.id for v in made if v.name == "gamma"))
    assert [v.name for v in vendors.choices(db)] == ["Alpha", "beta", "Delta"]


def test_choices_stop_after_the_limit_in_whole_pages(db: Database) -> None:
    vendors.add_vendors(db, [VendorDraft(name=f"V{n:03}") for n in range(501)])
    assert len(vendors.choices(db, limit=10)) == 500  # one page of 500 reaches the limit
    assert len(vendors.choices(db)) == 501
