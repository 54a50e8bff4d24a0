"""An offer from a sender not yet linked, who is already in the vault (same website host or
folded name), shows under that vendor with its standing, as accepting it will link it; a namesake
on another website stays "not in your vault"."""

from __future__ import annotations

from myvendors.domain import requests, vendors
from myvendors.domain.models import Money, OfferDraft, RequestDraft
from myvendors.vault import Vault
from myvendors.ui.models import offers as offer_rows


def test_offer_rows_show_the_vendor_accepting_would_link_to(new_vault: tuple[Vault, str]) -> None:
    db = new_vault[0].db
    request = requests.create_request(db, RequestDraft(title="Winter tyres"))
    requests.change_status(db, request.id, "open")
    known = vendors.add_vendor(db, "Reifen Müller")
    vendors.add_vendor(db, "Velo Works", website="velo-works.example")
    requests.add_offer(db, OfferDraft(request_id=request.id, sender="REIFEN MÜLLER", price=Money.parse("420", "EUR")))
    requests.add_offer(db, OfferDraft(request_id=request.id, sender="Tyre Town", price=Money.parse("380", "EUR")))
    rows = {row.offer.sender: row for row in offer_rows.load(db, request.id)}
    assert rows["REIFEN MÜLLER"].known and rows["REIFEN MÜLLER"].sender == known.name
    assert not rows["Tyre Town"].known and rows["Tyre Town"].sender == "Tyre Town"
