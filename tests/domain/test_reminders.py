"""Reminders: which lead is current on which day (a table over dates), what is due from each kind
of dated thing, shown once, dismissed, a changed date as a new reminder, what comes round next,
and the schedule setting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from myvendors.domain import agreements, follow_ups, reminders, requests, settings, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, OfferDraft, RequestDraft, RequestStatus
from myvendors.domain.reminders import What, current_lead
from myvendors.errors import InvalidInput
from myvendors.storage import Database

TODAY = date(2025, 6, 1)
DEFAULT = (14, 3, 0)


@pytest.mark.parametrize(("days_to_date", "leads", "overdue", "lead"), [
    (30, DEFAULT, False, None),  # no lead has come yet
    (15, DEFAULT, False, None),
    (14, DEFAULT, False, 14),  # the 14-day reminder's day
    (5, DEFAULT, False, 14),  # still the 14-day one: the 3-day one has not come
    (3, DEFAULT, False, 3),
    (1, DEFAULT, False, 3),
    (0, DEFAULT, False, 0),  # on the day
    (-1, DEFAULT, False, None),  # passed
    (-1, DEFAULT, True, 0),  # an open follow-up stays on its day's reminder
    (-40, DEFAULT, True, 0),
    (0, (14, 3), False, 3),  # without "on the day", the 3-day one lasts through the day
    (2, (7,), False, 7),
    (8, (7,), False, None),
    (-2, (7,), True, 7),
    (0, (), False, None),  # reminders off
])
def test_the_current_lead_over_dates(days_to_date: int, leads: tuple[int, ...], overdue: bool,
                                     lead: int | None) -> None:
    assert current_lead(TODAY + timedelta(days=days_to_date), TODAY, leads, overdue=overdue) == lead


@pytest.mark.parametrize(("text", "stored", "days"), [
    ("14, 3, 0", "14, 3, 0", (14, 3, 0)),
    ("0 3;14,3", "14, 3, 0", (14, 3, 0)),
    ("  ", "", ()),
    ("366", "366", (366,)),
])
def test_the_schedule_setting(db: Database, text: str, stored: str, days: tuple[int, ...]) -> None:
    assert settings.set_value(db, reminders.SCHEDULE, text) == stored
    assert reminders.schedule(db) == days


@pytest.mark.parametrize("text", ["-1", "367", "two", "1.5"])
def test_a_bad_schedule_is_refused(db: Database, text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        settings.set_value(db, reminders.SCHEDULE, text)
    assert refused.value.field == reminders.SCHEDULE
    assert reminders.schedule(db) == DEFAULT  # unchanged


@pytest.mark.parametrize(("value", "stored"), [(True, True), ("false", False), ("on", True), (0, False)])
def test_the_names_while_locked_switch(db: Database, value: object, stored: bool) -> None:
    assert reminders.names_when_locked(db) is False  # off by default
    settings.set_value(db, reminders.NAMES_WHEN_LOCKED, value)
    assert reminders.names_when_locked(db) is stored


def _things(db: Database) -> dict[str, int]:
    """One of every dated thing, each 2 days from TODAY, and some that give no reminder."""
    gym = vendors.add_vendor(db, "Gym").id
    shop = vendors.add_vendor(db, "Shop").id
    gone = vendors.add_vendor(db, "Gone").id
    day = TODAY + timedelta(days=2)
    plan = agreements.add_agreement(db, AgreementDraft(
        vendor_id=gym, kind=AgreementKind.MEMBERSHIP, title="Flex", start=TODAY - timedelta(days=30),
        renewal=day, cancel_by=day, trial_end=day, reference="M-1"))
    agreements.add_agreement(db, AgreementDraft(vendor_id=gone, kind=AgreementKind.CONTRACT, title="Old",
                                                renewal=day))
    vendors.delete_vendor(db, gone)  # in the trash: no reminders
    open_request = requests.create_request(db, RequestDraft(title="New kitchen"))
    requests.change_status(db, open_request.id, RequestStatus.OPEN)
    offer = requests.add_offer(db, OfferDraft(request_id=open_request.id, valid_until=day, sender="Küchen Profi"))
    draft_request = requests.create_request(db, RequestDraft(title="Not sent"))
    requests.add_offer(db, OfferDraft(request_id=draft_request.id, valid_until=day, vendor_id=shop))  # not open
    check = follow_ups.add(db, shop, day, "Refund arrived?")
    late = follow_ups.add(db, shop, TODAY - timedelta(days=10), "Letter confirmed?")
    done = follow_ups.add(db, shop, day, "Done already")
    follow_ups.mark_done(db, done.id)
    return {"plan": plan.id, "offer": offer.id, "check": check.id, "late": late.id, "request": open_request.id,
            "gym": gym, "shop": shop}


def test_what_is_due_from_each_kind_of_dated_thing(db: Database) -> None:
    ids = _things(db)
    found = reminders.current(db, today=TODAY)
    assert [(r.what, r.record_id, r.lead, r.days_left(TODAY)) for r in found] == [
        (What.FOLLOW_UP, ids["late"], 0, -10),
        (What.CANCEL_BY, ids["plan"], 3, 2),
        (What.FOLLOW_UP, ids["check"], 3, 2),
        (What.OFFER_EXPIRES, ids["offer"], 3, 2),
        (What.RENEWAL, ids["plan"], 3, 2),
        (What.TRIAL_END, ids["plan"], 3, 2),
    ]
    offer = next(r for r in found if r.what is What.OFFER_EXPIRES)
    assert (offer.vendor_id, offer.vendor_name, offer.title, offer.request_id) == (
        None, "Küchen Profi", "New kitchen", ids["request"])
    trial = next(r for r in found if r.what is What.TRIAL_END)
    assert (trial.vendor_id, trial.vendor_name, trial.title, trial.starts) == (
        ids["gym"], "Gym", "Flex", TODAY - timedelta(days=1))
    assert len({r.key for r in found}) == len(found)


def test_shown_once_dismissed_and_a_changed_date_is_a_new_reminder(db: Database) -> None:
    ids = _things(db)
    first = reminders.to_notify(db, today=TODAY)
    assert len(first) == 6
    reminders.mark_shown(db, [r.key for r in first])
    assert reminders.to_notify(db, today=TODAY) == []
    assert all(r.shown for r in reminders.current(db, today=TODAY))  # still listed

    renewal = next(r for r in first if r.what is What.RENEWAL)
    reminders.dismiss(db, renewal.key)
    assert renewal.key not in {r.key for r in reminders.current(db, today=TODAY)}
    assert renewal.key in {r.key for r in reminders.current(db, today=TODAY, include_dismissed=True)}
    reminders.undismiss(db, renewal.key)
    assert renewal.key in {r.key for r in reminders.current(db, today=TODAY)}
    reminders.dismiss(db, renewal.key)

    on_the_day = TODAY + timedelta(days=2)  # the 0-day lead comes round: a new reminder, notified again
    again = {r.what for r in reminders.to_notify(db, today=on_the_day)}
    assert What.RENEWAL in again and What.CANCEL_BY in again

    agreements.update_agreement(db, ids["plan"], renewal=TODAY + timedelta(days=3), cancel_by=None)
    moved = [r for r in reminders.to_notify(db, today=TODAY) if r.what is What.RENEWAL]
    assert [(r.on, r.lead, r.shown) for r in moved] == [(TODAY + timedelta(days=3), 3, False)]

    follow_ups.mark_done(db, ids["late"])
    assert ids["late"] not in {r.record_id for r in reminders.current(db, today=TODAY) if r.what is What.FOLLOW_UP}


def test_what_comes_round_next(db: Database) -> None:
    vendor_id = vendors.add_vendor(db, "Gym").id
    agreements.add_agreement(db, AgreementDraft(vendor_id=vendor_id, kind=AgreementKind.MEMBERSHIP, title="Flex",
                                                renewal=TODAY + timedelta(days=16)))
    coming = reminders.upcoming(db, today=TODAY, days=14)
    assert [(r.starts, r.lead) for r in coming] == [(TODAY + timedelta(days=2), 14), (TODAY + timedelta(days=13), 3)]
    assert [r.lead for r in reminders.upcoming(db, today=TODAY, days=14, leads=(7,))] == [7]
    assert reminders.upcoming(db, today=TODAY, days=1) == []
    with pytest.raises(InvalidInput):
        reminders.current(db, today=TODAY, leads=(-1,))


def test_reminders_off_give_nothing(db: Database) -> None:
    _things(db)
    settings.set_value(db, reminders.SCHEDULE, "")
    assert reminders.current(db, today=TODAY) == [] and reminders.upcoming(db, today=TODAY) == []
