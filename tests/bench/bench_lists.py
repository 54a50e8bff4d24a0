"""Long-list benchmark (not a test): what the windowed vendor list and timeline ask of the vault.

A view of a million rows counts them once, then fetches 200-row pages: by key next to a page
it holds (scrolling), by position from the nearer end for a jump (the scroll bar dragged, End).
This measures those calls through the services on BENCH_LIST_ROWS vendors and as many
interactions of one vendor (default 1 000 000 each), encrypted vault beside plain SQLite (the
same SQLite build without a key), same run:

- count (the model's row count, also after every reload);
- a jump to a position: near the top, the middle (the worst case: half the list walked) and
  the end;
- the page after and the page before a held one (keyset);
- the position of one vendor (opening it from search).

Quick run: BENCH_LIST_ROWS=20000 .venv/bin/python tests/bench/bench_lists.py
Writes bench-results/lists.json.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_domain import clock, log, open_plain, stats

from myvendors.domain import timeline, vendors
from myvendors.storage import Database
from myvendors.vault import KdfParams, Vault

ROWS = int(os.environ.get("BENCH_LIST_ROWS", "1000000"))
PAGE = 200
REPEAT = 7
PASS = "bench passphrase for long lists"

_VENDORS = (
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
    "INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) "
    "SELECT printf('u%07d', i), printf('Vendor %07d', i), printf('vendor %07d', i), "
    "'2026-01-01T00:00:00+00:00', printf('2026-01-01T00:00:00.%07d+00:00', i) FROM n"
)
_INTERACTIONS = (
    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
    "INSERT INTO interactions(uid, vendor_id, kind, at, note, created_at) "
    "SELECT printf('i%07d', i), 1, 'payment', strftime('%Y-%m-%dT%H:%M:%SZ', 1600000000 + i * 60, 'unixepoch'), "
    "'', '2026-01-01T00:00:00+00:00' FROM n"
)


def fill(db: Database) -> float:
    started = time.perf_counter()
    with db.transaction():
        db.execute(_VENDORS, (ROWS - 1,))
    with db.transaction():
        db.execute(_INTERACTIONS, (ROWS - 1,))
    db.checkpoint()
    return round(time.perf_counter() - started, 1)


def repeat(fn: Any) -> dict[str, float]:
    return stats([clock(fn)[0] for _ in range(REPEAT)])


def measure(db: Database) -> dict[str, Any]:
    out: dict[str, Any] = {}
    total = vendors.count_vendors(db)
    out["vendor_count"] = repeat(lambda: vendors.count_vendors(db))
    for label, start in (("near_top", 5 * PAGE), ("middle", total // 2), ("end", total - PAGE)):
        out[f"vendor_jump_{label}"] = repeat(lambda start=start: vendors.vendors_at(db, start, PAGE, total=total))
    held = vendors.vendors_at(db, total // 2, PAGE, total=total)
    out["vendor_page_after_held"] = repeat(lambda: vendors.page_vendors(db, limit=PAGE, after=held[-1]))
    out["vendor_page_before_held"] = repeat(lambda: vendors.page_vendors(db, limit=PAGE, before=held[0]))
    out["vendor_position"] = repeat(lambda: vendors.position_of(db, held[7]))
    count = timeline.count(db, 1)
    out["timeline_count"] = repeat(lambda: timeline.count(db, 1))
    for label, start in (("near_top", 5 * PAGE), ("middle", count // 2), ("end", count - PAGE)):
        out[f"timeline_jump_{label}"] = repeat(
            lambda start=start: timeline.interactions_at(db, start, PAGE, vendor_id=1, total=count)
        )
    page = timeline.interactions_at(db, count // 2, PAGE, vendor_id=1, total=count)
    out["timeline_page_after_held"] = repeat(lambda: timeline.page(db, vendor_id=1, after=page[-1], limit=PAGE))
    out["timeline_page_before_held"] = repeat(lambda: timeline.page(db, vendor_id=1, newer_than=page[0], limit=PAGE))
    return out


def main() -> int:
    results: dict[str, Any] = {"config": {"rows": ROWS, "page": PAGE, "repeat": REPEAT}}
    with tempfile.TemporaryDirectory(prefix="bench-lists-") as folder:
        vault, _ = Vault.create(Path(folder) / "lists.myvendors", PASS, kdf=KdfParams.floor())
        engines = {"sqlcipher": vault.db, "sqlite": open_plain(Path(folder) / "plain.sqlite")}
        engines["sqlite"].migrate()
        for name, db in engines.items():
            log(f"filling {name}: {ROWS} vendors and {ROWS} interactions")
            results[name] = {"fill_s": fill(db)}
            results[name].update(measure(db))
        vault.close()
        engines["sqlite"].close()
    a, b = results["sqlcipher"], results["sqlite"]
    print(f"{'p50 / p95 / max ms':40} {'vault (SQLCipher)':>26} {'plain SQLite':>26}")
    for key in a:
        fmt = (lambda v: f"{v['p50_ms']:.2f} / {v['p95_ms']:.2f} / {v['max_ms']:.2f}") if key != "fill_s" else str
        print(f"{key.replace('_', ' '):40} {fmt(a[key]):>26} {fmt(b[key]):>26}")
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "lists.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
