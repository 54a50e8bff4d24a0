"""The main window's shell: sidebar pages by keyboard, the Overview, search as you type, lock clears all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, visible_texts

from myvendors.domain import agreements, reputation, requests, search, settings, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
)
from myvendors.ui.main_window import CONTACTS, MONEY, OVERVIEW, REPUTATION, REQUESTS, SHARED, VENDORS, MainWindow
from myvendors.ui.models.rows import RowListModel
from myvendors.ui.pages.overview import OverviewPage
from myvendors.ui.pages.requests import RequestsPage
from myvendors.ui.search import result_rows
from myvendors.vault import Vault

VENDOR = "Quillfeather Streaming"
AGREEMENT = "Family plan"
REQUEST = "Winter tyres for a small car"
NOTE = "asked about the price increase"


def _populate(db) -> int:
    # No reminder schedule: the renewal is listed under Due (with reminders on, Coming up holds it
    # and Due does not repeat it; tests/ui/test_overview.py covers that).
    settings.set_values(db, {"reminder_days": ""})
    vendor = vendors.add_vendor(db, VENDOR, website="https://quillfeather.example")
    vendors.add_vendor(db, "Other Shop")
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title=AGREEMENT,
        price=Money.parse("17.99", "EUR"), renewal=date.today() + timedelta(days=5),
    ))
    request = requests.create_request(db, RequestDraft(title=REQUEST))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    requests.add_offer(db, OfferDraft(request_id=request.id, price=Money.parse("420", "EUR"), sender="Tyre Co"))
    requests.add_offer(db, OfferDraft(request_id=request.id, price=Money.parse("390", "EUR"), vendor_id=vendor.id))
    timeline.record(db, InteractionDraft(
        vendor_id=vendor.id, kind=InteractionKind.SUPPORT, at=datetime.now(UTC) - timedelta(hours=2), note=NOTE,
    ))
    today = date.today()
    reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=today - timedelta(days=200), ratings={"service": 5}))
    reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=today - timedelta(days=3), ratings={"service": 2}))
    return vendor.id


def _texts(model: RowListModel) -> list[str]:
    return [str(model.data(model.index(row))) for row in range(model.rowCount())]


def _open(qtbot: QtBot, make_controller, existing_vault: Path, populate: bool = True) -> MainWindow:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    if populate:
        assert controller.vault is not None
        _populate(controller.vault.db)
        main.refresh()
    return main


def test_the_sidebar_switches_pages_by_keyboard(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = _open(qtbot, make_controller, existing_vault, populate=False)
    assert main.current_page() == OVERVIEW and main.pages.currentWidget() is main.overview
    assert [main.sidebar.item(n).text() for n in range(main.sidebar.count())] == [
        "Overview", "Vendors", "Requests", "Reputation", "Shared", "Money", "Trusted contacts",
    ]

    main.sidebar.setFocus()
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
    assert main.current_page() == VENDORS and main.pages.currentWidget() is main.vendors_page.pane
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
    assert main.current_page() == REQUESTS and main.pages.currentWidget() is main.requests_page
    qtbot.keyClick(main.sidebar, Qt.Key.Key_End)
    assert main.current_page() == CONTACTS and main.pages.currentWidget() is main.contacts_page
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Up)
    assert main.current_page() == MONEY and main.pages.currentWidget() is main.money_page
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Up)
    assert main.current_page() == SHARED and main.pages.currentWidget() is main.shared_page
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Up)
    assert main.current_page() == REPUTATION and main.pages.currentWidget() is main.reputation_page
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Home)
    assert main.current_page() == OVERVIEW
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() == VENDORS
    qtbot.keyClick(main, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() == MONEY
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() == OVERVIEW
    assert main.sidebar.accessibleName() == "Pages"


def test_the_overview_says_when_each_section_is_empty(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = _open(qtbot, make_controller, existing_vault, populate=False)
    for section in main.overview.sections():
        assert section.model.rowCount() == 0
        assert section.stack.currentWidget() is section.empty and section.empty.text()
    assert "Nothing renews" in main.overview.due.empty.text()


def test_the_overview_shows_what_is_due_open_requests_and_recent_interactions(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    overview = main.overview
    (due,) = _texts(overview.due.model)
    assert VENDOR in due and AGREEMENT in due and "in 5 days" in due and "17.99 EUR" in due
    (request,) = _texts(overview.requests.model)
    assert REQUEST in request and "2 offers" in request
    (recent,) = _texts(overview.recent.model)
    assert recent.startswith(VENDOR) and "· Support ·" in recent and NOTE in recent  # the kind in words
    (fell,) = _texts(overview.fell.model)
    assert fell.startswith(VENDOR) and "5.0 → 2.0" in fell
    for section in overview.sections():
        # the agreement has no billing period (nothing it costs a year), and no reminder schedule is set
        if section not in (overview.spending, overview.coming_up):
            assert section.stack.currentWidget() is section.view


@pytest.mark.parametrize("section", ["due", "requests", "recent", "fell"])
def test_each_overview_section_passes_the_model_tester(
    qtbot: QtBot, new_vault: tuple[Vault, str], qtmodeltester: ModelTester, section: str
) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.refresh(vault.db)
    rows = getattr(page, section).model.rows()
    assert len(rows) == 1
    model = RowListModel()  # the same rows in a model the tester may outlive the page with
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)


def test_the_overview_page_alone_on_a_fresh_vault(qtbot: QtBot, new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.refresh(vault.db, today=date.today() + timedelta(days=40))  # the renewal is behind it
    assert page.due.model.rowCount() == 0 and page.requests.model.rowCount() == 1
    page.refresh(vault.db)
    assert page.due.model.rowCount() == 1
    page.clear()
    assert all(section.model.rowCount() == 0 for section in page.sections())


def test_search_results_are_grouped_and_pass_the_model_tester(
    new_vault: tuple[Vault, str], qtmodeltester: ModelTester
) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    model = RowListModel()
    model.set_rows(result_rows(search.search(vault.db, "quillfeather")))
    headers = [model.row(n).text for n in range(model.rowCount()) if model.row(n).header]
    assert headers[0] == "Vendors"
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    qtmodeltester.check(model, force_py=True)


def test_ctrl_k_and_ctrl_f_focus_search_and_enter_opens_the_vendor(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    field, popup = main.search_field, main.search_field.popup
    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        main.sidebar.setFocus()
        qtbot.keyClick(main, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(field.hasFocus, timeout=WAIT_MS)

    qtbot.keyClicks(field, "quill")
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)  # after the debounce, without pressing Enter
    rows = popup.results.rows()
    assert rows[0].header and rows[0].text == "Vendors" and rows[1].text == VENDOR
    assert popup.currentIndex().row() == 1  # the first hit, ready for Enter

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == "quill"
    qtbot.keyClick(field, Qt.Key.Key_Down)  # brings the results back
    assert popup.isVisible()

    with qtbot.waitSignal(field.hit_chosen, timeout=WAIT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert main.current_page() == VENDORS
    current = main.vendors_page.pane.view.currentIndex()
    assert current.isValid() and main.vendors_page.model.vendor(current.row()).name == VENDOR


def test_a_timeline_hit_opens_its_vendor_and_no_match_says_so(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    field, popup = main.search_field, main.search_field.popup
    main.focus_search()
    qtbot.keyClicks(field, "price increase")
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    headers = [row.text for row in popup.results.rows() if row.header]
    assert "Timeline" in headers
    timeline_row = next(n for n, row in enumerate(popup.results.rows()) if not row.header and row.payload.kind == "interactions")
    popup.setCurrentIndex(popup.results.index(timeline_row))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    current = main.vendors_page.pane.view.currentIndex()
    assert main.current_page() == VENDORS and main.vendors_page.model.vendor(current.row()).name == VENDOR

    main.focus_search()
    qtbot.keyClicks(field, "zzqqxx")
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert [row.text for row in popup.results.rows()] == ["No matches"]
    field.clear()
    assert not popup.isVisible() and popup.results.rowCount() == 0


def test_a_request_hit_selects_it_on_the_requests_page(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    main.go_to(VENDORS)
    main.focus_search()
    qtbot.keyClicks(main.search_field, "tyres")
    qtbot.keyClick(main.search_field, Qt.Key.Key_Return)  # before the pause: searches, then opens
    assert main.current_page() == REQUESTS
    assert main.requests_page.list.view.currentIndex().row() == 0


def test_the_requests_page_lists_every_request_with_its_offers(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    page = main.requests_page
    assert page.stack.currentWidget() is page.empty_page and "anonymously" in page.empty.text()
    assert controller.vault is not None
    _populate(controller.vault.db)
    requests.create_request(controller.vault.db, RequestDraft(title="A quiet dishwasher", needed_by=date(2027, 3, 1)))
    main.refresh()
    assert page.stack.currentWidget() is page.splitter and page.list.count_label.text() == "2 requests"
    model = page.list.model
    newest, older = ([model.data(model.index(row, c)) for c in range(model.columnCount())] for row in range(2))
    assert newest == ["A quiet dishwasher", "Draft", "0", "2027-03-01"]
    assert older == [REQUEST, "Open", "2", ""]
    main.clear()
    assert page.list.model.rowCount() == 0 and page.list.count_label.text() == ""


def test_lock_clears_the_overview_and_the_search(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    _populate(controller.vault.db)
    main.refresh()
    main.focus_search()
    qtbot.keyClicks(main.search_field, "quill")
    qtbot.waitUntil(main.search_field.popup.isVisible, timeout=WAIT_MS)
    texts = visible_texts(main)
    assert any(REQUEST in t for t in texts) and any(NOTE in t for t in texts)

    controller.lock()  # synchronous: the window is emptied now and deleted later
    assert controller.vault is None
    assert main.search_field.text() == "" and not main.search_field.popup.isVisible()
    assert main.search_field.popup.results.rowCount() == 0
    assert all(section.model.rowCount() == 0 for section in main.overview.sections())
    assert main.requests_page.list.model.rowCount() == 0 and main.reputation_page.model.rowCount() == 0
    leftover = " ".join(visible_texts(main))
    for secret in (VENDOR, AGREEMENT, REQUEST, NOTE, "quill"):
        assert secret not in leftover
    main.search_field.run_search()  # a late debounce tick finds no vault to search
    assert main.search_field.popup.results.rowCount() == 0


def test_sidebar_model_passes_the_model_tester(
    qtbot: QtBot, make_controller, existing_vault: Path, qtmodeltester: ModelTester
) -> None:
    main = _open(qtbot, make_controller, existing_vault, populate=False)
    qtmodeltester.check(main.sidebar.model(), force_py=True)
    assert main.sidebar.model().index(0, 0, QModelIndex()).isValid()


def test_the_requests_page_model_passes_the_model_tester(
    qtbot: QtBot, new_vault: tuple[Vault, str], qtmodeltester: ModelTester
) -> None:
    vault, _ = new_vault
    _populate(vault.db)
    page = RequestsPage(vault.db)  # made over an unlocked vault
    qtbot.addWidget(page)
    page.refresh()
    assert page.list.model.rowCount() == 1 and page.detail.offers_model.rowCount() == 2
    qtmodeltester.check(page.list.model, force_py=True)  # the others: tests/ui/test_requests_page.py
