"""The ledger: every share and every acknowledgement, append-only and hash-chained.

Each entry is canonical JSON (sorted keys, no spaces, UTF-8) of what was shared with whom under
which terms; its hash is SHA-256 over the previous entry's hash, the entry's sequence number
and that JSON. The first entry follows 64 zeros. Editing, deleting or reordering an entry
breaks the chain from there on, which `verify` reports by sequence number; the vault's check
and every unlock run it. The storage refuses UPDATE and DELETE on the table as well (a trigger),
so only someone rewriting the file by hand can break it, and then it shows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from myvendors.domain.sharing import files
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import sharing as sql

GENESIS = "0" * 64  # what the first entry follows
LEDGER_HEAD = "ledger_head"  # vault_meta: "seq:hash" of the last entry, so a removed last entry shows
VERIFY_PAGE = 2000  # entries read at a time while walking the chain (memory stays flat however long it is)


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
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A ledger entry must be plain JSON: {exc}"), exc=exc), field="entry") from None
    tail = sql.ledger_tail(db)
    seq, prev = (tail[0] + 1, tail[1]) if tail else (1, GENESIS)
    digest = entry_hash(seq, prev, text)
    sql.append_ledger(db, seq=seq, entry=text, prev_hash=prev, hash_=digest)
    db.set_meta(LEDGER_HEAD, f"{seq}:{digest}")  # so that a removed last entry shows too
    return Entry(seq, data, prev, digest)


def _entry(row: dict[str, Any]) -> Entry:
    try:
        data = json.loads(row["entry"])
    except json.JSONDecodeError:
        data = {"unreadable": row["entry"]}
    return Entry(int(row["seq"]), data, str(row["prev_hash"]), str(row["hash"]))


def entries(db: Database) -> list[Entry]:
    """Every entry, oldest first (the CLI's `ledger`); a window reads `page` instead."""
    return [_entry(row) for row in sql.ledger(db)]


def entry_hash(seq: int, prev_hash: str, entry_json: str) -> str:
    """SHA-256 over the previous entry's hash, this entry's number and its canonical JSON."""
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{entry_json}".encode()).hexdigest()


def entry_problems(seq: int, text: str, prev: str, digest: str, *, expected_seq: int, expected_prev: str) -> list[str]:
    """What is wrong with one stored entry, given the number and hash the entry before it left."""
    problems = []
    if seq != expected_seq:
        problems.append(
            f"ledger entry {seq} stands where entry {expected_seq} should: entries were removed or reordered"
        )
    if prev != expected_prev:
        problems.append(
            f"ledger entry {seq} does not follow the entry before it (an entry was changed, removed or moved)"
        )
    if entry_hash(seq, prev, text) != digest:
        problems.append(f"ledger entry {seq} was changed after it was written (its hash does not match)")
    return problems


def end_problems(head: str | None, last: str | None) -> list[str]:
    """The vault's record of the last entry ("seq:hash", `head`) against the last entry walked (`last`)."""
    if head == last:
        return []
    if head:
        ends = last.split(":")[0] if last else "0"
        return [f"the ledger should end at entry {head.split(':')[0]} but ends at entry {ends}: "
                "entries were removed from its end"]
    return ["the ledger holds entries that its record of the last entry does not know"]


class Stopped(Exception):
    """`verify_chain` was asked to stop before it reached the end."""


def verify_chain(
    db: Database, *, page_size: int = VERIFY_PAGE, stop: Callable[[], bool] | None = None
) -> tuple[int, list[str]]:
    """(entries, problems): every entry must follow the one before it and hash to what it says,
    and the last one must be the one the vault's record of the end names. The entries are read a
    page at a time in storage order; `stop` (asked between pages) ends the walk early with
    `Stopped`."""
    problems: list[str] = []
    expected_prev, expected_seq = GENESIS, 1
    count, last_rowid = 0, None
    while True:
        if stop is not None and stop():
            raise Stopped()
        rows = sql.ledger_rows_after(db, last_rowid, page_size)
        for _, seq, text, prev, digest in rows:
            problems += entry_problems(seq, text, prev, digest, expected_seq=expected_seq, expected_prev=expected_prev)
            expected_prev, expected_seq = digest, seq + 1
        count += len(rows)
        if len(rows) < page_size:
            break
        last_rowid = rows[-1][0]
    problems += end_problems(db.get_meta(LEDGER_HEAD), f"{expected_seq - 1}:{expected_prev}" if count else None)
    return count, problems


def chain_problems(db: Database) -> list[str]:
    """What is wrong with the ledger's chain ([] when sound or when the vault has no ledger yet): what
    the vault's `check` reports."""
    return verify_chain(db)[1] if sql.has_ledger(db) else []


def verify(db: Database, *, stop: Callable[[], bool] | None = None) -> ChainReport:
    """Walk the chain a page at a time (`verify_chain`); `check` and unlock run it too. `stop`,
    asked between pages, ends the walk early with `Stopped`."""
    count, problems = verify_chain(db, stop=stop)
    return ChainReport(count, tuple(problems))


# -- the ledger a page at a time, newest first (the Shared page) -----------------------------------
def count(db: Database, *, vendor_id: int | None = None) -> int:
    """Entries in the ledger, or one vendor's (its shares and the answers to them)."""
    return sql.ledger_count(db, vendor_id=vendor_id)


def page(
    db: Database, *, limit: int, vendor_id: int | None = None, older_than: int | None = None,
    newer_than: int | None = None,
) -> list[Entry]:
    """Up to `limit` entries newest first: just older than seq `older_than`, just newer than seq
    `newer_than` (still newest first), or the newest."""
    rows = sql.ledger_page(db, limit=limit, vendor_id=vendor_id, below=older_than, above=newer_than)
    return [_entry(row) for row in rows]


def page_at(db: Database, start: int, limit: int, total: int, *, vendor_id: int | None = None) -> list[Entry]:
    """Entries `start` to `start + limit` of the newest-first list of `total` (a jump)."""
    return [_entry(row) for row in sql.ledger_at(db, start=start, limit=limit, total=total, vendor_id=vendor_id)]


def position_of_package(db: Database, package_id: str, *, vendor_id: int | None = None) -> int | None:
    """The row of the package's share in the newest-first list (None when it is not in it)."""
    seq = sql.share_entry_seq(db, package_id)
    if seq is None:
        return None
    if vendor_id is not None:  # is it one of this vendor's?
        found = sql.ledger_page(db, limit=1, vendor_id=vendor_id, below=seq + 1)
        if not found or int(found[0]["seq"]) != seq:
            return None
    return sql.ledger_position(db, seq, vendor_id=vendor_id)


def kinds_answered(db: Database, package_ids: list[str]) -> dict[str, str]:
    """The kind of each shared package named (what an answer's Kind column shows)."""
    return sql.share_kinds(db, package_ids)


def vendor_counts(db: Database) -> dict[int, int]:
    """Entries per vendor id (shares naming it and the answers to those), for a filter's choices."""
    return sql.ledger_vendor_counts(db)


# -- where one request went (its detail on the Requests page) ---------------------------------------
@dataclass(frozen=True)
class RequestEntry:
    """One ledger entry about a request: a share of it ("share") or an answer to one ("answer")."""

    seq: int
    type: str  # "share" or "answer"
    issued: str  # the package's (or answer's) issue time, ISO 8601 UTC
    day: date  # that time's local calendar day
    recipient: str  # a share: "anyone" for a published request; an answer: who sent it
    pseudonym: str  # a share: the key she was known by; an answer: the sender's key
    package_id: str  # a share: the package; an answer: the package it answers
    sha256: str  # of the file that left (or came)
    encrypted: bool
    file_name: str  # the name the file is saved under by default (`packages.default_file_name`)
    opened_from: str | None  # a share that opened the request: the status it had before
    answer_kind: str = ""  # an answer: "offer" or "acknowledgement"


def for_request(db: Database, request_id: int) -> list[RequestEntry]:
    """Where the request went, oldest first: every share of it (to whom, as which key, which file)
    and every answer that came back to those shares."""
    out: list[RequestEntry] = []
    for row in sql.request_entries(db, request_id):
        entry = _entry(row)
        data = entry.data
        if data.get("type") == "share":
            opened = data.get("request_status")
            encrypted = bool(data.get("encrypted_to"))
            package = sql.package_by_id(db, str(data.get("package", "")))
            try:
                document = json.loads(package["document"]) if package is not None else {}
            except json.JSONDecodeError:
                document = {}
            document = {"kind": "personal-request", "issued": data.get("issued", ""), **document}
            out.append(RequestEntry(
                seq=entry.seq, type="share", issued=str(data.get("issued", "")),
                day=files.local_day(str(data.get("issued", ""))), recipient=str(data.get("recipient", "")),
                pseudonym=str(data.get("pseudonym", "")), package_id=str(data.get("package", "")),
                sha256=str(data.get("sha256", "")), encrypted=encrypted,
                file_name=files.default_file_name(document, encrypted=encrypted),
                opened_from=str(opened["from"]) if isinstance(opened, dict) and "from" in opened else None,
            ))
        else:
            out.append(RequestEntry(
                seq=entry.seq, type="answer", issued=str(data.get("issued", "")),
                day=files.local_day(str(data.get("issued", ""))), recipient=str(data.get("from", "")),
                pseudonym=str(data.get("key", "")), package_id=str(data.get("answers", "")),
                sha256=str(data.get("sha256", "")), encrypted=False, file_name="", opened_from=None,
                answer_kind=str(data.get("type", "")).removeprefix("received-"),
            ))
    return out
