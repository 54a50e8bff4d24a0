"""Attachments: receipts, contracts and photos kept encrypted inside the vault.

Files are streamed in 256 KiB chunks into their own table (never held whole in memory, never
written decrypted anywhere but where the user saves one), with a size limit and a SHA-256
that is checked again when the file is read back.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid, require
from myvendors.domain.models import Attachment
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, VaultDamaged
from myvendors.fileio import write_export
from myvendors.storage import Database
from myvendors.storage import records as sql

CHUNK_BYTES = 256 * 1024
MAX_BYTES = 100 * 1024 * 1024


def _human(size: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


def _to_attachment(row: dict[str, Any]) -> Attachment:
    return Attachment(
        id=int(row["id"]), uid=row["uid"], vendor_id=int(row["vendor_id"]), filename=row["filename"],
        media_type=row["media_type"], size=int(row["size"]), sha256=row["sha256"], created_at=row["created_at"],
    )


def _clean_name(filename: str) -> str:
    name = Path(str(filename).replace("\\", "/")).name.strip()
    if not name or name in (".", ".."):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An attachment needs a file name."), field="filename")
    return name[:255]


def attach(
    db: Database, vendor_id: int, stream: BinaryIO, filename: str, *, media_type: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Attachment:
    """Store a file from `stream` for a vendor, in one transaction; over the limit, nothing is kept."""
    vendors.get_vendor(db, vendor_id)
    name = _clean_name(filename)
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    digest = hashlib.sha256()
    size = 0
    with db.transaction():
        attachment_id = sql.insert_attachment(db, uid=new_uid(), vendor_id=vendor_id, filename=name, media_type=kind)
        seq = 0
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise InvalidInput(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is larger than {human}, the most an attachment can be; nothing was stored."
                    ), name=name, human=_human(max_bytes)),
                    field="file",
                )
            digest.update(chunk)
            sql.insert_chunk(db, attachment_id, seq, chunk)
            seq += 1
        sql.finish_attachment(db, attachment_id, size=size, sha256=digest.hexdigest())
    return get_attachment(db, attachment_id)


def attach_file(db: Database, vendor_id: int, path: Path, **kwargs: Any) -> Attachment:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            return attach(db, vendor_id, fh, path.name, **kwargs)
    except FileNotFoundError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=path), field="file") from None
    except IsADirectoryError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=path), field="file") from None


def get_attachment(db: Database, attachment_id: int) -> Attachment:
    return _to_attachment(require(sql.get_attachment(db, attachment_id), "attachment", attachment_id))


def attachments_of(db: Database, vendor_id: int) -> list[Attachment]:
    return [_to_attachment(r) for r in sql.attachments_of(db, vendor_id)]


def read_chunks(db: Database, attachment_id: int) -> Iterator[bytes]:
    """The file's bytes chunk by chunk; the SHA-256 is checked at the end."""
    attachment = get_attachment(db, attachment_id)
    digest = hashlib.sha256()
    for chunk in sql.chunks(db, attachment_id):
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != attachment.sha256:
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The attachment {filename} does not match its checksum; it is damaged."
        ), filename=attachment.filename))


def save_as(db: Database, attachment_id: int, target: Path) -> Path:
    """Write the attachment where the user chose (0600, complete or not at all)."""
    target = Path(target)
    write_export(target, read_chunks(db, attachment_id))
    return target


def delete_attachment(db: Database, attachment_id: int) -> None:
    get_attachment(db, attachment_id)
    with db.transaction():
        sql.delete_attachment(db, attachment_id)
