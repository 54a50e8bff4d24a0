"""What `myvendors.testing`'s window fixtures do with Qt: open the app on a vault, unlock it
through the unlock window as a person does, close it again; and find widgets by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui.controller import AppController
from myvendors.ui.main_window import MainWindow
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault import NoKeyStore


def open_unlocked(path: Path, passphrase: str, qtbot: Any, *, timeout_ms: int) -> AppController:
    """The app on `path`, its passphrase typed into the unlock window and Return pressed; returns
    once the main window is shown, active and done loading (close it with `close`)."""
    controller = AppController(
        path, keystore=NoKeyStore(QT_TRANSLATE_NOOP("Errors", "Tests do not use the system keyring.")), kdf_seconds=0, remember_last=False
    )
    try:
        controller.start()
        qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=timeout_ms)
        unlock = controller.window
        if not isinstance(unlock, UnlockWindow):
            raise AssertionError(f"the unlock window went away: {unlock!r}")  # the test fails here
        qtbot.waitUntil(lambda: not controller.worker.is_busy(), timeout=timeout_ms)  # the keyring check answered
        field = unlock.unlock_page.passphrase_edit
        qtbot.keyClicks(field, passphrase)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=timeout_ms)
        window = controller.window
        if window is None:
            raise AssertionError("no window after the unlock")  # the test fails here
        qtbot.waitExposed(window, timeout=timeout_ms)
        qtbot.waitUntil(window.isActiveWindow, timeout=timeout_ms)  # keyboard shortcuts reach it
        qtbot.waitUntil(lambda: not controller.worker.is_busy(), timeout=timeout_ms)  # what loads after unlock
    except BaseException:
        close(controller, qtbot)
        raise
    return controller


def close(controller: AppController, qtbot: Any) -> None:
    """Lock the vault and delete the windows, as quitting does."""
    controller.shutdown()
    shown = controller.window
    if shown is not None:
        shown.hide()
        shown.deleteLater()
    controller.deleteLater()
    qtbot.wait(1)  # let deferred deletes run before the next test


def find_widget(window: QWidget, name: str, kind: type[QWidget] | None = None) -> Any:
    """The child of `window` with this objectName or, failing that, this accessible name; `kind`
    narrows the type. LookupError, naming what was looked for, when there is none."""
    wanted = kind or QWidget
    children = window.findChildren(wanted)
    for widget in children:
        if widget.objectName() == name:
            return widget
    for widget in children:
        if widget.accessibleName() == name:
            return widget
    raise LookupError(f"no {wanted.__name__} named {name!r} (objectName or accessibleName) in {window!r}")
