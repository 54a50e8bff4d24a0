"""Vault benchmarks (not tests): open, unlock, write, backup and check, beside plain SQLite.

Run with `make bench`. Prints a table and writes JSON to bench-results/vault.json.
Every figure is measured in this run, baselines included, so machines can be compared.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from myvendors.domain.sharing import ledger
from myvendors.storage import Database
from myvendors.storage import vendors as vendor_sql
from myvendors.vault import KdfParams, Vault
from myvendors.vault.envelope import argon2id, calibrate

ROWS = int(os.environ.get("BENCH_ROWS", "20000"))
PASS = "benchmark passphrase"


def timed(fn: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3),
        "min_ms": round(samples[0], 3),
    }


def main() -> int:
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "bench.myvendors"
        vault, _ = Vault.create(path, PASS, kdf=KdfParams.floor())
        started = time.perf_counter()
        with vault.db.transaction():
            for i in range(ROWS):
                vendor_sql.insert(vault.db, uid=f"u{i}", name=f"Vendor {i}", website=None, notes="n" * 200)
        results["insert_rows_sqlcipher"] = {"total_ms": round((time.perf_counter() - started) * 1000, 1), "rows": ROWS}
        key = vault._key()
        results["backup_verified"] = timed(lambda: vault.backup(keep=2), 3)
        results["integrity_check"] = timed(lambda: vault.check(ledger=ledger.chain_problems), 3)
        vault.close()

        plain = folder / "plain.sqlite"
        con = sqlite3.connect(plain)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE vendors(id INTEGER PRIMARY KEY, uid TEXT, name TEXT, website TEXT, notes TEXT)")
        started = time.perf_counter()
        with con:  # the same one-statement-per-row loop as the vault's, for a fair baseline
            for i in range(ROWS):
                con.execute("INSERT INTO vendors(uid, name, website, notes) VALUES (?, ?, NULL, ?)", (f"u{i}", f"Vendor {i}", "n" * 200))
        results["insert_rows_plain_sqlite"] = {"total_ms": round((time.perf_counter() - started) * 1000, 1), "rows": ROWS}
        con.close()

        def open_raw_key() -> None:
            db = Database.open(path, key)
            db.query("SELECT count(*) FROM vendors WHERE id = 1")
            db.close()

        def open_plain() -> None:
            c = sqlite3.connect(plain)
            c.execute("SELECT count(*) FROM vendors WHERE id = 1").fetchone()
            c.close()

        import sqlcipher3.dbapi2 as sqlcipher

        passphrase_db = folder / "passphrase.sqlite"
        c = sqlcipher.connect(str(passphrase_db))
        c.execute("PRAGMA key = 'a passphrase, the slow way'")
        c.execute("CREATE TABLE t(x)")
        c.close()

        def open_passphrase_pragma() -> None:
            c = sqlcipher.connect(str(passphrase_db))
            c.execute("PRAGMA key = 'a passphrase, the slow way'")
            c.execute("SELECT count(*) FROM t").fetchone()
            c.close()

        results["open_raw_key_and_first_query"] = timed(open_raw_key, 50)
        results["open_sqlcipher_passphrase_pragma_baseline"] = timed(open_passphrase_pragma, 5)
        results["open_plain_sqlite_baseline"] = timed(open_plain, 50)
        results["argon2id_floor_64MiB_t3"] = timed(lambda: argon2id(b"x", b"s" * 16, KdfParams.floor()), 5)
        params = calibrate(0.75)
        results["argon2id_calibrated"] = {
            **timed(lambda: argon2id(b"x", b"s" * 16, params), 3),
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
        }
        results["unlock_passphrase_floor_kdf"] = timed(lambda: Vault.unlock(path, PASS).close(), 5)

    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "vault.json").write_text(json.dumps(results, indent=2))
    width = max(len(k) for k in results)
    for name, figures in results.items():
        print(f"{name:<{width}}  " + "  ".join(f"{k}={v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
