"""The ledger: every share and every acknowledgement, append-only and hash-chained.

Each entry is canonical JSON (sorted keys, no spaces, UTF-8) of what was shared with whom under
which terms; its hash is SHA-256 over the previous entry's hash, the entry's sequence number
and that JSON. The first entry follows 64 zeros. Editing, deleting or reordering an entry
breaks the chain from there on, which `verify` reports by sequence number; the vault's check
and every unlock run it. The storage refuses UPDATE and DELETE on the table as well (a trigger),
so only someone rewriting the file by hand can break it, and then it shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from myvendors.errors import InvalidInput
from myvendors.storage import Database
from myvendors.storage import sharing as sql

GENESIS = sql.GENESIS


def canonical(value: Any) -> str:
    """The one text of a JSON value that hashes are taken over (no floats in ledger entries)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


@dataclass(frozen=True)
class Entry:
    seq: int
    data: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def append(db: Database, data: dict[str, Any]) -> Entry:
    """Add an entry at the end of the chain (inside the caller's transaction: the share and its
    entry are one action)."""
    if not db.in_transaction:
        raise RuntimeError("a ledger entry is written in the same transaction as what it records")
    try:
        text = canonical(data)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"A ledger entry must be plain JSON: {exc}", field="entry") from None
    tail = sql.ledger_tail(db)
    seq, prev = (tail[0] + 1, tail[1]) if tail else (1, GENESIS)
    digest = sql.entry_hash(seq, prev, text)
    sql.append_ledger(db, seq=seq, entry=text, prev_hash=prev, hash_=digest)
    db.set_meta(sql.LEDGER_HEAD, f"{seq}:{digest}")  # so that a removed last entry shows too
    return Entry(seq, data, prev, digest)


def entries(db: Database) -> list[Entry]:
    out = []
    for row in sql.ledger(db):
        try:
            data = json.loads(row["entry"])
        except json.JSONDecodeError:
            data = {"unreadable": row["entry"]}
        out.append(Entry(int(row["seq"]), data, str(row["prev_hash"]), str(row["hash"])))
    return out


def verify(db: Database) -> ChainReport:
    """Walk the chain (storage.sharing.verify_chain has the rules); `check` and unlock run it too."""
    count, problems = sql.verify_chain(db)
    return ChainReport(count, tuple(problems))
