"""Follow-ups: something to check on with a vendor by a date — that a cancellation was confirmed,
a refund arrived, an answer came. She adds them by hand; sending a cancellation letter adds one.
Open follow-ups give reminders (domain/reminders.py) like an agreement's dates do.

`add` is one user action (its own transaction). A caller that writes more in the same action
(the cancellation letter records an interaction and its follow-up at once) calls `check` first,
then `insert` inside its own `db.transaction()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid, require, short
from myvendors.domain.models import FollowUp
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput
from myvendors.storage import Database
from myvendors.storage import agreements as agreements_sql
from myvendors.storage import follow_ups as sql

__all__ = ["FollowUpDraft", "add", "check", "delete", "follow_ups_of", "get", "insert", "mark_done", "open_follow_ups"]


@dataclass(frozen=True)
class FollowUpDraft:
    vendor_id: int
    due: date
    title: str
    agreement_id: int | None = None


def _to_follow_up(row: dict[str, Any]) -> FollowUp:
    return FollowUp(
        id=int(row["id"]),
        uid=row["uid"],
        vendor_id=int(row["vendor_id"]),
        agreement_id=None if row["agreement_id"] is None else int(row["agreement_id"]),
        due=date.fromisoformat(row["due_date"]),
        title=row["title"],
        done_at=row["done_at"],
        created_at=row["created_at"],
    )


def check(db: Database, draft: FollowUpDraft) -> FollowUpDraft:
    """The draft cleaned, or InvalidInput naming the field: the vendor exists, the agreement (if
    any) is that vendor's, the title is not empty and the due date is a date."""
    vendors.get_vendor(db, draft.vendor_id)
    if not isinstance(draft.due, date) or isinstance(draft.due, datetime):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A follow-up needs the date it is due."), field="due")
    title = short(draft.title, "title") or ""
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A follow-up needs a title (what to check on)."), field="title")
    if draft.agreement_id is not None:
        row = agreements_sql.get_agreement(db, draft.agreement_id)
        if row is None or int(row["vendor_id"]) != draft.vendor_id:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That agreement is not one of this vendor's."),
                               field="agreement_id")
    return FollowUpDraft(vendor_id=draft.vendor_id, due=draft.due, title=title, agreement_id=draft.agreement_id)


def insert(db: Database, clean: FollowUpDraft) -> int:
    """Write a draft `check` returned; the caller holds the transaction. Returns the new id."""
    return sql.insert_follow_up(db, uid=new_uid(), vendor_id=clean.vendor_id, agreement_id=clean.agreement_id,
                                due_date=clean.due.isoformat(), title=clean.title)


def add(db: Database, vendor_id: int, due: date, title: str, agreement_id: int | None = None) -> FollowUp:
    """Add a follow-up due on `due` (checked first; a refusal writes nothing)."""
    clean = check(db, FollowUpDraft(vendor_id=vendor_id, due=due, title=title, agreement_id=agreement_id))
    with db.transaction():
        follow_up_id = insert(db, clean)
    return get(db, follow_up_id)


def get(db: Database, follow_up_id: int) -> FollowUp:
    return _to_follow_up(require(sql.get_follow_up(db, follow_up_id), "follow-up", follow_up_id))


def mark_done(db: Database, follow_up_id: int, *, done: bool = True, at: datetime | None = None) -> FollowUp:
    """Mark it done (now, or `at`), or open again with `done=False`. Done follow-ups give no reminders."""
    get(db, follow_up_id)
    stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds") if done else None
    with db.transaction():
        sql.set_done(db, follow_up_id, stamp)
    return get(db, follow_up_id)


def delete(db: Database, follow_up_id: int) -> None:
    get(db, follow_up_id)
    with db.transaction():
        sql.delete_follow_up(db, follow_up_id)


def follow_ups_of(db: Database, vendor_id: int) -> list[FollowUp]:
    """One vendor's follow-ups, open ones first, each by due date."""
    return [_to_follow_up(r) for r in sql.follow_ups_of(db, vendor_id)]


def open_follow_ups(db: Database, *, until: date | None = None) -> list[tuple[FollowUp, str]]:
    """Open follow-ups (due on or before `until` when given) of vendors not in the trash, soonest
    first, each with the vendor's name."""
    rows = sql.open_follow_ups(db, None if until is None else until.isoformat())
    return [(_to_follow_up(r), r["vendor_name"]) for r in rows]
