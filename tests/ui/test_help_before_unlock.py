"""F1 works before the vault is open too: the unlock window opens the guide at the passphrase (or,
on its recovery page, at the recovery key), the first-run window at "Your first vault"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import first_run_window, unlock_window

from myvendors.ui.help import HelpWindow


def _guide(window) -> HelpWindow:
    [guide] = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    return guide


def test_f1_in_the_unlock_window_opens_the_guide_at_the_passphrase(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    window = unlock_window(qtbot, make_controller(existing_vault))
    qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(HelpWindow)))
    assert _guide(window).current_topic() == "vault#passphrase"
    _guide(window).close()
    window.show_recovery_page()
    qtbot.keyClick(window.recovery_page, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(HelpWindow)))
    assert _guide(window).current_topic() == "vault#recovery"


def test_f1_in_the_first_run_window_opens_your_first_vault(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    window = first_run_window(qtbot, make_controller(vault_path))
    qtbot.keyClick(window.create_page, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(HelpWindow)))
    assert _guide(window).current_topic() == "getting-started#first-run"
