"""The first-run window, driven by keyboard and by mouse, creates a vault the services then open."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, click_checkbox, first_run_window, wait_for_window

from myvendors.errors import WrongSecret
from myvendors.ui.first_run import FirstRunWindow
from myvendors.ui.main_window import MainWindow
from myvendors.ui.qtcompat import emit
from myvendors.vault import Vault
from myvendors.vault.recent import last_vault


def _reach_recovery_page(qtbot: QtBot, window: FirstRunWindow) -> str:
    qtbot.waitUntil(lambda: window.current_page() is window.recovery_page, timeout=WAIT_MS)
    return window.recovery_key


@pytest.mark.real_kdf  # end to end with the real Argon2id: the window creates, the services unlock
def test_keyboard_creates_a_vault_that_the_services_unlock(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    form = window.create_page.form
    assert form.passphrase_edit.hasFocus() or QApplication.focusWidget() in (None, form.passphrase_edit)
    form.passphrase_edit.setFocus()

    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(form.passphrase_edit, Qt.Key.Key_Tab)
    assert form.repeat_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), PASSPHRASE)
    assert window.create_page.create_button.isEnabled()
    qtbot.keyClick(form.repeat_edit, Qt.Key.Key_Return)

    assert window.create_page.busy.isVisible() or window.current_page() is window.recovery_page
    recovery_key = _reach_recovery_page(qtbot, window)
    assert recovery_key.count("-") == 7
    assert window.recovery_page.key_label.text().replace("\n", "-") == recovery_key
    assert form.passphrase_edit.text() == ""  # wiped once used

    qtbot.keyClick(window.recovery_page.confirm, Qt.Key.Key_Space)
    assert window.recovery_page.confirm.isChecked()
    window.recovery_page.continue_button.setFocus()
    qtbot.keyClick(window.recovery_page.continue_button, Qt.Key.Key_Space)
    wait_for_window(qtbot, controller, MainWindow)

    controller.lock()
    assert not vault_path.with_name(vault_path.name + ".lock").exists() or controller.vault is None
    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        assert vault.is_open
    Vault.unlock_with_recovery(vault_path, recovery_key).close()
    assert last_vault() == vault_path.absolute()


def test_mouse_creates_a_vault(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    form = window.create_page.form

    qtbot.mouseClick(form.passphrase_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(form.repeat_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    _reach_recovery_page(qtbot, window)

    page = window.recovery_page
    click_checkbox(qtbot, page.confirm)
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    main = wait_for_window(qtbot, controller, MainWindow)
    assert main.windowTitle().startswith(vault_path.name)

    controller.lock()
    with pytest.raises(WrongSecret):
        Vault.unlock(vault_path, PASSPHRASE + "x")
    Vault.unlock(vault_path, PASSPHRASE).close()


def test_continue_is_blocked_until_the_recovery_key_is_saved(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    emit(window.create_requested, PASSPHRASE)
    _reach_recovery_page(qtbot, window)
    page = window.recovery_page

    assert not page.continue_button.isEnabled()
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert controller.window is window  # still here
    page.continue_button.setFocus()
    qtbot.keyClick(page.continue_button, Qt.Key.Key_Return)
    assert controller.window is window

    click_checkbox(qtbot, page.confirm)
    assert page.continue_button.isEnabled()
    click_checkbox(qtbot, page.confirm)  # unticked again
    assert not page.continue_button.isEnabled()


def test_create_stays_disabled_with_reasons_next_to_the_fields(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    page, form = window.create_page, window.create_page.form

    qtbot.keyClicks(form.passphrase_edit, "short")
    assert not page.create_button.isEnabled()
    assert form.passphrase_message.isVisible()
    assert "8 characters" in form.passphrase_message.text()

    form.passphrase_edit.clear()
    qtbot.keyClicks(form.passphrase_edit, "password1")
    assert "weak" in form.meter.words
    assert form.meter.advice  # zxcvbn says why
    form.passphrase_edit.clear()
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    assert form.meter.words.endswith("very strong") or form.meter.words.endswith("strong")
    assert not form.passphrase_message.isVisible()

    qtbot.keyClicks(form.repeat_edit, "correct horse")  # still typing: a prefix is no mismatch yet
    assert not form.repeat_message.isVisible()
    qtbot.keyClicks(form.repeat_edit, " battery stapel")
    assert form.repeat_message.isVisible()
    assert "do not match" in form.repeat_message.text()
    assert not page.create_button.isEnabled()
    assert not vault_path.exists()


def test_a_weak_passphrase_needs_an_explicit_confirmation(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    vault_path = vault_path.with_name("pinecrest.myvendors")
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    page, form = window.create_page, window.create_page.form
    assert not form.weak_confirm.isVisible()

    qtbot.keyClicks(form.passphrase_edit, "password")
    qtbot.keyClicks(form.repeat_edit, "password")
    assert form.meter.words.endswith("very weak") and form.is_weak()
    assert form.weak_confirm.isVisible() and not form.weak_confirm.isChecked()
    assert not page.create_button.isEnabled()  # matching, long enough, but weak: not without a word
    qtbot.keyClick(form.repeat_edit, Qt.Key.Key_Return)  # Enter leads to the one thing left to do
    assert form.weak_confirm.hasFocus() and not vault_path.exists()

    click_checkbox(qtbot, form.weak_confirm)
    assert page.create_button.isEnabled()
    qtbot.keyClicks(form.passphrase_edit, "1")  # another passphrase: asked again
    assert not form.weak_confirm.isChecked()
    form.passphrase_edit.clear()
    form.repeat_edit.clear()

    # The vault's name counts: "Pinecrest2024!" is strong to zxcvbn alone, weak here.
    qtbot.keyClicks(form.passphrase_edit, "Pinecrest2024!")
    assert form.is_weak() and form.weak_confirm.isVisible()

    form.passphrase_edit.clear()
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    assert not form.weak_confirm.isVisible() and page.create_button.isEnabled()


def test_show_passphrase_toggle_reveals_both_fields(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    window = first_run_window(qtbot, make_controller(vault_path))
    form = window.create_page.form
    toggle = form.passphrase_edit.reveal_action
    assert toggle is not None and not form.passphrase_edit.is_revealed()
    toggle.trigger()
    assert form.passphrase_edit.is_revealed() and form.repeat_edit.is_revealed()
    toggle.trigger()
    assert not form.passphrase_edit.is_revealed() and not form.repeat_edit.is_revealed()


def test_recovery_kit_and_copy(qtbot: QtBot, make_controller, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    emit(window.create_requested, PASSPHRASE)
    recovery_key = _reach_recovery_page(qtbot, window)
    kit = tmp_path / "kit.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(kit), "")))

    qtbot.mouseClick(window.recovery_page.save_button, Qt.MouseButton.LeftButton)
    text = kit.read_text(encoding="utf-8")
    assert recovery_key in text and str(vault_path) in text and "Use recovery key" in text
    assert kit.stat().st_mode & 0o077 == 0
    assert "saved" in window.recovery_page.banner.text()

    qtbot.mouseClick(window.recovery_page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == recovery_key
    window.clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""


def test_create_error_is_shown_in_the_window(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault.with_name("other.myvendors"))
    window = first_run_window(qtbot, controller)
    controller.vault_path = existing_vault  # as if the file appeared after the window opened
    emit(window.create_requested, PASSPHRASE)
    qtbot.waitUntil(lambda: window.create_page.banner.text() != "", timeout=WAIT_MS)
    assert "already a vault" in window.create_page.banner.text()
    assert window.current_page() is window.create_page
    assert window.create_page.form.isEnabled()


def test_closing_asks_while_the_key_is_shown_but_never_after_locking(
    qtbot: QtBot, make_controller, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    controller = make_controller(vault_path)
    window = first_run_window(qtbot, controller)
    form = window.create_page.form
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    _reach_recovery_page(qtbot, window)

    asked: list[str] = []

    def answer_cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer_cancel)
    assert window.close() is False and window.isVisible()  # the user cancels: the key stays
    assert len(asked) == 1
    controller.shutdown()  # what quitting or SIGTERM does: lock, wipe the key
    assert window.close() is True  # no question left to ask
    assert len(asked) == 1
