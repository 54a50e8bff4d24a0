"""Numbered schema steps. Append only: never edit a step that has shipped.

Each step runs in one transaction together with its row in `schema_version`, so a crash
leaves the vault at the version before or after the step, never between. The vault
service takes a backup before it migrates an existing vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Any], None]


def _v1_meta_and_settings(con: Any) -> None:
    con.execute("CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    con.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID"
    )


def _v2_vendors(con: Any) -> None:
    con.execute(
        """CREATE TABLE vendors (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            website TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    con.execute("CREATE INDEX vendors_name ON vendors(name COLLATE NOCASE)")


STEPS: tuple[Step, ...] = (
    Step(1, "vault metadata and settings", _v1_meta_and_settings),
    Step(2, "vendors", _v2_vendors),
)
LATEST_VERSION = STEPS[-1].version


def schema_version(con: Any) -> int:
    """The newest applied step, 0 for an empty database."""
    has_table = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(con: Any, target: int | None = None) -> list[int]:
    """Apply every step above the current version up to `target` (default: the newest)."""
    target = LATEST_VERSION if target is None else target
    applied: list[int] = []
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    for step in STEPS:
        if step.version > target:
            break
        con.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another connection may have migrated meanwhile.
            if schema_version(con) >= step.version:
                con.execute("ROLLBACK")
                continue
            step.apply(con)
            con.execute(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(step.version)
    return applied
