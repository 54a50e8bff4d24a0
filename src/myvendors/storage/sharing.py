"""SQL for sharing: pseudonyms, the user's profile and what each vendor may see of it, vendors'
keys on file, packages sent, documents received, and the append-only ledger
(myvendors.domain.sharing is the service over it)."""

from __future__ import annotations

import hashlib
from typing import Any

from myvendors.storage.db import Database

GENESIS = "0" * 64  # what the first ledger entry follows
LEDGER_HEAD = "ledger_head"  # vault_meta: "seq:hash" of the last entry, so a removed last entry shows

_PSEUDONYM = "id, uid, vendor_id, request_id, contact, sig_jwk, enc_jwk, thumbprint, enc_thumbprint, created_at, retired_at"


# -- pseudonyms ----------------------------------------------------------------------------
def current_pseudonym(
    db: Database, *, vendor_id: int | None = None, request_id: int | None = None, contact: str | None = None
) -> dict[str, Any] | None:
    value: int | str | None
    if vendor_id is not None:
        where, value = "vendor_id = ?", vendor_id
    elif request_id is not None:
        where, value = "request_id = ?", request_id
    else:
        where, value = "contact = ? COLLATE NOCASE", contact
    rows = db.rows(f"SELECT {_PSEUDONYM} FROM pseudonyms WHERE {where} AND retired_at IS NULL", (value,))
    return rows[0] if rows else None


def pseudonym_by_thumbprint(db: Database, thumbprint: str) -> dict[str, Any] | None:
    """A pseudonym, current or retired, by the thumbprint of its signing or its encryption key."""
    rows = db.rows(
        f"SELECT {_PSEUDONYM} FROM pseudonyms WHERE thumbprint = ? OR enc_thumbprint = ?", (thumbprint, thumbprint)
    )
    return rows[0] if rows else None


def insert_pseudonym(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO pseudonyms(uid, vendor_id, request_id, contact, sig_jwk, enc_jwk, thumbprint, enc_thumbprint, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            values.get("vendor_id"),
            values.get("request_id"),
            values.get("contact"),
            values["sig_jwk"],
            values["enc_jwk"],
            values["thumbprint"],
            values["enc_thumbprint"],
            values["created_at"],
        ),
    )
    return int(cur.lastrowid)


def retire_pseudonym(db: Database, pseudonym_id: int, when: str) -> None:
    db.execute("UPDATE pseudonyms SET retired_at = ? WHERE id = ? AND retired_at IS NULL", (when, pseudonym_id))


def all_thumbprints(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT thumbprint FROM pseudonyms UNION ALL SELECT enc_thumbprint FROM pseudonyms")]


# -- the user's profile and what one vendor may see of it ------------------------------------
def profile(db: Database) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in db.query("SELECT field, value FROM profile ORDER BY field")}


def set_profile(db: Database, values: dict[str, str | None]) -> None:
    for field, value in values.items():
        if value:
            db.execute(
                "INSERT INTO profile(field, value) VALUES (?, ?) ON CONFLICT(field) DO UPDATE SET value = excluded.value",
                (field, value),
            )
        else:
            db.execute("DELETE FROM profile WHERE field = ?", (field,))


def disclosures(db: Database, vendor_id: int) -> list[str]:
    return [str(r[0]) for r in db.query("SELECT field FROM disclosures WHERE vendor_id = ? ORDER BY field", (vendor_id,))]


def set_disclosures(db: Database, vendor_id: int, fields: list[str]) -> None:
    db.execute("DELETE FROM disclosures WHERE vendor_id = ?", (vendor_id,))
    for field in fields:
        db.execute("INSERT INTO disclosures(vendor_id, field) VALUES (?, ?)", (vendor_id, field))


# -- vendors' keys on file -------------------------------------------------------------------
_KEY = "id, thumbprint, name, vendor_id, sig_jwk, enc_jwk, how, first_seen"


def key_by_thumbprint(db: Database, thumbprint: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_KEY} FROM counterpart_keys WHERE thumbprint = ?", (thumbprint,))
    return rows[0] if rows else None


def keys_of_vendor(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(f"SELECT {_KEY} FROM counterpart_keys WHERE vendor_id = ? ORDER BY id", (vendor_id,))


def keys_named(db: Database, name: str) -> list[dict[str, Any]]:
    return db.rows(f"SELECT {_KEY} FROM counterpart_keys WHERE name = ? COLLATE NOCASE ORDER BY id", (name,))


def insert_key(db: Database, values: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO counterpart_keys(thumbprint, name, vendor_id, sig_jwk, enc_jwk, how, first_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            values["thumbprint"],
            values["name"],
            values.get("vendor_id"),
            values["sig_jwk"],
            values.get("enc_jwk"),
            values["how"],
            values["first_seen"],
        ),
    )
    return int(cur.lastrowid)


def link_keys_named(db: Database, name: str, vendor_id: int) -> None:
    """Keys first seen under a sender's name belong to the vendor made from that sender."""
    db.execute(
        "UPDATE counterpart_keys SET vendor_id = ? WHERE vendor_id IS NULL AND name = ? COLLATE NOCASE", (vendor_id, name)
    )


# -- packages sent and documents received ------------------------------------------------------
_PACKAGE = (
    "id, package_id, kind, vendor_id, request_id, recipient, document, compact, sha256, issued_at, expires_at, "
    "retention_until"
)


def insert_package(db: Database, values: dict[str, Any]) -> int:
    columns = _PACKAGE.split(", ")[1:]
    cur = db.execute(
        f"INSERT INTO packages({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        tuple(values.get(c) for c in columns),
    )
    return int(cur.lastrowid)


def package_by_id(db: Database, package_id: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_PACKAGE} FROM packages WHERE package_id = ?", (package_id,))
    return rows[0] if rows else None


def package_by_sha256(db: Database, sha256: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_PACKAGE} FROM packages WHERE sha256 = ?", (sha256,))
    return rows[0] if rows else None


def packages(db: Database, *, vendor_id: int | None = None) -> list[dict[str, Any]]:
    if vendor_id is None:
        return db.rows(f"SELECT {_PACKAGE} FROM packages ORDER BY issued_at DESC, id DESC")
    return db.rows(f"SELECT {_PACKAGE} FROM packages WHERE vendor_id = ? ORDER BY issued_at DESC, id DESC", (vendor_id,))


def retention_ending(db: Database, until: str) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_PACKAGE} FROM packages WHERE retention_until IS NOT NULL AND retention_until <= ? "
        "ORDER BY retention_until",
        (until,),
    )


def document_seen(db: Database, document_id: str) -> bool:
    return bool(db.query("SELECT 1 FROM received_documents WHERE document_id = ?", (document_id,)))


def insert_received(db: Database, values: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO received_documents(document_id, kind, thumbprint, answers, compact, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            values["document_id"],
            values["kind"],
            values["thumbprint"],
            values["answers"],
            values["compact"],
            values["received_at"],
        ),
    )
    return int(cur.lastrowid)


# -- the ledger --------------------------------------------------------------------------------
def ledger_tail(db: Database) -> tuple[int, str] | None:
    rows = db.query("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def append_ledger(db: Database, *, seq: int, entry: str, prev_hash: str, hash_: str) -> None:
    db.execute("INSERT INTO ledger(seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)", (seq, entry, prev_hash, hash_))


def entry_hash(seq: int, prev_hash: str, entry_json: str) -> str:
    """SHA-256 over the previous entry's hash, this entry's number and its canonical JSON."""
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{entry_json}".encode()).hexdigest()


def has_ledger(db: Database) -> bool:
    return bool(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'"))


def verify_chain(db: Database) -> tuple[int, list[str]]:
    """(entries, problems): every entry must follow the one before it and hash to what it says,
    and the last one must be the one the vault's record of the end names."""
    problems: list[str] = []
    expected_prev, expected_seq = GENESIS, 1
    rows = ledger(db)
    for row in rows:
        seq, text, prev, digest = int(row["seq"]), str(row["entry"]), str(row["prev_hash"]), str(row["hash"])
        if seq != expected_seq:
            problems.append(f"ledger entry {seq} stands where entry {expected_seq} should: entries were removed or reordered")
        if prev != expected_prev:
            problems.append(f"ledger entry {seq} does not follow the entry before it (an entry was changed, removed or moved)")
        if entry_hash(seq, prev, text) != digest:
            problems.append(f"ledger entry {seq} was changed after it was written (its hash does not match)")
        expected_prev, expected_seq = digest, seq + 1
    head = db.get_meta(LEDGER_HEAD)
    last = f"{expected_seq - 1}:{expected_prev}" if rows else None
    if head != last:
        if head:
            problems.append(
                f"the ledger should end at entry {head.split(':')[0]} but ends at entry {expected_seq - 1}: "
                "entries were removed from its end"
            )
        else:
            problems.append("the ledger holds entries that its record of the last entry does not know")
    return len(rows), problems


def ledger(db: Database) -> list[dict[str, Any]]:
    """Every entry in the order it is stored (rowid order: a reordering shows as a broken chain)."""
    return db.rows("SELECT seq, entry, prev_hash, hash FROM ledger ORDER BY rowid")
