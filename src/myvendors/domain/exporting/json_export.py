"""The whole vault as one JSON document, for portability: format "myvendors-export", version 1.

Every vendor (active, former, blocked, and those in the trash), with their agreements,
interactions, reputation notes and attachment metadata, the aliases given to each and their leaks,
every request with its offers, and the trusted contacts with their keys, the bundles taken from them
and their notes.
Attachment *contents* are not exported (only name, type, size and SHA-256); save an attachment
itself from the app. The document is described by `resources/schemas/export-v1.schema.json`
and docs/EXPORT-JSON.md.

Records are read page by page and written one at a time (`iter_json`, `write_json`), so a vault
with a million interactions never becomes one list of a million objects in memory; only
`export_vault`, meant for small vaults and tests, builds the whole document as a dict.

`write_json` takes optional `progress(done, total)` (vendors gone through, five passes: the
vendors, then their agreements, interactions, notes and attachments) and `cancelled()`; a
cancelled export raises `Cancelled` and leaves no file behind.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from myvendors import __version__
from myvendors.domain import (
    agreements,
    attachments,
    leaks,
    reputation,
    requests,
    timeline,
    vendors,
)
from myvendors.domain.models import (
    Interaction,
    Money,
    Note,
    Request,
    Vendor,
    currency_exponent,
)
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.fileio import write_export
from myvendors.storage import Database

__all__ = ["FORMAT", "SCHEMA_ID", "SECTIONS", "VERSION", "export_vault", "iter_json", "money_json", "to_json",
           "write_json"]

FORMAT = "myvendors-export"
VERSION = 1
SCHEMA_ID = "urn:myvendors:schema:export:v1"
#: the record lists of the document, in the order they are written
SECTIONS = ("vendors", "agreements", "interactions", "notes", "attachments", "requests", "offers", "aliases", "leaks",
            "contacts", "contact_notes")
PAGE = 1000

T = TypeVar("T")


# -- values --------------------------------------------------------------------------------
def money_json(money: Money) -> dict[str, Any]:
    """Exact money: integer minor units, the currency, and the amount as a decimal string."""
    exponent = currency_exponent(money.currency)
    return {"minor": money.minor, "currency": money.currency, "amount": f"{money.amount:.{exponent}f}"}


def to_json(value: Any) -> Any:
    """A domain record (or value) as JSON-ready data: dataclasses as objects with every field,
    Money as `money_json`, dates as ISO strings, enums as their value, tuples as lists."""
    if isinstance(value, Money):
        return money_json(value)
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    return value


# -- reading the vault page by page --------------------------------------------------------
def _pages(fetch: Callable[[T | None], list[T]]) -> Iterator[T]:
    """Every item of a keyset-paged listing: `fetch(after)` gives the page after `after`."""
    after: T | None = None
    while True:
        page = fetch(after)
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1]


def _vendors(db: Database) -> Iterator[Vendor]:
    """Live vendors, then those in the trash, each by name."""
    yield from _pages(lambda after: vendors.page_vendors(db, limit=PAGE, after=after))
    yield from _pages(lambda after: vendors.page_vendors(db, limit=PAGE, after=after, trashed=True))


#: how many times the export goes through every vendor (the progress total is this times the vendors)
VENDOR_PASSES = 5


def _counted(items: Iterator[T], steps: Steps | None) -> Iterator[T]:
    """`items`, with one step counted as each is done with (and a cancel checked)."""
    for item in items:
        yield item
        if steps is not None:
            steps.step()


def _per_vendor(
    db: Database, records_of: Callable[[Database, int], Iterable[T]], steps: Steps | None = None
) -> Iterator[T]:
    for vendor in _counted(_vendors(db), steps):
        yield from records_of(db, vendor.id)


def _timeline_of(db: Database, vendor_id: int) -> Iterator[Interaction]:
    return _pages(lambda after: timeline.page(db, vendor_id=vendor_id, after=after, limit=PAGE))


def _notes_of(db: Database, vendor_id: int) -> Iterator[Note]:
    return _pages(lambda after: reputation.notes(db, vendor_id=vendor_id, after=after, limit=PAGE))


def _aliases_of(db: Database, vendor_id: int) -> Iterator[dict[str, Any]]:
    for alias in leaks.aliases(db, vendor_id):
        yield {"id": alias.id, "uid": alias.uid, "vendor_id": alias.vendor_id, "kind": alias.kind,
               "address": alias.address, "address_key": alias.address_key, "package_id": alias.package_id,
               "field": alias.field, "note": alias.note, "created_at": alias.created_at, "retired_at": alias.retired_at}


def _leaks_of(db: Database, vendor_id: int) -> Iterator[dict[str, Any]]:
    for leak in leaks.leaks(db, vendor_id=vendor_id):
        yield {"id": leak.id, "uid": leak.uid, "alias_id": leak.alias_id, "vendor_id": leak.vendor_id,
               "seen_on": leak.seen_on.isoformat(), "used_by": leak.used_by, "subject": leak.subject,
               "how": leak.how, "channel": leak.channel, "evidence": leaks.evidence_of(db, leak.id),
               "evidence_sha256": leak.evidence_sha256, "note": leak.note, "recorded_at": leak.recorded_at,
               "closed_at": leak.closed_at}


def _requests(db: Database) -> Iterator[Request]:
    return _pages(lambda after: requests.list_requests(db, after=after, limit=PAGE))


def _contacts() -> Any:
    """The trusted contacts' service, imported only when an export reaches them (`to_json` is
    imported by every command that prints records; the contacts bring the sharing libraries)."""
    from myvendors.domain import contacts

    return contacts


def _sections(db: Database, steps: Steps | None = None) -> dict[str, Callable[[], Iterator[Any]]]:
    """Each record list of the document, as a function that reads it afresh, in `SECTIONS` order
    (tests/domain/test_json_export.py holds the two lists together)."""
    sections: dict[str, Callable[[], Iterator[Any]]] = {
        "vendors": lambda: _counted(_vendors(db), steps),
        "agreements": lambda: _per_vendor(db, agreements.agreements_of, steps),
        "interactions": lambda: _per_vendor(db, _timeline_of, steps),
        "notes": lambda: _per_vendor(db, _notes_of, steps),
        "attachments": lambda: _per_vendor(db, attachments.attachments_of, steps),
        "requests": lambda: _requests(db),
        "offers": lambda: (offer for request in _requests(db) for offer in requests.offers_for(db, request.id)),
        "aliases": lambda: _per_vendor(db, _aliases_of),
        "leaks": lambda: _per_vendor(db, _leaks_of),
        "contacts": lambda: _contacts().exported(db),
        "contact_notes": lambda: _contacts().exported_notes(db),
    }
    return sections


def _header() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": SCHEMA_ID,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": f"MyVendors {__version__}",
    }


# -- the document --------------------------------------------------------------------------
def export_vault(db: Database) -> dict[str, Any]:
    """The whole export as one dict (fine for small vaults; `write_json` streams large ones)."""
    document = _header()
    for name, records in _sections(db).items():
        document[name] = [to_json(record) for record in records()]
    return document


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def iter_json(
    db: Database,
    counts: dict[str, int] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Iterator[str]:
    """The export as JSON text, piece by piece: one record per line, never the whole list at once.

    Parsed, it equals `export_vault(db)`. `counts`, if given, receives the number of records
    written per section. With `progress` or `cancelled`, vendors are counted first (see the
    module's docstring) and `Cancelled` may be raised between records.
    """
    steps: Steps | None = None
    if progress is not None or cancelled is not None:
        total = VENDOR_PASSES * (vendors.count_vendors(db) + vendors.count_vendors(db, trashed=True))
        steps = Steps(total, progress, cancelled)
        steps.start()
    yield "{\n"
    for key, value in _header().items():
        yield f"  {_line(key)}: {_line(value)},\n"
    sections = _sections(db, steps)
    for position, (name, records) in enumerate(sections.items(), start=1):
        yield f"  {_line(name)}: ["
        written = 0
        for record in records():
            yield ("\n    " if written == 0 else ",\n    ") + _line(to_json(record))
            written += 1
        yield ("\n  ]" if written else "]") + ("," if position < len(sections) else "") + "\n"
        if counts is not None:
            counts[name] = written
        if steps is not None:
            steps.check()
    yield "}\n"


def write_json(
    db: Database, path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
) -> dict[str, int]:
    """Write the export to `path` (UTF-8): complete or not at all, readable only by the user.

    Returns the number of records per section. Until it is complete the file is `NAME.partial`
    beside `path` (see `fileio.write_export`). A cancel (`cancelled()` answering True) raises
    `Cancelled` and removes the partial file; a file that was at `path` before stays as it was.
    """
    counts: dict[str, int] = {}
    pieces = iter_json(db, counts, progress=progress, cancelled=cancelled)
    write_export(Path(path), (piece.encode("utf-8") for piece in pieces))
    return counts
