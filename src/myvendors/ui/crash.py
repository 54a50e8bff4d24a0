"""The excepthook of the desktop app: expected errors as a message, anything else as a bug report.

A `MyVendorsError` that reaches the top is shown with its text for the user. Any other
exception is a bug: the dialog says so and carries the traceback (shown only on request and
never written to disk) so that it can be reported.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from myvendors.errors import MyVendorsError, system_refused
from myvendors.ui.i18n import error_text


class ErrorDialogHook(QObject):
    """Install with `install()`; restores the previous hook with `uninstall()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = sys.excepthook
        self._showing = False
        self.dialogs: list[QMessageBox] = []

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or self._showing:
            sys.__excepthook__(kind, error, tb)
            return
        self._showing = True
        try:
            self.dialogs.append(self.make_dialog(kind, error, tb))
            self.dialogs[-1].open()
        except Exception:  # noqa: BLE001 (never let the hook itself fail: fall back to the terminal)
            sys.__excepthook__(kind, error, tb)
        finally:
            self._showing = False

    def make_dialog(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> QMessageBox:
        box = QMessageBox()
        box.setWindowTitle(self.tr("MyVendors"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: self.dialogs.remove(box) if box in self.dialogs else None)
        if isinstance(error, OSError):  # the system refused (read-only, disk full): not a bug
            error = system_refused(error)
        if isinstance(error, MyVendorsError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(error_text(error))
            return box
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(self.tr("Something went wrong inside MyVendors. This is a bug, not something you did."))
        box.setInformativeText(
            self.tr(
                "Your vault is safe: every change you saved is in it. If this happens again, please report "
                "it with the details below (they contain no passphrase or key)."
            )
        )
        box.setDetailedText(details)
        return box
