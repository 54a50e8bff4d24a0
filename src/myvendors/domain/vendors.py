"""Vendors: the companies the customer deals with (the first slice; issue 4 grows it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from myvendors.errors import InvalidInput
from myvendors.storage import Database
from myvendors.storage import vendors as sql

MAX_NAME = 200


@dataclass(frozen=True)
class Vendor:
    id: int
    uid: str
    name: str
    website: str | None
    notes: str
    created_at: str
    updated_at: str

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Vendor:
        return cls(*row)


def add_vendor(db: Database, name: str, *, website: str | None = None, notes: str = "") -> Vendor:
    """Add one vendor in one transaction; the name is required."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("A vendor needs a name.", field="name")
    if len(clean) > MAX_NAME:
        raise InvalidInput(f"A vendor name can be at most {MAX_NAME} characters.", field="name")
    website = website.strip() or None if website else None
    with db.transaction():
        row = sql.insert(db, uid=str(uuid.uuid4()), name=clean, website=website, notes=notes)
    return Vendor.from_row(row)


def get_vendor(db: Database, vendor_id: int) -> Vendor:
    row = sql.get(db, vendor_id)
    if row is None:
        raise InvalidInput(f"There is no vendor with id {vendor_id}.", field="id")
    return Vendor.from_row(row)


def list_vendors(db: Database, *, limit: int = 200, after_id: int = 0) -> list[Vendor]:
    return [Vendor.from_row(row) for row in sql.list_all(db, limit=limit, after_id=after_id)]


def count_vendors(db: Database) -> int:
    return sql.count(db)
