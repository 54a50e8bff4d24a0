"""Editing an interaction or a note: the same checks as adding, one transaction, and the
maintained totals (schema step 6) and the search index follow the change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from myvendors.domain import reputation, search, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money, NoteDraft, VendorDraft
from myvendors.errors import InvalidInput
from myvendors.storage import Database
from myvendors.storage.totals import mismatches


def _ids(db: Database, query: str, kind: str) -> set[int]:
    return {hit.id for hit in search.search(db, query).groups.get(kind, [])}


def test_edit_interaction_moves_totals_and_search(db: Database) -> None:
    a = vendors.create_vendor(db, VendorDraft(name="Alpha")).id
    b = vendors.create_vendor(db, VendorDraft(name="Beta")).id
    first = timeline.record(db, InteractionDraft(a, InteractionKind.PAYMENT, datetime(2026, 1, 2, tzinfo=UTC),
                                                 Money(1250, "EUR"), "shop", "bought a kettle"))
    edited = timeline.edit_interaction(db, first.id, amount=Money(900, "USD"), note="bought a toaster")
    assert (edited.amount, edited.note, edited.kind, edited.channel) == (Money(900, "USD"), "bought a toaster",
                                                                       InteractionKind.PAYMENT, "shop")
    assert edited.uid == first.uid and edited.created_at == first.created_at
    assert mismatches(db) == []
    assert timeline.amount_totals(db, a) == (Money(900, "USD"),)
    assert _ids(db, "toaster", "interactions") == {first.id}
    assert _ids(db, "kettle", "interactions") == set()

    moved = timeline.edit_interaction(db, first.id, vendor_id=b, amount=None, kind=InteractionKind.COMPLAINT)
    assert moved.vendor_id == b and moved.amount is None
    assert mismatches(db) == []
    assert (timeline.count(db, a), timeline.count(db, b), timeline.count(db)) == (0, 1, 1)
    assert timeline.amount_totals(db, a) == () and timeline.amount_totals(db, b) == ()


def test_edit_interaction_refuses_what_add_refuses(db: Database) -> None:
    a = vendors.create_vendor(db, VendorDraft(name="Alpha")).id
    one = timeline.record(db, InteractionDraft(a, InteractionKind.PAYMENT, datetime(2026, 1, 2, tzinfo=UTC)))
    for changes, field in (({"kind": "nonsense"}, "kind"), ({"channel": "x" * 101}, "channel"),
                           ({"colour": "red"}, "colour"), ({"at": "yesterday"}, "at")):
        with pytest.raises(InvalidInput) as caught:
            timeline.edit_interaction(db, one.id, **changes)
        assert caught.value.field == field
    with pytest.raises(InvalidInput):
        timeline.edit_interaction(db, one.id, vendor_id=9999)
    with pytest.raises(InvalidInput):
        timeline.edit_interaction(db, 9999, note="x")
    assert timeline.get_interaction(db, one.id) == one


def test_edit_note_moves_standing_and_search(db: Database) -> None:
    a = vendors.create_vendor(db, VendorDraft(name="Alpha")).id
    b = vendors.create_vendor(db, VendorDraft(name="Beta")).id
    note = reputation.add_note(db, NoteDraft(a, date(2026, 3, 1), "slow delivery", {"quality": 2}, ("parcel",)))
    edited = reputation.edit_note(db, note.id, ratings={"quality": 5, "service": 3}, text="fast delivery",
                                  tags=("courier",))
    assert (edited.ratings, edited.text, edited.tags) == ({"quality": 5, "service": 3}, "fast delivery", ("courier",))
    assert mismatches(db) == []
    assert reputation.standing(db, a).overall == pytest.approx(4.0)
    assert _ids(db, "fast", "notes") == {note.id} and _ids(db, "slow", "notes") == set()
    assert _ids(db, "courier", "notes") == {note.id} and _ids(db, "parcel", "notes") == set()

    theirs = reputation.edit_note(db, note.id, author="Sam")
    assert theirs.author == "Sam" and mismatches(db) == []
    assert reputation.standing(db, a).overall is None
    assert reputation.standing(db, a, author="Sam").overall == pytest.approx(4.0)

    reputation.edit_note(db, note.id, author=None, vendor_id=b)
    assert mismatches(db) == []
    assert reputation.standing(db, a).notes == 0 and reputation.standing(db, b).overall == pytest.approx(4.0)


def test_edit_note_refuses_what_add_refuses(db: Database) -> None:
    a = vendors.create_vendor(db, VendorDraft(name="Alpha")).id
    note = reputation.add_note(db, NoteDraft(a, date(2026, 3, 1), "", {"quality": 2}))
    for changes, field in (({"ratings": {"quality": 6}}, "quality"), ({"ratings": {}}, "text"),
                           ({"on": "soon"}, "on"), ({"stars": 3}, "stars")):
        with pytest.raises(InvalidInput) as caught:
            reputation.edit_note(db, note.id, **changes)
        assert caught.value.field == field
    assert reputation.get_note(db, note.id) == note
