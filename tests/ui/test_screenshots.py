"""Render every window to PNG, in the light and the dark theme, so that people can look at them.

`make screenshots` runs these (marker `screenshots`; `make test` leaves them out, and
test_theme_windows.py checks there, without files, that every kind of window draws in the
theme's colours). The files go to $MYVENDORS_SCREENSHOT_DIR when it is set (`make screenshots`
sets `screenshots/`, which git ignores), else to a temporary folder; the dark ones end in
`-dark`. Each picture is checked to be drawn, in the theme's colours, and the main window's
layout is measured (tests/ui/layout_check.py): shown at its default size on a 1366×768 screen,
every table's essential columns are inside the viewport and none of their texts is cut.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore
from layout_check import layout_problems
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase, wait_idle

from myvendors.domain import agreements, attachments, follow_ups, reputation, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    VendorStatus,
)
from myvendors.ui import i18n, theme
from myvendors.ui.main_window import REPUTATION, REQUESTS, VENDORS, MainWindow
from myvendors.ui.help import HelpWindow
from myvendors.ui.window_state import initial_geometry
from myvendors.ui.models.reputation import ME
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog

# Out of `make test`; the real Argon2id, so that the pictures show what people see (the key strength).
pytestmark = [pytest.mark.screenshots, pytest.mark.real_kdf]

SAMPLE_VENDORS = (
    ("Northwind Energy", "https://northwind-energy.example"),
    ("Contoso Mobile", "https://contoso-mobile.example"),
    ("Fabrikam Insurance", None),
    ("Tailspin Books", "https://tailspin.example"),
    ("Woodgrove Bank", "https://woodgrove.example"),
)


@pytest.fixture(params=["light", "dark"], autouse=True)
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Every screen in both themes (the dark files end in -dark)."""
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "light")


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("MYVENDORS_SCREENSHOT_DIR")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


LAPTOP = QRect(0, 0, 1366, 768)  # the main window as it opens on a laptop's screen
FRAME = QMargins(1, 24, 1, 5)


def _save(qtbot: QtBot, widget: QWidget, folder: Path, name: str, *, keep_size: bool = False) -> None:
    qtbot.waitExposed(widget)
    if isinstance(widget, MainWindow) and not keep_size:
        QApplication.processEvents()  # the window's own first placement (inside the test's smaller screen) is done
        geometry = initial_geometry(LAPTOP, FRAME, None)
        if widget.geometry() != geometry:
            widget.setGeometry(geometry)
    for _ in range(6):  # layouts asked for by the last change (a longer count label), the splitter, the columns
        QApplication.processEvents()
    if isinstance(widget, MainWindow):
        assert layout_problems(widget) == [], name
    dark = theme.is_dark()
    target = folder / f"{name}{'-dark' if dark else ''}.png"
    assert widget.grab().save(str(target)), target
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200 and image.height() > 150
    corner = image.pixelColor(image.width() - 3, image.height() - 3).lightness()  # the window's own background
    assert (corner < 100) if dark else (corner > 150), (name, corner)


def test_render_first_run(qtbot: QtBot, make_controller, vault_path: Path, shots: Path) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    _save(qtbot, window, shots, "first-run-1-empty")

    form = window.create_page.form
    qtbot.keyClicks(form.passphrase_edit, "sunflower")
    qtbot.keyClicks(form.repeat_edit, "sunflowers!")
    _save(qtbot, window, shots, "first-run-2-typing")

    form.passphrase_edit.clear()
    form.repeat_edit.clear()
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    _save(qtbot, window, shots, "first-run-3-ready")

    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is window.recovery_page, timeout=WAIT_MS)
    _save(qtbot, window, shots, "first-run-4-recovery-key")
    qtbot.mouseClick(window.recovery_page.copy_button, Qt.MouseButton.LeftButton)
    window.recovery_page.confirm.setChecked(True)
    _save(qtbot, window, shots, "first-run-5-recovery-key-saved")
    window.clipboard.clear_now()


def test_render_unlock(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    controller = make_controller(existing_vault, keystore=MemoryKeyStore())
    window = unlock_window(qtbot, controller)
    _save(qtbot, window, shots, "unlock-1-normal")

    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, "not it")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text() != "", timeout=WAIT_MS)
    _save(qtbot, window, shots, "unlock-2-wrong-passphrase")

    window.show_damaged(
        f"The vault file {existing_vault} is damaged or not a MyVendors vault: the encrypted pages do not check out.",
        backup=str(existing_vault.parent / "backups" / "test" / "20261125T101500000000Z-manual"),
    )
    _save(qtbot, window, shots, "unlock-2b-damaged")
    page.banner.clear()

    window.set_busy(True)  # what the window looks like while the key is derived
    _save(qtbot, window, shots, "unlock-3-busy")
    window.set_busy(False)

    window.show_recovery_page()
    _save(qtbot, window, shots, "unlock-4-recovery")


def test_render_unlock_without_keyring(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    window = unlock_window(qtbot, make_controller(existing_vault))
    _save(qtbot, window, shots, "unlock-5-no-keyring")


def test_render_main_window_and_dialogs(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    _save(qtbot, main, shots, "main-1-empty")

    assert controller.vault is not None
    for name, website in SAMPLE_VENDORS:
        vendors.add_vendor(controller.vault.db, name, website=website)
    main.refresh()
    main.go_to(VENDORS)  # the shot is of the list, not the Overview the window opens on
    _save(qtbot, main, shots, "main-2-vendors")

    for action, kind, name in (
        (main.add_vendor_action, AddVendorDialog, "dialog-add-vendor"),
        (main.vault_actions.change_passphrase_action, ChangePassphraseDialog, "dialog-change-passphrase"),
        (main.vault_actions.settings_action, SettingsDialog, "dialog-settings"),
    ):
        action.trigger()
        qtbot.waitUntil(lambda kind=kind: any(d.isVisible() for d in main.findChildren(kind)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(kind) if d.isVisible())
        _save(qtbot, dialog, shots, name)
        if isinstance(dialog, SettingsDialog):
            wait_idle(qtbot, controller)  # the keyring's answer is shown
            for index, tab in enumerate(("security", "backups", "reminders", "appearance")):
                dialog.tabs.setCurrentIndex(index)
                _save(qtbot, dialog, shots, f"dialog-settings-{index + 1}-{tab}")
            dialog.tabs.setCurrentIndex(0)
            dialog.kdf_combo.setCurrentIndex(1)
            prompt = dialog.ask_kdf_passphrase()
            _save(qtbot, prompt, shots, "dialog-settings-5-key-strength")
            prompt.reject()
        dialog.reject()


def test_render_overview_and_search(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    from test_shell import _populate  # the same records the shell tests use

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    _save(qtbot, main, shots, "overview-1-empty")

    assert controller.vault is not None
    _populate(controller.vault.db)
    for name, website in SAMPLE_VENDORS:
        vendors.add_vendor(controller.vault.db, name, website=website)
    main.refresh()
    _save(qtbot, main, shots, "overview-2-populated")

    main.focus_search()
    qtbot.keyClicks(main.search_field, "qu")
    qtbot.waitUntil(main.search_field.popup.isVisible, timeout=WAIT_MS)
    _save(qtbot, main, shots, "search-1-results")

    qtbot.keyClick(main.search_field, Qt.Key.Key_Return)
    _save(qtbot, main, shots, "search-2-vendor-opened")

    db = controller.vault.db
    categories = {"Northwind Energy": "Utilities", "Contoso Mobile": "Telecom", "Fabrikam Insurance": "Insurance",
                  "Tailspin Books": "Shop", "Woodgrove Bank": "Bank"}
    for vendor in vendors.list_vendors(db):
        if vendor.name in categories:
            vendors.update_vendor(db, vendor.id, category=categories[vendor.name])
            if vendor.name == "Woodgrove Bank":
                vendors.update_vendor(db, vendor.id, status=VendorStatus.FORMER)
            if vendor.name == "Contoso Mobile":
                agreements.add_agreement(db, AgreementDraft(
                    vendor_id=vendor.id, kind=AgreementKind.CONTRACT, title="Phone plan",
                    price=Money.parse("19.99", "EUR"), period=BillingPeriod.MONTHLY,
                ))
                agreements.add_agreement(db, AgreementDraft(
                    vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title="Roaming",
                    price=Money.parse("60", "USD"), period=BillingPeriod.YEARLY,
                ))
                reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date.today(), ratings={"service": 4, "price": 5}))
    main.refresh()
    main.go_to(VENDORS)
    _save(qtbot, main, shots, "vendors-1-list")
    main.vendors_page.pane.view.setFocus()
    main.vendors_page.pane.view.setCurrentIndex(main.vendors_page.model.index(1, 0))
    main.vendors_page.delete_action.trigger()
    _save(qtbot, main, shots, "vendors-2-deleted-undo")
    main.vendors_page.pane.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _save(qtbot, main, shots, "vendors-3-name-descending")

    main.go_to(REQUESTS)
    _save(qtbot, main, shots, "requests-1-list")
    main.go_to(REPUTATION)
    _save(qtbot, main, shots, "reputation-1-list")
    for vendor in vendors.list_vendors(db):
        for days, text, ratings, tags, author in (
            (10, "Friendly on the phone, sorted the bill in one call", {"service": 5, "honesty": 4}, ("phone",), None),
            (40, "Price went up without notice", {"price": 2, "honesty": 2}, ("price-rise",), None),
            (70, "Reliable for years", {"quality": 4, "service": 4, "price": 3}, (), "Sam Rivera"),
        ):
            if vendor.name in ("Northwind Energy", "Woodgrove Bank"):
                reputation.add_note(db, NoteDraft(
                    vendor_id=vendor.id, on=date.today() - timedelta(days=days), text=text, ratings=ratings,
                    tags=tags, author=author,
                ))
    main.refresh()
    _save(qtbot, main, shots, "reputation-2-notes")
    main.reputation_page.set_filter(min_rating=4, author=ME)
    _save(qtbot, main, shots, "reputation-3-filtered")
    main.reputation_page.set_filter(tag="phone", author="Sam Rivera")
    _save(qtbot, main, shots, "reputation-4-no-match")



def test_render_import_preview_and_progress(
    qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from myvendors.ui.importing import ImportPreviewDialog
    from myvendors.ui.progress import ProgressDialog
    from myvendors.ui.worker import Job

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    vendors.add_vendor(controller.vault.db, "Contoso Mobile", website="https://contoso-mobile.example")
    main.refresh()
    path = tmp_path / "suppliers.csv"
    path.write_text(
        "Company;Homepage;E-Mail;Telefon;Branche\n"
        "Northwind Energy;northwind-energy.example;service@northwind-energy.example;+49 30 1234567;Utilities\n"
        "Contoso Mobile;contoso-mobile.example;help@contoso-mobile.example;;Telecom\n"
        "Fabrikam Insurance;;claims@fabrikam.example;+49 89 555000;Insurance\n"
        "Tailspin Books;tailspin.example;;;Shop\n"
        "Broken Row;not a website;;;\n"
        "Woodgrove Bank;woodgrove.example;;+49 69 910000;Bank\n",
        "utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], "")))
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not controller.worker.is_busy(), timeout=WAIT_MS)
    _save(qtbot, dialog, shots, "dialog-import-preview")

    dialog.reject()
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Northwind Energy\r\nFN:Ana Lima\r\nURL:northwind-energy.example\r\n"
        b"EMAIL;TYPE=WORK:service@northwind-energy.example\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+49 30 1234567\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nORG:B\xe4ckerei M\xfcller\r\nTEL;WORK:+49 89 555000\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Contoso Mobile\r\nEND:VCARD\r\n"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(cards)], "")))
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() and d.path == cards for d in main.findChildren(ImportPreviewDialog)),
                    timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not controller.worker.is_busy(), timeout=WAIT_MS)
    _save(qtbot, dialog, shots, "dialog-import-preview-vcard")

    progress = ProgressDialog(main.tr("Import vendors"), main.tr("Adding 5 vendors…"), dialog)
    progress.follow(Job(), show_after_ms=0)
    progress.set_progress(2, 5)
    qtbot.waitUntil(progress.isVisible, timeout=WAIT_MS)
    assert progress.grab().save(str(shots / "dialog-import-progress.png"))  # short: _save wants 150 px
    dialog.reject()


def test_render_requests(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    from myvendors.domain import requests
    from myvendors.domain.models import OfferDraft, RequestDraft, RequestStatus
    from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog, OfferDialog, RequestDialog

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    main.go_to(REQUESTS)
    _save(qtbot, main, shots, "requests-0-empty")

    assert controller.vault is not None
    db = controller.vault.db
    for name, website in SAMPLE_VENDORS:
        vendors.add_vendor(db, name, website=website)
    northwind = next(v for v in vendors.list_vendors(db) if v.name == "Northwind Energy")
    reputation.add_note(db, NoteDraft(vendor_id=northwind.id, on=date.today(), ratings={"service": 4, "price": 3}))
    older = requests.create_request(db, RequestDraft(title="A quiet dishwasher", category="Home"))
    requests.change_status(db, older.id, RequestStatus.WITHDRAWN)
    request = requests.create_request(db, RequestDraft(
        title="Green electricity for a two-person flat", category="Energy",
        description="About 2,400 kWh a year. 100% renewable from a named source, no nuclear. "
                    "Monthly billing, and I read the meter myself.",
        budget_min=Money.parse("600", "EUR"), budget_max=Money.parse("800", "EUR"), location="Leeds, UK",
        needed_by=date.today() + timedelta(days=40), conditions="No contract longer than 12 months",
    ))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    requests.add_offer(db, OfferDraft(
        request_id=request.id, vendor_id=northwind.id, price=Money.parse("744", "EUR"),
        valid_until=date.today() + timedelta(days=14), conditions="12 months fixed, wind and hydro, 62 EUR a month",
    ))
    requests.add_offer(db, OfferDraft(
        request_id=request.id, sender="Brightwatt Co-op", price=Money.parse("702", "EUR"),
        valid_until=date.today() + timedelta(days=30), conditions="Member-owned; one-off 25 EUR share; cancel any time",
    ))
    requests.add_offer(db, OfferDraft(
        request_id=request.id, sender="Sunny Side Power", price=Money.parse("835", "EUR"),
        valid_until=date.today() - timedelta(days=2), conditions="24 months, solar only",
    ))
    requests.create_request(db, RequestDraft(title="Winter tyres for a small car", needed_by=date.today() + timedelta(days=9)))
    main.refresh()
    page = main.requests_page
    assert page.select(request.id)
    _save(qtbot, main, shots, "requests-1-selected")
    page.detail.offers_view.selectRow(1)
    _save(qtbot, main, shots, "requests-2-offer-chosen")

    for action, kind, name in (
        (page.new_request_action, RequestDialog, "dialog-new-request"),
        (page.detail.edit_action, RequestDialog, "dialog-edit-request"),
        (page.detail.add_offer_action, OfferDialog, "dialog-add-offer"),
        (page.detail.accept_action, AcceptOfferDialog, "dialog-accept-offer"),
    ):
        action.trigger()
        qtbot.waitUntil(lambda kind=kind: any(d.isVisible() for d in main.findChildren(kind)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(kind) if d.isVisible())
        _save(qtbot, dialog, shots, name)
        dialog.reject()


@pytest.mark.parametrize("language", ["de", "fr"])
def test_render_in_german_and_french(
    qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, qapp: QApplication, language: str
) -> None:
    installed = i18n.install(qapp, language)
    try:
        controller = make_controller(existing_vault)
        _save(qtbot, unlock_window(qtbot, controller), shots, f"{language}-unlock")
        main = unlock_with_passphrase(qtbot, controller)
        assert controller.vault is not None
        for name, website in SAMPLE_VENDORS:
            vendors.add_vendor(controller.vault.db, name, website=website)
        main.refresh()
        main.go_to(VENDORS)
        _save(qtbot, main, shots, f"{language}-main-vendors")
        main.setGeometry(initial_geometry(QRect(0, 0, 1024, 700), FRAME, None))  # a small screen: measured too
        assert main.show_vendor(vendors.list_vendors(controller.vault.db)[0].id)
        _save(qtbot, main, shots, f"{language}-main-vendors-1024x700", keep_size=True)
        main.vault_actions.settings_action.trigger()
        qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
        wait_idle(qtbot, controller)
        _save(qtbot, dialog, shots, f"{language}-dialog-settings-security")
        dialog.tabs.setCurrentIndex(2)
        _save(qtbot, dialog, shots, f"{language}-dialog-settings-reminders")
        dialog.tabs.setCurrentIndex(3)
        _save(qtbot, dialog, shots, f"{language}-dialog-settings-appearance")
        dialog.reject()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _reminders_to_show(db) -> None:
    """A few things coming up: a cancel-by date, a free trial's end, a renewal, a follow-up (one overdue)."""
    today = date.today()
    ids = {name: vendors.add_vendor(db, name, website=website).id for name, website in SAMPLE_VENDORS}
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=ids["Contoso Mobile"], kind=AgreementKind.CONTRACT, title="Phone plan 20 GB",
        price=Money.parse("19.99", "EUR"), period=BillingPeriod.MONTHLY, renewal=today + timedelta(days=33),
        notice_days=30, reference="CM-2231-0987"))
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=ids["Tailspin Books"], kind=AgreementKind.SUBSCRIPTION, title="Audiobooks Unlimited",
        price=Money.parse("9.99", "EUR"), period=BillingPeriod.MONTHLY, start=today - timedelta(days=25),
        trial_end=today + timedelta(days=5), renewal=today + timedelta(days=6)))
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=ids["Fabrikam Insurance"], kind=AgreementKind.CONTRACT, title="Home contents insurance",
        price=Money.parse("312", "EUR"), period=BillingPeriod.YEARLY, renewal=today + timedelta(days=12)))
    follow_ups.add(db, ids["Northwind Energy"], today - timedelta(days=2), "Final meter reading confirmed?")
    follow_ups.add(db, ids["Woodgrove Bank"], today + timedelta(days=1), "Account closing letter arrived?")


def test_render_reminders(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, qapp: QApplication) -> None:
    """The Overview's Coming up list and the Reminders settings, in English and in German."""
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    _reminders_to_show(controller.vault.db)
    main.refresh()
    _save(qtbot, main, shots, "reminders-1-overview")
    main.overview.coming_up.view.setFocus()
    main.overview.coming_up.view.setCurrentIndex(main.overview.coming_up.model.index(1))
    _save(qtbot, main, shots, "reminders-2-selected")
    main.vault_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
    wait_idle(qtbot, controller)
    dialog.tabs.setCurrentIndex(2)
    _save(qtbot, dialog, shots, "reminders-3-settings")
    dialog.reject()
    controller.lock()

    installed = i18n.install(qapp, "de")
    try:
        main = unlock_with_passphrase(qtbot, controller)
        _save(qtbot, main, shots, "de-reminders-1-overview")
        main.vault_actions.settings_action.trigger()
        qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
        wait_idle(qtbot, controller)
        dialog.tabs.setCurrentIndex(2)
        _save(qtbot, dialog, shots, "de-reminders-3-settings")
        dialog.reject()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_render_vendor_detail(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    from test_shell import _populate  # the same records the shell tests use

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    for name, website in SAMPLE_VENDORS:
        vendors.add_vendor(db, name, website=website)
    vendors.update_vendor(
        db, vendor_id, category="Streaming", email="help@quillfeather.example", phone="+44 20 7946 0000",
        address="1 Example Street, London", tags=("music", "family"), notes="Family plan shared with the kids.",
    )
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor_id, kind=AgreementKind.WARRANTY, title="Speaker warranty", start=date(2025, 3, 1),
        end=date(2027, 3, 1),
    ))
    now = datetime.now(UTC)
    for days, kind, amount, note in (
        (1, InteractionKind.PAYMENT, "17.99", "monthly charge"),
        (9, InteractionKind.CONVERSATION, None, "asked about the student discount"),
        (40, InteractionKind.RECOMMEND, None, "told Sam about the family plan"),
        (70, InteractionKind.COMPLAINT, None, "price went up without notice"),
        (120, InteractionKind.CONTRACT, None, "signed up for the family plan"),
    ):
        timeline.record(db, InteractionDraft(
            vendor_id=vendor_id, kind=kind, at=now - timedelta(days=days),
            amount=Money.parse(amount, "EUR") if amount else None, channel="web", note=note,
        ))
    reputation.add_note(db, NoteDraft(vendor_id=vendor_id, on=date.today(), text="Good catalogue, fair price",
                                      ratings={"quality": 5, "price": 4, "honesty": 4}, tags=("music",)))
    reputation.add_note(db, NoteDraft(vendor_id=vendor_id, on=date.today(), text="Shares data with advertisers",
                                      ratings={"honesty": 2}, author="Ada"))
    attachments.attach(db, vendor_id, io.BytesIO(b"%PDF-1.4 receipt"), "receipt-2026-11.pdf")
    attachments.attach(db, vendor_id, io.BytesIO(b"x" * 180_000), "family-plan-contract.pdf")
    main.refresh()
    assert main.show_vendor(vendor_id)
    detail = main.vendors_page.detail
    for index, name in enumerate(("profile", "agreements", "timeline", "reputation", "files")):
        detail.tabs.setCurrentIndex(index)
        _save(qtbot, main, shots, f"vendor-detail-{index + 1}-{name}")

    detail.tabs.setCurrentIndex(0)
    detail.profile.edits["email"].setText("not an address")
    detail.profile.save()
    _save(qtbot, main, shots, "vendor-detail-6-profile-error")
    detail.profile.revert()

    agreement = AgreementDialog(None, main)
    agreement.title_edit.setText("Gym")
    agreement.price_edit.setText("12.3.4")
    agreement.show()
    agreement.ok_button.click()
    _save(qtbot, agreement, shots, "dialog-agreement-bad-price")
    agreement.close()
    for dialog, name in ((InteractionDialog(main), "dialog-record-interaction"), (NoteDialog(main), "dialog-add-note")):
        dialog.show()
        _save(qtbot, dialog, shots, name)
        dialog.close()


def test_render_sharing(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    from test_sharing_ui import _world
    from vendor_side import VendorSide

    from myvendors.domain.sharing import packages
    from myvendors.ui.main_window import SHARED
    from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    world = _world(db)
    for name, website in SAMPLE_VENDORS:
        vendors.add_vendor(db, name, website=website)
    main.refresh()
    main.go_to(SHARED)
    _save(qtbot, main, shots, "shared-1-empty")

    wizard = main.sharing.open_wizard(vendor_id=world["shop"].id)
    _save(qtbot, wizard, shots, "share-1-recipient")
    for page, name in ((PAGE_CONTENT, "share-2-what-goes"), (PAGE_TERMS, "share-3-terms"),
                       (PAGE_PREVIEW, "share-4-preview"), (PAGE_DONE, "share-5-done")):
        if page == PAGE_TERMS:
            for field in ("email", "city"):
                wizard.content_page.model.set_checked("fields", field, True)
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=WAIT_MS)
        _save(qtbot, wizard, shots, name)
    wizard.accept()

    request = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",),
                                          terms=(("SD-BASE", {}), ("MV-RETENTION-DAYS", {"days": 7}))))
    vendor = VendorSide("Tyre Co")
    offer = vendor.send(vendor.offer_document(request.draft.document, "420.00"), request.draft.document)
    main.refresh()
    qtbot.wait(20)  # the layout follows the new texts
    _save(qtbot, main, shots, "shared-2-ledger")

    dialog = main.sharing.import_answer()
    dialog.text_edit.setPlainText(offer)
    dialog.check()
    _save(qtbot, dialog, shots, "answer-1-checked")
    dialog.text_edit.setPlainText(offer[:40] + "x" + offer[41:])
    dialog.check()
    _save(qtbot, dialog, shots, "answer-2-refused")
    dialog.text_edit.setPlainText(offer)
    dialog.check()
    dialog.import_now()
    qtbot.wait(20)
    _save(qtbot, main, shots, "shared-3-answer")

    db.execute("DROP TRIGGER ledger_no_update")  # someone edits the file by hand
    db.execute("UPDATE ledger SET entry = replace(entry, 'Bike Shop', 'Bike Shed') WHERE seq = 3")
    main.refresh()
    qtbot.wait(20)
    _save(qtbot, main, shots, "shared-4-altered")

    profile = main.sharing.edit_profile()
    _save(qtbot, profile, shots, "dialog-profile")
    profile.reject()


def test_render_cancellation_letter(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path,
                                    qapp: QApplication) -> None:
    from myvendors.domain.models import VendorDraft
    from myvendors.domain.sharing import packages
    from myvendors.ui.pages.vendors.letter_dialog import LetterDialog

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor = vendors.create_vendor(db, VendorDraft(name="Northwind Energy", email="cancel@northwind-energy.example",
                                                   address="Customer Service, PO Box 1234, 10115 Berlin"))
    packages.set_profile(db, {"name": "Jana Example", "street_address": "Lindenstraße 5", "postal_code": "04109",
                              "city": "Leipzig", "email": "jana@example.org"})
    packages.set_disclosures(db, vendor.id, ["name", "street_address", "postal_code", "city"])
    in_time = agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor.id, kind=AgreementKind.CONTRACT, title="Green electricity", price=Money.parse("64", "EUR"),
        period=BillingPeriod.MONTHLY, renewal=date.today() + timedelta(days=45), notice_days=30, reference="NW-88123"))
    too_late = agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION, title="Smart meter app", period=BillingPeriod.YEARLY,
        renewal=date.today() + timedelta(days=10), notice_days=30))
    for agreement, name in ((in_time, "dialog-letter"), (too_late, "dialog-letter-too-late")):
        dialog = LetterDialog(db, agreement, main, language="en")
        dialog.show()
        _save(qtbot, dialog, shots, name)
        dialog.close()
    installed = i18n.install(qapp, "de")
    try:
        dialog = LetterDialog(db, in_time, main, language="de")
        dialog.show()
        _save(qtbot, dialog, shots, "de-dialog-letter")
        dialog.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_render_dispute_pack(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path,
                             qapp: QApplication) -> None:
    """The dispute pack dialog (Vendors ▸ Dispute pack…), in English and German."""
    from test_dispute_dialog import populate

    from myvendors.ui.pages.vendors.dispute_dialog import DisputeDialog

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    vault = controller.vault
    vendor_id = populate(vault.db)
    dialog = DisputeDialog(vault.db, vault.connection, vendor_id, main, language="en")
    dialog.statement.setPlainText("I paid in advance on 1 October; the sofa never came and my e-mails go unanswered.")
    dialog.show()
    _save(qtbot, dialog, shots, "dialog-dispute-pack")
    dialog.close()
    installed = i18n.install(qapp, "de")
    try:
        dialog = DisputeDialog(vault.db, vault.connection, vendor_id, main, language="de")
        dialog.show()
        _save(qtbot, dialog, shots, "de-dialog-dispute-pack")
        dialog.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_render_recurring_panel(qtbot: QtBot, new_vault, shots: Path, qapp: QApplication) -> None:
    """The recurring charges panel alone (the Money page embeds it): proposals and a price rise, then
    in German, and its empty state."""
    from test_recurring_panel import TODAY, populate

    from myvendors.ui.pages.money.recurring import RecurringPanel

    db = new_vault[0].db
    empty = RecurringPanel(db)
    qtbot.addWidget(empty)
    empty.resize(820, 520)
    empty.refresh()
    empty.show()
    _save(qtbot, empty, shots, "money-recurring-empty")
    populate(db)
    panel = RecurringPanel(db)
    panel.today = TODAY
    qtbot.addWidget(panel)
    panel.resize(820, 520)
    panel.refresh()
    panel.show()
    _save(qtbot, panel, shots, "money-recurring")
    installed = i18n.install(qapp, "de")
    try:
        german = RecurringPanel(db)
        german.today = TODAY
        qtbot.addWidget(german)
        german.resize(820, 520)
        german.refresh()
        german.show()
        _save(qtbot, german, shots, "de-money-recurring")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("name", ["en_US", "en_GB", "fr_FR"])
def test_render_locales(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, name: str) -> None:
    """Dates, amounts and months as a locale writes them (the app's words stay English): a vendor's
    agreements and timeline, and the Money page's months."""
    import spending_data
    from PySide6.QtCore import QLocale
    from test_shell import _populate

    from myvendors.ui.main_window import MONEY

    QLocale.setDefault(QLocale(name))  # as i18n.install does for her system's locale (the fixture puts it back)
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    spending_data.fill(db)
    timeline.record(db, InteractionDraft(vendor_id=vendor_id, kind=InteractionKind.PAYMENT,
                                         at=datetime.now(UTC) - timedelta(days=3), amount=Money.parse("1234.5", "EUR"),
                                         channel="web", note="yearly plan"))
    main.refresh()
    assert main.show_vendor(vendor_id)
    detail = main.vendors_page.detail
    for index, tab in ((1, "agreements"), (2, "timeline")):
        detail.tabs.setCurrentIndex(index)
        _save(qtbot, main, shots, f"locale-{name}-{tab}")
    main.go_to(MONEY)
    qtbot.waitUntil(lambda: main.money_page.report is not None and not main.money_page.is_loading(), timeout=WAIT_MS)
    main.money_page.tabs.setCurrentWidget(main.money_page.months_table)
    _save(qtbot, main, shots, f"locale-{name}-money")


def test_render_money(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, qapp: QApplication) -> None:
    """The Money page at the laptop size (chart, then the month table, with her rates) and, in German,
    at 1024×700; the Overview's spend rows."""
    import spending_data

    from myvendors.domain import settings
    from myvendors.ui.main_window import MONEY, OVERVIEW

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    spending_data.fill(db)
    for vendor in vendors.list_vendors(db):  # payments in this month and the last ones, whatever the date today
        for months_back, amount in ((0, "42.00"), (1, "39.50"), (2, "61.20"), (4, "18.00"), (7, "75.00")):
            timeline.record(db, InteractionDraft(
                vendor_id=vendor.id, kind=InteractionKind.PAYMENT,
                at=datetime.now(UTC) - timedelta(days=30 * months_back + 1), amount=Money.parse(amount, "EUR"),
            ))
    settings.set_values(db, {"main_currency": "EUR", "exchange_rates": "USD 0.92"})
    main.refresh()
    main.go_to(MONEY)
    qtbot.waitUntil(lambda: main.money_page.report is not None and not main.money_page.is_loading(), timeout=WAIT_MS)
    _save(qtbot, main, shots, "money-1-chart")
    main.money_page.tabs.setCurrentWidget(main.money_page.months_table)
    _save(qtbot, main, shots, "money-2-months")
    main.money_page.tabs.setCurrentWidget(main.money_page.vendors_table)
    _save(qtbot, main, shots, "money-3-vendors")
    main.go_to(OVERVIEW)
    _save(qtbot, main, shots, "money-4-overview")

    controller.lock()
    installed = i18n.install(qapp, "de")
    try:
        main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
        main.setGeometry(initial_geometry(QRect(0, 0, 1024, 700), FRAME, None))  # a small screen
        main.go_to(MONEY)
        qtbot.waitUntil(lambda: main.money_page.report is not None and not main.money_page.is_loading(), timeout=WAIT_MS)
        _save(qtbot, main, shots, "de-money-1024x700", keep_size=True)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


STATEMENT_CSV = (  # a bank's export: notes before the header, ";", decimal comma, dates either way round (01/03)
    "Umsätze Girokonto;;;;\n"
    "Zeitraum: 01.03.2026 - 12.04.2026;;;;\n"
    ";;;;\n"
    "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n"
    "01/03/2026;NETFLIX.COM 866-579-7172 CA;Abo März;-12,99;EUR\n"
    "02/03/2026;CONTOSO-MOBILE.EXAMPLE;Rechnung 4711;-29,99;EUR\n"
    "03/03/2026;Northwind Energy GmbH;Abschlag März;-80,00;EUR\n"
    "05/03/2026;SQ *KIOSK AM ECK;;-3,50;EUR\n"
    "06/03/2026;Tailspin Books;Bestellung 2231;-24,90;EUR\n"
    "07/03/2026;Tailspin Books;Gutschrift;;EUR\n"
    "01/04/2026;NETFLIX.COM 866-579-7172 CA;Abo April;-12,99;EUR\n"
    "02/04/2026;CONTOSO-MOBILE.EXAMPLE;Rechnung 4790;-29,99;EUR\n"
    "03/04/2026;Northwind Energy GmbH;Abschlag April;-80,00;EUR\n"
    "09/04/2026;Fabrikam Insurance;Beitrag Q2;-61,20;EUR\n"
    "11/04/2026;SQ *KIOSK AM ECK;;-2,80;EUR\n"
    "12/04/2026;Spotify AB;P2F3C1;-10,99;EUR\n"
)


@pytest.mark.parametrize("language", ["en", "de"])
def test_render_statement_import(
    qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, language: str,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from myvendors.ui.statements import StatementImportDialog

    installed = i18n.install(qapp, language)
    prefix = "" if language == "en" else f"{language}-"
    try:
        controller = make_controller(existing_vault)
        main = unlock_with_passphrase(qtbot, controller)
        assert controller.vault is not None
        for name, website in (*SAMPLE_VENDORS, ("Netflix", "https://www.netflix.com")):
            vendors.add_vendor(controller.vault.db, name, website=website)
        main.refresh()
        path = tmp_path / "Umsaetze_Girokonto.csv"
        path.write_text(STATEMENT_CSV, "utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
        main.vault_actions.import_statement_action.trigger()
        qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(StatementImportDialog)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(StatementImportDialog) if d.isVisible())
        wait_idle(qtbot, controller)
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-1-columns")
        step = dialog.read_step
        qtbot.keyClicks(step.account_edit, "Girokonto")
        step.format_combo.setCurrentIndex(step.format_combo.findData("%d/%m/%Y"))
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-2-columns-chosen")
        dialog.resize(1024 - 24, 700 - 60)  # as large as it can be on a 1024×700 screen
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-2-columns-1024x700")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.payee_step.isVisible(), timeout=WAIT_MS)
        wait_idle(qtbot, controller)
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-3-payees-1024x700")
        dialog.resize(920, 620)
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-3-payees")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.close_button.isVisible, timeout=WAIT_MS)
        wait_idle(qtbot, controller)
        _save(qtbot, dialog, shots, f"{prefix}dialog-statement-4-done")
        dialog.accept()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "de"])
def test_render_leaks(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, qapp: QApplication,
                      language: str) -> None:
    """Leak canaries: the Aliases tab with its leaks, the lines that count them (its rows on the Timeline,
    Reputation, Overview), the dialogs, and the share wizard offering a vendor its own address."""
    from myvendors.domain import leaks
    from myvendors.domain.sharing import packages
    from myvendors.ui.pages.vendors.leak_dialogs import AliasDialog, EvidenceDialog, LeakDialog
    from myvendors.ui.sharing.wizard import PAGE_CONTENT

    headers = Path(__file__).resolve().parents[1] / "data" / "headers" / "plus-address-delivered-to.eml"
    installed = i18n.install(qapp, language)
    prefix = "" if language == "en" else f"{language}-"
    try:
        controller = make_controller(existing_vault)
        main = unlock_with_passphrase(qtbot, controller)
        assert controller.vault is not None
        db = controller.vault.db
        packages.set_profile(db, {"name": "Ken Example", "email": "ken@example.com"})
        for name, website in SAMPLE_VENDORS:
            vendors.add_vendor(db, name, website=website)
        acme = vendors.add_vendor(db, "Offers Club", website="https://offers-club.example").id
        contoso = vendors.list_vendors(db)[0].id
        leaks.add_alias(db, acme, "ken+mta-filters@example.com", note="newsletter sign-up")
        leaks.add_alias(db, acme, "+49 170 1234567", kind="phone", note="loyalty card form")
        leaks.add_alias(db, contoso, "ken+contoso@example.com")
        leaks.record_from_headers(db, headers.read_bytes().decode("utf-8"), note="a list I never joined")
        call = leaks.record_by_hand(db, "+49 170 1234567", seen_on=date.today() - timedelta(days=20),
                                    used_by="Energy Deals Ltd", channel="phone")
        leaks.close(db, call.id)
        leaks.retire_alias(db, call.alias_id)  # greyed on the Aliases tab: kept as evidence
        leaks.record_by_hand(db, "ken+contoso@example.com", seen_on=date.today() - timedelta(days=3),
                             used_by="prizes.example")
        timeline.record(db, InteractionDraft(vendor_id=acme, kind=InteractionKind.PAYMENT,
                                             at=datetime.now(UTC) - timedelta(days=30),
                                             amount=Money.parse("4.99", "EUR"), note="membership"))
        reputation.add_note(db, NoteDraft(vendor_id=acme, on=date.today(), text="Cheap, but my inbox paid for it",
                                          ratings={"price": 4, "honesty": 1}))
        main.refresh()
        _save(qtbot, main, shots, f"{prefix}leaks-1-overview")
        assert main.show_vendor(acme)
        detail = main.vendors_page.detail
        detail.tabs.setCurrentWidget(detail.aliases)
        detail.aliases.leak_view.selectRow(0)
        _save(qtbot, main, shots, f"{prefix}leaks-2-aliases-tab")
        detail.tabs.setCurrentWidget(detail.timeline)
        _save(qtbot, main, shots, f"{prefix}leaks-3-timeline")
        detail.tabs.setCurrentWidget(detail.reputation)
        _save(qtbot, main, shots, f"{prefix}leaks-4-reputation-line")
        main.go_to(REPUTATION)  # the vendor marked beside its name, with its leaks counted
        _save(qtbot, main, shots, f"{prefix}leaks-5-reputation-page")
        main.go_to(VENDORS)

        record = LeakDialog("Offers Club", leaks.aliases(db, acme), main)
        record.headers_edit.setPlainText(headers.read_bytes().decode("utf-8"))
        record.show()
        record.ok_button.click()  # the same headers again: refused under the field
        _save(qtbot, record, shots, f"{prefix}dialog-leak-headers-again")
        record.close()
        by_hand = LeakDialog("Offers Club", leaks.aliases(db, acme), main)
        by_hand.alias_combo.setCurrentIndex(1)
        by_hand.show()
        _save(qtbot, by_hand, shots, f"{prefix}dialog-leak-by-hand")
        by_hand.close()
        alias = AliasDialog("Offers Club", "ken+offers-club@example.com", main)
        alias.show()
        _save(qtbot, alias, shots, f"{prefix}dialog-add-alias")
        alias.close()
        leak = next(x for x in leaks.leaks(db, vendor_id=acme) if x.how == "headers")
        evidence = EvidenceDialog(leak, leaks.evidence_of(db, leak.id) or "", main)
        evidence.show()
        _save(qtbot, evidence, shots, f"{prefix}dialog-leak-headers")
        evidence.close()

        wizard = main.sharing.open_wizard(vendor_id=vendors.list_vendors(db)[1].id)
        qtbot.waitExposed(wizard)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_CONTENT, timeout=WAIT_MS)
        content = wizard.content_page
        for key in ("name", "email"):
            leaf = content.model.leaf("fields", key)
            assert leaf is not None
            leaf.setCheckState(Qt.CheckState.Checked)
        assert not content.alias_box.isHidden()
        content.alias_box.setChecked(True)
        _save(qtbot, wizard, shots, f"{prefix}wizard-alias-offered")
        wizard.reject()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "de"])
def test_render_trusted_contacts(
    qtbot: QtBot, make_controller, existing_vault: Path, shots: Path, tmp_path: Path, qapp: QApplication, language: str,
) -> None:
    """The Trusted contacts page (empty, then with a contact and vendors new to her), Add contact with a
    key's numbers, Export my key with its QR code, a contact's notes (an unknown key put to her, then
    reviewed) and a vendor's Reputation tab with the contacts' standing beside hers."""
    from myvendors.domain.contacts import bundles, keyfile
    from myvendors.domain.sharing import packages
    from myvendors.ui.contacts.add_dialog import AddContactDialog
    from myvendors.ui.contacts.bundle_dialog import BundleDialog
    from myvendors.ui.contacts.key_dialog import KeyDialog
    from myvendors.ui.main_window import CONTACTS
    from myvendors.vault import KdfParams, Vault

    installed = i18n.install(qapp, language)
    prefix = "" if language == "en" else f"{language}-"
    bea, _ = Vault.create(tmp_path / "bea" / "bea.myvendors", "bea's passphrase, long enough", kdf=KdfParams.floor())
    try:
        controller = make_controller(existing_vault)
        main = unlock_with_passphrase(qtbot, controller)
        assert controller.vault is not None
        db = controller.vault.db
        main.go_to(CONTACTS)
        _save(qtbot, main, shots, f"{prefix}contacts-1-empty")

        ids = {name: vendors.add_vendor(db, name, website=website).id for name, website in SAMPLE_VENDORS}
        reputation.add_note(db, NoteDraft(ids["Tailspin Books"], date.today() - timedelta(days=40), "Fast, well packed",
                                          {"quality": 4, "service": 5}))
        theirs = {name: vendors.add_vendor(bea.db, name, website=website).id for name, website in (
            ("Tailspin Books", "https://tailspin.example"), ("Woodgrove Bank", "https://woodgrove.example"),
            ("Lumen Café", "https://lumen.example"), ("Velo Works", "https://veloworks.example"))}
        notes = [reputation.add_note(bea.db, NoteDraft(theirs[name], date.today() - timedelta(days=days), text, ratings)).id
                 for name, days, text, ratings in (
                     ("Tailspin Books", 12, "Rare editions found within a week.", {"quality": 5, "service": 4}),
                     ("Woodgrove Bank", 400, "Fees went up twice without a letter.", {"honesty": 2, "price": 2}),
                     ("Lumen Café", 3, "Best flat white in town, friendly staff.", {"quality": 5, "service": 5}),
                     ("Velo Works", 30, "Repaired my gears the same day.", {"service": 5, "price": 4}))]
        packages.set_profile(bea.db, {"name": "Bea Lindqvist"})
        text = packages.share(bea.db, packages.ShareSpec("reputation", contact="Maren", note_ids=tuple(notes),
                                                         disclose=("name",))).compact
        key_text = keyfile.key_text(keyfile.key_document(bea.db, "Maren", goes_by="Bea Lindqvist"))

        add = AddContactDialog(db, main)
        add.key_edit.setPlainText(key_text)
        add.show()
        _save(qtbot, add, shots, f"{prefix}dialog-contact-add")
        add.close()
        mine = KeyDialog(db, [], main, contact="Bea")
        mine.goes_by_edit.setText("Maren")
        mine.show()
        mine.show_key()
        _save(qtbot, mine, shots, f"{prefix}dialog-contact-my-key")
        mine.close()

        review = BundleDialog(db, main)
        review.show()
        review.load_text(text)
        _save(qtbot, review, shots, f"{prefix}dialog-contact-notes-1-unknown-key")
        review.trust_choice.radios[3].setChecked(True)
        review.take_button.click()
        _save(qtbot, review, shots, f"{prefix}dialog-contact-notes-2-review")
        review.import_button.click()
        _save(qtbot, review, shots, f"{prefix}dialog-contact-notes-3-imported")
        review.close()
        assert bundles.is_bundle(text)

        main.refresh()
        main.go_to(CONTACTS)
        main.contacts_page.view.selectRow(0)
        _save(qtbot, main, shots, f"{prefix}contacts-2-list")
        main.show_vendor(ids["Tailspin Books"])
        detail = main.vendors_page.detail
        detail.tabs.setCurrentWidget(detail.reputation)
        _save(qtbot, main, shots, f"{prefix}contacts-3-vendor-standing")
        voice = detail.reputation.open_voice(detail.reputation.voices_model.record(0))
        _save(qtbot, voice, shots, f"{prefix}dialog-contact-voice")
        voice.close()
    finally:
        bea.close()
        for translator in installed:
            qapp.removeTranslator(translator)


# The pictures the README and the AppStream metainfo show (tests/packaging/test_desktop_files.py
# checks that they name pictures rendered here): the demo vault a person can make with
# `myvendors demo`, on a laptop's screen.


def test_render_for_the_readme_and_the_app_stores(qtbot: QtBot, myvendors_app, shots: Path) -> None:
    from myvendors.ui.main_window import MONEY, OVERVIEW

    main = myvendors_app.window
    idle = lambda: qtbot.waitUntil(lambda: not myvendors_app.worker.is_busy(), timeout=WAIT_MS)  # noqa: E731
    main.go_to(OVERVIEW)
    idle()
    _save(qtbot, main, shots, "readme-overview")
    mobile = next(v.id for v in vendors.list_vendors(myvendors_app.vault.db, limit=500) if v.name == "Nordlicht Mobilfunk")
    assert main.show_vendor(mobile)
    idle()
    _save(qtbot, main, shots, "readme-vendors")
    main.go_to(MONEY)
    idle()
    _save(qtbot, main, shots, "readme-money")


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_render_help(qtbot: QtBot, shots: Path, qapp: QApplication, language: str) -> None:
    """The user guide in each language it is written in: a page of prose and the shortcuts table
    (the window's own words are French once the French translation is compiled)."""
    installed = i18n.install(qapp, language)
    prefix = "" if language == "en" else f"{language}-"
    try:
        for topic, name in (("getting-started#window", "help-getting-started"), ("shortcuts", "help-shortcuts")):
            window = HelpWindow(language=language)
            qtbot.addWidget(window)
            window.resize(980, 640)
            window.show_topic(topic)
            window.show()
            assert window.language == language
            _save(qtbot, window, shots, f"{prefix}{name}")
            window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _save_over(qtbot: QtBot, window: QWidget, box: QWidget, folder: Path, name: str) -> None:
    """A message box as she sees it: drawn over the middle of its window."""
    from PySide6.QtGui import QPainter

    qtbot.waitExposed(box)
    for _ in range(4):
        QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    top_left = (picture.rect().center() - box.rect().center())
    painter.drawPixmap(top_left, box.grab())
    painter.setPen(box.palette().mid().color())
    painter.drawRect(QRect(top_left, box.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    target = folder / f"{name}{'-dark' if theme.is_dark() else ''}.png"
    assert picture.save(str(target)), target
    image = QImage(str(target))
    corner = image.pixelColor(image.width() - 3, image.height() - 3).lightness()
    assert (corner < 100) if theme.is_dark() else (corner > 150), (name, corner)


@pytest.mark.parametrize("language", ["en", "de"])
def test_render_file_given_on_the_command_line(qtbot: QtBot, existing_vault: Path, shots: Path, qapp: QApplication,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
                                               look: str) -> None:
    """What the app says over its first window when a double-clicked file is neither a vault nor a
    document, and when the vault a document is for is open in another MyVendors."""
    from myvendors import app as app_module
    from myvendors.vault import NoKeyStore, Vault
    from myvendors.vault.recent import remember_last_vault, what_to_open

    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)
    installed = i18n.install(qapp, language)
    prefix = "" if language == "en" else f"{language}-"
    remember_last_vault(existing_vault)
    (tmp_path / "holiday-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "offer.myvendors.jwe").write_text("eyJ…")
    try:
        for name, given in (("open-file-neither", "holiday-photo.jpg"), ("open-file-vault-in-use", "offer.myvendors.jwe")):
            holder = Vault.unlock(existing_vault, PASSPHRASE) if name.endswith("in-use") else None
            request = what_to_open(tmp_path / given)
            running = app_module.DesktopApp(qapp, request.vault, keystore=NoKeyStore("test"), kdf_seconds=0)
            theme.apply(qapp, look)  # (the app applied this device's theme)
            try:
                running.start()
                running.open_on_start(request)
                qtbot.waitUntil(lambda r=running: r.notice is not None and r.notice.isVisible(), timeout=WAIT_MS)
                window = running.controller.window
                assert running.notice is not None and window is not None
                _save_over(qtbot, window, running.notice, shots, prefix + name)
                running.notice.accept()
            finally:
                running.dispose()
                if holder is not None:
                    holder.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
