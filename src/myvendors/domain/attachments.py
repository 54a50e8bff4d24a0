"""Attachments: receipts, contracts and photos kept encrypted inside the vault.

Files are streamed in 256 KiB chunks into their own table (never held whole in memory, never
written decrypted anywhere but where the user saves one), with a size limit and a SHA-256
that is checked again when the file is read back.

A file's name is made safe on the way in (`safe_filename`: no folders, control characters or
names Windows refuses, at most 240 bytes), and names stored before that are made safe when read,
so that every attachment can be opened and saved under its name on any system.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid, require
from myvendors.domain.models import Attachment
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, VaultDamaged
from myvendors.fileio import write_export
from myvendors.storage import Database
from myvendors.storage import attachments as sql

CHUNK_BYTES = 256 * 1024
MAX_BYTES = 100 * 1024 * 1024
#: the longest file name kept, in UTF-8 bytes: file systems allow 255, and a copy being written
#: is named ".NAME.XXXXXXXX.tmp" (14 more) beside its target
MAX_NAME_BYTES = 240
# Characters no file name keeps: control characters, the bidirectional overrides that make
# "exe.pdf" read as "fdp.exe", line separators, and what Windows refuses in a name.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_WINDOWS_REFUSES = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = re.compile(r"(?i)^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\.|$)")
_LONGEST_EXTENSION = 16  # a longer "extension" is part of the name ("notes.from the meeting")


def _human(size: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


def _to_attachment(row: dict[str, Any]) -> Attachment:
    return Attachment(
        id=int(row["id"]), uid=row["uid"], vendor_id=int(row["vendor_id"]), filename=safe_filename(row["filename"]),
        media_type=row["media_type"], size=int(row["size"]), sha256=row["sha256"], created_at=row["created_at"],
    )


def safe_filename(filename: str, *, default: str = "attachment") -> str:
    """`filename` as a name every system can create and open: the last part of a path, without
    control characters (NUL included), bidirectional overrides, characters Windows refuses
    (replaced by "_"), trailing dots and spaces, or a reserved Windows name (CON, NUL, COM1, …
    get a "_" before them), cut to `MAX_NAME_BYTES` bytes of UTF-8 keeping the extension.
    `default` when nothing is left. Applying it twice changes nothing more."""
    name = unicodedata.normalize("NFC", _UNSAFE.sub("", str(filename)))
    name = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    name = _WINDOWS_REFUSES.sub("_", name).strip().rstrip(". ")
    if name in ("", ".", ".."):
        return default
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, extension = name.rpartition(".")
        if not dot or not stem or len(extension.encode("utf-8")) > _LONGEST_EXTENSION or " " in extension:
            stem, extension = name, ""
        else:
            extension = "." + extension
        room = MAX_NAME_BYTES - len(extension.encode("utf-8"))
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(". ")
        name = (stem + extension) if stem else extension.lstrip(".") or default
    return name


def _clean_name(filename: str) -> str:
    name = safe_filename(filename, default="")
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An attachment needs a file name."), field="filename")
    return name


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
