"""Statements in: a 10-year statement history (50 000 lines at full size, 150 payees, both
spellings of a card payee) imported through the real services, beside plain `executemany` of the
same payments into an empty vault of the same schema (triggers: search index, maintained totals).

- read + plan + apply of the CSV (what `import statement` does), into an empty vault;
- apply alone (the batched inserts and the statement lines) beside the baseline;
- the same file again: every line already there, nothing written (the preview's count).

Sizes: tiny 2 000 lines, small 10 000, medium and full 50 000.
"""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from waits import Figure

from myvendors.domain import statements
from myvendors.storage import Database
from myvendors.vault import Vault
from myvendors.vault.envelope import KdfParams

LINES = {"tiny": 2_000, "small": 10_000, "medium": 50_000, "full": 50_000}
PASS = "bench passphrase 4 statements"


def _statement(lines: int) -> bytes:
    """A German bank's CSV: `;`, decimal comma, dd.mm.yyyy, 10 years, newest first."""
    rng = random.Random(2026)
    payees = [f"SQ *SHOP {n:03d} BERLIN" if n % 3 else f"LASTSCHRIFT Service {n:03d} GmbH" for n in range(150)]
    start = date(2016, 1, 1)
    rows = []
    for i in range(lines):
        day = start + timedelta(days=i * 3650 // lines)
        payee = rng.choice(payees)
        cents = rng.randint(100, 20_000)
        rows.append(f"{day:%d.%m.%Y};{payee};Ref {i};-{cents // 100},{cents % 100:02d};EUR")
    return ("Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n" + "\n".join(reversed(rows)) + "\n").encode()


def _baseline(db: Database, plan: statements.StatementPlan) -> float:
    """The same payments by plain executemany, one transaction, no statement lines or vendors' work."""
    rows = [(str(uuid.uuid4()), 1, "payment", f"{line.posted.isoformat()}T12:00:00.000000+00:00", line.amount.minor,
             line.amount.currency, "statement", line.payee, "2026-01-01T00:00:00+00:00")
            for group in plan.payees for line in group.lines]
    started = time.perf_counter()
    with db.transaction():
        db.execute("INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) VALUES ('b', 'B', 'b', '', '')")
        db.executemany("INSERT INTO interactions(uid, vendor_id, kind, at, amount_minor, currency, channel, note, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return time.perf_counter() - started


def measure(size: str, workdir: Path) -> list[Figure]:
    lines = LINES[size]
    data = _statement(lines)
    workdir.mkdir(parents=True, exist_ok=True)
    base_vault, _ = Vault.create(workdir / "baseline.myvendors", PASS, kdf=KdfParams.floor())
    vault, _ = Vault.create(workdir / "statements.myvendors", PASS, kdf=KdfParams.floor())
    try:
        db = vault.db
        started = time.perf_counter()
        layout = statements.csv_layout(db, data)
        mapping = replace(layout.mapping, date_format=layout.date_formats[0])
        statement = statements.read_statement(data, mapping=mapping)
        read_s = time.perf_counter() - started
        plan = statements.plan_statement(db, statement, "Giro")
        planned_s = time.perf_counter() - started
        result = statements.apply_statement(db, plan)
        whole_s = time.perf_counter() - started
        apply_s = whole_s - planned_s
        baseline_s = _baseline(base_vault.db, plan)
        started = time.perf_counter()
        again = statements.plan_statement(db, statements.read_statement(data, mapping=mapping), "Giro")
        again_s = time.perf_counter() - started
    finally:
        vault.close()
        base_vault.close()
    note = f"{result.added:,} payments, {len(result.new_vendors)} new vendors"
    return [
        Figure("statements", f"import statement: read + plan + apply, {lines:,} lines", whole_s, "s",
               baseline_name="executemany of the same payments", baseline=baseline_s, target="≤ 4× baseline",
               met=whole_s <= 4 * baseline_s, note=note),
        Figure("statements", f"apply alone (batches of {statements.BATCH:,}), {lines:,} lines", apply_s, "s",
               baseline_name="executemany of the same payments", baseline=baseline_s, target="≤ 3× baseline",
               met=apply_s <= 3 * baseline_s),
        Figure("statements", f"the same file again: read + plan, all {again.already_there:,} already there", again_s, "s",
               baseline_name="reading it the first time", baseline=read_s, target="≤ 3× baseline",
               met=again_s <= 3 * read_s),
    ]
