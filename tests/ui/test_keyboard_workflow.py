"""The add-vendor workflow with the keyboard alone: every key goes to whatever has focus, as a
person without a mouse would type it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import vendors
from myvendors.ui.main_window import VENDORS
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(qtbot), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focus(qtbot), text)


def _window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """A closed dialog hands activation back to its parent: a desktop's window manager does that,
    the offscreen platform does not. Focus then goes to the window's own focus widget."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def _dialog(main: QWidget) -> AddVendorDialog | None:
    return next((d for d in main.findChildren(AddVendorDialog) if d.isVisible()), None)


def test_adding_a_vendor_by_keyboard_alone(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None

    _key(qtbot, Qt.Key.Key_2, CTRL)  # Go ▸ Vendors
    assert main.current_page() == VENDORS
    _key(qtbot, Qt.Key.Key_N, CTRL)  # Add vendor…
    qtbot.waitUntil(lambda: _dialog(main) is not None, timeout=WAIT_MS)
    dialog = _dialog(main)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit, timeout=WAIT_MS)  # typing starts with the name

    _type(qtbot, "Keyboard Kiosk")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus(qtbot) is dialog.website_edit
    _type(qtbot, "not a website at all")
    _key(qtbot, Qt.Key.Key_Return)  # Enter submits: the message sits under the website, focus goes there
    qtbot.waitUntil(dialog.website_message.isVisible, timeout=WAIT_MS)
    assert dialog.isVisible() and _focus(qtbot) is dialog.website_edit
    assert vendors.count_vendors(controller.vault.db) == 0  # nothing written

    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "kiosk.example")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    added = vendors.list_vendors(controller.vault.db)
    assert [(v.name, v.website) for v in added] == [("Keyboard Kiosk", "https://kiosk.example")]
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == "Keyboard Kiosk"
    _window_manager_activates(qtbot, main)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.vendors_page.pane.view, timeout=WAIT_MS)  # the new vendor is selected in the list, ready for the next key

    _key(qtbot, Qt.Key.Key_Delete)  # to the trash…
    assert vendors.count_vendors(controller.vault.db) == 0
    _key(qtbot, Qt.Key.Key_Z, CTRL)  # …and back
    assert vendors.count_vendors(controller.vault.db) == 1
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == "Keyboard Kiosk"

    _key(qtbot, Qt.Key.Key_Escape)  # Escape in a list does nothing harmful; Ctrl+N again, then Escape cancels
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _dialog(main) is not None, timeout=WAIT_MS)
    second = _dialog(main)
    assert second is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second.name_edit, timeout=WAIT_MS)
    _type(qtbot, "Not added")
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=WAIT_MS)
    assert vendors.count_vendors(controller.vault.db) == 1
    _window_manager_activates(qtbot, main)
    assert _focus(qtbot) is main.vendors_page.pane.view
