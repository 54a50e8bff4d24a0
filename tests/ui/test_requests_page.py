"""The Requests page: the editor, status changes, offers, the side-by-side comparison and accept.

The end-to-end workflow of a request: create a request → add two offers (one from a vendor in the
vault, one from a sender who is not) → compare → accept → the vendor is created or updated, an
"offer accepted" interaction recorded and the vendor list refreshed.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, visible_texts

from myvendors.domain import reputation, requests, timeline, vendors
from myvendors.domain.requests import allowed_changes, way_back
from myvendors.domain.models import (
    REQUEST_TRANSITIONS,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
)
from myvendors.ui.main_window import REQUESTS, VENDORS, MainWindow
from myvendors.ui.models.offers import CHEAPEST_BACKGROUND, EXPIRED_COLOUR, ComparisonModel, OfferTableModel
from myvendors.ui.models.offers import load as load_offers
from myvendors.ui.models.requests import RequestTableModel
from myvendors.ui.models.requests import load as load_requests
from myvendors.ui.pages.requests import RequestsPage
from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog, OfferDialog, RequestDialog
from myvendors.vault import Vault

KNOWN = "Northwind Tyres"
SENDER = "Tyre Co"
TITLE = "Winter tyres for a small car"
C = ComparisonModel


def _dialog(qtbot: QtBot, parent: QWidget, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _main(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[MainWindow, Vault]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    return main, controller.vault


def _known_vendor(db) -> int:
    vendor = vendors.add_vendor(db, KNOWN)
    reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date.today(), ratings={"quality": 4, "price": 5}))
    return vendor.id


def _open_request(db, title: str = TITLE, **fields) -> int:
    request = requests.create_request(db, RequestDraft(title=title, **fields))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    return request.id


def _shown_changes(page: RequestsPage) -> set[RequestStatus]:
    return {target for target, action in page.detail.status_actions.items() if action.isVisible() and action.isEnabled()}


def _select_rows(page: RequestsPage, rows: list[int]) -> None:
    selection = page.detail.offers_view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.detail.offers_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


# -- the editor -----------------------------------------------------------------------------
def test_a_request_is_created_in_the_editor_and_bad_input_is_shown_at_its_field(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    page = main.requests_page
    main.go_to(REQUESTS)
    assert page.stack.currentWidget() is page.empty_page and "anonymously" in page.empty.text()

    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, main, RequestDialog)
    assert isinstance(dialog, RequestDialog)
    assert not dialog.ok_button.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, TITLE)
    qtbot.keyClicks(dialog.budget_min_edit, "cheap")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "is not an amount" in dialog.message("budget_min")
    assert requests.list_requests(vault.db) == []

    dialog.budget_min_edit.setText("300")
    qtbot.keyClicks(dialog.budget_max_edit, "250")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the service refuses max < min
    assert dialog.isVisible() and "below its minimum" in dialog.message("budget_max")
    assert requests.list_requests(vault.db) == []

    dialog.budget_max_edit.setText("400")
    qtbot.keyClicks(dialog.category_edit, "Car")
    qtbot.keyClicks(dialog.location_edit, "Leeds")
    dialog.needed_by.set_value(date(2027, 1, 15))
    qtbot.keyClicks(dialog.conditions_edit, "Fitted, old tyres taken away")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    (request,) = requests.list_requests(vault.db)
    assert request.title == TITLE and request.status is RequestStatus.DRAFT
    assert request.budget_min == Money(30000, "EUR") and request.budget_max == Money(40000, "EUR")
    assert (request.category, request.location, request.needed_by) == ("Car", "Leeds", date(2027, 1, 15))
    assert request.conditions == "Fitted, old tyres taken away"
    assert page.stack.currentWidget() is page.splitter and page.list.count_label.text() == "1 request"
    assert page.current_request() is not None and page.current_request().id == request.id
    assert page.detail.request_title.text() == TITLE and page.detail.status_chip.text() == "Draft"
    assert "budget 300.00 EUR – 400.00 EUR" in page.detail.facts.text() and "Leeds" in page.detail.facts.text()
    model = page.list.model
    assert [model.data(model.index(0, c)) for c in range(model.columnCount())] == [TITLE, "Draft", "0", "2027-01-15"]


def test_a_request_is_edited_in_the_dialog_and_a_fulfilled_one_cannot_be(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    request_id = _open_request(vault.db, budget_max=Money.parse("400", "EUR"))
    main.refresh()
    page = main.requests_page
    main.go_to(REQUESTS)
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)  # Enter edits the request
    dialog = _dialog(qtbot, main, RequestDialog)
    assert isinstance(dialog, RequestDialog)
    assert dialog.title_edit.text() == TITLE and dialog.budget_max_edit.text() == "400.00"
    dialog.title_edit.clear()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Winter tyres, 15 inch")
    dialog.currency_combo.setCurrentText("EURO")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "three-letter" in dialog.message("currency")
    dialog.currency_combo.setCurrentText("GBP")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    edited = requests.get_request(vault.db, request_id)
    assert edited.title == "Winter tyres, 15 inch" and edited.budget_max == Money(40000, "GBP")
    assert page.detail.request_title.text() == "Winter tyres, 15 inch"

    offer = requests.add_offer(vault.db, OfferDraft(request_id=request_id, sender=SENDER))
    requests.accept_offer(vault.db, offer.id)
    main.refresh()
    assert page.current_request().status is RequestStatus.FULFILLED
    assert not page.detail.edit_action.isEnabled() and not page.detail.add_offer_action.isEnabled()


# -- status changes -------------------------------------------------------------------------
@pytest.mark.parametrize("status", list(RequestStatus))
def test_the_status_changes_offered_are_the_allowed_ones(
    qtbot: QtBot, make_controller, existing_vault: Path, status: RequestStatus
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    db = vault.db
    request = requests.create_request(db, RequestDraft(title=TITLE))
    path = {
        RequestStatus.DRAFT: [],
        RequestStatus.OPEN: [RequestStatus.OPEN],
        RequestStatus.WITHDRAWN: [RequestStatus.WITHDRAWN],
        RequestStatus.EXPIRED: [RequestStatus.OPEN, RequestStatus.EXPIRED],
        RequestStatus.FULFILLED: [RequestStatus.OPEN],
    }[status]
    for step in path:
        requests.change_status(db, request.id, step)
    if status is RequestStatus.FULFILLED:
        requests.accept_offer(db, requests.add_offer(db, OfferDraft(request_id=request.id, sender=SENDER)).id)
    main.refresh()
    page = main.requests_page
    assert page.current_request().status is status

    assert _shown_changes(page) == set(REQUEST_TRANSITIONS[status]) - {RequestStatus.FULFILLED}
    assert _shown_changes(page) == set(allowed_changes(status))
    visible = {b.text() for b in page.detail.status_buttons if b.isVisibleTo(page)}
    assert visible == {page.detail.status_actions[t].text() for t in _shown_changes(page)} | {page.detail.edit_action.text()}
    assert {a.text() for a in page.status_menu.actions() if a.isVisible()} == {
        page.detail.status_actions[t].text() for t in _shown_changes(page)
    }


def test_status_changes_ask_first_only_when_one_step_cannot_take_them_back(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    request = requests.create_request(vault.db, RequestDraft(title=TITLE))
    main.refresh()
    page = main.requests_page
    main.go_to(REQUESTS)
    opening = page.detail.status_actions[RequestStatus.OPEN]
    assert opening.text() == "&Open for offers"  # opening loses nothing: no question
    opening.trigger()
    assert requests.get_request(vault.db, request.id).status is RequestStatus.OPEN
    assert page.detail.status_chip.text() == "Open" and not main.findChildren(QMessageBox)

    withdraw = page.detail.status_actions[RequestStatus.WITHDRAWN]
    assert withdraw.text() == "&Withdraw…"
    withdraw.trigger()
    box = _dialog(qtbot, main, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert TITLE in box.text() and "Withdrawn → Draft → Open" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert requests.get_request(vault.db, request.id).status is RequestStatus.OPEN
    withdraw.trigger()
    box = _dialog(qtbot, main, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Withdraw").click()
    qtbot.waitUntil(lambda: page.detail.status_chip.text() == "Withdrawn", timeout=WAIT_MS)
    assert requests.get_request(vault.db, request.id).status is RequestStatus.WITHDRAWN
    assert _shown_changes(page) == {RequestStatus.DRAFT}

    page.detail.status_actions[RequestStatus.DRAFT].trigger()  # withdrawn → draft: one step back to withdrawn
    assert requests.get_request(vault.db, request.id).status is RequestStatus.DRAFT


def test_way_back_follows_the_transitions() -> None:
    assert way_back(RequestStatus.OPEN, RequestStatus.EXPIRED) == [RequestStatus.EXPIRED, RequestStatus.OPEN]
    assert way_back(RequestStatus.OPEN, RequestStatus.WITHDRAWN) == [
        RequestStatus.WITHDRAWN, RequestStatus.DRAFT, RequestStatus.OPEN
    ]
    assert way_back(RequestStatus.OPEN, RequestStatus.FULFILLED) is None


# -- offers, comparison, accept ---------------------------------------------------------------
def _add_offer_in_dialog(qtbot: QtBot, main: MainWindow, *, vendor: str | None = None, sender: str | None = None,
                         price: str = "", valid_until: date | None = None, conditions: str = "") -> OfferDialog:
    page = main.requests_page
    page.detail.add_offer_action.trigger()
    dialog = _dialog(qtbot, main, OfferDialog)
    assert isinstance(dialog, OfferDialog)
    if vendor is not None:
        dialog.vendor_radio.setChecked(True)
        dialog.vendor_combo.setCurrentText("")
        qtbot.keyClicks(dialog.vendor_combo.lineEdit(), vendor)
    if sender is not None:
        dialog.sender_radio.setChecked(True)
        qtbot.keyClicks(dialog.sender_edit, sender)
    qtbot.keyClicks(dialog.price_edit, price)
    dialog.valid_until.set_value(valid_until)
    qtbot.keyClicks(dialog.conditions_edit, conditions)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_bad_offers_are_refused_at_their_field_and_nothing_is_written(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    _known_vendor(vault.db)
    request_id = _open_request(vault.db)
    main.refresh()
    dialog = _add_offer_in_dialog(qtbot, main, vendor="Nobody We Know", price="100")
    assert dialog.isVisible() and "Choose a vendor from the list" in dialog.message("vendor_id")
    dialog.reject()
    dialog = _add_offer_in_dialog(qtbot, main, sender="  ", price="100")
    assert dialog.isVisible() and "names its vendor or at least its sender" in dialog.message("sender")
    dialog.sender_edit.setText(SENDER)
    dialog.price_edit.setText("12.345")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "2 decimal places" in dialog.message("price") and dialog.message("sender") == ""
    dialog.price_edit.setText("-5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "cannot be negative" in dialog.message("price")
    dialog.reject()
    assert requests.offers_for(vault.db, request_id) == []


def test_two_offers_compared_side_by_side_then_the_unknown_sender_accepted(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    db = vault.db
    known_id = _known_vendor(db)
    request_id = _open_request(db, budget_max=Money.parse("400", "EUR"))
    main.refresh()
    page = main.requests_page
    main.go_to(REQUESTS)
    assert page.detail.comparison.columnCount() == 0 and not page.detail.compare_box.isVisibleTo(page)

    yesterday = date.today() - timedelta(days=1)
    dialog = _add_offer_in_dialog(qtbot, main, vendor="northwind", price="390",
                                  valid_until=date.today() + timedelta(days=10), conditions="Fitted, 2 year warranty")
    assert dialog.isVisible()  # "northwind" alone names no vendor exactly
    dialog.vendor_combo.setCurrentIndex(dialog.vendor_combo.findText(KNOWN))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    dialog = _add_offer_in_dialog(qtbot, main, sender=SENDER, price="420", valid_until=yesterday,
                                  conditions="Collected from the shop")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert page.detail.offers_title.text() == "Offers (2)"
    assert page.list.model.data(page.list.model.index(0, RequestTableModel.OFFERS)) == "2"

    offers = page.detail.offers_model
    rows = [[offers.data(offers.index(r, c)) for c in range(offers.columnCount())] for r in range(offers.rowCount())]
    assert rows[0][:5] == [KNOWN, "390.00 EUR", (date.today() + timedelta(days=10)).isoformat(), "4.5 ★ (1)", "Open"]
    assert rows[0][5] == "Fitted, 2 year warranty"
    assert rows[1][:5] == [SENDER, "420.00 EUR", yesterday.isoformat(), "—", "Expired"]
    assert offers.data(offers.index(1, OfferTableModel.STANDING), Qt.ItemDataRole.ToolTipRole) == "not in your vault"
    assert offers.data(offers.index(1, OfferTableModel.VALID_UNTIL), Qt.ItemDataRole.ToolTipRole).endswith("(expired)")
    assert offers.data(offers.index(1, OfferTableModel.STATUS), Qt.ItemDataRole.ForegroundRole) == EXPIRED_COLOUR

    # fewer than two selected: all offers side by side, the selected one's column chosen
    compare = page.detail.comparison
    assert page.detail.compare_box.isVisibleTo(page) and compare.columnCount() == 2
    headers = [compare.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == [KNOWN, SENDER]
    aspects = [compare.headerData(r, Qt.Orientation.Vertical) for r in range(compare.rowCount())]
    assert aspects == ["Price", "Against your budget", "Valid until", "Vendor standing", "Conditions", "Received"]
    column = {name: [compare.data(compare.index(r, c)) for r in range(compare.rowCount())] for c, name in enumerate(headers)}
    assert column[KNOWN][C.PRICE] == "390.00 EUR\ncheapest" and column[SENDER][C.PRICE] == "420.00 EUR"
    assert column[KNOWN][C.BUDGET] == "within budget" and column[SENDER][C.BUDGET] == "20.00 EUR over budget"
    assert column[KNOWN][C.STANDING] == "4.5 ★ (1)" and column[SENDER][C.STANDING] == "not in your vault"
    assert column[SENDER][C.VALID_UNTIL] == f"{yesterday.isoformat()} (expired)"
    assert column[KNOWN][C.CONDITIONS] == "Fitted, 2 year warranty"
    assert compare.data(compare.index(C.PRICE, 0), Qt.ItemDataRole.BackgroundRole) == CHEAPEST_BACKGROUND
    assert compare.data(compare.index(C.PRICE, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert compare.data(compare.index(C.VALID_UNTIL, 1), Qt.ItemDataRole.ForegroundRole) == EXPIRED_COLOUR

    # both selected: still both, and Accept waits for one
    _select_rows(page, [0, 1])
    assert compare.columnCount() == 2 and "2 offers selected" in page.detail.compare_hint.text()
    assert not page.detail.accept_action.isEnabled()
    # choosing the sender's column in the comparison chooses that offer
    page.detail.compare_view.selectColumn(1)
    assert [v.sender for v in page.detail._selected_offers()] == [SENDER]
    assert page.detail.accept_action.isEnabled()

    page.detail.accept_action.trigger()
    dialog = _dialog(qtbot, main, AcceptOfferDialog)
    assert isinstance(dialog, AcceptOfferDialog)
    said = dialog.summary()
    assert "cannot be undone" in said and "added as a vendor" in said and "other offers stay" in said
    assert "valid until" in dialog.banner.text()
    assert dialog.name_edit.isVisibleTo(dialog) and dialog.name_edit.text() == SENDER
    dialog.name_edit.clear()
    assert not dialog.ok_button.isEnabled()  # a new vendor needs a name
    qtbot.keyClicks(dialog.name_edit, "x" * 201)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at most 200" in dialog.message("name")
    assert requests.get_request(db, request_id).status is RequestStatus.OPEN and vendors.count_vendors(db) == 1
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Tyre Company Ltd")
    with qtbot.waitSignal(page.vendor_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    new_id = changed.args[0]
    assert new_id != known_id and vendors.get_vendor(db, new_id).name == "Tyre Company Ltd"
    assert requests.get_request(db, request_id).status is RequestStatus.FULFILLED
    (entry,) = timeline.page(db, vendor_id=new_id)
    assert entry.kind is InteractionKind.OFFER_ACCEPTED and entry.amount == Money(42000, "EUR")
    assert page.detail.status_chip.text() == "Fulfilled" and not page.detail.accept_action.isEnabled()
    assert offers.data(offers.index(offers.row_of(page.detail._selected_offers()[0].id), OfferTableModel.STATUS)) == "Accepted"
    # the window: the vendor list has the new vendor; the status bar offers to open it
    assert "Tyre Company Ltd" in [main.vendors_page.model.vendor(r).name for r in range(main.vendors_page.model.rowCount())]
    assert main.vendors_page.pane.count_label.text() == "2 vendors"
    assert "Tyre Company Ltd" in main.statusBar().currentMessage() and main.status_bar.show_vendor_button.isVisible()
    main.statusBar().showMessage("Something else")  # the button belongs to its message
    assert not main.status_bar.show_vendor_button.isVisible()
    main.statusBar().showMessage(main.status_bar._changed_text)
    qtbot.mouseClick(main.status_bar.show_vendor_button, Qt.MouseButton.LeftButton)
    assert main.current_page() == VENDORS
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().id == new_id


def test_accepting_a_known_vendors_offer_updates_that_vendor(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    db = vault.db
    known_id = _known_vendor(db)
    request_id = _open_request(db)
    requests.add_offer(db, OfferDraft(request_id=request_id, vendor_id=known_id, price=Money.parse("390", "EUR")))
    requests.add_offer(db, OfferDraft(request_id=request_id, sender=SENDER, price=Money.parse("420", "EUR")))
    main.refresh()
    page = main.requests_page
    main.go_to(REQUESTS)
    page.detail.offers_view.selectRow(0)
    page.detail.accept_action.trigger()
    dialog = _dialog(qtbot, main, AcceptOfferDialog)
    assert isinstance(dialog, AcceptOfferDialog)
    assert not dialog.name_edit.isVisibleTo(dialog) and f"{KNOWN}’s timeline" in dialog.summary()
    with qtbot.waitSignal(page.vendor_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [known_id]
    assert vendors.count_vendors(db) == 1
    (entry,) = timeline.page(db, vendor_id=known_id)
    assert entry.kind is InteractionKind.OFFER_ACCEPTED and TITLE in entry.note
    assert main.overview.requests.model.rowCount() == 0  # no open request left on the Overview


def test_a_search_hit_selects_the_request_and_clears_a_filter_that_hid_it(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, vault = _main(qtbot, make_controller, existing_vault)
    wanted = _open_request(vault.db)
    requests.create_request(vault.db, RequestDraft(title="A quiet dishwasher"))
    main.refresh()
    page = main.requests_page
    page.list.status_combo.setCurrentIndex(page.list.status_combo.findData(RequestStatus.DRAFT.value))
    assert page.list.model.rowCount() == 1 and page.current_request().title == "A quiet dishwasher"
    page.list.status_combo.setCurrentIndex(page.list.status_combo.findData(RequestStatus.EXPIRED.value))
    assert page.list.model.rowCount() == 0 and page.list.no_match.text() == "No expired requests."
    assert page.current_request() is None and page.detail.currentWidget() is page.detail.nothing_chosen
    assert page.select(wanted) and page.list.status_combo.currentIndex() == 0
    assert page.current_request().id == wanted and page.list.model.rowCount() == 2


def _texts_in_window(main: MainWindow) -> list[str]:
    """What the window's own widgets show (not those of dialogs, which are windows of their own)."""
    texts: list[str] = []
    for widget in [main, *main.findChildren(QWidget)]:
        if widget.window() is not main:
            continue
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if not widget.findChildren(QWidget) or isinstance(widget, QAbstractItemView):
            texts += visible_texts(widget)
    return texts


# -- models and lock ----------------------------------------------------------------------------
def _populated(db) -> int:
    known_id = _known_vendor(db)
    request_id = _open_request(db, budget_min=Money.parse("300", "EUR"), budget_max=Money.parse("400", "EUR"),
                               description="Four tyres", needed_by=date.today() - timedelta(days=2))
    requests.add_offer(db, OfferDraft(request_id=request_id, vendor_id=known_id, price=Money.parse("390", "EUR"),
                                      conditions="Fitted"))
    requests.add_offer(db, OfferDraft(request_id=request_id, sender=SENDER, price=Money.parse("420", "EUR"),
                                      valid_until=date.today() - timedelta(days=1)))
    requests.add_offer(db, OfferDraft(request_id=request_id, sender="No Price Ltd"))
    requests.create_request(db, RequestDraft(title="A quiet dishwasher"))
    return request_id


def test_every_model_passes_the_model_tester_on_a_populated_vault(
    new_vault: tuple[Vault, str], qtmodeltester: ModelTester
) -> None:
    vault, _ = new_vault
    request_id = _populated(vault.db)
    request_model = RequestTableModel()
    request_model.set_requests(load_requests(vault.db))
    assert request_model.rowCount() == 2
    late = request_model.row_of(request_id)
    assert request_model.data(request_model.index(late, RequestTableModel.NEEDED_BY), Qt.ItemDataRole.ForegroundRole)
    qtmodeltester.check(request_model, force_py=True)

    views = load_offers(vault.db, request_id)
    offer_model = OfferTableModel()
    offer_model.set_offers(views)
    assert offer_model.rowCount() == 3 and offer_model.data(offer_model.index(2, OfferTableModel.PRICE)) == "no price"
    qtmodeltester.check(offer_model, force_py=True)

    comparison = ComparisonModel()
    comparison.set_offers(views, requests.get_request(vault.db, request_id))
    assert comparison.columnCount() == 3 and comparison.is_cheapest(0) and not comparison.is_cheapest(2)
    assert comparison.data(comparison.index(C.BUDGET, 2)) == ""
    qtmodeltester.check(comparison, force_py=True)
    comparison.clear()
    assert comparison.rowCount() == 0 and comparison.columnCount() == 0
    assert comparison.index(0, 0, QModelIndex()).isValid() is False


def test_prices_in_different_currencies_have_no_cheapest(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    request_id = _open_request(vault.db)
    for sender, price in ((SENDER, Money.parse("420", "EUR")), ("Dollar Tyres", Money.parse("300", "USD"))):
        requests.add_offer(vault.db, OfferDraft(request_id=request_id, sender=sender, price=price))
    comparison = ComparisonModel()
    comparison.set_offers(load_offers(vault.db, request_id), requests.get_request(vault.db, request_id))
    assert not comparison.is_cheapest(0) and not comparison.is_cheapest(1)
    assert comparison.data(comparison.index(C.BUDGET, 0)) == "no budget set"


def test_lock_empties_the_page_and_every_model(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    request_id = _populated(controller.vault.db)
    main.refresh()
    main.go_to(REQUESTS)
    page = main.requests_page
    assert page.select(request_id)
    page.detail.add_offer_action.trigger()
    dialog = _dialog(qtbot, main, OfferDialog)
    assert page.detail.offers_model.rowCount() == 3 and page.detail.comparison.columnCount() == 3
    texts = " ".join(visible_texts(main))
    assert TITLE in texts and SENDER in texts

    controller.lock()
    assert page.list.model.rowCount() == 0 and page.detail.offers_model.rowCount() == 0 and page.detail.comparison.columnCount() == 0
    assert page.current_request() is None and not dialog.isVisible()
    assert not page.new_request_action.isEnabled() and not page.detail.accept_action.isEnabled()
    leftover = " ".join(_texts_in_window(main))  # the closed dialog is deleted with the window
    for secret in (TITLE, SENDER, KNOWN, "Four tyres", "390.00"):
        assert secret not in leftover


def test_alt_letters_on_the_page_lead_to_one_control_and_none_is_a_menu_s(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    from test_mnemonics import _MNEMONIC, _assert_unique, _mnemonics

    main, vault = _main(qtbot, make_controller, existing_vault)
    request_id = _open_request(vault.db)
    requests.add_offer(vault.db, OfferDraft(request_id=request_id, sender=SENDER))
    main.refresh()
    main.go_to(REQUESTS)
    qtbot.waitUntil(main.requests_page.isVisible, timeout=WAIT_MS)
    page = main.requests_page
    _assert_unique(page, "requests page")
    menus = {m.lower() for action in main.menuBar().actions() for m in _MNEMONIC.findall(action.text())}
    assert not menus & set(_mnemonics(page)), "an Alt+letter on the page is also a menu's"
    for kind, action in ((RequestDialog, page.new_request_action), (OfferDialog, page.detail.add_offer_action)):
        action.trigger()
        dialog = _dialog(qtbot, main, kind)
        _assert_unique(dialog, kind.__name__)
        dialog.reject()
