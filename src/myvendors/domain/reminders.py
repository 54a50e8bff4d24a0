"""Reminders: nothing missed. A renewal, a cancel-by date, the end of a free trial, an offer's last
day (on an open request) and an open follow-up each give reminders on her schedule — the vault
setting `reminder_days`, by default 14 and 3 days before and on the day itself.

A reminder is one (thing, date, lead) and has a stable key, `what:uid:date:lead`: the same
reminder keeps its key across runs, so it is notified once (`mark_shown`) and stays dismissed
(`dismiss`); a changed date, or the next lead coming round, is a new reminder. Of a thing's
reminders only the *current* one counts: the one whose day has come most recently (with 14, 3, 0
and a renewal in 5 days, the 14-day one). Things whose date has passed give none, except an open
follow-up: it stays current, on its day's reminder, until it is done or dismissed.

`current` is what the Overview lists (dismissed ones left out), `to_notify` what the app has not
shown yet, and `upcoming` what will come round in the next days, which the app keeps (as neutral
texts) while the vault is locked and cannot be read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from myvendors.domain import settings
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import reminders as sql

__all__ = [
    "NAMES_WHEN_LOCKED", "SCHEDULE", "Reminder", "What", "current", "current_lead", "dismiss", "mark_shown",
    "names_when_locked", "reminder_key", "schedule", "to_notify", "undismiss", "upcoming",
]

SCHEDULE = "reminder_days"
NAMES_WHEN_LOCKED = "reminder_names_when_locked"
# How long an open follow-up that is past its day stays on the list (longer: surely forgotten on purpose)
OVERDUE_DAYS = 366


class What(enum.StrEnum):
    RENEWAL = "renewal"
    CANCEL_BY = "cancel-by"
    TRIAL_END = "trial-end"
    OFFER_EXPIRES = "offer-expires"
    FOLLOW_UP = "follow-up"


@dataclass(frozen=True)
class Reminder:
    """One reminder: about `what` of a record, which falls `on` a date, `lead` days before it."""

    key: str
    what: What
    on: date
    lead: int
    record_id: int  # the agreement, offer or follow-up
    vendor_id: int | None  # None: an offer from a sender that is no vendor of the vault
    vendor_name: str
    title: str  # the agreement's, the follow-up's, or (for an offer) its request's
    request_id: int | None = None  # an offer's request
    shown: bool = False
    dismissed: bool = False

    @property
    def starts(self) -> date:
        """The day this reminder comes round."""
        return self.on - timedelta(days=self.lead)

    def days_left(self, today: date) -> int:
        """Days from `today` to the date (negative: an overdue follow-up)."""
        return (self.on - today).days


def reminder_key(what: What | str, uid: str, on: date, lead: int) -> str:
    return f"{What(what).value}:{uid}:{on.isoformat()}:{lead}"


def current_lead(on: date, today: date, leads: tuple[int, ...], *, overdue: bool = False) -> int | None:
    """Of `leads` (days before `on`), the one whose day came most recently by `today`; None when
    none has come yet, or when `on` has passed (unless `overdue`: then the smallest lead stays)."""
    if on < today and not overdue:
        return None
    come = [lead for lead in leads if on - timedelta(days=lead) <= today]
    return min(come) if come else None


def schedule(db: Database) -> tuple[int, ...]:
    """Her schedule: days before the date, largest first (empty: reminders are off)."""
    return settings.days_list(str(settings.get(db, SCHEDULE)))


def names_when_locked(db: Database) -> bool:
    return bool(settings.get(db, NAMES_WHEN_LOCKED))


def _check_leads(leads: tuple[int, ...]) -> tuple[int, ...]:
    try:
        return settings.days_list(", ".join(str(int(lead)) for lead in leads))
    except (TypeError, ValueError):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Reminders are given in whole days before the date, from 0 to {maximum}."
        ), maximum=settings.MAX_REMINDER_DAYS), field="leads") from None


def _reminder(row: dict[str, Any], lead: int) -> Reminder:
    on = date.fromisoformat(row["on_date"])
    what = What(row["what"])
    return Reminder(
        key=reminder_key(what, row["uid"], on, lead), what=what, on=on, lead=lead, record_id=int(row["record_id"]),
        vendor_id=None if row["vendor_id"] is None else int(row["vendor_id"]), vendor_name=row["vendor_name"] or "",
        title=row["title"] or "", request_id=None if row["request_id"] is None else int(row["request_id"]),
    )


def _with_marks(db: Database, found: list[Reminder]) -> list[Reminder]:
    marks = sql.seen(db, [r.key for r in found])
    return [replace(r, shown=marks[r.key][0] is not None, dismissed=marks[r.key][1] is not None)
            if r.key in marks else r for r in found]


def current(db: Database, *, today: date | None = None, leads: tuple[int, ...] | None = None,
            include_dismissed: bool = False) -> list[Reminder]:
    """Every current reminder (see the module), soonest date first; dismissed ones only with
    `include_dismissed`. `leads` defaults to her schedule."""
    today = today or date.today()
    leads = schedule(db) if leads is None else _check_leads(leads)
    if not leads:
        return []
    rows = sql.dated(db, today.isoformat(), (today + timedelta(days=max(leads))).isoformat(),
                     overdue_from=(today - timedelta(days=OVERDUE_DAYS)).isoformat())
    found = []
    for row in rows:
        on = date.fromisoformat(row["on_date"])
        lead = current_lead(on, today, leads, overdue=row["what"] == What.FOLLOW_UP)
        if lead is not None:
            found.append(_reminder(row, lead))
    marked = _with_marks(db, found)
    return marked if include_dismissed else [r for r in marked if not r.dismissed]


def to_notify(db: Database, *, today: date | None = None) -> list[Reminder]:
    """The current reminders not shown (nor dismissed) yet: what a notification tells now."""
    return [r for r in current(db, today=today) if not r.shown]


def upcoming(db: Database, *, today: date | None = None, days: int = 7,
             leads: tuple[int, ...] | None = None) -> list[Reminder]:
    """The reminders that come round after `today` and within `days` days, by the day they come
    round: what a notification will tell while the app runs on (locked, it cannot ask)."""
    today = today or date.today()
    leads = schedule(db) if leads is None else _check_leads(leads)
    if not leads or days <= 0:
        return []
    last = today + timedelta(days=days)
    rows = sql.dated(db, (today + timedelta(days=1)).isoformat(), (last + timedelta(days=max(leads))).isoformat())
    found = []
    for row in rows:
        on = date.fromisoformat(row["on_date"])
        for lead in leads:
            if today < on - timedelta(days=lead) <= last:
                found.append(_reminder(row, lead))
    return sorted(found, key=lambda r: (r.starts, r.on, r.key))


def _stamp(at: datetime | None) -> str:
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")


def mark_shown(db: Database, keys: list[str], *, at: datetime | None = None) -> None:
    """Record that these reminders were notified (a first showing is kept)."""
    if not keys:
        return
    with db.transaction():
        sql.mark_shown(db, keys, _stamp(at))


def dismiss(db: Database, key: str, *, at: datetime | None = None) -> None:
    """Dismiss one reminder: it leaves the Overview (the thing's next reminder comes round as usual)."""
    if not isinstance(key, str) or key.count(":") < 3:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no reminder {key!r}."), key=key), field="key")
    with db.transaction():
        sql.dismiss(db, key, _stamp(at))


def undismiss(db: Database, key: str) -> None:
    """Bring a dismissed reminder back (Undo)."""
    with db.transaction():
        sql.dismiss(db, key, None)
