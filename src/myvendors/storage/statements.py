"""SQL for statements in (myvendors.domain.statements is the service over it): the lines already
imported per account, her payee -> vendor choices, the CSV mappings remembered per header, and
the bulk insert of payment interactions with the statement lines they came from.

The insert is `executemany` in the caller's transaction with explicit interaction ids (the next
free ones: the caller holds the write lock), so the statement_lines rows can name them; the
interactions' triggers (search index, maintained totals) run per row as for any interaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso

_CHUNK = 500

#: an interaction row for `insert_lines`, in this order
LINE_COLUMNS = ("id", "uid", "vendor_id", "kind", "at", "amount_minor", "currency", "channel", "note", "created_at")


def existing_keys(db: Database, account: str, keys: Sequence[str]) -> set[str]:
    """Those of `keys` already imported for `account`."""
    found: set[str] = set()
    unique = sorted(set(keys))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = db.query(f"SELECT line_key FROM statement_lines WHERE account = ? AND line_key IN ({marks})", (account, *chunk))  # nosec B608  # only ? marks joined in; values bound
        found.update(str(r[0]) for r in rows)
    return found


def payee_choices(db: Database, keys: Iterable[str]) -> dict[str, int | None]:
    """Her remembered choice per payee key: a live vendor's id, or None (she skips that payee).
    A choice of a vendor now in the trash is left out (as if not remembered)."""
    wanted = sorted(set(keys))
    found: dict[str, int | None] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = db.query(
            f"SELECT p.payee_key, p.vendor_id FROM payee_choices p LEFT JOIN vendors v ON v.id = p.vendor_id "  # nosec B608  # only ? marks joined in; values bound
            f"WHERE p.payee_key IN ({marks}) AND (p.vendor_id IS NULL OR v.deleted_at IS NULL)",
            chunk,
        )
        found.update({str(key): (int(vendor) if vendor is not None else None) for key, vendor in rows})
    return found


def save_payee_choices(db: Database, choices: Iterable[tuple[str, int | None]]) -> None:
    stamp = now_iso()
    db.executemany(
        "INSERT INTO payee_choices(payee_key, vendor_id, chosen_at) VALUES (?, ?, ?) "
        "ON CONFLICT(payee_key) DO UPDATE SET vendor_id = excluded.vendor_id, chosen_at = excluded.chosen_at",
        [(key, vendor_id, stamp) for key, vendor_id in choices],
    )


def get_format(db: Database, header_key: str) -> str | None:
    rows = db.query("SELECT mapping FROM statement_formats WHERE header_key = ?", (header_key,))
    return str(rows[0][0]) if rows else None


def save_format(db: Database, header_key: str, mapping: str) -> None:
    db.execute(
        "INSERT INTO statement_formats(header_key, mapping, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        (header_key, mapping, now_iso()),
    )


def next_interaction_id(db: Database) -> int:
    return int(db.query("SELECT coalesce(max(id), 0) + 1 FROM interactions")[0][0])


def insert_lines(db: Database, rows: Sequence[Sequence[Any]], lines: Sequence[Sequence[Any]]) -> None:
    """Interactions (rows in LINE_COLUMNS order) and their statement lines (interaction_id,
    account, line_key, payee, memo, imported_at), in the caller's transaction."""
    if not db.in_transaction:
        raise RuntimeError("statement lines are inserted inside the caller's transaction")
    db.executemany(
        f"INSERT INTO interactions({', '.join(LINE_COLUMNS)}) VALUES ({', '.join('?' for _ in LINE_COLUMNS)})",  # nosec B608  # constant columns; values bound
        rows,
    )
    db.executemany(
        "INSERT INTO statement_lines(interaction_id, account, line_key, payee, memo, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        lines,
    )
