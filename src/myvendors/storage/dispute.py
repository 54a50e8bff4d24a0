"""SQL for the dispute pack (myvendors.domain.dispute): what one vendor's pack holds that no other
service reads in this shape: the packages sent to it, the documents it sent back (answers to those
packages, or signed by a key on file for it), the ledger entries that recorded both, her aliases
given to it and the leaks recorded against them (step 11's tables, read here on their own)."""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database
from myvendors.storage.timeline import PAID

_PACKAGE = "package_id, kind, recipient, document, compact, sha256, issued_at, expires_at"
_DOCUMENT = "d.document_id, d.kind, d.thumbprint, d.answers, d.compact, d.received_at"


def packages_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    """The packages sent to the vendor, oldest first."""
    return db.rows(
        f"SELECT {_PACKAGE} FROM packages WHERE vendor_id = ? ORDER BY issued_at, id",  # nosec B608  # constant identifiers; values bound
        (vendor_id,),
    )


def documents_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    """Documents received from the vendor, oldest first: those answering a package sent to it, and
    those signed by a key on file for it (offers to a personal request)."""
    return db.rows(
        f"SELECT {_DOCUMENT} FROM received_documents d WHERE d.answers IN "  # nosec B608  # constant identifiers; values bound
        "(SELECT package_id FROM packages WHERE vendor_id = :v) "
        "OR d.thumbprint IN (SELECT thumbprint FROM counterpart_keys WHERE vendor_id = :v) "
        "ORDER BY d.received_at, d.id",
        {"v": vendor_id},
    )


def ledger_entries(db: Database, package_ids: list[str], document_ids: list[str]) -> list[dict[str, Any]]:
    """The ledger entries (seq, entry, prev_hash, hash) that shared one of the packages or
    recorded one of the documents, by seq."""
    if not package_ids and not document_ids:
        return []
    packages = ", ".join("?" for _ in package_ids) or "NULL"
    documents = ", ".join("?" for _ in document_ids) or "NULL"
    return db.rows(
        "SELECT seq, entry, prev_hash, hash FROM ledger WHERE json_valid(entry) AND ("  # nosec B608  # only ? marks joined in; ids bound
        f"(json_extract(entry, '$.type') = 'share' AND json_extract(entry, '$.package') IN ({packages})) "
        f"OR (json_extract(entry, '$.type') LIKE 'received-%' AND json_extract(entry, '$.document') IN ({documents}))"
        ") ORDER BY seq",
        (*package_ids, *document_ids),
    )


def aliases_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    """Her aliases given to the vendor, oldest first."""
    return db.rows(
        "SELECT id, uid, kind, address, package_id, field, note, created_at, retired_at FROM aliases "
        "WHERE vendor_id = ? ORDER BY created_at, id",
        (vendor_id,),
    )


def leaks_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    """The leaks recorded against the vendor, by the day seen, with the alias each was seen on."""
    return db.rows(
        "SELECT l.id, l.uid, l.alias_id, a.address AS alias, l.seen_on, l.used_by, l.subject, l.how, l.channel, "
        "l.evidence, "
        "l.evidence_sha256, l.note, l.recorded_at, l.closed_at FROM leaks l JOIN aliases a ON a.id = l.alias_id "
        "WHERE l.vendor_id = ? ORDER BY l.seen_on, l.id",
        (vendor_id,),
    )


def payment_ids(db: Database, vendor_id: int) -> set[int]:
    """The ids of the vendor's interactions that are money she paid (`PAID`): the pack's payments."""
    return {int(r[0]) for r in db.query(f"SELECT i.id FROM interactions i WHERE i.vendor_id = ? AND {PAID}", (vendor_id,))}  # nosec B608  # constant text; values bound


def counts(db: Database, vendor_id: int) -> dict[str, int]:
    """How many records of each part the vendor has (what the ticks show beside each part)."""
    row = db.rows(
        "SELECT "  # nosec B608  # constant text; values bound
        f"(SELECT count(*) FROM interactions i WHERE i.vendor_id = :v AND NOT ({PAID})) AS timeline, "
        f"(SELECT count(*) FROM interactions i WHERE i.vendor_id = :v AND {PAID}) AS payments, "
        "(SELECT count(*) FROM agreements WHERE vendor_id = :v) AS agreements, "
        "(SELECT count(*) FROM notes WHERE vendor_id = :v AND author IS NULL) AS notes, "
        "(SELECT count(*) FROM packages WHERE vendor_id = :v) AS packages, "
        "(SELECT count(*) FROM received_documents d WHERE d.answers IN "
        "(SELECT package_id FROM packages WHERE vendor_id = :v) "
        "OR d.thumbprint IN (SELECT thumbprint FROM counterpart_keys WHERE vendor_id = :v)) AS documents, "
        "(SELECT count(*) FROM aliases WHERE vendor_id = :v) + (SELECT count(*) FROM leaks WHERE vendor_id = :v) AS leaks, "
        "(SELECT count(*) FROM attachments WHERE vendor_id = :v) AS attachments",
        {"v": vendor_id},
    )[0]
    return {key: int(value) for key, value in row.items()}
