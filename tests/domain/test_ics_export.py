"""iCalendar export of renewal and cancel-by dates: all-day events, stable UIDs, alarms, round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from myvendors.domain.exporting.ics import CALENDAR_NAME, PRODID, agreements_calendar, event_count
from myvendors.domain.models import Agreement, AgreementKind, BillingPeriod, Money
from myvendors.errors import InvalidInput


def agreement(uid: str = "a1b2", **changes: Any) -> Agreement:
    base = Agreement(
        id=1, uid=uid, vendor_id=1, kind=AgreementKind.SUBSCRIPTION, title="Premium plan",
        price=Money(1799, "EUR"), period=BillingPeriod.MONTHLY, start=date(2024, 3, 1), end=None,
        renewal=date(2025, 3, 1), cancel_by=date(2025, 2, 15), notice_days=14, notes="",
        created_at="2024-03-01T09:00:00+00:00", updated_at="2025-01-02T10:00:00.250000+00:00",
    )
    return replace(base, **changes)


def events(raw: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(raw)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_one_all_day_event_per_date_with_summary_price_and_alarm() -> None:
    raw = agreements_calendar([(agreement(), "Netflix")])
    calendar = Calendar.from_ical(raw)
    assert str(calendar["prodid"]) == PRODID
    assert str(calendar["x-wr-calname"]) == CALENDAR_NAME
    assert str(calendar["version"]) == "2.0"
    assert b"DTSTART;VALUE=DATE:20250215" in raw and b"DTSTART;VALUE=DATE:20250301" in raw

    found = events(raw)
    assert list(found) == ["a1b2-cancel-by@myvendors.invalid", "a1b2-renewal@myvendors.invalid"]  # by date
    cancel, renew = found.values()
    assert str(cancel["summary"]) == "Cancel by: Netflix — Premium plan"
    assert str(renew["summary"]) == "Renews: Netflix — Premium plan"
    for event, on in ((cancel, date(2025, 2, 15)), (renew, date(2025, 3, 1))):
        assert event["dtstart"].dt == on
        assert event["dtend"].dt == on + timedelta(days=1)
        assert "Price: 17.99 EUR per month" in str(event["description"])
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm["trigger"].dt == timedelta(days=-7)
    assert "Notice period: 14 days." in str(cancel["description"])


def test_uids_are_stable_so_a_subscribed_calendar_updates() -> None:
    first = agreements_calendar([(agreement(), "Netflix")])
    assert agreements_calendar([(agreement(), "Netflix")]) == first
    moved = agreements_calendar([(agreement(renewal=date(2026, 3, 1), cancel_by=date(2026, 2, 15)), "Netflix")])
    assert set(events(moved)) == set(events(first))
    assert moved != first


def test_agreements_without_dates_add_nothing_and_one_date_adds_one_event() -> None:
    raw = agreements_calendar([
        (agreement("none", renewal=None, cancel_by=None), "A"),
        (agreement("only", cancel_by=None, price=None, title=""), "Gym"),
    ])
    found = events(raw)
    assert list(found) == ["only-renewal@myvendors.invalid"]
    event = found["only-renewal@myvendors.invalid"]
    assert str(event["summary"]) == "Renews: Gym"


def test_empty_calendar_is_still_valid() -> None:
    calendar = Calendar.from_ical(agreements_calendar([]))
    assert calendar.walk("VEVENT") == []


@pytest.mark.parametrize("days", [-1, 367, True])
def test_alarm_days_out_of_range_are_refused(days: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        agreements_calendar([(agreement(), "Netflix")], alarm_days=days)
    assert caught.value.field == "alarm_days"


def test_alarm_on_the_day() -> None:
    (event, _) = events(agreements_calendar([(agreement(), "X")], alarm_days=0)).values()
    assert event.walk("VALARM")[0]["trigger"].dt == timedelta(0)


text = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    vendor=text, title=text, notes=st.text(max_size=80),
    renewal=st.dates(date(1990, 1, 1), date(2100, 12, 31)), alarm=st.integers(0, 366),
)
def test_round_trip_through_icalendar(vendor: str, title: str, notes: str, renewal: date, alarm: int) -> None:
    item = agreement(title=title, notes=notes, renewal=renewal, cancel_by=renewal - timedelta(days=30))
    found = events(agreements_calendar([(item, vendor)], alarm_days=alarm))
    event = found["a1b2-renewal@myvendors.invalid"]
    subject = " — ".join(part for part in (vendor.strip(), title.strip()) if part) or "Agreement"
    assert str(event["summary"]) == f"Renews: {subject}"
    assert event["dtstart"].dt == renewal
    assert event.walk("VALARM")[0]["trigger"].dt == timedelta(days=-alarm)


@pytest.mark.parametrize(("schedule", "triggers"), [
    ((14, 3, 0), [-14, -3, 0]),
    ((0, 3, 14, 3), [-14, -3, 0]),  # each once, largest first
    ((30,), [-30]),
    ((), []),  # reminders off: events without alarms
])
def test_one_alarm_per_day_of_her_schedule_on_every_kind_of_date(
    schedule: tuple[int, ...], triggers: list[int]
) -> None:
    raw = agreements_calendar([(agreement(trial_end=date(2024, 3, 31), reference="K-42"), "Netflix")],
                              alarm_days=schedule)
    found = events(raw)
    assert sorted(found) == ["a1b2-cancel-by@myvendors.invalid", "a1b2-renewal@myvendors.invalid",
                             "a1b2-trial-end@myvendors.invalid"]
    for event in found.values():
        alarms = event.walk("VALARM")
        assert [alarm["trigger"].dt.days for alarm in alarms] == triggers
        assert len({str(alarm["uid"]) for alarm in alarms}) == len(alarms)
        assert all(str(alarm["description"]) == str(event["summary"]) for alarm in alarms)
    trial = found["a1b2-trial-end@myvendors.invalid"]
    assert str(trial["summary"]) == "Free trial ends: Netflix — Premium plan"
    assert trial["dtstart"].dt == date(2024, 3, 31)
    assert "billing starts after it" in str(trial["description"])
    assert "Reference: K-42" in str(trial["description"])
    assert event_count([(agreement(trial_end=date(2024, 3, 31)), "Netflix"), (agreement(renewal=None), "X")]) == 4


def test_a_schedule_with_a_day_out_of_range_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        agreements_calendar([(agreement(), "Netflix")], alarm_days=(14, 400))
    assert caught.value.field == "alarm_days"
