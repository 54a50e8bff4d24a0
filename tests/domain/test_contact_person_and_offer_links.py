"""Contact persons and offer links, the services' part: CSV import keeps the contact person as vCard import does,
and accepting an offer from a vendor already in the vault links to it and keeps its website."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from vendor_side import VendorSide

from myvendors.domain import importing, requests, vendors
from myvendors.domain.importing import csv_vendors
from myvendors.domain.models import Money, OfferDraft, RequestDraft
from myvendors.domain.sharing import answers
from myvendors.domain.sharing import packages
from myvendors.storage import Database

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"


def _real(name: str) -> bytes:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{path.parent} is absent (the shared real files sit beside the checkout)")
    return path.read_bytes()


# -- c) the contact person -----------------------------------------------------------------------
def test_csv_import_keeps_the_contact_person_as_vcard_import_does(db: Database) -> None:
    plan = importing.plan_vendor_import(db, _real("csv-vendors/contacts_export.csv"), filename="contacts_export.csv")
    assert [d.name for d in plan.drafts] == ["Acme", "Acme"]
    assert [d.notes for d in plan.drafts] == ["Contact: John Doe (Sales Executive)", "Contact: Jane Doe (Designer)"]
    assert plan.mapping["contact"] == "first_name + last_name" and plan.mapping["title"] == "title"

    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Acme\r\nFN:John Doe\r\nTITLE:Sales Executive\r\nEND:VCARD\r\n"
    [from_card] = importing.plan_vendor_import(db, card, filename="john.vcf").drafts
    assert from_card.notes == plan.drafts[0].notes  # the same words either way


def test_a_contact_column_its_notes_and_a_person_who_is_the_vendor() -> None:
    table = csv_vendors.read_csv(
        "Firma;Ansprechpartner;Funktion;Bemerkungen\n"
        "Bäckerei Müller;Anna Müller;Inhaberin;Brot ab 6 Uhr\n"
        "Jane Doe;Jane Doe;;\n"
        "Tischlerei Holz;;;\n".encode()
    )
    mapping = csv_vendors.suggest_mapping(table.header)
    assert (mapping["contact"], mapping["title"]) == ("Ansprechpartner", "Funktion")
    drafts = csv_vendors.parse(table, mapping)
    assert [d.notes for d in drafts] == ["Contact: Anna Müller (Inhaberin)\n\nBrot ab 6 Uhr", "", ""]
    # the columns can be chosen (and joined) by hand, as with --map
    joined = csv_vendors.parse(table, {**mapping, "contact": "Ansprechpartner + Funktion", "title": None})
    assert joined[0].notes.startswith("Contact: Anna Müller Inhaberin\n\n")


# -- g) accepting an offer from a vendor already in the vault ------------------------------------
@pytest.fixture
def open_request(db: Database) -> int:
    packages.set_profile(db, {"name": "Ann Example", "email": "ann@example.org"})
    request = requests.create_request(db, RequestDraft(
        title="A city bike", budget_max=Money.parse("600", "EUR"), needed_by=date(2027, 3, 1)))
    requests.change_status(db, request.id, "open")
    return request.id


def _signed_offer(db: Database, request_id: int, sender: str) -> int:
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=request_id))
    vendor = VendorSide(sender)  # its offer names https://<name>.example as its website
    _, package = vendor.read(shared.compact)
    done = answers.import_document(db, vendor.send(vendor.offer_document(package, "549.00"), package))
    assert done.offer_id is not None
    return done.offer_id


def test_an_offer_from_a_vendor_in_the_vault_links_to_it_and_fills_its_website(db: Database, open_request: int) -> None:
    known = vendors.add_vendor(db, "Velo-Works")  # the same name once folded, no website yet
    offer_id = _signed_offer(db, open_request, "Velo Works")
    _, _, vendor_id = requests.accept_offer(db, offer_id)
    assert vendor_id == known.id
    assert [v.name for v in vendors.list_vendors(db)] == ["Velo-Works"]  # no second vendor of that name
    assert vendors.get_vendor(db, known.id).website == "https://veloworks.example"  # what the offer carried
    assert [k["vendor_id"] for k in db.rows("SELECT vendor_id FROM counterpart_keys")] == [known.id]


def test_the_website_host_links_and_an_existing_website_is_kept(db: Database, open_request: int) -> None:
    known = vendors.add_vendor(db, "VW Bikes Ltd", website="https://www.veloworks.example/shop")
    offer_id = _signed_offer(db, open_request, "Velo Works")
    _, _, vendor_id = requests.accept_offer(db, offer_id)
    assert vendor_id == known.id
    assert vendors.get_vendor(db, known.id).website == "https://www.veloworks.example/shop"


def test_a_namesake_on_another_website_is_another_vendor(db: Database, open_request: int) -> None:
    other = vendors.add_vendor(db, "Velo Works", website="velo-works.example")
    offer_id = _signed_offer(db, open_request, "Velo Works")
    _, _, vendor_id = requests.accept_offer(db, offer_id)
    assert vendor_id != other.id
    assert vendors.get_vendor(db, vendor_id).website == "https://veloworks.example"


def test_a_typed_in_offer_links_by_name(db: Database, open_request: int) -> None:
    known = vendors.add_vendor(db, "Reifen Müller")
    offer = requests.add_offer(db, OfferDraft(request_id=open_request, sender="REIFEN MÜLLER",
                                              price=Money.parse("420", "EUR")))
    _, _, vendor_id = requests.accept_offer(db, offer.id)
    assert vendor_id == known.id and vendors.count_vendors(db) == 1
