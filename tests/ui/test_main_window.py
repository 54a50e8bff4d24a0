"""The main window: vendors, Lock (Ctrl+L) and auto-lock clear everything, backup, passphrase, settings."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, click_checkbox, unlock_with_passphrase, visible_texts, wait_for_window

from myvendors.domain import settings, vendors
from myvendors.domain.sharing.packages import set_profile
from myvendors.errors import WrongSecret
from myvendors.ui.actions import settings as actions_settings
from myvendors.ui.actions import help as actions_help
from myvendors.ui.actions import sharing as actions_sharing
from myvendors.ui.actions import vault as actions_vault
from myvendors.ui.actions.host import WindowHost
from myvendors.ui.main_window import VENDORS, MainWindow
from myvendors.ui.pages.vendors import page as vendors_page
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.unlock import UnlockWindow
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog
from myvendors.vault import Vault, list_backups

VENDOR = "Zyxwv Canary Hardware GmbH"
NEW_PASSPHRASE = "purple elephant sings at noon"


def _dialog(qtbot: QtBot, parent: QWidget, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _add_vendor(qtbot: QtBot, main: MainWindow, name: str, website: str = "") -> None:
    main.add_vendor_action.trigger()
    dialog = _dialog(qtbot, main, AddVendorDialog)
    assert isinstance(dialog, AddVendorDialog)
    qtbot.keyClicks(dialog.name_edit, name)
    if website:
        qtbot.keyClicks(dialog.website_edit, website)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_empty_vault_says_so_and_adding_a_vendor_lists_it(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert main.vendors_page.pane.stack.currentIndex() == 0  # "No vendors yet"
    assert main.vendors_page.pane.count_label.text() == "0 vendors"

    _add_vendor(qtbot, main, VENDOR, "https://zyxwv.example")
    assert main.vendors_page.pane.count_label.text() == "1 vendor"
    assert main.vendors_page.pane.stack.currentIndex() == 1
    assert main.vendors_page.model.rowCount() == 1 and main.vendors_page.model.vendor(0).name == VENDOR
    assert controller.vault is not None
    assert [v.name for v in vendors.list_vendors(controller.vault.db)] == [VENDOR]


def test_a_vendor_without_a_name_is_refused_in_the_dialog(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    main.add_vendor_action.trigger()
    dialog = _dialog(qtbot, main, AddVendorDialog)
    assert isinstance(dialog, AddVendorDialog)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "x" * 201)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at most 200" in dialog.name_message.text()
    dialog.reject()


def test_ctrl_l_locks_clears_the_main_window_and_returns_to_unlock(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    _add_vendor(qtbot, main, VENDOR)
    vault = controller.vault
    assert vault is not None
    assert any(VENDOR in text for text in visible_texts(main))

    with qtbot.waitSignal(main.destroyed, timeout=WAIT_MS), qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.vault is None and not vault.is_open
    unlock = wait_for_window(qtbot, controller, UnlockWindow)
    assert unlock.windowTitle() == "MyVendors — locked"
    assert not any(VENDOR in text for text in visible_texts())
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
    # the lock really is a lock: the database is closed and the file can be opened by another process
    Vault.unlock(existing_vault, PASSPHRASE).close()


def test_auto_lock_after_idle(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault, idle_ms=150)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.idle.idle_ms == 150 and controller.idle.is_watching()
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        pass
    assert controller.vault is None
    wait_for_window(qtbot, controller, UnlockWindow)
    assert not controller.idle.is_watching()
    del main


def test_idle_interval_comes_from_the_vault_settings(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        settings.set_value(vault.db, "auto_lock_minutes", 3)
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.idle.idle_ms == 3 * 60_000
    assert "locks after 3 minutes idle" in main.status_bar.state_label.text()


def test_settings_dialog_is_built_from_the_declared_settings_and_saves(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    main.vault_actions.settings_action.trigger()
    dialog = _dialog(qtbot, main, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    assert set(dialog.editors) == {s.key for s in settings.SETTINGS}
    editor = dialog.editors["auto_lock_minutes"]
    editor.setValue(0)
    assert editor.text() == "Off"
    dialog.editors["backups_kept"].setValue(3)
    qtbot.mouseClick(dialog.buttons.buttons()[0] if dialog.buttons.buttons()[0].text() == "OK" else dialog.buttons.buttons()[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert controller.vault is not None
    assert settings.get(controller.vault.db, "auto_lock_minutes") == 0
    assert settings.get(controller.vault.db, "backups_kept") == 3
    assert controller.idle.idle_ms == 0
    assert "auto-lock is off" in main.status_bar.state_label.text()


def test_back_up_now(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    main.vault_actions.backup_action.trigger()
    assert not main.vault_actions.backup_action.isEnabled()  # busy while the copy is made and checked
    qtbot.waitUntil(main.vault_actions.backup_action.isEnabled, timeout=WAIT_MS)
    backups = list_backups(existing_vault)
    assert len(backups) == 1 and backups[0].reason == "manual"
    assert str(backups[0].folder) in main.statusBar().currentMessage()


def test_change_passphrase(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    main.vault_actions.change_passphrase_action.trigger()
    dialog = _dialog(qtbot, main, ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)

    qtbot.keyClicks(dialog.current_edit, "wrong current passphrase")
    qtbot.keyClicks(dialog.form.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.form.repeat_edit, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.current_message.isVisible, timeout=WAIT_MS)
    assert dialog.current_edit.text() == "" and dialog.isVisible()

    qtbot.keyClicks(dialog.current_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.current_edit, Qt.Key.Key_Return)
    assert "Passphrase changed" in main.statusBar().currentMessage()

    controller.lock()
    with pytest.raises(WrongSecret):
        Vault.unlock(existing_vault, PASSPHRASE)
    Vault.unlock(existing_vault, NEW_PASSPHRASE).close()


def test_change_passphrase_rates_her_vendors_and_profile_and_asks_before_a_weak_one(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    vendors.add_vendor(controller.vault.db, "Netflix")
    set_profile(controller.vault.db, {"city": "Wolverhampton"})
    main.vault_actions.change_passphrase_action.trigger()
    dialog = _dialog(qtbot, main, ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)

    weak = "Netflix2024!"  # zxcvbn alone rates it strong
    qtbot.keyClicks(dialog.current_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.form.passphrase_edit, weak)
    qtbot.keyClicks(dialog.form.repeat_edit, weak)
    assert dialog.form.is_weak() and dialog.form.weak_confirm.isVisible()
    assert not dialog.change_button.isEnabled()
    dialog.form.passphrase_edit.clear()
    dialog.form.repeat_edit.clear()
    qtbot.keyClicks(dialog.form.passphrase_edit, "Wolverhampton1984!")
    assert dialog.form.is_weak()
    dialog.form.passphrase_edit.clear()
    qtbot.keyClicks(dialog.form.passphrase_edit, weak)
    qtbot.keyClicks(dialog.form.repeat_edit, weak)

    click_checkbox(qtbot, dialog.form.weak_confirm)
    assert dialog.change_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    controller.lock()
    Vault.unlock(existing_vault, weak).close()


def test_locking_with_a_dialog_open_closes_it_too(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    main.add_vendor_action.trigger()
    dialog = _dialog(qtbot, main, AddVendorDialog)
    assert isinstance(dialog, AddVendorDialog)
    qtbot.keyClicks(dialog.name_edit, VENDOR)
    with qtbot.waitSignal(main.destroyed, timeout=WAIT_MS):
        controller.lock()
    assert not any(VENDOR in text for text in visible_texts())


def test_the_screen_locking_locks_the_vault(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    controller = make_controller(existing_vault)
    if not controller.screen_lock.listening:
        pytest.skip("no D-Bus session bus here (`make test` runs the suite inside one)")
    unlock_with_passphrase(qtbot, controller)
    signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    signal.setArguments([True])
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        assert QDBusConnection.sessionBus().send(signal)
    assert controller.vault is None


def test_forget_all_devices_asks_then_revokes_every_device(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from helpers import MemoryKeyStore
    from PySide6.QtWidgets import QMessageBox

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    controller.vault.remember_on_device(MemoryKeyStore())
    assert "device" in controller.vault.slot_kinds()

    main.vault_actions.forget_devices_action.trigger()
    box = _dialog(qtbot, main, QMessageBox)
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()  # cancel changes nothing
    assert "device" in controller.vault.slot_kinds()

    main.vault_actions.forget_devices_action.trigger()
    box = _dialog(qtbot, main, QMessageBox)
    forget = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    forget.click()
    qtbot.waitUntil(lambda: "device" not in controller.vault.slot_kinds(), timeout=WAIT_MS)
    assert "No device remembers" in main.statusBar().currentMessage()


def test_the_window_is_the_host_its_actions_and_pages_are_given(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    # the signatures are checked by mypy where main_window.py hands itself to the actions as a WindowHost;
    # this checks that no member is missing at run time and that the members do what they say
    host: WindowHost = main
    assert isinstance(host, WindowHost)
    assert host.window() is main and host.shown_page() is main.pages.currentWidget()
    host.show_page(main.vendors_page.pane)
    assert main.current_page() == VENDORS
    for module in (actions_help, actions_settings, actions_sharing, actions_vault, vendors_page):  # they know only the host
        assert "main_window" not in inspect.getsource(module), module.__name__


def test_settings_are_saved_together_or_not_at_all(existing_vault: Path) -> None:
    from myvendors.errors import InvalidInput

    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        with pytest.raises(InvalidInput):
            settings.set_values(vault.db, {"backups_kept": 5, "auto_lock_minutes": -3})
        assert settings.get(vault.db, "backups_kept") == 10
        settings.set_values(vault.db, {"backups_kept": 5, "auto_lock_minutes": 0})
        assert (settings.get(vault.db, "backups_kept"), settings.get(vault.db, "auto_lock_minutes")) == (5, 0)


def test_a_bigger_window_taking_a_small_ones_place_stays_on_screen(qtbot: QtBot) -> None:
    from myvendors.ui.controller import _centred_on

    small, big = QWidget(), QWidget()
    qtbot.addWidget(small)
    qtbot.addWidget(big)
    area = small.screen().availableGeometry()
    big.resize(area.width() * 2 // 3, area.height() * 2 // 3)
    for corner_x, corner_y in ((area.left(), area.top()), (area.right() - 300, area.bottom() - 200)):
        small.setGeometry(corner_x, corner_y, 300, 200)
        placed = _centred_on(big, small)
        assert area.contains(placed), (placed, area)
    small.setGeometry(area.center().x() - 150, area.center().y() - 100, 300, 200)
    placed = _centred_on(big, small)
    assert placed.center() == small.frameGeometry().center() or (placed.center() - small.frameGeometry().center()).manhattanLength() <= 2
