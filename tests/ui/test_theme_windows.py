"""Every kind of window and dialog draws in the theme's colours, light and dark.

The check `make screenshots` makes on each picture (test_screenshots.py), made here on every
kind of window without writing files, so `make test` keeps it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase, wait_idle

from myvendors.domain import requests
from myvendors.domain.models import RequestDraft, RequestStatus
from myvendors.ui import theme
from myvendors.ui.main_window import CONTACTS, OVERVIEW, REPUTATION, REQUESTS, SHARED, VENDORS
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.pages.requests.dialogs import OfferDialog, RequestDialog
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog


@pytest.fixture(params=["light", "dark"])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "light")


def _in_theme(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """Drawn, of a real size, and its own background (a corner) in the theme's lightness."""
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 200 and image.height() > 150, name
    corner = image.pixelColor(image.width() - 3, image.height() - 3).lightness()
    assert (corner < 100) if theme.is_dark() else (corner > 150), (name, corner)


def _dialog(qtbot: QtBot, main: QWidget, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in main.findChildren(kind) if d.isVisible())


def test_every_window_draws_in_the_theme(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path, look: str
) -> None:
    from test_sharing_ui import _world
    from test_shell import _populate

    _in_theme(qtbot, first_run_window(qtbot, make_controller(tmp_path / "new.myvendors")), "first run")
    controller = make_controller(existing_vault)
    window = unlock_window(qtbot, controller)
    _in_theme(qtbot, window, "unlock")
    window.show_recovery_page()
    _in_theme(qtbot, window, "unlock: recovery")
    window.show_unlock_page()
    main = unlock_with_passphrase(qtbot, controller, PASSPHRASE)

    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    world = _world(db)
    request = requests.create_request(db, RequestDraft(title="Green electricity", category="Energy"))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    main.refresh()
    for page, name in ((OVERVIEW, "overview"), (VENDORS, "vendors"), (REQUESTS, "requests"),
                       (REPUTATION, "reputation"), (SHARED, "shared"), (CONTACTS, "trusted contacts")):
        main.go_to(page)
        _in_theme(qtbot, main, name)
    assert main.show_vendor(vendor_id)
    for index in range(main.vendors_page.detail.tabs.count()):
        main.vendors_page.detail.tabs.setCurrentIndex(index)
        _in_theme(qtbot, main, f"vendor detail tab {index}")

    for action, kind in ((main.add_vendor_action, AddVendorDialog), (main.vault_actions.change_passphrase_action, ChangePassphraseDialog),
                         (main.vault_actions.settings_action, SettingsDialog)):
        action.trigger()
        dialog = _dialog(qtbot, main, kind)
        _in_theme(qtbot, dialog, kind.__name__)
        if isinstance(dialog, SettingsDialog):
            wait_idle(qtbot, controller)
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                _in_theme(qtbot, dialog, f"settings tab {index}")
            dialog.tabs.setCurrentIndex(0)
            dialog.kdf_combo.setCurrentIndex(1)
            prompt = dialog.ask_kdf_passphrase()
            _in_theme(qtbot, prompt, "key strength prompt")
            prompt.reject()
        dialog.reject()

    main.go_to(REQUESTS)
    page = main.requests_page
    assert page.select(request.id)
    for action, kind in ((page.new_request_action, RequestDialog), (page.detail.add_offer_action, OfferDialog)):
        action.trigger()
        dialog = _dialog(qtbot, main, kind)
        _in_theme(qtbot, dialog, kind.__name__)
        dialog.reject()
    for dialog in (AgreementDialog(None, main), InteractionDialog(main), NoteDialog(main, today=date.today())):
        dialog.show()
        _in_theme(qtbot, dialog, type(dialog).__name__)
        dialog.close()

    wizard = main.sharing.open_wizard(vendor_id=world["shop"].id)
    _in_theme(qtbot, wizard, "share wizard")
    wizard.reject()
    answer = main.sharing.import_answer()
    _in_theme(qtbot, answer, "import an answer")
    answer.reject()
    profile = main.sharing.edit_profile()
    _in_theme(qtbot, profile, "sharing profile")
    profile.reject()
