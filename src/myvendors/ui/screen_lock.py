"""Lock the vault when the desktop's screen locks, where the platform says so (D-Bus on Linux).

Listens for `ActiveChanged(true)` from the freedesktop and GNOME screen savers on the session
bus, as KeePassXC does. Without a session bus (or elsewhere) it simply never fires; the idle
timer and Ctrl+L still lock. Any sender is accepted: a false "screen locked" can only lock.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from myvendors.ui.qtcompat import emit

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE Plasma
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.listening = False
        if not self._bus.isConnected():
            return
        for path, interface in SCREEN_SAVERS:
            connected = self._bus.connect(  # type: ignore[call-overload]  # PySide6 takes SLOT()'s str; the stub asks for bytes
                "", path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)")
            )
            self.listening = self.listening or bool(connected)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            emit(self.screen_locked)
