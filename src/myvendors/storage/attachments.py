"""SQL for attached files and their chunks (myvendors.domain.attachments is the service over it).

A file's bytes are stored in chunks (`attachment_chunks`) and read back one chunk per query.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from myvendors.storage.db import Database, now_iso

def insert_attachment(db: Database, *, uid: str, vendor_id: int, filename: str, media_type: str) -> int:
    cur = db.execute(
        "INSERT INTO attachments(uid, vendor_id, filename, media_type, size, sha256, created_at) "
        "VALUES (?, ?, ?, ?, 0, '', ?)",
        (uid, vendor_id, filename, media_type, now_iso()),
    )
    return int(cur.lastrowid)


def insert_chunk(db: Database, attachment_id: int, seq: int, data: bytes) -> None:
    db.execute("INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)", (attachment_id, seq, data))


def finish_attachment(db: Database, attachment_id: int, *, size: int, sha256: str) -> None:
    db.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, sha256, attachment_id))


def get_attachment(db: Database, attachment_id: int) -> dict[str, Any] | None:
    rows = db.rows("SELECT id, uid, vendor_id, filename, media_type, size, sha256, created_at FROM attachments WHERE id = ?",
                   (attachment_id,))
    return rows[0] if rows else None


def attachments_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, uid, vendor_id, filename, media_type, size, sha256, created_at FROM attachments "
        "WHERE vendor_id = ? ORDER BY created_at DESC, id DESC",
        (vendor_id,),
    )


def chunks(db: Database, attachment_id: int) -> Iterator[bytes]:
    """The attachment's bytes, one chunk at a time (never the whole file in one query)."""
    seq = -1
    while True:
        rows = db.query(
            "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? AND seq > ? ORDER BY seq LIMIT 1",
            (attachment_id, seq),
        )
        if not rows:
            return
        seq = int(rows[0][0])
        yield bytes(rows[0][1])


def delete_attachment(db: Database, attachment_id: int) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
