"""Vendors: the companies the customer deals with — add, edit, tag, archive, trash and restore.

Every function is one user action and one transaction. Validation happens before anything is
written, and each error names the field it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from myvendors.domain._convert import new_uid, require, short, tags_of
from myvendors.domain.models import Vendor, VendorDraft, VendorStatus
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import vendors as sql
from myvendors.storage.db import now_iso

__all__ = [
    "Vendor",
    "VendorDraft",
    "VendorStatus",
    "add_vendor",
    "add_vendors",
    "count_vendors",
    "create_vendor",
    "delete_vendor",
    "empty_trash",
    "get_vendor",
    "list_vendors",
    "page_vendors",
    "restore_vendor",
    "update_vendor",
]

MAX_NAME = 200
MAX_TEXT = 20_000
MAX_TAG = 50
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _row_to_vendor(row: dict[str, Any]) -> Vendor:
    tags = tags_of(row.get("tags"))
    return Vendor(
        id=int(row["id"]),
        uid=row["uid"],
        name=row["name"],
        website=row["website"],
        category=row["category"],
        email=row["email"],
        phone=row["phone"],
        address=row["address"],
        notes=row["notes"] or "",
        status=VendorStatus(row["status"]),
        tags=tags,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        deleted_at=row["deleted_at"],
    )


def normalise_website(value: str | None) -> str | None:
    """'example.com' -> 'https://example.com'; refuses what is not a web address."""
    clean = short(value, "website", 2000)
    if clean is None:
        return None
    candidate = clean if "://" in clean else f"https://{clean}"
    try:
        parts = urlsplit(candidate)
        hostname = parts.hostname
    except ValueError:  # an unmatched '[' or ']', a host that NFKC turns into a delimiter
        hostname = None
    if hostname is None or parts.scheme not in ("http", "https") or "." not in hostname or " " in candidate:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{clean!r} is not a web address (for example https://example.com)."
        ), clean=clean), field="website")
    return candidate


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(str(raw).split())
        if not tag:
            continue
        if len(tag) > MAX_TAG:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A tag can be at most {MAX_TAG} characters: {value}…"), MAX_TAG=MAX_TAG, value=tag[:20]), field="tags")
        seen.setdefault(tag.casefold(), tag)
    return tuple(sorted(seen.values(), key=str.casefold))


_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def validate(draft: VendorDraft) -> VendorDraft:
    """The draft cleaned up, or InvalidInput naming the field."""
    name = " ".join(draft.name.split()) if isinstance(draft.name, str) else ""
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A vendor needs a name."), field="name")
    if len(name) > MAX_NAME:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A vendor name can be at most {MAX_NAME} characters."), MAX_NAME=MAX_NAME), field="name")
    email = short(draft.email, "email", 320)
    if email is not None and not _EMAIL.match(email):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{email!r} is not an e-mail address."), email=email), field="email")
    # One kind of line break (what a text field gives back), so that an imported vendor opens
    # in the profile form exactly as stored, not as an unsaved change.
    notes = _LINE_BREAKS.sub("\n", draft.notes or "")
    if len(notes) > MAX_TEXT:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Notes can be at most {MAX_TEXT} characters."), MAX_TEXT=MAX_TEXT), field="notes")
    try:
        status = VendorStatus(draft.status)
    except ValueError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "A vendor's status is active, former or blocked, not {status!r}."
        ), status=draft.status), field="status") from None
    return replace(
        draft,
        name=name,
        website=normalise_website(draft.website),
        category=short(draft.category, "category", 100),
        email=email,
        phone=short(draft.phone, "phone", 50),
        address=short(draft.address, "address", 500),
        notes=notes,
        # The profile form edits tags as a comma-separated list: a tag never holds a comma
        # (a vCard's "CATEGORIES:Company\\, The" is two tags), or it would read as two and
        # the vendor would show an unsaved change.
        tags=normalise_tags(part for tag in draft.tags for part in str(tag).split(",")),
        status=status,
    )


def _values(draft: VendorDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "website": draft.website,
        "category": draft.category,
        "email": draft.email,
        "phone": draft.phone,
        "address": draft.address,
        "notes": draft.notes,
        "status": draft.status.value,
    }


def _insert(db: Database, draft: VendorDraft) -> int:
    vendor_id = sql.insert(db, uid=new_uid(), values=_values(draft))
    if draft.tags:
        sql.set_tags(db, vendor_id, draft.tags)
    return vendor_id


def insert_in(db: Database, draft: VendorDraft) -> int:
    """Validate and insert inside the caller's transaction (when one action adds a vendor and more)."""
    return _insert(db, validate(draft))


def create_vendor(db: Database, draft: VendorDraft) -> Vendor:
    clean = validate(draft)
    with db.transaction():
        vendor_id = _insert(db, clean)
    return get_vendor(db, vendor_id)


def add_vendor(db: Database, name: str, *, website: str | None = None, notes: str = "", **fields: Any) -> Vendor:
    """Convenience form of `create_vendor` (name first, other fields by keyword)."""
    return create_vendor(db, VendorDraft(name=name, website=website, notes=notes, **fields))


def add_vendors(
    db: Database,
    drafts: Sequence[VendorDraft],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Vendor]:
    """Add many vendors as one action (an import): all are validated first; all or none are written.

    `progress(done, total)` is called after each vendor is written; when `cancelled()` answers
    True, `Cancelled` is raised inside the transaction, so none of them is kept.
    """
    clean = []
    for index, draft in enumerate(drafts, start=1):
        try:
            clean.append(validate(draft))
        except InvalidInput as exc:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Record {index}: {message}"), index=index, message=exc.message), field=exc.field) from None
    steps = Steps(len(clean), progress, cancelled)
    steps.start()
    ids = []
    with db.transaction():
        for draft in clean:
            ids.append(_insert(db, draft))
            steps.step()
    return [get_vendor(db, vendor_id) for vendor_id in ids]


def get_vendor(db: Database, vendor_id: int) -> Vendor:
    return _row_to_vendor(require(sql.get(db, vendor_id), "vendor", vendor_id))


def update_vendor(db: Database, vendor_id: int, **changes: Any) -> Vendor:
    """Change some fields (name, website, category, email, phone, address, notes, status, tags)."""
    current = get_vendor(db, vendor_id)
    unknown = set(changes) - {*sql.FIELDS, "tags"}
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Vendors have no field {value!r}."), value=sorted(unknown)[0]), field=sorted(unknown)[0])
    draft = VendorDraft(
        name=current.name,
        website=current.website,
        category=current.category,
        email=current.email,
        phone=current.phone,
        address=current.address,
        notes=current.notes,
        tags=current.tags,
        status=current.status,
    )
    clean = validate(replace(draft, **changes))
    with db.transaction():
        sql.update(db, vendor_id, _values(clean))
        if "tags" in changes:
            sql.set_tags(db, vendor_id, clean.tags)
    return get_vendor(db, vendor_id)


def delete_vendor(db: Database, vendor_id: int) -> Vendor:
    """Move a vendor (and with it everything about it) to the trash; `restore_vendor` undoes it."""
    get_vendor(db, vendor_id)
    with db.transaction():
        sql.set_deleted(db, vendor_id, now_iso())
    return get_vendor(db, vendor_id)


def restore_vendor(db: Database, vendor_id: int) -> Vendor:
    if get_vendor(db, vendor_id).deleted_at is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That vendor is not in the trash."), field="id")
    with db.transaction():
        sql.set_deleted(db, vendor_id, None)
    return get_vendor(db, vendor_id)


def empty_trash(db: Database) -> int:
    """Delete for good every vendor in the trash, with its agreements, timeline, notes and files."""
    trashed = [int(r["id"]) for r in sql.page(db, limit=1_000_000, trashed=True)]
    with db.transaction():
        for vendor_id in trashed:
            sql.purge(db, vendor_id)
    return len(trashed)


def list_vendors(db: Database, *, limit: int = 200, after_id: int = 0) -> list[Vendor]:
    """Live vendors in the order they were added, `limit` at a time after `after_id`."""
    return [_row_to_vendor(r) for r in sql.page_by_id(db, after_id=after_id, limit=limit)]


CHOICES_LISTED = 5000  # a vendor picker's length; a person shares with far fewer


def choices(db: Database, *, limit: int = CHOICES_LISTED) -> list[Vendor]:
    """The live vendors a picker offers: about the first `limit` added, by name (case folded)."""
    found: list[Vendor] = []
    after = 0
    while len(found) < limit:
        page = list_vendors(db, limit=500, after_id=after)
        if not page:
            break
        found += page
        after = page[-1].id
    return sorted(found, key=lambda v: v.name.casefold())


def _check_page(sort: str, limit: int) -> None:
    if sort not in sql.SORTS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Vendors sort by {value}, not {sort!r}."), value=', '.join(sql.SORTS), sort=sort), field="sort")
    if not 1 <= limit <= 10_000:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A page holds between 1 and 10000 vendors."), field="limit")


def _key(vendor: Vendor, sort: str) -> tuple[str, int]:
    value = {"name": vendor.name, "-name": vendor.name, "updated": vendor.updated_at, "created": vendor.created_at}
    return value[sort], vendor.id


def page_vendors(
    db: Database,
    *,
    limit: int = 200,
    after: Vendor | None = None,
    before: Vendor | None = None,
    sort: str = "name",
    status: VendorStatus | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> list[Vendor]:
    """A page of vendors sorted by name (folded: case and accents), -name, updated or created:
    the ones right after `after`, or right before `before`, in list order."""
    _check_page(sort, limit)
    if after is not None and before is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A page follows one vendor or precedes one, not both."), field="before")
    neighbour = after or before
    rows = sql.page(
        db,
        limit=limit,
        offset_key=_key(neighbour, sort) if neighbour is not None else None,
        sort=sort,
        status=status.value if status else None,
        tag=tag,
        trashed=trashed,
        backward=before is not None,
    )
    return [_row_to_vendor(r) for r in rows]


def vendors_at(
    db: Database,
    start: int,
    limit: int,
    *,
    total: int | None = None,
    sort: str = "name",
    status: VendorStatus | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> list[Vendor]:
    """Rows `start` to `start + limit` of the sorted list: a jump with no neighbour to page from
    (a scroll bar dragged to the middle). It walks from the nearer end; `total` saves a count."""
    _check_page(sort, limit)
    if start < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A position in the list is 0 or more."), field="start")
    status_value = status.value if status else None
    if total is None:
        total = sql.count(db, trashed=trashed, status=status_value, tag=tag)
    limit = min(limit, total - start)
    if limit <= 0:
        return []
    from_end = total - start - limit
    rows = sql.page(
        db,
        limit=limit,
        sort=sort,
        status=status_value,
        tag=tag,
        trashed=trashed,
        skip=min(start, from_end),
        from_end=from_end < start,
    )
    return [_row_to_vendor(r) for r in rows]


def position_of(
    db: Database,
    vendor: Vendor,
    *,
    sort: str = "name",
    status: VendorStatus | None = None,
    tag: str | None = None,
    trashed: bool = False,
) -> int | None:
    """The vendor's row in the list sorted and filtered so (None: that list does not hold it)."""
    _check_page(sort, 1)
    if (vendor.deleted_at is not None) != trashed or (status is not None and vendor.status != status):
        return None
    if tag is not None and tag not in vendor.tags:
        return None
    return sql.position(
        db, key=_key(vendor, sort), sort=sort, status=status.value if status else None, tag=tag, trashed=trashed
    )


def count_vendors(
    db: Database, *, trashed: bool = False, status: VendorStatus | None = None, tag: str | None = None
) -> int:
    return sql.count(db, trashed=trashed, status=status.value if status else None, tag=tag)


def identities(db: Database) -> list[tuple[int, str, str | None]]:
    """(id, name, website) of every live vendor: what importers check duplicates against."""
    return sql.identities(db)


def matching(db: Database, name: str | None, website: str | None) -> int | None:
    """The live vendor that `name` and `website` most likely mean, or None.

    The same website host decides (the one with the same folded name first); else the same
    folded name ("ACME GmbH" is "Acme-GmbH"), unless both have websites on different hosts."""
    from myvendors.domain.importing.text import fold_name
    from myvendors.domain.importing.csv_vendors import website_host

    key = fold_name(name or "")
    host = website_host(website)
    by_host: list[tuple[bool, int]] = []
    by_name: list[int] = []
    for vendor_id, their_name, their_website in sql.identities(db):
        their_host = website_host(their_website)
        same_name = bool(key) and fold_name(their_name) == key
        if host and their_host == host:
            by_host.append((not same_name, vendor_id))
        elif same_name and not (host and their_host):
            by_name.append(vendor_id)
    if by_host:
        return min(by_host)[1]
    return min(by_name) if by_name else None


def fill_website_in(db: Database, vendor_id: int, website: str | None) -> bool:
    """Give the vendor `website` if it has none (inside the caller's transaction); True if it did."""
    clean = normalise_website(website)
    if clean is None or get_vendor(db, vendor_id).website:
        return False
    sql.update(db, vendor_id, {"website": clean})
    return True


def names(db: Database, vendor_ids: Sequence[int]) -> dict[int, str]:
    """{id: name} for the vendors asked for, in one query per 500 (a page of notes or interactions)."""
    return sql.names(db, vendor_ids)


def all_tags(db: Database) -> list[str]:
    return sql.all_tags(db)
