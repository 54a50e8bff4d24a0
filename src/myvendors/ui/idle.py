"""Auto-lock: an app-wide event filter restarts an idle timer on every keyboard or mouse input.

Like KeePassXC's InactivityTimer. The interval is in milliseconds (`idle_ms`) everywhere;
0 turns the watcher off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from myvendors.ui.qtcompat import emit

MS_PER_MINUTE = 60_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


def minutes_to_ms(minutes: int) -> int:
    return max(0, int(minutes)) * MS_PER_MINUTE


class IdleWatcher(QObject):
    """Emits `idle` once when there has been no input for `idle_ms`; input restarts the count."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, idle_ms: int = 0) -> None:
        super().__init__(parent)
        self._idle_ms = idle_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._watching = False

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def is_watching(self) -> bool:
        return self._watching

    def set_idle_ms(self, idle_ms: int) -> None:
        self._idle_ms = max(0, int(idle_ms))
        if self._watching:
            self._restart()

    def start(self) -> None:
        """Begin watching input (after an unlock)."""
        app = QCoreApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self._restart()

    def stop(self) -> None:
        """Stop watching (on lock): no timer runs while the vault is locked."""
        app = QCoreApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def _restart(self) -> None:
        if self._idle_ms > 0:
            self._timer.start(self._idle_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._idle_ms > 0:
            self._timer.start(self._idle_ms)
        return False

    def _on_timeout(self) -> None:
        if self._watching:
            emit(self.idle)
