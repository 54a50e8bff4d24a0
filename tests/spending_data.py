"""A small vault's payments with known sums, for the spending tests (domain, page, CLI).

Today is 2026-11-25 in Berlin; the 12-month window runs from December 2025 to November 2026.
EUR: Streaming (Netflix 3 × 12.99), Energy (Stadtwerke 89.00 paid at 00:30 on 1 October in Berlin,
which is still 30 September in UTC, and a refund of 20.00), one uncategorised vendor (5.00 and 1.50);
a payment just before the window and one on its first day; USD: Cloud Co 2 × 10.00. Never counted: a
payment of a vendor in the trash, an interaction of another kind with an amount, a payment without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from myvendors.domain import agreements, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
)
from myvendors.storage import Database

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)


@dataclass(frozen=True)
class Ids:
    netflix: int
    stadtwerke: int
    corner: int
    cloud: int


def _pay(db: Database, vendor_id: int, when: datetime, amount: str | None, currency: str = "EUR",
         kind: InteractionKind = InteractionKind.PAYMENT) -> None:
    timeline.record(db, InteractionDraft(
        vendor_id=vendor_id, kind=kind, at=when, amount=Money.parse(amount, currency) if amount else None,
    ))


def fill(db: Database) -> Ids:
    netflix = vendors.add_vendor(db, "Netflix", category="Streaming")
    stadtwerke = vendors.add_vendor(db, "Stadtwerke", category="Energy")
    corner = vendors.add_vendor(db, "Corner shop")
    cloud = vendors.add_vendor(db, "Cloud Co", category="Software")
    gone = vendors.add_vendor(db, "Gone", category="Streaming")
    for month, kind in ((9, InteractionKind.PAYMENT), (10, InteractionKind.PAYMENT), (11, InteractionKind.SUBSCRIPTION)):
        _pay(db, netflix.id, datetime(2026, month, 15, 12, tzinfo=BERLIN), "12.99", kind=kind)  # a charge is paid too
    _pay(db, stadtwerke.id, datetime(2026, 10, 1, 0, 30, tzinfo=BERLIN), "89.00")
    _pay(db, stadtwerke.id, datetime(2026, 11, 5, 9, tzinfo=BERLIN), "-20.00")  # a refund
    _pay(db, corner.id, datetime(2026, 11, 20, 18, tzinfo=BERLIN), "5.00")
    _pay(db, corner.id, datetime(2025, 12, 1, 0, 10, tzinfo=BERLIN), "1.50")  # the window's first day
    _pay(db, corner.id, datetime(2025, 11, 30, 23, 50, tzinfo=BERLIN), "100.00")  # just before it
    for month in (10, 11):
        _pay(db, cloud.id, datetime(2026, month, 3, 8, tzinfo=BERLIN), "10.00", "USD")
    _pay(db, gone.id, datetime(2026, 11, 1, 12, tzinfo=BERLIN), "50.00")
    vendors.delete_vendor(db, gone.id)  # in the trash: not counted
    _pay(db, netflix.id, datetime(2026, 11, 2, 12, tzinfo=BERLIN), "7.00", kind=InteractionKind.GIFT)
    _pay(db, netflix.id, datetime(2026, 11, 3, 12, tzinfo=BERLIN), None)
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=netflix.id, kind=AgreementKind.SUBSCRIPTION, title="Standard", price=Money.parse("12.99", "EUR"),
        period=BillingPeriod.MONTHLY,
    ))
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=cloud.id, kind=AgreementKind.SUBSCRIPTION, title="Storage", price=Money.parse("100.00", "USD"),
        period=BillingPeriod.YEARLY,
    ))
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=stadtwerke.id, kind=AgreementKind.CONTRACT, title="Old tariff", price=Money.parse("50.00", "EUR"),
        period=BillingPeriod.MONTHLY, end=date(2026, 6, 30),
    ))  # ended: costs nothing a year
    return Ids(netflix.id, stadtwerke.id, corner.id, cloud.id)
