"""SQL for personal requests and the offers vendors send back."""

from __future__ import annotations

from typing import Any

from myvendors.storage.db import Database, now_iso

REQUEST_FIELDS = (
    "title", "description", "category", "budget_min_minor", "budget_max_minor", "currency", "location",
    "needed_by", "conditions",
)
_REQUEST_COLUMNS = (
    "r.id, r.uid, " + ", ".join(f"r.{f}" for f in REQUEST_FIELDS) + ", r.status, r.created_at, r.updated_at, "  # nosec B608  # columns from REQUEST_FIELDS; no input
    "(SELECT count(*) FROM offers o WHERE o.request_id = r.id) AS offer_count"
)
OFFER_FIELDS = ("vendor_id", "sender", "price_minor", "currency", "conditions", "valid_until", "raw_document")
_OFFER_COLUMNS = "o.id, o.uid, o.request_id, " + ", ".join(f"o.{f}" for f in OFFER_FIELDS) + ", o.received_at, o.accepted"


def insert_request(db: Database, *, uid: str, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        f"INSERT INTO requests(uid, {', '.join(REQUEST_FIELDS)}, status, created_at, updated_at) "  # nosec B608  # constant identifiers; values bound
        f"VALUES (?, {', '.join('?' for _ in REQUEST_FIELDS)}, 'draft', ?, ?)",
        (uid, *(values.get(f) for f in REQUEST_FIELDS), stamp, stamp),
    )
    return int(cur.lastrowid)


def update_request(db: Database, request_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{f} = ?" for f in REQUEST_FIELDS)
    db.execute(
        f"UPDATE requests SET {assignments}, updated_at = ? WHERE id = ?",  # nosec B608  # constant identifiers; values bound
        (*(values.get(f) for f in REQUEST_FIELDS), now_iso(), request_id),
    )


def set_status(db: Database, request_id: int, status: str) -> None:
    db.execute("UPDATE requests SET status = ?, updated_at = ? WHERE id = ?", (status, now_iso(), request_id))


def get_request(db: Database, request_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_REQUEST_COLUMNS} FROM requests r WHERE r.id = ?", (request_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def requests_page(db: Database, *, status: str | None, limit: int, before_id: int | None) -> list[dict[str, Any]]:
    where: list[str] = ["1"]
    params: list[Any] = []
    if status:
        where.append("r.status = ?")
        params.append(status)
    if before_id is not None:
        where.append("r.id < ?")
        params.append(before_id)
    return db.rows(
        f"SELECT {_REQUEST_COLUMNS} FROM requests r WHERE {' AND '.join(where)} ORDER BY r.id DESC LIMIT ?",  # nosec B608  # constant identifiers; values bound
        (*params, limit),
    )


def insert_offer(db: Database, *, uid: str, request_id: int, values: dict[str, Any]) -> int:
    cur = db.execute(
        f"INSERT INTO offers(uid, request_id, {', '.join(OFFER_FIELDS)}, received_at) "  # nosec B608  # constant identifiers; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in OFFER_FIELDS)}, ?)",
        (uid, request_id, *(values.get(f) for f in OFFER_FIELDS), now_iso()),
    )
    return int(cur.lastrowid)


def get_offer(db: Database, offer_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_OFFER_COLUMNS} FROM offers o WHERE o.id = ?", (offer_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def offers_of(db: Database, request_id: int) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_OFFER_COLUMNS} FROM offers o WHERE o.request_id = ? ORDER BY o.price_minor IS NULL, o.price_minor, o.id",  # nosec B608  # constant identifiers; values bound
        (request_id,),
    )


def accept_offer(db: Database, offer_id: int, vendor_id: int) -> None:
    db.execute("UPDATE offers SET accepted = 1, vendor_id = ? WHERE id = ?", (vendor_id, offer_id))
