"""The keyring is asked only when she wants it: a locked or new keyring raises its own prompt when
asked, so starting the app, the unlock window, unlocking and opening Settings never ask it unless a
device slot for this vault exists or she ticks "Remember". A dismissed prompt and a keyring that
does not answer are two different, translated messages."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, click_checkbox, unlock_window, unlock_with_passphrase, wait_for_window, wait_idle

from myvendors.errors import KeyringCancelled, KeyringTimedOut
from myvendors.ui import keyring_text
from myvendors.ui.main_window import MainWindow
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.vault import SystemKeyStore, Vault
from myvendors.vault.keystore import CANCELLED, TIMED_OUT


class CountingKeyring:
    """A keyring backend that works and counts every call made to it."""

    priority = 1
    name = "Counting"

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, value: str) -> None:
        self.calls.append("set")
        self.store[(service, user)] = value

    def get_password(self, service: str, user: str) -> str | None:
        self.calls.append("get")
        return self.store.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        self.calls.append("delete")
        self.store.pop((service, user), None)


class DismissedKeyring(CountingKeyring):
    """Every call raises what keyring's Secret Service backend raises when she dismisses the prompt."""

    def set_password(self, service: str, user: str, value: str) -> None:
        from keyring.errors import KeyringLocked

        self.calls.append("set")
        raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, user: str) -> str | None:
        from keyring.errors import KeyringLocked

        self.calls.append("get")
        raise KeyringLocked("Failed to unlock the collection!")


class SilentKeyring(CountingKeyring):
    """A keyring whose prompt nobody answers."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def set_password(self, service: str, user: str, value: str) -> None:
        self.calls.append("set")
        self.release.wait(30)


def _settings(qtbot: QtBot, main: MainWindow) -> SettingsDialog:
    main.vault_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    return next(d for d in main.findChildren(SettingsDialog) if d.isVisible())


def test_nothing_asks_the_keyring_until_she_ticks_remember(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    backend = CountingKeyring()
    controller = make_controller(existing_vault, keystore=SystemKeyStore(backend, _trust_any=True))
    window = unlock_window(qtbot, controller)  # started: the unlock window, its device check done
    page = window.unlock_page
    assert backend.calls == []
    assert page.remember.isEnabled() and not page.remember.isChecked()  # a choice, not yet asked
    assert page.remember_reason.isHidden() and page.device_button.isHidden()

    main = unlock_with_passphrase(qtbot, controller)  # "Remember" left unticked
    wait_idle(qtbot, controller)
    assert backend.calls == []
    dialog = _settings(qtbot, main)
    wait_idle(qtbot, controller)
    assert backend.calls == []  # opening Settings asks nothing either
    box = dialog.remember_box
    assert box.isEnabled() and not box.isChecked() and "Checking" not in dialog.remember_reason.text()

    click_checkbox(qtbot, box)  # she asks for it: now the keyring is asked
    qtbot.waitUntil(box.isEnabled, timeout=WAIT_MS)
    assert box.isChecked() and "set" in backend.calls
    dialog.reject()

    # With a device slot, the unlock window asks (that is how "Unlock with this device" appears).
    backend.calls.clear()
    controller.lock()
    window = unlock_window(qtbot, controller)
    assert "get" in backend.calls
    assert window.unlock_page.device_button.isVisible() and window.unlock_page.remember.isChecked()


def test_ticking_remember_in_the_unlock_window_asks_the_keyring(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    backend = CountingKeyring()
    store = SystemKeyStore(backend, _trust_any=True)
    controller = make_controller(existing_vault, keystore=store)
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    click_checkbox(qtbot, page.remember)
    assert backend.calls == []  # ticking is a choice; the keyring is used when she unlocks
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_for_window(qtbot, controller, MainWindow)
    assert "set" in backend.calls and controller.vault is not None and controller.vault.is_remembered(store)


@pytest.mark.parametrize("failure", [CANCELLED, TIMED_OUT])
def test_a_dismissed_prompt_and_no_answer_are_different_messages(
    qtbot: QtBot, make_controller, existing_vault: Path, failure: str
) -> None:
    backend = DismissedKeyring() if failure == CANCELLED else SilentKeyring()
    controller = make_controller(existing_vault, keystore=SystemKeyStore(backend, timeout_s=0.2, _trust_any=True))
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _settings(qtbot, main)
    wait_idle(qtbot, controller)
    box = dialog.remember_box
    try:
        click_checkbox(qtbot, box)
        qtbot.waitUntil(dialog.remember_message.isVisible, timeout=WAIT_MS)
    finally:
        if isinstance(backend, SilentKeyring):
            backend.release.set()
    message = dialog.remember_message.text()
    if failure == CANCELLED:
        assert message.startswith("The system keyring's prompt was cancelled")
        assert "did not answer" not in message
    else:
        assert message.startswith("The system keyring did not answer within 0.2 seconds")
        assert "cancelled" not in message and "cancelled" in keyring_text.what_happened(CANCELLED)
    assert message.endswith("Tick the box again to be asked once more.")
    squeezed = [label.text() for label in dialog.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())]
    assert squeezed == []  # the dialog makes room for the message: no text above it is cut
    qtbot.waitUntil(box.isEnabled, timeout=WAIT_MS)  # she can try again: neither is taken for "no keyring"
    assert not box.isChecked()
    dialog.reject()


def test_a_dismissed_prompt_at_unlock_says_so_in_the_main_window(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault, keystore=SystemKeyStore(DismissedKeyring(), _trust_any=True))
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    click_checkbox(qtbot, page.remember)
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    main = wait_for_window(qtbot, controller, MainWindow)
    assert isinstance(main, MainWindow)
    assert main.statusBar().currentMessage() == keyring_text.error_text(
        KeyringCancelled("x"), keyring_text.AFTER_UNLOCK
    )
    assert main.statusBar().currentMessage().endswith("you can try again in Settings.")


def test_a_dismissed_prompt_when_reading_this_devices_key_leaves_the_device_button(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    backend = CountingKeyring()
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        vault.remember_on_device(SystemKeyStore(backend, _trust_any=True))
    dismissed = DismissedKeyring()
    controller = make_controller(existing_vault, keystore=SystemKeyStore(dismissed, _trust_any=True))
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    assert dismissed.calls  # a device slot: the keyring is asked
    assert page.remember_reason.text().startswith("The system keyring's prompt was cancelled")
    assert page.remember_reason.text().endswith("choose “Unlock with this device” to be asked again.")
    assert page.device_button.isVisible()  # to ask again
    reason = page.remember_reason
    qtbot.waitUntil(lambda: reason.height() >= reason.heightForWidth(reason.width()), timeout=WAIT_MS)  # it grew
    assert not page.remember.isEnabled() and window.remember_choice() is None  # never taken as "forget"


def test_the_messages_are_translated(qapp: QApplication) -> None:
    from myvendors.ui import i18n

    translators = i18n.install(qapp, "de")
    try:
        cancelled = keyring_text.error_text(KeyringCancelled("x"), keyring_text.SETTINGS)
        timed_out = keyring_text.error_text(KeyringTimedOut("x", seconds=10), keyring_text.SETTINGS)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    english = keyring_text.error_text(KeyringCancelled("x"), keyring_text.SETTINGS)
    assert cancelled != english and "abgebrochen" in cancelled
    assert "10 Sekunden" in timed_out and cancelled != timed_out
