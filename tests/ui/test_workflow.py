"""The main workflows end to end, through the widgets only: a new vault, a vendor with an
agreement, interactions and a rated note; search finds each; a request with two offers compared
and one accepted, which updates the vendor; delete and undo; lock and unlock.

Every step goes through the dialogs and pages a person uses; the services are read only to
check what the widgets wrote.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, first_run_window, unlock_with_passphrase, wait_for_window

from myvendors.domain import agreements, reputation, requests, search, timeline, vendors
from myvendors.domain.models import AgreementKind, BillingPeriod, InteractionKind, Money, RequestStatus
from myvendors.ui.main_window import REQUESTS, VENDORS, MainWindow
from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog, OfferDialog, RequestDialog
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog
from myvendors.ui.unlock import UnlockWindow
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog

VENDOR = "Brightwave Energy"
OTHER = "Kilnworth Heating"
AGREEMENT = "Home electricity"
REQUEST = "A new boiler"
SENDER = "Flamecraft Installers"


def _dialog(qtbot: QtBot, parent: QWidget, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _create_vault(qtbot: QtBot, controller) -> MainWindow:  # type: ignore[no-untyped-def]
    window = first_run_window(qtbot, controller)
    form = window.create_page.form
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.recovery_page, timeout=WAIT_MS)
    window.recovery_page.confirm.setChecked(True)
    qtbot.mouseClick(window.recovery_page.continue_button, Qt.MouseButton.LeftButton)
    main = wait_for_window(qtbot, controller, MainWindow)
    assert isinstance(main, MainWindow)
    return main


def _add_vendor(qtbot: QtBot, main: MainWindow, name: str) -> None:
    main.add_vendor_action.trigger()
    dialog = _dialog(qtbot, main, AddVendorDialog)
    assert isinstance(dialog, AddVendorDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def _search_titles(qtbot: QtBot, main: MainWindow, query: str) -> dict[str, list[str]]:
    """Type into the search field; the grouped results it shows, by group."""
    field, popup = main.search_field, main.search_field.popup
    main.focus_search()
    field.clear()
    qtbot.keyClicks(field, query)
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    groups: dict[str, list[str]] = {}
    heading = ""
    for row in popup.results.rows():
        if row.header:
            heading = row.text
        else:
            groups.setdefault(heading, []).append(row.text)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    return groups


def test_a_customers_week_through_the_widgets(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    controller = make_controller(vault_path)
    main = _create_vault(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db

    # -- a vendor, with an agreement --------------------------------------------------------
    main.go_to(VENDORS)
    _add_vendor(qtbot, main, VENDOR)
    vendor = vendors.page_vendors(db)[0]
    detail = main.vendors_page.detail
    assert detail.vendor_id == vendor.id  # the new vendor is selected and shown beside the list
    detail.tabs.setCurrentWidget(detail.agreements)
    qtbot.mouseClick(detail.agreements.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, detail, AgreementDialog)
    assert isinstance(dialog, AgreementDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgreementKind.SUBSCRIPTION.value))
    qtbot.keyClicks(dialog.title_edit, AGREEMENT)
    qtbot.keyClicks(dialog.price_edit, "84.00")
    dialog.currency_edit.clear()
    qtbot.keyClicks(dialog.currency_edit, "EUR")
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(BillingPeriod.MONTHLY.value))
    renewal = date.today() + timedelta(days=20)
    dialog.renewal_edit.set_value(renewal)
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (agreement,) = agreements.agreements_of(db, vendor.id)
    assert (agreement.title, agreement.price, agreement.renewal) == (AGREEMENT, Money(8400, "EUR"), renewal)

    # -- two interactions on the timeline ----------------------------------------------------
    detail.tabs.setCurrentWidget(detail.timeline)
    for kind, days_ago, note in ((InteractionKind.PAYMENT, 3, "paid the November bill"),
                                 (InteractionKind.COMPLAINT, 1, "meter reading estimated twice")):
        qtbot.mouseClick(detail.timeline.record_button, Qt.MouseButton.LeftButton)
        recorder = _dialog(qtbot, detail, InteractionDialog)
        assert isinstance(recorder, InteractionDialog)
        recorder.kind_combo.setCurrentIndex(recorder.kind_combo.findData(kind.value))
        recorder.when_edit.setDateTime(QDateTime(datetime.now().replace(second=0, microsecond=0) - timedelta(days=days_ago)))
        qtbot.keyClicks(recorder.note_edit, note)
        with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
            qtbot.mouseClick(recorder.ok_button, Qt.MouseButton.LeftButton)
    assert [i.kind for i in timeline.page(db, vendor_id=vendor.id)] == [InteractionKind.COMPLAINT, InteractionKind.PAYMENT]
    assert detail.timeline.model.rowCount() == 2

    # -- a rated note --------------------------------------------------------------------------
    detail.tabs.setCurrentWidget(detail.reputation)
    qtbot.mouseClick(detail.reputation.add_button, Qt.MouseButton.LeftButton)
    noter = _dialog(qtbot, detail, NoteDialog)
    assert isinstance(noter, NoteDialog)
    noter.rating_combos["service"].setCurrentIndex(2)  # 2 stars
    noter.rating_combos["price"].setCurrentIndex(4)
    qtbot.keyClicks(noter.text_edit, "Helpline kept me waiting forty minutes")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(noter.ok_button, Qt.MouseButton.LeftButton)
    assert reputation.standing(db, vendor.id).overall == 3.0
    assert main.vendors_page.model.data(main.vendors_page.model.index(0, main.vendors_page.model.STANDING)).startswith("3.0")

    # -- search finds each of them --------------------------------------------------------------
    assert _search_titles(qtbot, main, "brightwave")["Vendors"] == [VENDOR]
    assert "Agreements" in _search_titles(qtbot, main, "electricity")
    assert "Timeline" in _search_titles(qtbot, main, "meter reading")
    assert "Notes" in _search_titles(qtbot, main, "forty minutes")

    # -- a request, two offers, compared, one accepted -------------------------------------------
    _add_vendor(qtbot, main, OTHER)
    main.go_to(REQUESTS)
    page = main.requests_page
    page.new_request_action.trigger()
    editor = _dialog(qtbot, main, RequestDialog)
    assert isinstance(editor, RequestDialog)
    qtbot.keyClicks(editor.title_edit, REQUEST)
    qtbot.keyClicks(editor.budget_max_edit, "2500")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    (request,) = requests.list_requests(db)
    page.detail.status_actions[RequestStatus.OPEN].trigger()
    qtbot.waitUntil(lambda: requests.get_request(db, request.id).status is RequestStatus.OPEN, timeout=WAIT_MS)
    for vendor_name, sender, price in ((OTHER, None, "2390"), (None, SENDER, "2150")):
        page.detail.add_offer_action.trigger()
        offer = _dialog(qtbot, main, OfferDialog)
        assert isinstance(offer, OfferDialog)
        if vendor_name:
            offer.vendor_radio.setChecked(True)
            offer.vendor_combo.setCurrentIndex(offer.vendor_combo.findText(vendor_name))
        else:
            offer.sender_radio.setChecked(True)
            qtbot.keyClicks(offer.sender_edit, sender)
        qtbot.keyClicks(offer.price_edit, price)
        qtbot.mouseClick(offer.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda offer=offer: not offer.isVisible(), timeout=WAIT_MS)
    compare = page.detail.comparison
    assert compare.columnCount() == 2
    columns = {compare.headerData(c, Qt.Orientation.Horizontal): c for c in range(2)}
    assert compare.data(compare.index(0, columns[SENDER])).startswith("2150.00 EUR")  # the cheapest, marked
    assert "cheapest" in compare.data(compare.index(0, columns[SENDER]))
    page.detail.compare_view.selectColumn(columns[SENDER])
    page.detail.accept_action.trigger()
    accept = _dialog(qtbot, main, AcceptOfferDialog)
    assert isinstance(accept, AcceptOfferDialog)
    with qtbot.waitSignal(page.vendor_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(accept.ok_button, Qt.MouseButton.LeftButton)
    winner = vendors.get_vendor(db, changed.args[0])
    assert winner.name == SENDER and requests.get_request(db, request.id).status is RequestStatus.FULFILLED
    assert [i.kind for i in timeline.page(db, vendor_id=winner.id)] == [InteractionKind.OFFER_ACCEPTED]
    assert SENDER in [main.vendors_page.model.vendor(r).name for r in range(main.vendors_page.model.rowCount())]  # the list shows it

    # -- delete and undo ---------------------------------------------------------------------------
    main.activateWindow()  # the closed dialog hands activation back (a window manager's job; offscreen has none)
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    assert main.show_vendor(vendor.id)
    main.vendors_page.pane.view.setFocus()
    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Delete)
    assert VENDOR not in [main.vendors_page.model.vendor(r).name for r in range(main.vendors_page.model.rowCount())]
    assert search.search(db, "brightwave").total == 0  # a vendor in the trash is not found
    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == VENDOR
    assert len(agreements.agreements_of(db, vendor.id)) == 1 and timeline.count(db, vendor.id) == 2

    # -- lock, then unlock: everything is still there, nothing was left in the widgets --------------
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock = wait_for_window(qtbot, controller, UnlockWindow)
    assert VENDOR not in unlock.windowTitle() and all(
        VENDOR not in (w.windowTitle() or "") for w in QApplication.topLevelWidgets() if w.isVisible()
    )
    main = unlock_with_passphrase(qtbot, controller)
    main.go_to(VENDORS)
    names = [main.vendors_page.model.vendor(r).name for r in range(main.vendors_page.model.rowCount())]
    assert sorted(names) == sorted([VENDOR, OTHER, SENDER])
    assert controller.vault is not None
    assert reputation.standing(controller.vault.db, vendor.id).overall == 3.0
