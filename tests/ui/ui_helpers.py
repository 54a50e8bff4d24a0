"""Driving the app's windows like a user, for the UI tests (imported as `ui_helpers`)."""

from __future__ import annotations

from helpers import PASSPHRASE
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from myvendors.ui.controller import AppController
from myvendors.ui.first_run import FirstRunWindow
from myvendors.ui.main_window import MainWindow
from myvendors.ui.unlock import UnlockWindow

NO_KEYRING = "No secure system keyring is available (only the test's fail backend)."
WAIT_MS = 10_000  # generous for a loaded CI machine; waits end as soon as the condition holds


def wait_for_window(qtbot: QtBot, controller: AppController, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(controller.window, kind), timeout=WAIT_MS)
    window = controller.window
    assert window is not None
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)  # keyboard focus goes where a user's would
    return window


def wait_idle(qtbot: QtBot, controller: AppController) -> None:
    """Until the worker has delivered every result (no sleeping: waits on the condition)."""
    qtbot.waitUntil(lambda: not controller.worker.is_busy(), timeout=WAIT_MS)


def unlock_window(qtbot: QtBot, controller: AppController) -> UnlockWindow:
    window = wait_for_window(qtbot, controller, UnlockWindow)
    assert isinstance(window, UnlockWindow)
    wait_idle(qtbot, controller)  # the keyring check has answered
    return window


def unlock_with_passphrase(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> MainWindow:
    window = unlock_window(qtbot, controller)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    main = wait_for_window(qtbot, controller, MainWindow)
    assert isinstance(main, MainWindow)
    return main


def first_run_window(qtbot: QtBot, controller: AppController) -> FirstRunWindow:
    window = wait_for_window(qtbot, controller, FirstRunWindow)
    assert isinstance(window, FirstRunWindow)
    return window


def visible_texts(widget: QWidget | None = None) -> list[str]:
    """Every piece of text the widgets show or hold (labels, fields, buttons, titles, item models)."""
    widgets = [*widget.findChildren(QWidget), widget] if widget is not None else QApplication.allWidgets()
    texts: list[str] = []
    for item in widgets:
        texts.append(item.windowTitle())
        texts.append(item.toolTip())
        texts.append(item.accessibleName())
        if isinstance(item, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(item.text())
        elif isinstance(item, QTextEdit):
            texts.append(item.toPlainText())
        if isinstance(item, QAbstractItemView) and item.model() is not None:
            model = item.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0  # (QListWidget's model keeps columnCount private)
                while (index := model.index(row, column)).isValid():
                    texts.append(str(model.data(index)))
                    column += 1
    return texts


def click_checkbox(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its indicator, where a user aims (its centre may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
