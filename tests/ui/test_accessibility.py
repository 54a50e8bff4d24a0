"""Every control a person can reach has a name an assistive technology reads out: its own
accessible name, its text, or its label's (Qt's accessibility layer, asked as a screen reader would)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_shell import _populate
from ui_helpers import unlock_with_passphrase

from myvendors.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit,
            QTextEdit, QTabBar)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.focusPolicy() or not widget.isVisible():
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):  # a combo's or spin box's own line edit
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            chain, up = [], widget.parent()
            while up is not None and len(chain) < 4:
                chain.append(type(up).__name__)
                up = up.parent()
            missing.append(f"{type(widget).__name__} in {'/'.join(chain)}")
    return missing


def test_every_control_of_every_page_has_a_name(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None and isinstance(main, MainWindow)
    vendor_id = _populate(controller.vault.db)
    main.refresh()
    main.show_vendor(vendor_id)
    for page in range(main.pages.count()):
        main.go_to(page)
        if main.pages.currentWidget() is main.vendors_page.pane:
            for tab in range(main.vendors_page.detail.tabs.count()):
                main.vendors_page.detail.tabs.setCurrentIndex(tab)
                assert _unnamed(main) == [], (main.vendors_page.detail.tabs.tabText(tab), _unnamed(main))
        assert _unnamed(main) == [], (page, _unnamed(main))
