"""A vendor's timeline with its leaks merged among the interactions (`domain.vendor_timeline`), beside
the same vendor's interactions alone, same vault, same run. One vendor with N interactions (a row
an hour) and 20 leaks spread over them; what is timed is what the Timeline tab does: count the rows
(the merged one reads the leaks and one count each), then read a page of 200 at the top, in the
middle and at the end by position, and walk up to 10 pages on by key from the middle. Wall time, the
least of a few runs. The promise: the leaks cost a few queries, not a pass over the interactions.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import waits_data
from waits import Figure

from myvendors.domain import leaks, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind
from myvendors.domain.vendor_timeline import VendorTimeline
from myvendors.vault import Vault
from myvendors.vault.envelope import KdfParams

TOPIC = "leaks"
TARGET = "≤ 2× the interactions alone"
START = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)
LEAKS = 20
PAGE = 200


def measure(size: str, workdir: Path) -> list[Figure]:
    n = {"tiny": 500, "small": 5_000, "medium": 20_000, "full": 100_000}[size]
    runs = 2 if size == "tiny" else 5
    vault, _ = Vault.create(workdir / "leaks.myvendors", "bench passphrase 4 leaks", kdf=KdfParams.floor())
    try:
        db = vault.db
        vendor = vendors.add_vendor(db, "Leaky Telecom").id
        with db.transaction():
            for i in range(n):
                timeline.record_in(db, InteractionDraft(vendor, InteractionKind.PAYMENT, START + timedelta(hours=i)))
        leaks.add_alias(db, vendor, "ken+leaky@example.com")
        days = (n // 24) or 1
        for k in range(LEAKS):
            leaks.record_by_hand(db, "ken+leaky@example.com", seen_on=date(2020, 1, 1) + timedelta(days=days * k // LEAKS),
                                 used_by=f"spam{k}.example")

        def merged() -> None:
            rows = VendorTimeline(db, vendor)
            total = rows.count()
            for start in (0, total // 2, max(0, total - PAGE)):
                rows.at(start, PAGE)
            page = rows.at(total // 2, PAGE)
            for _ in range(10):  # on to the end at most (a tiny vault ends sooner)
                if not page:
                    break
                page = rows.older(page[-1], PAGE)

        def alone() -> None:
            total = timeline.count(db, vendor)
            for start in (0, total // 2, max(0, total - PAGE)):
                timeline.interactions_at(db, start, PAGE, vendor_id=vendor, total=total)
            page = timeline.interactions_at(db, total // 2, PAGE, vendor_id=vendor, total=total)
            for _ in range(10):
                if not page:
                    break
                page = timeline.page(db, vendor_id=vendor, after=page[-1], limit=PAGE)

        merged()  # imports and the page cache warm: not part of what is measured
        base = waits_data.best_of(alone, runs) * 1000
        value = waits_data.best_of(merged, runs) * 1000
    finally:
        vault.close()
    return [Figure(TOPIC, f"timeline with {LEAKS} leaks, {n:,} interactions: count, 3 jumps, up to 10 pages on", value, "ms",
                   baseline_name="the interactions alone", baseline=base, target=TARGET,
                   met=(value / base if base else 0.0) <= 2)]
