"""Counts, sums and first pages the app runs on unlock and in its lists: SQLCipher beside plain SQLite.

Each query is what a view calls (the domain function, not hand-written SQL): the vendor list's
counts and first page with its summaries, the timeline's counts and amount sums, the Overview
(due soon, recent interactions, "standing fell", what she spends), the Money page's figures, the Reputation page (its filter menus and the
first page of each filter) and a busy vendor's detail. Every figure is the p50 of several warm
runs on one connection (what a reload costs); the first run on a fresh connection (cold page
cache: SQLCipher decrypts every page it reads) is in the note. The baseline is the same query on the
same data in plain SQLite (the same SQLite build, no key).

Data: the demo vault of the size asked and its plain twin made from it by `sqlcipher_export`
(`waits_data`), both only read: the answers of the two engines must be identical, and a figure
says so when they are not.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import waits_data
from waits import Figure, median

from myvendors.domain import agreements, insights, reputation, spending, timeline, vendors
from myvendors.domain.models import VendorStatus
from myvendors.storage import Database

TOPIC = "queries"
TODAY = waits_data.TODAY  # the demo data's "now" (its notes and renewals run up to here)
RUNS = 7
TARGET = "≤ 3× or +0.2 ms"


class Engine:
    """One of the two databases, opened afresh for each query (its cold page cache)."""

    def __init__(self, name: str, open_: Callable[[], Database]) -> None:
        self.name, self.open = name, open_


def _prepare(size: str, workdir: Path) -> tuple[Engine, Engine, list[Figure]]:
    vault, plain = waits_data.vault(size, workdir), waits_data.plain(size, workdir)
    return (Engine("sqlcipher", lambda: waits_data.open_vault(vault)),
            Engine("sqlite", lambda: waits_data.open_plain(plain)), [])


def _facts(engine: Engine) -> dict[str, Any]:
    """Which vendor, tag and author the queries ask about: the busiest vendor, a rare note tag."""
    db = engine.open()
    try:
        busiest = int(db.query("SELECT vendor_id FROM interactions GROUP BY vendor_id ORDER BY count(*) DESC, vendor_id LIMIT 1")[0][0])
        tags = db.query("SELECT tags.name, count(*) c FROM note_tags JOIN tags ON tags.id = note_tags.tag_id "
                        "GROUP BY tags.name ORDER BY c, tags.name")
        author = db.query("SELECT author FROM notes WHERE author IS NOT NULL GROUP BY author ORDER BY count(*), author LIMIT 1")
    finally:
        db.close()
    return {"busiest": busiest, "rare_tag": tags[0][0] if tags else "none", "common_tag": tags[-1][0] if tags else "none",
            "author": author[0][0] if author else "nobody"}


def _amount_totals(db: Database, vendor_id: int | None = None) -> Any:
    totals = getattr(timeline, "amount_totals", None)
    if totals is not None:
        return totals(db, vendor_id=vendor_id)
    # Before maintained totals: what a sum over the timeline had to do.
    if vendor_id is not None:
        return db.query("SELECT currency, sum(amount_minor) FROM interactions WHERE vendor_id = ? AND amount_minor "
                        "IS NOT NULL GROUP BY currency", (vendor_id,))
    return db.query("SELECT i.currency, sum(i.amount_minor) FROM interactions i CROSS JOIN vendors v ON v.id = i.vendor_id "
                    "AND v.deleted_at IS NULL WHERE i.amount_minor IS NOT NULL GROUP BY i.currency")


def _queries(facts: dict[str, Any]) -> list[tuple[str, Callable[[Database], Any]]]:
    busiest = facts["busiest"]

    def first_vendor_page(db: Database) -> Any:
        page = vendors.page_vendors(db, limit=200, sort="name")
        return insights.summaries(db, [v.id for v in page])

    return [
        ("vendor list: count (all)", vendors.count_vendors),
        ("vendor list: count (status former)", lambda db: vendors.count_vendors(db, status=VendorStatus.FORMER)),
        ("vendor list: count (trash)", lambda db: vendors.count_vendors(db, trashed=True)),
        ("vendor list: page 1 + summaries", first_vendor_page),
        ("timeline: count (all)", timeline.count),
        ("timeline: count (busiest vendor)", lambda db: timeline.count(db, busiest)),
        ("timeline: amount sums (all)", _amount_totals),
        ("timeline: amount sums (busiest vendor)", lambda db: _amount_totals(db, busiest)),
        ("timeline: page 1", lambda db: timeline.page(db, limit=200)),
        ("overview: due soon (30 days)", lambda db: agreements.due_soon(db, 30, today=TODAY)),
        ("overview: standing fell (90 days)", lambda db: insights.standing_fell(db, days=90, today=TODAY)),
        ("overview: standing fell (3 years)", lambda db: insights.standing_fell(db, days=3 * 365, today=TODAY)),
        ("reputation: filter menus (authors, tags)", lambda db: (reputation.authors(db), reputation.note_tags(db))),
        ("reputation: page 1", lambda db: reputation.notes(db, limit=200)),
        ("reputation: page 1, rating ≥ 5", lambda db: reputation.notes(db, min_rating=5, limit=200)),
        ("reputation: page 1, mine only", lambda db: reputation.notes(db, mine_only=True, limit=200)),
        (f"reputation: page 1, author {facts['author']}", lambda db: reputation.notes(db, author=facts["author"], limit=200)),
        (f"reputation: page 1, rare tag {facts['rare_tag']}", lambda db: reputation.notes(db, tag=facts["rare_tag"], limit=200)),
        (f"reputation: page 1, common tag {facts['common_tag']}",
         lambda db: reputation.notes(db, tag=facts["common_tag"], limit=200)),
        ("reputation: rating ≥ 4 + author + tag", lambda db: reputation.notes(
            db, min_rating=4, author=facts["author"], tag=facts["common_tag"], limit=200)),
        ("money: the Overview's spend (12 months, per currency)",
         lambda db: spending.report(db, months=12, today=TODAY, detail=False)),
        ("money: the Money page (12 months: months, categories, vendors)",
         lambda db: spending.report(db, months=12, today=TODAY)),
        ("money: the Money page (24 months)", lambda db: spending.report(db, months=24, today=TODAY)),
        ("vendor detail: standing (busiest)", lambda db: reputation.standing(db, busiest)),
        ("vendor detail: notes (busiest)", lambda db: reputation.notes(db, vendor_id=busiest, limit=1000)),
    ]


def _time(engine: Engine, query: Callable[[Database], Any]) -> tuple[float, float, Any]:
    """(cold ms, warm p50 ms, result) on a fresh connection."""
    gc.collect()
    db = engine.open()
    try:
        started = time.perf_counter()
        result = query(db)
        cold = (time.perf_counter() - started) * 1000
        warm = []
        for _ in range(RUNS):
            started = time.perf_counter()
            query(db)
            warm.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    return cold, median(warm), result


def _comparable(answer: Any) -> str:
    """The answer as text (both engines hold the same bytes: uids and timestamps must match too)."""
    return repr(answer)


def measure(size: str, workdir: Path) -> list[Figure]:
    encrypted, plain, figures = _prepare(size, workdir)
    facts = _facts(plain)
    for name, query in _queries(facts):
        cold, warm, found = _time(encrypted, query)
        cold_plain, warm_plain, found_plain = _time(plain, query)
        same = "" if _comparable(found) == _comparable(found_plain) else "; THE ENGINES ANSWERED DIFFERENTLY"
        figures.append(Figure(
            TOPIC, name, warm, "ms", "plain SQLite", warm_plain, target=TARGET,
            met=warm <= 3 * warm_plain or warm - warm_plain <= 0.2,
            note=f"cold {cold:.1f} ms vs {cold_plain:.1f} ms{same}",
        ))
    return figures


if __name__ == "__main__":  # python tests/bench/waits_queries.py [size]
    import sys
    import tempfile

    from waits import print_table

    with tempfile.TemporaryDirectory() as scratch:
        print_table(measure(sys.argv[1] if len(sys.argv) > 1 else "tiny", Path(os.environ.get("BENCH_DIR", scratch)) / "queries"))
