"""Alt+letter shortcuts: on each page a letter leads to one control, never two."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase

_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(page: QWidget) -> Counter[str]:
    letters: Counter[str] = Counter()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's "&" is a shortcut only when it has a buddy
        letters.update(m.lower() for m in _MNEMONIC.findall(text.replace("&&", "")))
    return letters


def _assert_unique(page: QWidget, where: str) -> None:
    clashes = {letter: n for letter, n in _mnemonics(page).items() if n > 1}
    assert not clashes, f"{where}: Alt+{', Alt+'.join(clashes)} lead to more than one control"


def test_first_run_pages(qtbot: QtBot, make_controller, vault_path: Path) -> None:
    window = first_run_window(qtbot, make_controller(vault_path))
    _assert_unique(window.create_page, "create page")
    _assert_unique(window.recovery_page, "recovery key page")


def test_unlock_window(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    window = unlock_window(qtbot, make_controller(existing_vault))
    _assert_unique(window, "unlock window")


def test_main_window_menus(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    qtbot.waitUntil(main.isVisible, timeout=WAIT_MS)
    bar = main.menuBar()
    titles = Counter(m.lower() for action in bar.actions() for m in _MNEMONIC.findall(action.text()))
    assert all(n == 1 for n in titles.values()), titles
    for action in bar.actions():
        menu = action.menu()
        items = Counter(m.lower() for item in menu.actions() for m in _MNEMONIC.findall(item.text()))
        assert all(n == 1 for n in items.values()), f"{action.text()}: {items}"
