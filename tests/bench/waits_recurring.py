"""Recurring charges found: detection over a lifetime of payments, reading them from the vault included.

Data: a vault of its own (the demo vaults hold few payments that recur), built once per size in
the shared data folder: the generated payments of `tests/domain/recurring_data.py` (subscriptions
of every period with drift, skipped charges, price rises, one-offs and refunds) for as many
vendors as it takes to reach the size's payments (full: 1M), bulk-inserted as the demo vault is.

Figures, each on a fresh connection (cold page cache, what the Money page's first look costs):
- `recurring.find` (read every payment in order through the covering index, detect, and sort out
  proposals, agreements and decisions) beside reading the same rows alone — the promise: ≤ 5 s for
  1M payments;
- reading them alone (`storage.recurring.payment_groups`: grouped per vendor and currency, in
  order) beside a plain scan of the interactions table's payment rows (no order, no index);
- detection alone, in memory (`recurring.detect_groups` over the groups already read).

Each note gives the CPU time beside the wall time, and the load average: on a machine busy with
other work the wall time grows while the CPU time stays what the detection costs.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import waits_data
from waits import Figure

from myvendors.domain import recurring
from myvendors.storage import bulk
from myvendors.storage import recurring as recurring_sql
from myvendors.vault import KdfParams, Vault

sys.path.insert(0, str(Path(__file__).parents[1] / "domain"))
import recurring_data

TOPIC = "recurring"
PAYMENTS = {"tiny": 20_000, "small": 100_000, "medium": 300_000, "full": 1_000_000}
PASSPHRASE = "recurring bench passphrase"
TODAY = date(2025, 12, 31)  # the generated data's last day
SEED = 14


def _build(path: Path, wanted: int) -> None:
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        db = vault.db
        vendor_id, made, seed = 0, 0, SEED
        stamp = datetime(2026, 1, 1, tzinfo=UTC).isoformat(timespec="microseconds")
        while made < wanted:
            payments, _ = recurring_data.generate(seed, vendors=500)
            seed += 1
            payments = payments[: wanted - made]
            ids = sorted({v for v, *_ in payments})
            first = vendor_id + 1
            with db.transaction():
                bulk.insert_vendors(db, [
                    (first + n, f"00000000-0000-7000-8000-{first + n:012d}", f"Vendor {first + n}", None, None, None,
                     None, None, "", "active", stamp, stamp) for n in range(len(ids))
                ], [() for _ in ids])
                where = {v: first + n for n, v in enumerate(ids)}
                bulk.insert_interactions(db, (
                    (f"00000000-0000-7000-9000-{made + n:012d}", where[v], "payment",
                     datetime(day.year, day.month, day.day, 12, tzinfo=UTC).isoformat(timespec="microseconds"),
                     amount, currency, None, "", stamp)
                    for n, (v, currency, day, amount) in enumerate(payments)
                ))
            vendor_id += len(ids)
            made += len(payments)
        db.checkpoint()
    finally:
        vault.close()


def _vault(size: str, workdir: Path) -> Path:
    wanted = PAYMENTS[size]
    path = waits_data.data_dir(workdir) / f"recurring-{wanted}.myvendors"
    return waits_data.built_once(path, "recurring", lambda target: _build(target, wanted), str(wanted))


def measure(size: str, workdir: Path) -> list[Figure]:
    path = _vault(size, workdir)
    vault = Vault.unlock(path, PASSPHRASE)
    key = vault._key()
    vault.close()
    from myvendors.storage import Database

    def fresh() -> Database:
        return Database.open(path, key)

    cpu: dict[str, float] = {}

    def timed(fn: object, name: str = "") -> tuple[float, object]:
        db = fresh()
        try:
            gc.collect()
            started, used = time.perf_counter(), time.process_time()
            result = fn(db)  # type: ignore[operator]
            cpu[name] = time.process_time() - used
            return time.perf_counter() - started, result
        finally:
            db.close()

    plain_s, count = timed(lambda db: len(db.query(
        "SELECT vendor_id, currency, at, amount_minor FROM interactions NOT INDEXED WHERE kind = 'payment'")))
    read_s, groups = timed(lambda db: list(recurring_sql.payment_groups(db)), "read")
    started, used = time.perf_counter(), time.process_time()
    series = recurring.detect_groups(groups)  # type: ignore[arg-type]
    detect_s, cpu["detect"] = time.perf_counter() - started, time.process_time() - used
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    find_s, found = timed(lambda db: recurring.find(db, today=TODAY), "find")
    n = int(count)  # type: ignore[call-overload]
    label = waits_data.short(n)
    proposals = len(found.proposals)  # type: ignore[attr-defined]
    return [
        Figure(TOPIC, f"recurring charges found in {label} payments (read + detect + sort out)", find_s, "s",
               "reading the payments alone", read_s, "≤ 5 s", find_s <= 5.0,
               f"{len(series):,} series, {proposals:,} proposals; CPU {cpu['find']:.1f} s; {load}"),
        Figure(TOPIC, f"reading {label} payments grouped and in order (covering index)", read_s, "s",
               "plain scan of the payment rows", plain_s, note=f"CPU {cpu['read']:.1f} s"),
        Figure(TOPIC, f"detecting series in {label} payments, in memory", detect_s, "s", note=f"CPU {cpu['detect']:.1f} s"),
    ]
