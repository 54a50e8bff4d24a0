"""Search results: the popup is as tall and wide as its rows, with no needless
scroll bar; each hit reads as a sentence with the matched words bold (her text escaped); opening a
hit selects that record in its own tab; German sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import agreements, reputation, requests, search, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
)
from myvendors.storage import Database
from myvendors.ui.main_window import REQUESTS, VENDORS, MainWindow
from myvendors.ui.search import HitRow, SearchPopup, result_rows

VENDOR = "Velo Works"


def _populate(db: Database) -> dict[str, int]:
    vendor = vendors.add_vendor(db, VENDOR, website="https://velo.example.com", phone="5555551113",
                                address="113 Main St", notes="Fixed my <b>gears</b> & brakes for free")
    vendors.add_vendor(db, "Other Shop")
    agreement = agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title="Netflix Premium", price=Money(1799, "EUR"),
        period=BillingPeriod.MONTHLY, notes="Family plan"))
    now = datetime.now(UTC)
    old = timeline.record(db, InteractionDraft(vendor_id=vendor.id, kind=InteractionKind.COMPLAINT,
                                               at=now - timedelta(days=400), note="Arguing about the fee by letter"))
    for n in range(30):  # newer ones: the complaint is not among the first rows of the Timeline
        timeline.record(db, InteractionDraft(vendor_id=vendor.id, kind=InteractionKind.PAYMENT,
                                             at=now - timedelta(days=n), amount=Money(100 + n, "EUR")))
    reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date.today() - timedelta(days=9), text="Slow but careful"))
    note = reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date.today() - timedelta(days=3),
                                             text="Quick and honest", ratings={"service": 5}))
    request = requests.create_request(db, RequestDraft(title="E-bike service", description="Yearly check"))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    requests.add_offer(db, OfferDraft(request_id=request.id, price=Money(9000, "EUR"), sender="Spoke Co"))
    offer = requests.add_offer(db, OfferDraft(request_id=request.id, vendor_id=vendor.id, price=Money(8000, "EUR"),
                                              conditions="Within a fortnight"))
    for n in range(8):  # a word found in vendors, agreements, the timeline and notes: more rows than fit
        shop = vendors.add_vendor(db, f"Manyhits Shop {n}", category="Bikes")
        agreements.add_agreement(db, AgreementDraft(vendor_id=shop.id, kind=AgreementKind.WARRANTY, title=f"Manyhits {n}"))
        timeline.record(db, InteractionDraft(vendor_id=shop.id, kind=InteractionKind.GIFT, at=now, note="manyhits"))
        reputation.add_note(db, NoteDraft(vendor_id=shop.id, on=date.today(), text="manyhits"))
    return {"vendor": vendor.id, "agreement": agreement.id, "interaction": old.id, "note": note.id,
            "request": request.id, "offer": offer.id}


@pytest.fixture
def opened(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[MainWindow, dict[str, int]]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    ids = _populate(controller.vault.db)
    main.refresh()
    main.resize(1024, 700)
    return main, ids


def _type(qtbot: QtBot, main: MainWindow, text: str) -> SearchPopup:
    field = main.search_field
    main.focus_search()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(field.popup.isVisible, timeout=WAIT_MS)
    return field.popup


def _hit_rows(popup: SearchPopup) -> list[HitRow]:
    return [row for row in popup.results.rows() if isinstance(row, HitRow)]


def _assert_every_row_whole(popup: SearchPopup) -> None:
    viewport = popup.viewport().rect()
    for number in range(popup.results.rowCount()):
        index = popup.results.index(number)
        rect = popup.visualRect(index)
        assert viewport.contains(rect), (number, rect, viewport)  # neither cut at the bottom nor at the side
        assert popup.sizeHintForIndex(index).width() <= viewport.width(), popup.results.row(number).text


# -- the popup sizes to its rows --------------------------------------------------------------
def test_a_single_timeline_hit_shows_whole_without_scroll_bars(qtbot: QtBot, opened) -> None:
    main, _ = opened
    popup = _type(qtbot, main, "arguing")
    assert [row.header for row in popup.results.rows()] == [True, False]
    assert not popup.horizontalScrollBar().isVisible() and not popup.verticalScrollBar().isVisible()
    row_height = popup.sizeHintForRow(1)
    assert popup.visualRect(popup.results.index(1)).height() == row_height  # a whole row, not half of one
    assert popup.height() == popup.content_height()
    _assert_every_row_whole(popup)


def test_many_hits_scroll_only_up_and_down_and_the_popup_stays_in_the_window(qtbot: QtBot, opened) -> None:
    main, _ = opened
    popup = _type(qtbot, main, "manyhits")
    assert popup.results.rowCount() > popup.max_rows
    assert popup.verticalScrollBar().isVisible() and not popup.horizontalScrollBar().isVisible()
    assert popup.height() == popup.content_height()  # max_rows rows
    assert popup.geometry().left() >= 0 and popup.geometry().right() < main.width()
    viewport = popup.viewport().rect()
    for number in range(popup.results.rowCount()):
        assert popup.sizeHintForIndex(popup.results.index(number)).width() <= viewport.width()
    for width in (1366, 800):  # a wide window and a narrow one: never wider than the window
        main.resize(width, 700)
        popup = _type(qtbot, main, "velo")
        assert popup.geometry().left() >= 0 and popup.geometry().right() < main.width()
        assert not popup.horizontalScrollBar().isVisible()


# -- each hit is a sentence, the matched words bold ---------------------------------------------
def _html_text(row: HitRow) -> str:
    document = QTextDocument()
    document.setHtml(row.html)
    return document.toPlainText()


def test_hits_read_as_sentences_with_the_matched_words_marked(new_vault) -> None:
    vault, _ = new_vault
    _populate(vault.db)

    def rows(query: str) -> list[HitRow]:
        return [row for row in result_rows(search.search(vault.db, query)) if isinstance(row, HitRow)]

    (agreement,) = rows("netflix")
    assert agreement.text == f"Agreement: Netflix Premium with {VENDOR}"
    assert agreement.detail == "Subscription, 17.99 EUR a month"
    assert "<b>Netflix</b> Premium" in agreement.html
    (phone,) = rows("5555")
    assert (phone.text, phone.detail) == (VENDOR, "Phone: 5555551113")  # the field, not "…com 5555551113 113 Main St"
    (complaint,) = rows("arguing")
    assert complaint.text.endswith(f"with {VENDOR}: Complaint") and complaint.text.startswith("On ")
    assert complaint.detail == "Arguing about the fee by letter" and "<b>Arguing</b> about" in complaint.html
    (note,) = rows("honest")
    assert note.text.startswith(f"Note on {VENDOR}, ") and note.detail == "Quick and honest"
    (offer,) = rows("fortnight")
    assert offer.text == f"Offer from {VENDOR} for “E-bike service”"
    assert offer.detail == "80.00 EUR, Conditions: Within a fortnight"
    (request,) = rows("yearly")
    assert (request.text, request.detail) == ("Request: E-bike service", "Open, Description: Yearly check")
    for row in (agreement, phone, complaint, note, offer, request):
        assert _html_text(row) == f"{row.text} — {row.detail}"  # the bold sentence says what is read aloud


def test_her_text_is_escaped_before_the_words_are_marked(new_vault) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    (row,) = [r for r in result_rows(search.search(vault.db, "gears")) if isinstance(r, HitRow)]
    assert row.detail == "Notes: Fixed my <b>gears</b> & brakes for free"
    assert "&lt;b&gt;<b>gears</b>&lt;/b&gt; &amp; brakes" in row.html
    assert _html_text(row) == f"{VENDOR} — Notes: Fixed my <b>gears</b> & brakes for free"



def test_sentences_and_field_names_in_german(new_vault, german: list[QTranslator]) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    found = result_rows(search.search(vault.db, "netflix")) + result_rows(search.search(vault.db, "5555"))
    found += result_rows(search.search(vault.db, "honest")) + result_rows(search.search(vault.db, "fortnight"))
    texts = [(row.text, row.detail) for row in found if isinstance(row, HitRow)]
    assert texts == [
        (f"Vereinbarung: Netflix Premium mit {VENDOR}", "Abo, 17,99\u00a0€ pro Monat"),
        (VENDOR, "Telefon: 5555551113"),
        (f"Notiz zu {VENDOR}, {(date.today() - timedelta(days=3)).strftime('%d.%m.%Y')}", "Quick and honest"),
        (f"Angebot von {VENDOR} für „E-bike service“", "80,00\u00a0€, Bedingungen: Within a fortnight"),
    ]
    assert [row.text for row in found if row.header] == ["Vereinbarungen", "Anbieter", "Notizen", "Angebote"]


# -- opening a hit selects that record in its own tab -------------------------------------------
def _open(qtbot: QtBot, main: MainWindow, query: str, kind: str) -> None:
    popup = _type(qtbot, main, query)
    number = next(n for n, row in enumerate(popup.results.rows()) if not row.header and row.payload.kind == kind)
    popup.setCurrentIndex(popup.results.index(number))
    with qtbot.waitSignal(main.search_field.hit_chosen, timeout=WAIT_MS):
        qtbot.keyClick(main.search_field, "\r")


def test_a_timeline_hit_selects_the_interaction_in_the_timeline_tab(qtbot: QtBot, opened) -> None:
    main, ids = opened
    _open(qtbot, main, "arguing", "interactions")
    assert main.current_page() == VENDORS and main.vendors_page.detail.vendor_id == ids["vendor"]
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.timeline  # not the Profile
    selected = main.vendors_page.detail.timeline.selected()
    assert selected is not None and selected.id == ids["interaction"]  # an old one, far down the list


def test_a_note_hit_selects_the_note_in_the_reputation_tab(qtbot: QtBot, opened) -> None:
    main, ids = opened
    _open(qtbot, main, "honest", "notes")
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.reputation
    selected = main.vendors_page.detail.reputation.selected()
    assert selected is not None and selected.id == ids["note"]


def test_an_agreement_hit_selects_it_in_the_agreements_tab(qtbot: QtBot, opened) -> None:
    main, ids = opened
    main.vendors_page.detail.tabs.setCurrentWidget(main.vendors_page.detail.timeline)
    _open(qtbot, main, "netflix", "agreements")
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.agreements
    selected = main.vendors_page.detail.agreements.selected()
    assert selected is not None and selected.id == ids["agreement"]
    _open(qtbot, main, "velo", "vendors")  # a vendor: its Profile
    assert main.vendors_page.detail.tabs.currentWidget() is main.vendors_page.detail.profile


def test_an_offer_hit_selects_the_offer_of_its_request(qtbot: QtBot, opened) -> None:
    main, ids = opened
    _open(qtbot, main, "fortnight", "offers")
    assert main.current_page() == REQUESTS
    page = main.requests_page
    assert page.list.model.request(page.list.view.currentIndex().row()).id == ids["request"]
    (row,) = {index.row() for index in page.detail.offers_view.selectionModel().selectedRows()}
    assert page.detail.offers_model.offer(row).id == ids["offer"]
