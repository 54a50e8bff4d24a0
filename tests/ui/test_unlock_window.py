"""The unlock window: wrong and right passphrase, remember on this device, recovery key, damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore, edit_envelope, passphrase_kdf, snapshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import NO_KEYRING, WAIT_MS, click_checkbox, unlock_window, unlock_with_passphrase, wait_for_window

from myvendors import paths
from myvendors.domain.sharing import ledger
from myvendors.errors import WrongSecret
from myvendors.ui.first_run import FirstRunWindow
from myvendors.ui.main_window import MainWindow
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault import KdfParams, Vault
from myvendors.vault.recent import last_vault

NEW_PASSPHRASE = "purple elephant sings at noon"


def test_an_existing_vault_opens_the_unlock_window_with_its_file_name_only(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    window = unlock_window(qtbot, make_controller(existing_vault))
    assert window.windowTitle() == "MyVendors — locked"
    assert window.unlock_page.subtitle.text() == existing_vault.name
    assert str(existing_vault.parent) not in " ".join(
        w.text() for w in window.findChildren(type(window.unlock_page.subtitle)) if w.isVisible()
    )
    assert not window.unlock_page.unlock_button.isEnabled()  # nothing typed yet


def test_wrong_passphrase_shows_the_error_clears_the_field_and_changes_no_file(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    before = snapshot(existing_vault.parent)
    controller = make_controller(existing_vault)
    window = unlock_window(qtbot, controller)
    page = window.unlock_page

    qtbot.keyClicks(page.passphrase_edit, "not the passphrase")
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text() != "", timeout=WAIT_MS)

    assert "does not open this vault" in page.banner.text()
    assert page.passphrase_edit.text() == ""
    assert page.passphrase_edit.hasFocus()
    assert not page.busy.isVisible() and page.form_area.isEnabled()
    assert isinstance(controller.window, UnlockWindow) and controller.vault is None
    assert snapshot(existing_vault.parent) == before


def test_parameters_changed_since_the_last_unlock_here_say_the_key_file_may_have_been_altered(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    def raise_iterations(data: dict) -> None:  # type: ignore[type-arg]
        passphrase_kdf(data)["iterations"] += 1

    edit_envelope(existing_vault, raise_iterations)  # (created here: this device saw its parameters)
    window = unlock_window(qtbot, make_controller(existing_vault))
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text() != "", timeout=WAIT_MS)
    assert "does not open this vault" in page.banner.text()
    assert "may have been altered" in page.banner.text()
    assert page.passphrase_edit.text() == ""


def test_right_passphrase_opens_the_main_window(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None and controller.vault.is_open
    assert main.windowTitle() == f"{existing_vault.name} — MyVendors"
    assert "unlocked" in main.status_bar.state_label.text()
    assert last_vault() == existing_vault.absolute()


def test_remember_is_disabled_with_its_reason_without_a_keyring(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    window = unlock_window(qtbot, make_controller(existing_vault))
    page = window.unlock_page
    assert not page.remember.isEnabled()
    assert page.remember.toolTip() == NO_KEYRING
    assert page.remember_reason.text() == NO_KEYRING and page.remember_reason.isVisible()
    assert not page.device_button.isVisible()
    assert window.remember_choice() is None


def test_remember_on_this_device_then_unlock_without_a_passphrase(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    keystore = MemoryKeyStore()
    controller = make_controller(existing_vault, keystore=keystore)
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    assert page.remember.isEnabled() and not page.remember.isChecked()
    assert not page.remember_reason.isVisible()

    click_checkbox(qtbot, page.remember)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    wait_for_window(qtbot, controller, MainWindow)
    assert keystore.entries  # a device key, not the passphrase
    assert PASSPHRASE.encode() not in b"".join(key for _, key in keystore.entries.values())

    controller.lock()
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    assert page.remember.isChecked()
    assert page.device_button.isVisible()
    qtbot.mouseClick(page.device_button, Qt.MouseButton.LeftButton)
    wait_for_window(qtbot, controller, MainWindow)
    assert controller.vault is not None and controller.vault.is_open


def test_unticking_remember_forgets_this_device(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    keystore = MemoryKeyStore()
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        vault.remember_on_device(keystore)
    controller = make_controller(existing_vault, keystore=keystore)
    page = unlock_window(qtbot, controller).unlock_page
    assert page.remember.isChecked()
    click_checkbox(qtbot, page.remember)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_for_window(qtbot, controller, MainWindow)
    assert keystore.entries == {}


def test_recovery_key_sets_a_new_passphrase(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    vault.close()
    controller = make_controller(vault_path)
    window = unlock_window(qtbot, controller)

    qtbot.mouseClick(window.unlock_page.use_recovery, Qt.MouseButton.LeftButton)
    page = window.recovery_page
    assert window.current_page() is page and page.key_edit.hasFocus()
    qtbot.keyClicks(page.key_edit, recovery_key.lower().replace("-", " "))  # forgiving reader
    qtbot.keyClick(page.key_edit, Qt.Key.Key_Return)
    assert page.form.passphrase_edit.hasFocus()
    qtbot.keyClicks(page.form.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClick(page.form.passphrase_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), NEW_PASSPHRASE)
    assert page.submit_button.isEnabled()
    qtbot.keyClick(page.form.repeat_edit, Qt.Key.Key_Return)
    wait_for_window(qtbot, controller, MainWindow)

    controller.lock()
    with pytest.raises(WrongSecret):
        Vault.unlock(vault_path, PASSPHRASE)
    Vault.unlock(vault_path, NEW_PASSPHRASE).close()


def test_recovery_asks_before_a_weak_new_passphrase(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    vault.close()
    controller = make_controller(vault_path)
    window = unlock_window(qtbot, controller)
    window.show_recovery_page()
    page = window.recovery_page
    qtbot.keyClicks(page.key_edit, recovery_key)
    qtbot.keyClicks(page.form.passphrase_edit, "password")
    qtbot.keyClicks(page.form.repeat_edit, "password")
    assert page.form.weak_confirm.isVisible() and not page.submit_button.isEnabled()
    click_checkbox(qtbot, page.form.weak_confirm)
    assert page.submit_button.isEnabled()
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    wait_for_window(qtbot, controller, MainWindow)
    controller.lock()
    Vault.unlock(vault_path, "password").close()


def test_a_mistyped_recovery_key_is_named_next_to_its_field(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    before = snapshot(existing_vault.parent)
    controller = make_controller(existing_vault)
    window = unlock_window(qtbot, controller)
    window.show_recovery_page()
    page = window.recovery_page
    qtbot.keyClicks(page.key_edit, "ABCDE-FGHIJ")
    qtbot.keyClicks(page.form.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(page.form.repeat_edit, NEW_PASSPHRASE)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.key_message.isVisible, timeout=WAIT_MS)
    assert "8 groups of 5" in page.key_message.text()
    assert controller.vault is None
    assert snapshot(existing_vault.parent) == before

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.unlock_page
    assert page.key_edit.text() == "" and page.form.passphrase() == ""


def test_a_damaged_vault_is_named_and_its_backup_offered_and_restored(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    backup = vault.backup()
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[4096 + 100] ^= 0xFF  # flip a byte on page 2
    vault_path.write_bytes(bytes(data))

    controller = make_controller(vault_path)
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.banner.text() != "" or isinstance(controller.window, MainWindow), timeout=WAIT_MS)
    if isinstance(controller.window, MainWindow):
        pytest.skip("this flip landed where opening does not read; the vault tests cover detection")
    assert "damaged" in page.banner.text()
    assert backup.folder.name in page.banner.text() and page.banner.toolTip() == str(backup.folder)
    assert page.passphrase_edit.text() == PASSPHRASE  # kept: restoring needs it

    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)  # "Restore this backup"
    wait_for_window(qtbot, controller, MainWindow)
    assert controller.vault is not None and controller.vault.check(ledger=ledger.chain_problems).ok


def test_a_vault_open_elsewhere_is_refused_with_a_message(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    elsewhere = Vault.unlock(existing_vault, PASSPHRASE)
    try:
        controller = make_controller(existing_vault)
        page = unlock_window(qtbot, controller).unlock_page
        qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.banner.text() != "", timeout=WAIT_MS)
        assert "open in another MyVendors" in page.banner.text()
        assert controller.vault is None
    finally:
        elsewhere.close()


def test_open_another_vault_and_create_a_new_one(qtbot: QtBot, make_controller, existing_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = make_controller(existing_vault)
    window = unlock_window(qtbot, controller)
    new_path = existing_vault.with_name("second.myvendors")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new_path.with_suffix("")), "")))
    qtbot.mouseClick(window.unlock_page.create_new, Qt.MouseButton.LeftButton)
    first_run = wait_for_window(qtbot, controller, FirstRunWindow)
    assert isinstance(first_run, FirstRunWindow) and first_run.vault_path == new_path

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(existing_vault), "")))
    qtbot.mouseClick(first_run.create_page.open_existing, Qt.MouseButton.LeftButton)
    window = unlock_window(qtbot, controller)
    assert window.vault_path == existing_vault
    assert not paths.envelope_path(new_path).exists()
