"""What the Reputation page's filters are made of: note authors, note tags, vendor names in bulk."""

from __future__ import annotations

from datetime import date

from myvendors.domain import reputation, vendors
from myvendors.domain.models import NoteDraft
from myvendors.storage import Database


def test_authors_and_tags_of_notes_leave_out_me_vendor_tags_and_the_trash(db: Database) -> None:
    shop = vendors.add_vendor(db, "Shop")
    bank = vendors.add_vendor(db, "Bank")
    vendors.update_vendor(db, shop.id, tags=["vendor-only"])
    reputation.add_note(db, NoteDraft(vendor_id=shop.id, on=date(2026, 1, 1), text="mine", tags=("slow",)))
    reputation.add_note(db, NoteDraft(vendor_id=shop.id, on=date(2026, 1, 2), text="hers", author="zoe", tags=("Fair",)))
    reputation.add_note(db, NoteDraft(vendor_id=bank.id, on=date(2026, 1, 3), text="his", author="Adam", tags=("hidden",)))
    reputation.add_note(db, NoteDraft(vendor_id=bank.id, on=date(2026, 1, 4), text="again", author="Adam"))

    assert reputation.authors(db) == ["Adam", "zoe"]
    assert reputation.note_tags(db) == ["Fair", "hidden", "slow"]

    vendors.delete_vendor(db, bank.id)  # the trash hides its notes, so their authors and tags too
    assert reputation.authors(db) == ["zoe"]
    assert reputation.note_tags(db) == ["Fair", "slow"]


def test_names_of_many_vendors_in_one_call(db: Database) -> None:
    made = [vendors.add_vendor(db, f"Vendor {i:04d}") for i in range(620)]
    vendors.delete_vendor(db, made[3].id)
    wanted = [v.id for v in made] + [made[0].id, 999_999]
    found = vendors.names(db, wanted)
    assert found == {v.id: v.name for v in made}  # the trashed one too; unknown ids left out
    assert vendors.names(db, []) == {}
