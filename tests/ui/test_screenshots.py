"""Render every window to PNG (light palette) so that people can look at them.

The files go to $MYVENDORS_SCREENSHOT_DIR when it is set (e.g. `screenshots/`, which git
ignores), else to a temporary folder. The test checks only that each picture was drawn.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase

from myvendors.domain import agreements, reputation, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, Money, NoteDraft, VendorStatus
from myvendors.ui.main_window import REPUTATION, REQUESTS, VENDORS
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.vendor_dialog import AddVendorDialog

SAMPLE_VENDORS = (
    ("Northwind Energy", "https://northwind-energy.example"),
    ("Contoso Mobile", "https://contoso-mobile.example"),
    ("Fabrikam Insurance", None),
    ("Tailspin Books", "https://tailspin.example"),
    ("Woodgrove Bank", "https://woodgrove.example"),
)


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("MYVENDORS_SCREENSHOT_DIR")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _save(qtbot: QtBot, widget: QWidget, folder: Path, name: str) -> None:
    qtbot.waitExposed(widget)
    target = folder / f"{name}.png"
    assert widget.grab().save(str(target)), target
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200 and image.height() > 150


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
        (main.change_passphrase_action, ChangePassphraseDialog, "dialog-change-passphrase"),
        (main.settings_action, SettingsDialog, "dialog-settings"),
    ):
        action.trigger()
        qtbot.waitUntil(lambda kind=kind: any(d.isVisible() for d in main.findChildren(kind)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(kind) if d.isVisible())
        _save(qtbot, dialog, shots, name)
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
    main.pane.view.setFocus()
    main.pane.view.setCurrentIndex(main.model.index(1, 0))
    main.delete_vendor_action.trigger()
    _save(qtbot, main, shots, "vendors-2-deleted-undo")
    main.pane.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _save(qtbot, main, shots, "vendors-3-name-descending")

    main.go_to(REQUESTS)
    _save(qtbot, main, shots, "requests-1-list")
    main.go_to(REPUTATION)
    _save(qtbot, main, shots, "reputation-1-list")


def test_render_sharing(qtbot: QtBot, make_controller, existing_vault: Path, shots: Path) -> None:
    from test_sharing_ui import _world
    from vendor_side import VendorSide

    from myvendors.domain.sharing import packages
    from myvendors.ui.main_window import SHARED
    from myvendors.ui.share_wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS

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
