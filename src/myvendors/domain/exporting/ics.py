"""Agreements' renewal, cancel-by and free-trial end dates as an iCalendar file a calendar app can
subscribe to.

One all-day event per date, with one reminder (VALARM) per lead of `alarm_days` — her reminder
schedule (14, 3 and 0 days before by default), so the calendar reminds her as the app does;
an empty schedule gives events without alarms. UIDs are derived from the
agreement's uid and the kind of date, so a calendar that subscribes to (or re-imports) the file
updates its events instead of adding copies. Concrete dates only: a yearly renewal is exported
as its next date, not as a recurrence rule, because the vault knows when it actually renews.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from myvendors.domain.models import Agreement, BillingPeriod
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = ["CALENDAR_NAME", "DATES", "PRODID", "agreements_calendar", "event_count"]

CALENDAR_NAME = "MyVendors renewals"
PRODID = "-//MyVendors//MyVendors renewals//EN"
UID_DOMAIN = "myvendors.invalid"  # RFC 5545 suggests a domain part; ours is not a real host
MAX_ALARM_DAYS = 366
#: the dates that become events: (the UID's and the summary's word, the agreement's field)
DATES = (("renewal", "renewal"), ("cancel-by", "cancel_by"), ("trial-end", "trial_end"))

_PERIOD_WORDS = {
    BillingPeriod.WEEKLY: "per week",
    BillingPeriod.MONTHLY: "per month",
    BillingPeriod.QUARTERLY: "per quarter",
    BillingPeriod.YEARLY: "per year",
}


def agreements_calendar(
    items: Sequence[tuple[Agreement, str]],
    *,
    alarm_days: int | Iterable[int] = 7,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """An iCalendar file of every renewal, cancel-by and free-trial end date of `items`
    ((agreement, vendor name)), each event with an alarm `alarm_days` before it (a number, or
    several: one alarm each, e.g. her reminder schedule (14, 3, 0)).

    Events are sorted by date, then UID, so the same vault gives the same file. An agreement
    with none of the dates adds nothing. `progress(done, total)` counts agreements; `cancelled()`
    stops with `Cancelled`.
    """
    leads = _leads(alarm_days)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("name", CALENDAR_NAME)  # RFC 7986's name for what X-WR-CALNAME says

    events: list[tuple[date, str, Event]] = []
    steps = Steps(len(items), progress, cancelled)
    steps.start()
    for agreement, vendor_name in items:
        for what, field in DATES:
            on = getattr(agreement, field)
            if on is not None:
                event = _event(agreement, vendor_name, what, on, leads)
                events.append((on, str(event["uid"]), event))
        steps.step()
    for _, _, event in sorted(events, key=lambda item: (item[0], item[1])):
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def event_count(items: Iterable[tuple[Agreement, str]]) -> int:
    """How many events `agreements_calendar` makes of `items`."""
    return sum(getattr(agreement, field) is not None for agreement, _ in items for _, field in DATES)


def _leads(alarm_days: int | Iterable[int]) -> tuple[int, ...]:
    """The alarms' days before the date, largest first, each once; refused unless whole numbers
    from 0 to MAX_ALARM_DAYS."""
    values = (alarm_days,) if isinstance(alarm_days, int) else tuple(alarm_days)
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ALARM_DAYS:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The reminder is given in days before the date, from 0 to {MAX_ALARM_DAYS}, not {alarm_days!r}."
                ), MAX_ALARM_DAYS=MAX_ALARM_DAYS, alarm_days=value),
                field="alarm_days",
            )
    return tuple(sorted(set(values), reverse=True))


_SUMMARIES = {"cancel-by": "Cancel by: {}", "renewal": "Renews: {}", "trial-end": "Free trial ends: {}"}


def _event(agreement: Agreement, vendor_name: str, what: str, on: date, leads: tuple[int, ...]) -> Event:
    subject = " — ".join(part for part in (vendor_name.strip(), agreement.title.strip()) if part) or "Agreement"
    summary = _SUMMARIES[what].format(subject)
    stamp = _instant(agreement.updated_at)

    event = Event()
    event.add("uid", f"{agreement.uid}-{what}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("summary", summary)
    event.add("dtstart", on)  # a date, so VALUE=DATE: an all-day event
    event.add("dtend", on + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
    event.add("categories", ["MyVendors"])
    event.add("description", _description(agreement, what))

    for lead in leads:
        alarm = Alarm()
        alarm.add("uid", f"{agreement.uid}-{what}-{lead}d@{UID_DOMAIN}")  # RFC 9074: a calendar can tell them apart
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", timedelta(days=-lead))
        event.add_component(alarm)
    return event


def _description(agreement: Agreement, what: str) -> str:
    lines: list[str] = []
    if agreement.price is not None:
        period = _PERIOD_WORDS.get(agreement.period)
        lines.append(f"Price: {agreement.price}" + (f" {period}" if period else ""))
    if what == "cancel-by":
        if agreement.renewal is not None:
            lines.append(f"Renews on {agreement.renewal.isoformat()} unless cancelled by this date.")
        if agreement.notice_days is not None:
            lines.append(f"Notice period: {agreement.notice_days} days.")
    elif what == "trial-end":
        lines.append("The free trial ends on this day; billing starts after it unless cancelled.")
        if agreement.cancel_by is not None:
            lines.append(f"Cancel by {agreement.cancel_by.isoformat()} to stop it.")
    elif agreement.cancel_by is not None:
        lines.append(f"Cancel by {agreement.cancel_by.isoformat()} to stop it.")
    if agreement.reference.strip():
        lines.append(f"Reference: {agreement.reference.strip()}")
    if agreement.notes.strip():
        lines.append(agreement.notes.strip())
    return "\n".join(lines)


def _instant(text: str) -> datetime:
    """The record's ISO timestamp as an aware UTC datetime (now if it cannot be read)."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return datetime.now(UTC).replace(microsecond=0)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)
