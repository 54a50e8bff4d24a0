"""Follow-ups: added with their checks, listed open and soonest first, done and open again;
agreements' free-trial end and reference."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from myvendors.domain import agreements, follow_ups, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def _vendor(db: Database, name: str) -> int:
    return vendors.add_vendor(db, name).id


def test_add_list_done_and_open_again(db: Database) -> None:
    gym, isp = _vendor(db, "Gym"), _vendor(db, "ISP")
    plan = agreements.add_agreement(db, AgreementDraft(vendor_id=gym, kind=AgreementKind.MEMBERSHIP, title="Flex"))
    later = follow_ups.add(db, gym, date(2025, 7, 1), "  Cancellation   confirmed? ", agreement_id=plan.id)
    sooner = follow_ups.add(db, isp, date(2025, 6, 10), "Refund arrived?")
    assert (later.title, later.agreement_id, later.is_open) == ("Cancellation confirmed?", plan.id, True)

    assert [(f.id, name) for f, name in follow_ups.open_follow_ups(db)] == [(sooner.id, "ISP"), (later.id, "Gym")]
    assert [f.id for f, _ in follow_ups.open_follow_ups(db, until=date(2025, 6, 30))] == [sooner.id]

    done = follow_ups.mark_done(db, sooner.id, at=datetime(2025, 6, 9, 8, tzinfo=UTC))
    assert done.done_at == "2025-06-09T08:00:00.000000+00:00" and not done.is_open
    assert [f.id for f, _ in follow_ups.open_follow_ups(db)] == [later.id]
    assert follow_ups.mark_done(db, sooner.id, done=False).is_open

    vendors.delete_vendor(db, gym)  # to the trash: its follow-ups are not listed
    assert [f.id for f, _ in follow_ups.open_follow_ups(db)] == [sooner.id]
    assert [f.id for f in follow_ups.follow_ups_of(db, gym)] == [later.id]

    follow_ups.delete(db, sooner.id)
    with pytest.raises(InvalidInput):
        follow_ups.get(db, sooner.id)


@pytest.mark.parametrize(("change", "field"), [
    ({"title": "   "}, "title"),
    ({"due": "2025-06-01"}, "due"),
    ({"vendor_id": 999_999}, "id"),
    ({"agreement_id": "other"}, "agreement_id"),
    ({"agreement_id": 999_999}, "agreement_id"),
])
def test_a_refused_follow_up_writes_nothing(db: Database, change: dict[str, object], field: str) -> None:
    mine, other = _vendor(db, "Mine"), _vendor(db, "Other")
    theirs = agreements.add_agreement(db, AgreementDraft(vendor_id=other, kind=AgreementKind.CONTRACT, title="X"))
    draft = follow_ups.FollowUpDraft(vendor_id=mine, due=date(2025, 6, 1), title="Check")
    if change.get("agreement_id") == "other":
        change = {"agreement_id": theirs.id}
    with pytest.raises(InvalidInput) as refused:
        follow_ups.add(db, **vars(replace(draft, **change)))  # type: ignore[arg-type]  # wrong types on purpose
    assert refused.value.field == field
    assert follow_ups.open_follow_ups(db) == []


def test_agreement_trial_end_and_reference_round_trip(db: Database) -> None:
    vendor_id = _vendor(db, "Streamly")
    added = agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor_id, kind=AgreementKind.SUBSCRIPTION, title="Kids", start=date(2025, 1, 1),
        trial_end=date(2025, 1, 31), reference=" KD-77\t01 "))
    assert (added.trial_end, added.reference) == (date(2025, 1, 31), "KD-77 01")
    changed = agreements.update_agreement(db, added.id, notes="x")
    assert (changed.trial_end, changed.reference) == (date(2025, 1, 31), "KD-77 01")  # kept
    assert agreements.update_agreement(db, added.id, reference="", trial_end=None).reference == ""
    with pytest.raises(InvalidInput) as early:
        agreements.update_agreement(db, added.id, trial_end=date(2024, 12, 31))
    assert early.value.field == "trial_end"
    with pytest.raises(InvalidInput) as long_reference:
        agreements.update_agreement(db, added.id, reference="x" * 201)
    assert long_reference.value.field == "reference"
