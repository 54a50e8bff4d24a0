"""Summaries for the vendor list and the overview: next renewal, yearly cost, standing, falls."""

from __future__ import annotations

from datetime import date

import pytest

from myvendors.domain import agreements, insights, reputation, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, Money, NoteDraft
from myvendors.errors import InvalidInput
from myvendors.storage import Database

TODAY = date(2026, 11, 25)


def test_summaries_for_a_page_of_vendors(db: Database) -> None:
    telco, bare = vendors.add_vendor(db, "Telco"), vendors.add_vendor(db, "Bare")
    for title, price, period, renewal, end in (
        ("Mobile", "20.00", BillingPeriod.MONTHLY, date(2027, 3, 1), None),
        ("Internet", "90.00", BillingPeriod.QUARTERLY, date(2026, 12, 15), None),
        ("Old plan", "10.00", BillingPeriod.MONTHLY, date(2025, 1, 1), date(2025, 6, 1)),  # ended: no cost
        ("Roaming", "5.00", BillingPeriod.YEARLY, None, None),
    ):
        agreements.add_agreement(db, AgreementDraft(vendor_id=telco.id, kind=AgreementKind.SUBSCRIPTION, title=title,
                                                    price=Money.parse(price, "EUR"), period=period, renewal=renewal,
                                                    end=end))
    agreements.add_agreement(db, AgreementDraft(vendor_id=telco.id, kind=AgreementKind.WARRANTY, title="Phone",
                                                price=Money.parse("100", "USD")))  # one-off: no yearly cost
    reputation.add_note(db, NoteDraft(vendor_id=telco.id, on=TODAY, ratings={"service": 2, "price": 4}))
    reputation.add_note(db, NoteDraft(vendor_id=telco.id, on=TODAY, ratings={"service": 1}, author="Sam"))

    found = insights.summaries(db, [telco.id, bare.id], today=TODAY)
    assert found[telco.id].next_renewal == date(2026, 12, 15)
    assert found[telco.id].yearly_cost == (Money(20 * 12 * 100 + 90 * 4 * 100 + 500, "EUR"),)
    assert found[telco.id].standing.overall == 3.0 and found[telco.id].standing.notes == 1  # Sam's note is his
    assert found[bare.id] == insights.VendorSummary(bare.id, reputation.standing(db, bare.id), None, ())
    assert insights.summaries(db, []) == {}


def test_vendors_whose_standing_fell(db: Database) -> None:
    fell, steady, new = (vendors.add_vendor(db, n) for n in ("Fell", "Steady", "New"))
    for vendor, earlier, recent in ((fell, 5, 2), (steady, 4, 4)):
        reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date(2026, 1, 10), ratings={"quality": earlier}))
        reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date(2026, 11, 1), ratings={"quality": recent}))
    reputation.add_note(db, NoteDraft(vendor_id=new.id, on=date(2026, 11, 1), ratings={"quality": 1}))  # no history
    reputation.add_note(db, NoteDraft(vendor_id=steady.id, on=date(2026, 11, 2), ratings={"quality": 1}, author="Sam"))
    changes = insights.standing_fell(db, days=90, today=TODAY)
    assert [(c.vendor_name, c.earlier, c.recent, c.change) for c in changes] == [("Fell", 5.0, 2.0, -3.0)]
    vendors.delete_vendor(db, fell.id)
    assert insights.standing_fell(db, days=90, today=TODAY) == []
    with pytest.raises(InvalidInput):
        insights.standing_fell(db, days=0)
