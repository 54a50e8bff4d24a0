"""Copying secrets: marked as secret for clipboard managers, and cleared again after a while.

Like KeePassXC's Clipboard: the clipboard is cleared after `clear_after_ms` (the vault's
"clipboard_clear_seconds" setting; 0: no timer) and when the app quits or the vault locks, but
only if it still holds what we put there (never the user's later copy).

There is one service: the `AppController` owns it and hands it to the windows it makes (first
run, main window), which keep it as their `clipboard`; everything copied anywhere in them (the
recovery key, the sharing wizard's package, ...) goes through it, found by `clipboard_for(widget)`,
so the setting applies to every copy and the timer outlives the dialog that copied.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from myvendors.ui.qtcompat import emit

DEFAULT_CLEAR_AFTER_MS = 30_000
# Clipboard managers that honour these hints do not keep the text in their history.
_SECRET_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}


class SensitiveClipboard(QObject):
    cleared = Signal()

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = DEFAULT_CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        for mime, value in _SECRET_HINTS.items():
            data.setData(mime, value)
        QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self._copied = text
        if self.clear_after_ms > 0:
            self._timer.start(self.clear_after_ms)
        else:
            self._timer.stop()

    def set_clear_after_seconds(self, seconds: int) -> None:
        """Clear `seconds` after each copy (0: only when the app quits or the vault locks)."""
        self.clear_after_ms = max(0, int(seconds)) * 1000
        if not self._timer.isActive():
            return
        if self.clear_after_ms > 0:
            self._timer.start(self.clear_after_ms)
        else:
            self._timer.stop()

    def copied_message(self) -> str:
        """What to tell her after a copy: when the clipboard will be cleared again."""
        seconds = self.clear_after_ms // 1000
        if seconds <= 0:
            return self.tr("Copied. The clipboard is cleared when the vault locks or MyVendors quits.")
        if seconds == 1:
            return self.tr("Copied. The clipboard is cleared again in 1 second.")
        return self.tr("Copied. The clipboard is cleared again in %d seconds.") % seconds

    def clear_now(self) -> None:
        self._timer.stop()
        copied, self._copied = self._copied, None
        if copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
            emit(self.cleared)


@functools.cache
def _unowned() -> SensitiveClipboard:
    """The one service for windows made without a controller, kept by the application."""
    return SensitiveClipboard(QCoreApplication.instance())


def clipboard_for(widget: QObject | None) -> SensitiveClipboard:
    """The clipboard service for a copy made in `widget`: the one its window was given (the
    controller's), found up the parent chain; only a window made without a controller (a test,
    a tool) falls back to one kept by the application, with the default timer."""
    holder = widget
    while holder is not None:
        keeper = getattr(holder, "clipboard", None)
        if isinstance(keeper, SensitiveClipboard):
            return keeper
        holder = holder.parent()
    return _unowned()
