"""Maintained totals (schema step 6): always equal to a recount, whatever the writes; the answers
built on them (counts, sums, standing, "standing fell") equal the old full scans."""

from __future__ import annotations

import os
import random
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myvendors.domain import insights, reputation, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money, NoteDraft, VendorStatus
from myvendors.storage import Database
from myvendors.storage import insights as insights_sql
from myvendors.storage import reputation as reputation_sql
from myvendors.storage.migrations import LATEST_VERSION
from myvendors.storage.totals import mismatches, rebuild, recount, stored

TODAY = date(2026, 11, 25)
CURRENCIES = ("EUR", "USD", "CHF")
AUTHORS = (None, None, None, "Sam", "Zoë")
DIMENSIONS = ("quality", "price", "service", "honesty")

# The "standing fell" query before maintained totals: every one of my notes read, every time.
_OLD_SCORE = (
    "(coalesce(quality, 0) + coalesce(price, 0) + coalesce(service, 0) + coalesce(honesty, 0)) * 1.0 "
    "/ nullif((quality IS NOT NULL) + (price IS NOT NULL) + (service IS NOT NULL) + (honesty IS NOT NULL), 0)"
)
_OLD_STANDING_CHANGES = f"""WITH per_note AS (
        SELECT vendor_id, on_date >= ? AS recent, {_OLD_SCORE} AS score FROM notes WHERE author IS NULL
    ), per_vendor AS (
        SELECT vendor_id,
               avg(CASE WHEN recent THEN score END) AS recent_mean,
               count(CASE WHEN recent THEN score END) AS recent_notes,
               avg(CASE WHEN NOT recent THEN score END) AS earlier_mean,
               count(CASE WHEN NOT recent THEN score END) AS earlier_notes
        FROM per_note WHERE score IS NOT NULL GROUP BY vendor_id
    )
    SELECT p.*, v.name AS vendor_name FROM per_vendor p
    CROSS JOIN vendors v ON v.id = p.vendor_id AND v.deleted_at IS NULL
    WHERE p.recent_notes > 0 AND p.earlier_notes > 0 AND p.recent_mean <= p.earlier_mean - ?
    ORDER BY p.recent_mean - p.earlier_mean, v.name COLLATE NOCASE"""


@pytest.fixture
def plain_db(tmp_path: Path) -> Any:
    db = Database.create(tmp_path / "totals.myvendors", os.urandom(32))
    yield db
    db.close()


def _ratings(rng: random.Random) -> dict[str, int]:
    return {d: rng.randint(1, 5) for d in DIMENSIONS if rng.random() < 0.5}


class _Writer:
    """Random writes through the services and, for what no service does (updates), through SQL."""

    def __init__(self, db: Database, rng: random.Random) -> None:
        self.db, self.rng = db, rng

    def ids(self, table: str) -> list[int]:
        return [int(r[0]) for r in self.db.query(f"SELECT id FROM {table}")]

    def step(self) -> str:
        rng, db = self.rng, self.db
        vendor_ids = self.ids("vendors")
        live = [int(r[0]) for r in db.query("SELECT id FROM vendors WHERE deleted_at IS NULL")]
        trashed = [int(r[0]) for r in db.query("SELECT id FROM vendors WHERE deleted_at IS NOT NULL")]
        op = rng.choice(["vendor", "vendor", "interaction", "interaction", "interaction", "note", "note", "note",
                         "status", "trash", "restore", "purge", "empty_trash", "drop_interaction", "drop_note",
                         "edit_interaction", "edit_note", "delete_live_vendor"])
        if op == "vendor" or not vendor_ids:
            vendors.add_vendor(db, f"V{rng.randint(0, 999)}", status=rng.choice(list(VendorStatus)))
            return "vendor"
        if op == "interaction":
            amount = Money(rng.randint(-500, 5000), rng.choice(CURRENCIES)) if rng.random() < 0.7 else None
            at = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randint(0, 60_000))
            with db.transaction():
                timeline.record_in(db, InteractionDraft(vendor_id=rng.choice(vendor_ids),
                                                        kind=rng.choice(list(InteractionKind)), at=at, amount=amount))
        elif op == "note":
            vendor_id = rng.choice(vendor_ids)
            ratings = _ratings(rng)
            on = TODAY - timedelta(days=rng.randint(0, 400))
            with db.transaction():
                reputation_sql.insert_note(db, uid=f"n{rng.random()}", vendor_id=vendor_id,
                                values={"on_date": on.isoformat(), "text": "t", "author": rng.choice(AUTHORS), **ratings},
                                tags=rng.sample(["a", "b", "c"], rng.randint(0, 2)))
        elif op == "status" and live:
            vendors.update_vendor(db, rng.choice(live), status=rng.choice(list(VendorStatus)))
        elif op == "trash" and live:
            vendors.delete_vendor(db, rng.choice(live))
        elif op == "restore" and trashed:
            vendors.restore_vendor(db, rng.choice(trashed))
        elif op == "purge" and trashed:
            with db.transaction():
                db.execute("DELETE FROM vendors WHERE id = ?", (rng.choice(trashed),))
        elif op == "empty_trash" and trashed and rng.random() < 0.3:
            vendors.empty_trash(db)
        elif op == "delete_live_vendor" and live and rng.random() < 0.3:
            with db.transaction():
                db.execute("DELETE FROM vendors WHERE id = ?", (rng.choice(live),))
        elif op == "drop_interaction" and (found := self.ids("interactions")):
            timeline.delete_interaction(db, rng.choice(found))
        elif op == "drop_note" and (found := self.ids("notes")):
            reputation.delete_note(db, rng.choice(found))
        elif op == "edit_interaction" and (found := self.ids("interactions")):
            amount = (rng.randint(0, 900), rng.choice(CURRENCIES)) if rng.random() < 0.6 else (None, None)
            with db.transaction():
                db.execute("UPDATE interactions SET vendor_id = ?, amount_minor = ?, currency = ? WHERE id = ?",
                           (rng.choice(vendor_ids), *amount, rng.choice(found)))
        elif op == "edit_note" and (found := self.ids("notes")):
            values = {d: rng.choice([None, 1, 2, 3, 4, 5]) for d in DIMENSIONS}
            with db.transaction():
                db.execute(
                    "UPDATE notes SET vendor_id = ?, author = ?, quality = ?, price = ?, service = ?, honesty = ? "
                    "WHERE id = ?",
                    (rng.choice(vendor_ids), rng.choice(AUTHORS), *values.values(), rng.choice(found)),
                )
        else:
            return "skipped"
        return op


@pytest.mark.parametrize("seed", range(6))
def test_totals_equal_a_recount_after_random_writes(plain_db: Database, seed: int) -> None:
    rng = random.Random(seed)
    writer = _Writer(plain_db, rng)
    done: list[str] = []
    for n in range(160):
        done.append(writer.step())
        if n % 8 == 7:
            assert mismatches(plain_db) == [], f"after {done[-8:]}"
    assert mismatches(plain_db) == []
    assert {"trash", "restore", "interaction", "note"} <= set(done)
    # And what the lists read from them equals the old counting queries.
    db = plain_db
    assert timeline.count(db) == recount(db)["live_interactions"]
    for vendor_id in writer.ids("vendors"):
        assert timeline.count(db, vendor_id) == db.query("SELECT count(*) FROM interactions WHERE vendor_id = ?",
                                                         (vendor_id,))[0][0]
        assert reputation.standing(db, vendor_id) == _old_standing(db, vendor_id)
    for trashed in (False, True):
        for status in (None, *VendorStatus):
            where = "deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL"
            expected = db.query(f"SELECT count(*) FROM vendors WHERE {where} AND status = coalesce(?, status)",
                                (status.value if status else None,))[0][0]
            assert vendors.count_vendors(db, trashed=trashed, status=status) == expected
    expected_sums = db.query(
        "SELECT i.currency, sum(i.amount_minor) FROM interactions i JOIN vendors v ON v.id = i.vendor_id "
        "WHERE v.deleted_at IS NULL AND i.amount_minor IS NOT NULL GROUP BY i.currency ORDER BY i.currency")
    assert timeline.amount_totals(db) == tuple(Money(int(a), c) for c, a in expected_sums)


def _old_standing(db: Database, vendor_id: int) -> Any:
    row = db.rows(
        """SELECT count(*) AS notes,
                  total(quality) AS quality_sum, count(quality) AS quality_n,
                  total(price) AS price_sum, count(price) AS price_n,
                  total(service) AS service_sum, count(service) AS service_n,
                  total(honesty) AS honesty_sum, count(honesty) AS honesty_n
           FROM notes WHERE vendor_id = ? AND author IS NULL""",
        (vendor_id,),
    )[0]
    return insights.standing_from_sums(vendor_id, row)


def test_a_rolled_back_action_leaves_the_totals_as_they_were(plain_db: Database) -> None:
    vendor = vendors.add_vendor(plain_db, "Rollback")
    before = stored(plain_db)
    with pytest.raises(RuntimeError), plain_db.transaction():
        timeline.record_in(plain_db, InteractionDraft(vendor_id=vendor.id, kind=InteractionKind.PAYMENT,
                                                      at=datetime(2026, 1, 1, tzinfo=UTC), amount=Money(100, "EUR")))
        reputation_sql.insert_note(plain_db, uid="x", vendor_id=vendor.id, values={"on_date": "2026-01-01", "text": "", "quality": 3}, tags=())
        raise RuntimeError("the action fails half-way")
    assert stored(plain_db) == before
    assert mismatches(plain_db) == []


note_rows = st.lists(
    st.tuples(
        st.integers(0, 5),  # vendor
        st.integers(0, 200),  # days before today
        st.sampled_from(AUTHORS),
        *(st.one_of(st.none(), st.integers(1, 5)) for _ in DIMENSIONS),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes=note_rows, days=st.integers(1, 200), drop=st.sampled_from([0.25, 0.5, 1.0, 1.5, 0.3, 2.0]),
       trashed=st.sets(st.integers(0, 5), max_size=2))
def test_standing_fell_equals_the_old_full_scan(notes: list[Any], days: int, drop: float, trashed: set[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.create(Path(folder) / "fell.myvendors", os.urandom(32))
        try:
            ids = [vendors.add_vendor(db, name).id for name in ("Ann", "bob", "Émile", "Dora", "Eve", "fay")]
            with db.transaction():
                for n, (vendor, ago, author, *ratings) in enumerate(notes):
                    reputation_sql.insert_note(db, uid=f"n{n}", vendor_id=ids[vendor], tags=(), values={
                        "on_date": (TODAY - timedelta(days=ago)).isoformat(), "text": "t", "author": author,
                        **dict(zip(DIMENSIONS, ratings, strict=True))})
            for vendor in trashed:
                vendors.delete_vendor(db, ids[vendor])
            new = insights.standing_fell(db, days=days, drop=drop, today=TODAY)
            since = (TODAY - timedelta(days=days)).isoformat()

            def old(d: float) -> dict[int, dict[str, Any]]:
                return {int(r["vendor_id"]): r for r in db.rows(_OLD_STANDING_CHANGES, (since, d))}

            # Identical, except where the old float sums made a tie ("exactly `drop` lower") fall
            # either way by rounding: the new query decides ties exactly (a fall of `drop` counts).
            strict, loose = old(drop + 1e-9), old(drop - 1e-9)
            found = {c.vendor_id: c for c in new}
            assert set(strict) <= set(found) <= set(loose)
            for vendor_id, change in found.items():
                row = loose[vendor_id]
                assert change.recent == pytest.approx(row["recent_mean"], abs=1e-9)
                assert change.earlier == pytest.approx(row["earlier_mean"], abs=1e-9)
                assert (change.recent_notes, change.earlier_notes) == (row["recent_notes"], row["earlier_notes"])
                assert change.vendor_name == row["vendor_name"]
            keys = [(round(c.change, 9), c.vendor_name.casefold()) for c in new]
            assert keys == sorted(keys)
        finally:
            db.close()


def test_standing_fell_reads_only_the_window(plain_db: Database) -> None:
    plan = " | ".join(str(r[3]) for r in plain_db.query(
        "EXPLAIN QUERY PLAN SELECT 1 FROM notes INDEXED BY notes_mine_on WHERE author IS NULL AND on_date >= ?", ("x",)))
    assert "notes_mine_on" in plan and "on_date>?" in plan.replace(" ", "")
    insights_sql.standing_changes(plain_db, since="2026-01-01", drop=0.5)  # the real query runs with that index


@pytest.mark.parametrize("where, index", [
    ("n.author = 'Sam'", "notes_author_on"),
    ("n.author IS NULL", "notes_author_on"),
])
def test_reputation_filters_walk_an_index(plain_db: Database, where: str, index: str) -> None:
    plan = " | ".join(str(r[3]) for r in plain_db.query(
        f"EXPLAIN QUERY PLAN SELECT n.id FROM notes n WHERE {where} ORDER BY n.on_date DESC, n.id DESC LIMIT 200"))
    assert index in plan and "TEMP B-TREE" not in plan


def test_filter_menus_and_tag_filter_keep_their_answers(plain_db: Database) -> None:
    db = plain_db
    a, b = vendors.add_vendor(db, "A"), vendors.add_vendor(db, "B")
    for vendor, author, tags in ((a, "zoë", ("x",)), (a, "Sam", ("Y", "x")), (b, "Ann", ("z",)), (b, None, ("w",))):
        reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=TODAY, text="t", author=author, tags=tags))
    assert reputation.authors(db) == ["Ann", "Sam", "zoë"]
    assert reputation.note_tags(db) == ["w", "x", "Y", "z"]
    assert [n.author for n in reputation.notes(db, tag="X")] == ["Sam", "zoë"]  # tag names match without case
    vendors.delete_vendor(db, b.id)
    assert reputation.authors(db) == ["Sam", "zoë"]
    assert reputation.note_tags(db) == ["x", "Y"]
    assert reputation.notes(db, tag="z") == []
    assert [n.author for n in reputation.notes(db, tag="z", vendor_id=b.id)] == ["Ann"]


@pytest.mark.parametrize("start", [3, 4, 5])
def test_migration_backfills_totals_from_older_vaults(tmp_path: Path, start: int) -> None:
    """A vault with data at schema `start` reaches the newest schema with totals equal to a recount."""
    db = Database._connect(tmp_path / "old.myvendors", os.urandom(32))
    db.execute("PRAGMA journal_mode = WAL")
    db.migrate(target=start)
    rng = random.Random(start)
    with db.transaction():
        for v in range(1, 8):
            status = rng.choice(["active", "former", "blocked"])
            deleted = "2026-01-01" if v % 3 == 0 else None
            db.execute("INSERT INTO vendors(id, uid, name, status, deleted_at, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'x', 'x')", (v, f"v{v}", f"Vendor {v}", status, deleted))
        for i in range(120):
            amount = (rng.randint(1, 900), rng.choice(CURRENCIES)) if rng.random() < 0.7 else (None, None)
            db.execute("INSERT INTO interactions(uid, vendor_id, kind, at, amount_minor, currency, created_at) "
                       "VALUES (?, ?, 'payment', ?, ?, ?, 'x')", (f"i{i}", rng.randint(1, 7), f"2026-01-{i % 28 + 1:02d}", *amount))
        for i in range(80):
            values = [rng.choice([None, 1, 2, 3, 4, 5]) for _ in DIMENSIONS]
            db.execute("INSERT INTO notes(uid, vendor_id, on_date, text, quality, price, service, honesty, author, created_at) "
                       "VALUES (?, ?, ?, 't', ?, ?, ?, ?, ?, 'x')",
                       (f"n{i}", rng.randint(1, 7), f"2026-{i % 12 + 1:02d}-01", *values, rng.choice(AUTHORS)))
    db.migrate()
    try:
        assert db.schema_version() == LATEST_VERSION
        assert mismatches(db) == []
        assert stored(db)["live_interactions"] > 0
        vendors.add_vendor(db, "After")
        vendors.delete_vendor(db, 1)
        assert mismatches(db) == []
    finally:
        db.close()


def test_vendor_counts_by_tag_match_the_old_count(plain_db: Database) -> None:
    db = plain_db
    rng = random.Random(7)
    for n in range(40):
        vendor = vendors.add_vendor(db, f"T{n}", status=rng.choice(list(VendorStatus)),
                                    tags=rng.sample(["red", "Blue", "green"], rng.randint(0, 2)))
        if n % 4 == 0:
            vendors.delete_vendor(db, vendor.id)
    for tag in ("red", "blue", "GREEN", "none"):
        for trashed in (False, True):
            for status in (None, *VendorStatus):
                where = ["deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL", "status = coalesce(?, status)",
                         "EXISTS (SELECT 1 FROM vendor_tags JOIN tags ON tags.id = vendor_tags.tag_id "
                         "WHERE vendor_tags.vendor_id = vendors.id AND tags.name = ?)"]
                old = db.query(f"SELECT count(*) FROM vendors WHERE {' AND '.join(where)}",
                               (status.value if status else None, tag))[0][0]
                assert vendors.count_vendors(db, trashed=trashed, status=status, tag=tag) == old


def test_rebuild_repairs_totals(plain_db: Database) -> None:
    writer = _Writer(plain_db, random.Random(11))
    for _ in range(60):
        writer.step()
    with plain_db.transaction():
        plain_db.execute("UPDATE vendor_totals SET interactions = interactions + 5, score12_sum = 0")
        plain_db.execute("UPDATE counters SET n = -1")
        plain_db.execute("DELETE FROM amount_totals")
    assert mismatches(plain_db) != []
    with plain_db.transaction():
        rebuild(plain_db)
    assert mismatches(plain_db) == []
