"""Search hits quote the field the words were found in, with the matched words marked (schema step 8:
one index column per field), and carry the facts a sentence about the hit needs."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from myvendors.domain import agreements, reputation, requests, search, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    VendorDraft,
)
from myvendors.domain.search import MARK_END, MARK_START, marked_parts
from myvendors.storage import Database
from myvendors.storage import search as search_sql


def _marks(text: str) -> list[str]:
    return [piece for piece, matched in marked_parts(text) if matched]


def test_a_hit_quotes_the_field_that_matched_not_the_whole_index_text(db: Database) -> None:
    v = vendors.create_vendor(db, VendorDraft(
        name="Velo Works", website="https://velo.example.com", phone="5555551113", address="113 Main St",
        notes="Fixed my gears for free", tags=("bikes",)))
    hit = search.search(db, "gears").groups["vendors"][0]
    assert (hit.field, hit.snippet, _marks(hit.marked)) == ("notes", "Fixed my gears for free", ["gears"])
    assert hit.title == "Velo Works" and hit.title_marked == ""
    phone = search.search(db, "5555").groups["vendors"][0]
    assert (phone.field, phone.snippet) == ("phone", "5555551113")  # not "…com 5555551113 113 Main St"
    named = search.search(db, "velo").groups["vendors"][0]  # in the name (and the website): the name is marked
    assert _marks(named.title_marked) == ["Velo"]

    agreements.add_agreement(db, AgreementDraft(
        vendor_id=v.id, kind=AgreementKind.SUBSCRIPTION, title="Netflix Premium", price=Money(1799, "EUR"),
        period=BillingPeriod.MONTHLY, notes="Family plan, four screens"))
    hit = search.search(db, "netfl").groups["agreements"][0]
    assert _marks(hit.title_marked) == ["Netflix"] and hit.field == "title"
    assert (hit.what, hit.amount, hit.period, hit.vendor_name) == ("subscription", Money(1799, "EUR"), "monthly", "Velo Works")
    hit = search.search(db, "screens").groups["agreements"][0]
    assert (hit.field, _marks(hit.marked), hit.title_marked) == ("notes", ["screens"], "")

    at = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    i = timeline.record(db, InteractionDraft(vendor_id=v.id, kind=InteractionKind.PAYMENT, at=at,
                                             amount=Money(4500, "EUR"), channel="shop", note="New chain and brake pads"))
    hit = search.search(db, "brake").groups["interactions"][0]
    assert (hit.id, hit.field, _marks(hit.marked), hit.what, hit.amount) == (i.id, "note", ["brake"], "payment", Money(4500, "EUR"))
    assert hit.on is not None and hit.on.startswith("2026-03-02")
    n = reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 3, 3), text="Quick and honest", tags=("repair",),
                                          author="Sam"))
    hit = search.search(db, "honest").groups["notes"][0]
    assert (hit.id, hit.field, hit.snippet, hit.what, hit.on) == (n.id, "text", "Quick and honest", "Sam", "2026-03-03")
    assert search.search(db, "repair").groups["notes"][0].field == "tags"

    r = requests.create_request(db, RequestDraft(title="E-bike service", description="Yearly check of my e-bike"))
    o = requests.add_offer(db, OfferDraft(request_id=r.id, vendor_id=v.id, price=Money(8000, "EUR"), conditions="Within a week"))
    hit = search.search(db, "yearly").groups["requests"][0]
    assert (hit.field, hit.request_id, hit.what) == ("description", r.id, "draft")
    hit = search.search(db, "week").groups["offers"][0]
    assert (hit.id, hit.request_id, hit.field, hit.what) == (o.id, r.id, "conditions", "E-bike service")


def test_a_long_field_is_cut_around_the_match(db: Database) -> None:
    v = vendors.add_vendor(db, "Long Notes Ltd")
    words = " ".join(f"word{n}" for n in range(200))
    reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2026, 1, 1), text=f"{words} needle {words}"))
    hit = search.search(db, "needle").groups["notes"][0]
    assert _marks(hit.marked) == ["needle"] and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet.split()) <= search_sql.SNIPPET_TOKENS


def test_marks_cannot_be_forged_by_her_text_and_parts_stay_balanced(db: Database) -> None:
    v = vendors.add_vendor(db, f"Odd {MARK_START}Mark{MARK_END} Shop")
    hit = search.search(db, "shop").groups["vendors"][0]
    assert MARK_START not in hit.snippet and MARK_END not in hit.snippet
    assert marked_parts(f"a{MARK_START}b{MARK_END}c{MARK_END}d") == [("a", False), ("b", True), ("c", False), ("d", False)]
    assert v.id == hit.id


def test_every_field_of_every_kind_has_its_own_index_column(db: Database) -> None:
    for kind, columns in search_sql.COLUMNS.items():
        names = [row[1] for row in db.query(f"PRAGMA table_info({kind}_fts)")]
        assert tuple(names) == columns, kind


def test_a_vault_of_schema_7_keeps_its_search_and_gains_the_columns(tmp_path: Path) -> None:
    db = Database._connect(tmp_path / "old.myvendors", os.urandom(32))
    db.execute("PRAGMA journal_mode = WAL")
    db.migrate(target=7)
    with db.transaction():
        db.execute("INSERT INTO vendors(id, uid, name, phone, notes, sort_name, created_at, updated_at) "
                   "VALUES (1, 'u1', 'Old Velo', '5555551113', 'kind people', 'old velo', 'x', 'x')")
        db.execute("INSERT INTO tags(id, name) VALUES (1, 'bikes')")
        db.execute("INSERT INTO vendor_tags(vendor_id, tag_id) VALUES (1, 1)")
        db.execute("INSERT INTO interactions(id, uid, vendor_id, kind, at, note, created_at) "
                   "VALUES (5, 'i5', 1, 'payment', '2026-01-01T00:00:00+00:00', 'new tyres', 'x')")
    db.migrate()
    try:
        assert db.schema_version() >= 8  # and any step after it
        assert search.search(db, "tyres").groups["interactions"][0].field == "note"
        assert search.search(db, "bikes").groups["vendors"][0].field == "tags"
        assert search.search(db, "5555").groups["vendors"][0].snippet == "5555551113"
        vendors.update_vendor(db, 1, tags=("repairs",))  # the triggers follow the new columns
        assert "vendors" not in search.search(db, "bikes").groups
        assert search.search(db, "repairs").groups["vendors"][0].field == "tags"
        for kind in search_sql.KINDS:
            db.execute(f"INSERT INTO {kind}_fts({kind}_fts) VALUES ('integrity-check')")
    finally:
        db.close()
