"""Reputation: dated notes with optional 1–5 ratings per dimension, and a vendor's standing.

The standing is computed from the notes, per dimension and overall, with the number of ratings
behind each figure: for my notes from the sums the vault keeps per vendor (triggers update them
with every note written, schema step 6), for a trusted contact's from their notes. Notes by trusted contacts (author set) are kept
apart from the user's own: `standing(..., author=None)` counts only hers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid, require, short, tags_of, text
from myvendors.domain.insights import standing_from_sums
from myvendors.domain.models import RATING_DIMENSIONS, Note, NoteDraft, Standing
from myvendors.domain.vendors import normalise_tags
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import reputation as sql


def _to_note(row: dict[str, Any]) -> Note:
    return Note(
        id=int(row["id"]),
        uid=row["uid"],
        vendor_id=int(row["vendor_id"]),
        on=date.fromisoformat(row["on_date"]),
        text=row["text"] or "",
        ratings={d: int(row[d]) for d in RATING_DIMENSIONS if row[d] is not None},
        tags=tags_of(row["tags"]),
        author=row["author"],
        created_at=row["created_at"],
    )


def validate(draft: NoteDraft) -> NoteDraft:
    if not isinstance(draft.on, date):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A note needs a date."), field="on")
    unknown = set(draft.ratings) - set(RATING_DIMENSIONS)
    if unknown:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "Ratings are for {value}; not {value2!r}."), value=', '.join(RATING_DIMENSIONS), value2=sorted(unknown)[0]), field=sorted(unknown)[0]
        )
    for dimension, value in draft.ratings.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The {dimension} rating is a whole number from 1 to 5."), dimension=dimension), field=dimension)
    clean = replace(
        draft, text=text(draft.text, "text"), tags=normalise_tags(draft.tags), author=short(draft.author, "author", 100)
    )
    if not clean.text and not clean.ratings:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A note needs some text or at least one rating."), field="text")
    return clean


def _values(clean: NoteDraft) -> dict[str, Any]:
    values: dict[str, Any] = {"on_date": clean.on.isoformat(), "text": clean.text, "author": clean.author}
    values.update({d: clean.ratings.get(d) for d in RATING_DIMENSIONS})
    return values


def add_note(db: Database, draft: NoteDraft) -> Note:
    vendors.get_vendor(db, draft.vendor_id)
    clean = validate(draft)
    with db.transaction():
        note_id = sql.insert_note(db, uid=new_uid(), vendor_id=clean.vendor_id, values=_values(clean), tags=clean.tags)
    return get_note(db, note_id)


EDITABLE = frozenset(NoteDraft.__dataclass_fields__)


def edit_note(db: Database, note_id: int, **changes: Any) -> Note:
    """Change the given fields of one note (checked as when it was added), in one transaction.
    `ratings` and `tags` replace the note's whole set; the standing follows at once."""
    current = get_note(db, note_id)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Notes have no field {value!r}."), value=sorted(unknown)[0]), field=sorted(unknown)[0])
    draft = NoteDraft(
        vendor_id=current.vendor_id, on=current.on, text=current.text, ratings=dict(current.ratings),
        tags=current.tags, author=current.author,
    )
    draft = replace(draft, **changes)
    if draft.vendor_id != current.vendor_id:
        vendors.get_vendor(db, draft.vendor_id)
    clean = validate(draft)
    with db.transaction():
        sql.update_note(db, note_id, vendor_id=clean.vendor_id, values=_values(clean), tags=clean.tags)
    return get_note(db, note_id)


def get_note(db: Database, note_id: int) -> Note:
    return _to_note(require(sql.get_note(db, note_id), "note", note_id))


def delete_note(db: Database, note_id: int) -> None:
    get_note(db, note_id)
    with db.transaction():
        sql.delete_note(db, note_id)


def notes(
    db: Database,
    *,
    vendor_id: int | None = None,
    mine_only: bool = False,
    author: str | None = None,
    tag: str | None = None,
    min_rating: int | None = None,
    after: Note | None = None,
    limit: int = 200,
) -> list[Note]:
    """Notes newest first, filtered by vendor, author (or only mine), tag and minimum average rating."""
    before = (after.on.isoformat(), after.id) if after is not None else None
    rows = sql.notes_page(
        db, vendor_id=vendor_id, author=author, mine=True if mine_only else None, tag=tag, min_rating=min_rating,
        before=before, limit=limit,
    )
    return [_to_note(r) for r in rows]


def authors(db: Database) -> list[str]:
    """The trusted contacts whose notes are kept (about vendors not in the trash), by name; I am not among them."""
    return sql.note_authors(db)


def note_tags(db: Database) -> list[str]:
    """The tags used on notes (about vendors not in the trash), by name."""
    return sql.note_tags(db)


def standing(db: Database, vendor_id: int, *, author: str | None = None) -> Standing:
    """Mean rating per dimension and overall (mean of the dimension means), with counts.

    Only one author's notes count: mine by default, a trusted contact's when `author` names them.
    """
    return standing_from_sums(vendor_id, sql.rating_sums(db, vendor_id, author))
