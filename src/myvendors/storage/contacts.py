"""SQL for trusted contacts, the bundles they sent and their notes (myvendors.domain.contacts is
the service over it): the contacts with their counts, a contact's notes, the notes a newer bundle
replaces, the weighted sums behind the contacts' standing of a vendor, and vendors new to her.

A contact's notes live in `contact_notes`, never in `notes`: her own ratings and standing (the
maintained totals) never see them. Removing a contact removes their bundles and notes (CASCADE).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso

CONTACT_COLUMNS = (
    "c.id, c.uid, c.name, c.sig_jwk, c.thumbprint, c.trust, c.key_source, c.added_at, c.updated_at, "
    "(SELECT count(*) FROM contact_notes n WHERE n.contact_id = c.id) AS notes, "
    "(SELECT count(*) FROM contact_bundles b WHERE b.contact_id = c.id) AS bundles, "
    "(SELECT max(b.issued_at) FROM contact_bundles b WHERE b.contact_id = c.id) AS last_bundle"
)
NOTE_FIELDS = ("vendor_id", "vendor_key", "vendor_name", "vendor_website", "vendor_category", "on_date", "text",
               "quality", "price", "service", "honesty", "tags")
_NOTE_COLUMNS = (
    "n.id, n.contact_id, n.bundle_id, " + ", ".join(f"n.{f}" for f in NOTE_FIELDS)
    + ", c.name AS contact_name, c.trust, b.issued_at AS bundle_issued, v.name AS her_vendor_name"
)
_NOTE_FROM = (
    "contact_notes n JOIN contacts c ON c.id = n.contact_id JOIN contact_bundles b ON b.id = n.bundle_id "
    "LEFT JOIN vendors v ON v.id = n.vendor_id"
)


# -- contacts ----------------------------------------------------------------------------------------
def insert_contact(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        "INSERT INTO contacts(uid, name, sig_jwk, thumbprint, trust, key_source, added_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, values["name"], values["sig_jwk"], values["thumbprint"], values["trust"], values["key_source"],
         stamp, stamp),
    )
    return int(cur.lastrowid)


def update_contact(db: Database, contact_id: int, values: dict[str, Any]) -> None:
    """The given columns (name, trust, sig_jwk, thumbprint, key_source) of one contact."""
    allowed = ("name", "trust", "sig_jwk", "thumbprint", "key_source")
    changes = {k: v for k, v in values.items() if k in allowed}
    if not changes:
        return
    assignments = ", ".join(f"{k} = ?" for k in changes)
    db.execute(
        f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?",  # nosec B608  # columns from `allowed`; values bound
        (*changes.values(), now_iso(), contact_id),
    )


def delete_contact(db: Database, contact_id: int) -> None:
    """The contact, and by CASCADE every bundle and note of theirs."""
    db.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))


def contacts(db: Database) -> list[dict[str, Any]]:
    return db.rows(f"SELECT {CONTACT_COLUMNS} FROM contacts c ORDER BY c.name COLLATE NOCASE, c.id")  # nosec B608  # constant identifiers; no values


def contact(db: Database, contact_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {CONTACT_COLUMNS} FROM contacts c WHERE c.id = ?", (contact_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def contact_named(db: Database, name: str) -> dict[str, Any] | None:
    """By name, case-insensitively (as the unique index compares them)."""
    rows = db.rows(f"SELECT {CONTACT_COLUMNS} FROM contacts c WHERE c.name = ? COLLATE NOCASE", (name,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def contact_by_thumbprint(db: Database, thumbprint: str) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {CONTACT_COLUMNS} FROM contacts c WHERE c.thumbprint = ?", (thumbprint,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def rename_pseudonym_scope(db: Database, old: str, new: str) -> None:
    """Her pseudonyms for a contact follow the contact's new name (they are kept by name, compared
    without case). A current pseudonym already made for the new name (a key exported to someone
    never added) is retired first, so the contact keeps the key they were given."""
    db.execute(
        "UPDATE pseudonyms SET retired_at = ? WHERE contact = ? COLLATE NOCASE AND retired_at IS NULL "
        "AND NOT contact = ? COLLATE NOCASE", (now_iso(), new, old),
    )
    db.execute("UPDATE pseudonyms SET contact = ? WHERE contact = ? COLLATE NOCASE", (new, old))


# -- bundles ------------------------------------------------------------------------------------------
def bundle_seen(db: Database, document_id: str) -> bool:
    return bool(db.query("SELECT 1 FROM contact_bundles WHERE document_id = ?", (document_id,)))


def insert_bundle(db: Database, values: dict[str, Any]) -> int:
    cur = db.execute(
        "INSERT INTO contact_bundles(contact_id, document_id, issued_at, received_at, compact, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (values["contact_id"], values["document_id"], values["issued_at"], now_iso(), values["compact"],
         values["sha256"]),
    )
    return int(cur.lastrowid)


def bundles(db: Database, contact_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, contact_id, document_id, issued_at, received_at, sha256, "
        "(SELECT count(*) FROM contact_notes n WHERE n.bundle_id = b.id) AS notes "
        "FROM contact_bundles b WHERE contact_id = ? ORDER BY issued_at DESC, id DESC",
        (contact_id,),
    )


def bundles_kept(db: Database, contact_id: int) -> list[dict[str, Any]]:
    """A contact's bundles as imported, the signed text included, oldest first (the export)."""
    return db.rows(
        "SELECT document_id, issued_at, received_at, sha256, compact FROM contact_bundles WHERE contact_id = ? "
        "ORDER BY issued_at, id", (contact_id,),
    )


def notes_by_id(db: Database, *, after_id: int, limit: int) -> list[dict[str, Any]]:
    """Every contact's notes in id order, a page at a time (the export), with their bundle's id."""
    return db.rows(
        f"SELECT {_NOTE_COLUMNS}, b.document_id AS bundle_document FROM {_NOTE_FROM} "  # nosec B608  # constant identifiers; values bound
        "WHERE n.id > ? ORDER BY n.id LIMIT ?",
        (after_id, limit),
    )


def newest_issued(db: Database, contact_id: int, vendor_keys: Sequence[str]) -> dict[str, str]:
    """{vendor_key: the issue time of the bundle the contact's notes on that vendor came from}."""
    found: dict[str, str] = {}
    for key in dict.fromkeys(vendor_keys):
        row = db.query(
            "SELECT max(b.issued_at) FROM contact_notes n JOIN contact_bundles b ON b.id = n.bundle_id "
            "WHERE n.contact_id = ? AND n.vendor_key = ?",
            (contact_id, key),
        )
        if row and row[0][0] is not None:
            found[key] = str(row[0][0])
    return found


def delete_notes_on(db: Database, contact_id: int, vendor_key: str) -> int:
    """The contact's notes on one vendor (a newer bundle replaces them); how many went."""
    cur = db.execute("DELETE FROM contact_notes WHERE contact_id = ? AND vendor_key = ?", (contact_id, vendor_key))
    return int(cur.rowcount)


def insert_note(db: Database, *, contact_id: int, bundle_id: int, values: dict[str, Any]) -> int:
    cur = db.execute(
        f"INSERT INTO contact_notes(contact_id, bundle_id, {', '.join(NOTE_FIELDS)}) "  # nosec B608  # columns: NOTE_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in NOTE_FIELDS)})",
        (contact_id, bundle_id, *(values.get(f) for f in NOTE_FIELDS)),
    )
    return int(cur.lastrowid)


# -- notes and standing -------------------------------------------------------------------------------
def notes(
    db: Database, *, contact_id: int | None = None, vendor_id: int | None = None, new_to_me: bool = False,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Contacts' notes newest first: one contact's, one vendor's, or those on vendors new to her."""
    where, params = ["1"], []
    if contact_id is not None:
        where.append("n.contact_id = ?")
        params.append(contact_id)
    if vendor_id is not None:
        where.append("n.vendor_id = ?")
        params.append(vendor_id)
    if new_to_me:
        where.append("n.vendor_id IS NULL")
    return db.rows(
        f"SELECT {_NOTE_COLUMNS} FROM {_NOTE_FROM} WHERE {' AND '.join(where)} "  # nosec B608  # constant identifiers; values bound
        "ORDER BY n.on_date DESC, n.id DESC LIMIT ?",
        (*params, limit),
    )


def note_counts(db: Database) -> dict[str, int]:
    """Row counts of the three tables (what a refused import must leave as it was)."""
    return {t: int(db.query(f"SELECT count(*) FROM {t}")[0][0])  # nosec B608  # constant table names, no input
            for t in ("contacts", "contact_bundles", "contact_notes")}


#: how old a note is, as the divisor of its weight: up to a year 1, up to three years 2, older 4
_AGE_DIVISOR = (
    "CASE WHEN n.on_date >= date(:today, '-365 days') THEN 1 "
    "WHEN n.on_date >= date(:today, '-1095 days') THEN 2 ELSE 4 END"
)


def weighted_sums(db: Database, vendor_id: int, today: str) -> list[dict[str, Any]]:
    """The contacts' ratings of one vendor grouped by what weighs them (trust level and age
    divisor): per group and dimension the sum and count of ratings. The domain multiplies each
    group by its weight (trust / divisor), exactly."""
    dims = ", ".join(f"total(n.{d}) AS {d}_sum, count(n.{d}) AS {d}_n" for d in ("quality", "price", "service", "honesty"))
    return db.rows(
        f"SELECT c.trust AS trust, {_AGE_DIVISOR} AS divisor, count(*) AS notes, {dims} "  # nosec B608  # constant identifiers; values bound
        "FROM contact_notes n JOIN contacts c ON c.id = n.contact_id WHERE n.vendor_id = :vendor "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        {"vendor": vendor_id, "today": today},
    )


def voices_count(db: Database, vendor_id: int) -> int:
    """How many contacts have a note on this vendor."""
    return int(db.query("SELECT count(DISTINCT contact_id) FROM contact_notes WHERE vendor_id = ?", (vendor_id,))[0][0])


def voice_counts(db: Database, vendor_ids: Sequence[int]) -> dict[int, int]:
    """{vendor_id: contacts with a note on it} for the vendors asked for (those with none left out)."""
    found: dict[int, int] = {}
    ids = list(dict.fromkeys(vendor_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(
            f"SELECT vendor_id, count(DISTINCT contact_id) FROM contact_notes WHERE vendor_id IN ({marks}) "  # nosec B608  # only ? marks joined in; ids bound
            "GROUP BY vendor_id", chunk,
        ):
            found[int(row[0])] = int(row[1])
    return found


def new_to_me(db: Database) -> list[dict[str, Any]]:
    """Vendors contacts wrote about that are not hers, one row per vendor key: the newest name,
    website and category given, how many contacts and notes, the newest note's date."""
    return db.rows(
        """SELECT n.vendor_key AS vendor_key,
                  (SELECT m.vendor_name FROM contact_notes m WHERE m.vendor_id IS NULL AND m.vendor_key = n.vendor_key
                   ORDER BY m.on_date DESC, m.id DESC LIMIT 1) AS name,
                  (SELECT m.vendor_website FROM contact_notes m WHERE m.vendor_id IS NULL AND m.vendor_key = n.vendor_key
                   AND m.vendor_website IS NOT NULL ORDER BY m.on_date DESC, m.id DESC LIMIT 1) AS website,
                  (SELECT m.vendor_category FROM contact_notes m WHERE m.vendor_id IS NULL AND m.vendor_key = n.vendor_key
                   AND m.vendor_category IS NOT NULL ORDER BY m.on_date DESC, m.id DESC LIMIT 1) AS category,
                  count(DISTINCT n.contact_id) AS contacts, count(*) AS notes, max(n.on_date) AS latest
           FROM contact_notes n
           WHERE n.vendor_id IS NULL GROUP BY n.vendor_key ORDER BY latest DESC, n.vendor_key"""
    )


def link_new_to_me(db: Database, vendor_key: str, vendor_id: int) -> int:
    """The contacts' notes on a vendor new to her (by its key) now about her vendor; how many."""
    cur = db.execute("UPDATE contact_notes SET vendor_id = ? WHERE vendor_id IS NULL AND vendor_key = ?",
                     (vendor_id, vendor_key))
    return int(cur.rowcount)


def new_to_me_voices(db: Database) -> dict[str, list[str]]:
    """{vendor key: the names of the contacts who wrote about it} for vendors new to her."""
    found: dict[str, list[str]] = {}
    for key, name in db.query(
        "SELECT DISTINCT n.vendor_key, c.name FROM contact_notes n JOIN contacts c ON c.id = n.contact_id "
        "WHERE n.vendor_id IS NULL ORDER BY n.vendor_key, c.name COLLATE NOCASE"
    ):
        found.setdefault(str(key), []).append(str(name))
    return found
