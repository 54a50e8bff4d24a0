"""SQL for sharing: pseudonyms, the user's profile and what each vendor may see of it, vendors'
keys on file, packages sent, documents received, and the append-only ledger
(myvendors.domain.sharing is the service over it)."""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.vendors import sort_key

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
    rows = db.rows(f"SELECT {_PSEUDONYM} FROM pseudonyms WHERE {where} AND retired_at IS NULL", (value,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def pseudonym_by_thumbprint(db: Database, thumbprint: str) -> dict[str, Any] | None:
    """A pseudonym, current or retired, by the thumbprint of its signing or its encryption key."""
    rows = db.rows(
        f"SELECT {_PSEUDONYM} FROM pseudonyms WHERE thumbprint = ? OR enc_thumbprint = ?", (thumbprint, thumbprint)  # nosec B608  # constant identifiers; values bound
    )
    return rows[0] if rows else None


def insert_pseudonym(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO pseudonyms(uid, vendor_id, request_id, contact, sig_jwk, enc_jwk, thumbprint, enc_thumbprint, "
        "created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            values.get("retired_at"),
        ),
    )
    return int(cur.lastrowid)


def retire_pseudonym(db: Database, pseudonym_id: int, when: str) -> None:
    db.execute("UPDATE pseudonyms SET retired_at = ? WHERE id = ? AND retired_at IS NULL", (when, pseudonym_id))


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
    rows = db.rows(f"SELECT {_KEY} FROM counterpart_keys WHERE thumbprint = ?", (thumbprint,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def keys_of_vendor(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(f"SELECT {_KEY} FROM counterpart_keys WHERE vendor_id = ? ORDER BY id", (vendor_id,))  # nosec B608  # constant identifiers; values bound


def keys_named(db: Database, name: str) -> list[dict[str, Any]]:
    """The keys on file whose name has the same fold as `name` (`vendors.sort_key`: case, accents,
    invisible characters and white space do not tell two names apart). Compared here rather than
    in SQL, over every key on file: one per vendor that ever answered, a short list."""
    wanted = sort_key(name)
    rows = db.rows(f"SELECT {_KEY} FROM counterpart_keys ORDER BY id")  # nosec B608  # constant identifiers, nothing of hers in the text
    return [row for row in rows if sort_key(str(row["name"])) == wanted]


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


def bind_key(db: Database, thumbprint: str, vendor_id: int) -> None:
    """The key becomes the vendor's key on file (a key already bound keeps its vendor)."""
    db.execute("UPDATE counterpart_keys SET vendor_id = ? WHERE thumbprint = ? AND vendor_id IS NULL", (vendor_id, thumbprint))


def set_key_enc(db: Database, thumbprint: str, enc_jwk: str) -> None:
    db.execute("UPDATE counterpart_keys SET enc_jwk = ? WHERE thumbprint = ?", (enc_jwk, thumbprint))


def remove_key(db: Database, thumbprint: str) -> None:
    """A key she replaced (the ledger entry of the change keeps it)."""
    db.execute("DELETE FROM counterpart_keys WHERE thumbprint = ?", (thumbprint,))


def received_thumbprint(db: Database, *, document_id: str | None = None, compact: str | None = None) -> str | None:
    """The key that signed a document imported before, by its id or its text."""
    column, value = ("document_id", document_id) if document_id is not None else ("compact", compact)
    rows = db.query(f"SELECT thumbprint FROM received_documents WHERE {column} = ? LIMIT 1", (value,))  # nosec B608  # the column is one of two constants; the value is bound
    return str(rows[0][0]) if rows else None


def open_package_enc_keys(db: Database, now: str, limit: int) -> list[str]:
    """The private encryption keys of the pseudonyms that the `limit` newest packages still
    unexpired at `now` went out under (what an answer without a key id may be encrypted to)."""
    rows = db.query(
        "SELECT p.enc_jwk FROM (SELECT json_extract(document, '$.sender.pseudonym') AS t, issued_at, id FROM packages "
        "WHERE expires_at > ? AND json_valid(document) ORDER BY issued_at DESC, id DESC LIMIT ?) s "
        "JOIN pseudonyms p ON p.thumbprint = s.t ORDER BY s.issued_at DESC, s.id DESC",
        (now, limit),
    )
    return list(dict.fromkeys(str(r[0]) for r in rows))


# -- packages sent and documents received ------------------------------------------------------
_PACKAGE = (
    "id, package_id, kind, vendor_id, request_id, recipient, document, compact, sha256, issued_at, expires_at, "
    "retention_until"
)


def insert_package(db: Database, values: dict[str, Any]) -> int:
    columns = _PACKAGE.split(", ")[1:]
    cur = db.execute(
        f"INSERT INTO packages({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",  # nosec B608  # columns of _PACKAGE; values bound
        tuple(values.get(c) for c in columns),
    )
    return int(cur.lastrowid)


def package_by_id(db: Database, package_id: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_PACKAGE} FROM packages WHERE package_id = ?", (package_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def package_by_sha256(db: Database, sha256: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_PACKAGE} FROM packages WHERE sha256 = ?", (sha256,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def packages(db: Database, *, vendor_id: int | None = None) -> list[dict[str, Any]]:
    if vendor_id is None:
        return db.rows(f"SELECT {_PACKAGE} FROM packages ORDER BY issued_at DESC, id DESC")  # nosec B608  # constant identifiers; values bound
    return db.rows(f"SELECT {_PACKAGE} FROM packages WHERE vendor_id = ? ORDER BY issued_at DESC, id DESC", (vendor_id,))  # nosec B608  # constant identifiers; values bound


def retention_unasked(db: Database, until: str) -> list[dict[str, Any]]:
    """Packages sent to a vendor whose retention ends by `until`, that are not deletion requests and
    about which no deletion request went out yet (walks the retention index, step 7)."""
    return db.rows(
        f"SELECT {_PACKAGE} FROM packages WHERE retention_until IS NOT NULL AND retention_until <= ? "  # nosec B608  # constant identifiers; values bound
        "AND vendor_id IS NOT NULL AND kind != 'deletion-request' AND package_id NOT IN ("
        "SELECT c.value FROM packages d, json_each(d.document, '$.data.concerning') c "
        "WHERE d.kind = 'deletion-request' AND json_valid(d.document)) "
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
# Rows only: what an entry's hash is and how the chain is checked are domain.sharing.ledger's rules.
def ledger_tail(db: Database) -> tuple[int, str] | None:
    rows = db.query("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1")
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


def append_ledger(db: Database, *, seq: int, entry: str, prev_hash: str, hash_: str) -> None:
    db.execute("INSERT INTO ledger(seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)", (seq, entry, prev_hash, hash_))


def has_ledger(db: Database) -> bool:
    return bool(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'"))


def ledger_rows_after(db: Database, after_rowid: int | None, limit: int) -> list[tuple[int, int, str, str, str]]:
    """(rowid, seq, entry, prev_hash, hash) of up to `limit` entries after `after_rowid` (None: from
    the first), in storage order: a walk of the chain reads it a page at a time."""
    if after_rowid is None:
        rows = db.query("SELECT rowid, seq, entry, prev_hash, hash FROM ledger ORDER BY rowid LIMIT ?", (limit,))
    else:
        rows = db.query(
            "SELECT rowid, seq, entry, prev_hash, hash FROM ledger WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (after_rowid, limit),
        )
    return [(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def ledger(db: Database) -> list[dict[str, Any]]:
    """Every entry in the order it is stored (rowid order: a reordering shows as a broken chain)."""
    return db.rows("SELECT seq, entry, prev_hash, hash FROM ledger ORDER BY rowid")


# -- the ledger a page at a time (the Shared page), newest first ------------------------------------
# What an entry says about its vendor, as indexed (step 7): a share names its vendor and package, an
# answer the package it answers. Entries that are not JSON (altered by hand) index as NULL.
def _share(what: str, table: str = "") -> str:
    e = f"{table}entry"
    return (f"(CASE WHEN json_valid({e}) AND json_extract({e}, '$.type') = 'share' "
            f"THEN json_extract({e}, '$.{what}') END)")


def _answers(table: str = "") -> str:
    e = f"{table}entry"
    return (f"(CASE WHEN json_valid({e}) AND json_extract({e}, '$.type') IS NOT 'share' "
            f"THEN json_extract({e}, '$.answers') END)")


SHARE_VENDOR, SHARE_PACKAGE, ANSWERS = _share("vendor_id"), _share("package"), _answers()
_ENTRY = "seq, entry, prev_hash, hash"


def _vendor_seqs() -> str:
    """The seqs of one vendor's entries (:vendor): its shares, and the answers to them."""
    return (
        f"SELECT seq FROM ledger WHERE {SHARE_VENDOR} = :vendor UNION ALL "  # nosec B608  # constant identifiers; values bound
        f"SELECT a.seq FROM ledger s JOIN ledger a ON {_answers('a.')} = {_share('package', 's.')} "
        f"WHERE {_share('vendor_id', 's.')} = :vendor"
    )


def _where(vendor_id: int | None, *terms: str) -> tuple[str, dict[str, Any]]:
    clauses = list(terms)
    if vendor_id is not None:
        clauses.append(f"seq IN ({_vendor_seqs()})")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", {"vendor": vendor_id}


def ledger_count(db: Database, *, vendor_id: int | None = None) -> int:
    where, params = _where(vendor_id)
    return int(db.query(f"SELECT count(*) FROM ledger{where}", params)[0][0])  # nosec B608  # constant identifiers; values bound


def ledger_page(
    db: Database, *, limit: int, vendor_id: int | None = None, below: int | None = None, above: int | None = None
) -> list[dict[str, Any]]:
    """Up to `limit` entries newest first: those just older than seq `below`, or just newer than
    seq `above` (still newest first), or the newest."""
    if above is not None:
        where, params = _where(vendor_id, "seq > :key")
        rows = db.rows(f"SELECT {_ENTRY} FROM ledger{where} ORDER BY seq LIMIT :limit",  # nosec B608  # constant identifiers; values bound
                       {**params, "key": above, "limit": limit})
        return rows[::-1]
    where, params = _where(vendor_id, *(["seq < :key"] if below is not None else []))
    return db.rows(f"SELECT {_ENTRY} FROM ledger{where} ORDER BY seq DESC LIMIT :limit",  # nosec B608  # constant identifiers; values bound
                   {**params, "key": below, "limit": limit})


def ledger_at(db: Database, *, start: int, limit: int, total: int, vendor_id: int | None = None) -> list[dict[str, Any]]:
    """Entries `start` to `start + limit` of the newest-first list of `total`, counted from the nearer end."""
    where, params = _where(vendor_id)
    if start <= total - start - limit:
        return db.rows(f"SELECT {_ENTRY} FROM ledger{where} ORDER BY seq DESC LIMIT :limit OFFSET :offset",  # nosec B608  # constant identifiers; values bound
                       {**params, "limit": limit, "offset": start})
    offset = max(0, total - start - limit)
    rows = db.rows(f"SELECT {_ENTRY} FROM ledger{where} ORDER BY seq LIMIT :limit OFFSET :offset",  # nosec B608  # constant identifiers; values bound
                   {**params, "limit": max(0, total - start - offset), "offset": offset})
    return rows[::-1]


def ledger_position(db: Database, seq: int, *, vendor_id: int | None = None) -> int:
    """How many entries of the newest-first list stand before entry `seq`."""
    where, params = _where(vendor_id, "seq > :key")
    return int(db.query(f"SELECT count(*) FROM ledger{where}", {**params, "key": seq})[0][0])  # nosec B608  # constant identifiers; values bound


def share_entry_seq(db: Database, package_id: str) -> int | None:
    rows = db.query(f"SELECT seq FROM ledger WHERE {SHARE_PACKAGE} = ? ORDER BY seq DESC LIMIT 1", (package_id,))  # nosec B608  # constant identifiers; values bound
    return int(rows[0][0]) if rows else None


def request_entries(db: Database, request_id: int) -> list[dict[str, Any]]:
    """A request's ledger entries, oldest first: the shares of its packages and the answers to them
    (found through the package and answer indexes of step 7)."""
    return db.rows(
        f"SELECT {_ENTRY} FROM ledger WHERE {SHARE_PACKAGE} IN (SELECT package_id FROM packages WHERE request_id = :r) "  # nosec B608  # constant identifiers; values bound
        f"UNION SELECT {_ENTRY} FROM ledger WHERE {ANSWERS} IN (SELECT package_id FROM packages WHERE request_id = :r) "
        "ORDER BY seq",
        {"r": request_id},
    )


def share_kinds(db: Database, package_ids: list[str]) -> dict[str, str]:
    """The kind of each package shared, by package id (answers show the kind they answer)."""
    if not package_ids:
        return {}
    marks = ", ".join("?" for _ in package_ids)
    rows = db.query(
        f"SELECT {SHARE_PACKAGE}, json_extract(entry, '$.kind') FROM ledger WHERE {SHARE_PACKAGE} IN ({marks})",  # nosec B608  # only ? marks joined in; ids bound
        tuple(package_ids),
    )
    return {str(r[0]): str(r[1] or "") for r in rows}


def ledger_vendor_counts(db: Database) -> dict[int, int]:
    """How many entries each vendor has (its shares and the answers to them), from the indexes."""
    rows = db.query(
        f"SELECT vendor, count(*) FROM ("  # nosec B608  # constant identifiers; values bound
        f"SELECT {SHARE_VENDOR} AS vendor FROM ledger WHERE {SHARE_VENDOR} IS NOT NULL UNION ALL "
        f"SELECT {_share('vendor_id', 's.')} FROM ledger a CROSS JOIN ledger s "
        f"ON {_share('package', 's.')} = {_answers('a.')} "
        f"WHERE {_answers('a.')} IS NOT NULL AND {_share('vendor_id', 's.')} IS NOT NULL"
        f") GROUP BY vendor"
    )
    return {int(r[0]): int(r[1]) for r in rows if isinstance(r[0], int)}
