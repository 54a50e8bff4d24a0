"""reminders (what is due on her schedule, and what comes round next); follow-up add, list, done."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import follow_ups, reminders
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import FollowUp
from myvendors.domain.reminders import Reminder, What
from myvendors.storage import Database

_WORDS = {
    What.RENEWAL: "renews",
    What.CANCEL_BY: "cancel by",
    What.TRIAL_END: "trial ends",
    What.OFFER_EXPIRES: "offer ends",
    What.FOLLOW_UP: "follow up",
}


def _reminder_json(reminder: Reminder, today: date) -> dict[str, Any]:
    return {**to_json(reminder), "starts": reminder.starts.isoformat(), "days_left": reminder.days_left(today)}


def _reminder_line(reminder: Reminder, today: date) -> str:
    left = reminder.days_left(today)
    when = "today" if left == 0 else f"in {left} d" if left > 0 else f"{-left} d ago"
    who = " — ".join(part for part in (reminder.vendor_name, reminder.title) if part)
    mark = "  (dismissed)" if reminder.dismissed else ""
    return f"{reminder.on}  {when:<9} {_WORDS[reminder.what]:<10}  {who}{mark}"


def reminders_due(db: Database, args: argparse.Namespace) -> Output:
    today = date.today()
    due = reminders.current(db, today=today, include_dismissed=args.dismissed)
    coming = reminders.upcoming(db, today=today, days=args.days)
    schedule = reminders.schedule(db)
    data = {
        "due": [_reminder_json(r, today) for r in due],
        "coming": [_reminder_json(r, today) for r in coming],
        "count": len(due),
        "schedule": list(schedule),
    }
    if not schedule:
        return data, "Reminders are off (the reminder_days setting is empty)."
    lines = [_reminder_line(r, today) for r in due] or ["Nothing is due."]
    if coming:
        lines += ["", f"Coming round in the next {args.days} days:"]
        lines += [f"from {r.starts}  {_reminder_line(r, today)}" for r in coming]
    return data, "\n".join(lines)


def follow_up_line(follow_up: FollowUp, vendor_name: str | None = None) -> str:
    parts = [f"{follow_up.id:>6}  {follow_up.due}  {follow_up.title}", f"({vendor_name})" if vendor_name else "",
             "done" if not follow_up.is_open else ""]
    return "  ".join(part for part in parts if part)


def follow_up_add(db: Database, args: argparse.Namespace) -> Output:
    added = follow_ups.add(db, args.vendor, args.due, args.title, agreement_id=args.agreement)
    return {"follow_up": to_json(added)}, f"Added:\n{follow_up_line(added)}"


def follow_up_list(db: Database, args: argparse.Namespace) -> Output:
    found: list[tuple[FollowUp, str | None]]
    if args.vendor is not None:
        found = [(f, None) for f in follow_ups.follow_ups_of(db, args.vendor)]
    else:
        found = [(f, name) for f, name in follow_ups.open_follow_ups(db)]
    data = {"follow_ups": [{**to_json(f), **({"vendor_name": name} if name else {})} for f, name in found],
            "count": len(found)}
    return data, "\n".join(follow_up_line(f, name) for f, name in found) or "No follow-ups."


def follow_up_done(db: Database, args: argparse.Namespace) -> Output:
    changed = follow_ups.mark_done(db, args.id, done=not args.undo)
    return {"follow_up": to_json(changed)}, f"{'Open again' if args.undo else 'Done'}:\n{follow_up_line(changed)}"
