"""Alt+letter shortcuts: on each page a letter leads to one control, never two."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from conftest import speaking
from pytestqt.qtbot import QtBot
from test_shell import _populate
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase

from myvendors.domain import settings
from myvendors.ui.main_window import VENDORS
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog

_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture(autouse=True, params=[code for code, _ in settings.LANGUAGES])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Every test here in every language the app offers: a translation must keep the letters apart too."""
    if request.param == "en":
        yield request.param
        return
    with speaking(qapp, request.param):
        yield request.param


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


def test_vendors_page_with_each_detail_tab_and_the_record_dialogs(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    main.show_vendor(_populate(controller.vault.db))
    main.go_to(VENDORS)
    menu_titles = [m.lower() for action in main.menuBar().actions() for m in _MNEMONIC.findall(action.text())]
    detail = main.vendors_page.detail
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        _assert_unique(main.vendors_page.pane, f"Vendors page, {detail.tabs.tabText(index)} tab")
        clashes = set(_mnemonics(main.vendors_page.pane)) & set(menu_titles)
        assert not clashes, f"{detail.tabs.tabText(index)} tab: Alt+{clashes} also opens a menu"
    for dialog in (AgreementDialog(None, main), InteractionDialog(main), NoteDialog(main)):
        dialog.show()
        _assert_unique(dialog, type(dialog).__name__)
        dialog.close()
