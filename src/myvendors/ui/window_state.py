"""Where the main window goes on screen, and what it remembers on this device: its size and place,
whether it was maximised, its splitters and its page (settings.window_state, never in the vault).

A window is placed where it was last time, or at `DEFAULT_SIZE` centred the first time; never
larger than the screen's free area, and with the window manager's frame, wholly on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from myvendors.domain import settings
from myvendors.ui.widgets import FitSplitter

DEFAULT_SIZE = QSize(1280, 800)  # what the window asks for the first time, when the screen has room
ASSUMED_FRAME = QMargins(4, 32, 4, 6)  # a window manager's frame, until the real one is known


def initial_geometry(available: QRect, frame: QMargins, saved: QRect | None) -> QRect:
    """Where the window goes on a screen whose free area is `available`: at `saved` (its place last
    time on this device) or, the first time, `DEFAULT_SIZE` centred; never larger than the screen,
    and with the window manager's `frame` around it, wholly on it."""
    room = available.marginsRemoved(frame)
    if saved is None or not saved.isValid():
        geometry = QRect(QPoint(0, 0), DEFAULT_SIZE.boundedTo(room.size()))
        geometry.moveCenter(room.center())
    else:
        geometry = QRect(saved.topLeft(), saved.size().boundedTo(room.size()))
    geometry.moveLeft(max(room.left(), min(geometry.left(), room.right() - geometry.width() + 1)))
    geometry.moveTop(max(room.top(), min(geometry.top(), room.bottom() - geometry.height() + 1)))
    return geometry


def _splitters(window: QWidget) -> dict[str, QSplitter]:
    return {s.objectName(): s for s in window.findChildren(QSplitter) if s.objectName()}


def _saved_geometry(state: Mapping[str, Any]) -> QRect | None:
    saved = state.get("geometry")
    if isinstance(saved, list) and len(saved) == 4 and all(isinstance(n, int) for n in saved):
        return QRect(*saved)
    return None


def _frame(window: QWidget) -> QMargins:
    """The window manager's frame around the window (assumed until it has framed it)."""
    inner, outer = window.geometry(), window.frameGeometry()
    if outer == inner:
        return ASSUMED_FRAME if window.windowHandle() is None or not window.isVisible() else QMargins()
    return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                    outer.right() - inner.right(), outer.bottom() - inner.bottom())


def place(window: QWidget, state: Mapping[str, Any]) -> None:
    """Put a window not shown yet where it was last time on this device (`state`), or at its default
    size, on the screen it is on now: never larger than that screen's free area, never partly off it."""
    saved = _saved_geometry(state)
    screen = (QGuiApplication.screenAt(saved.center()) if saved is not None else None) or window.screen()
    window.setGeometry(initial_geometry(screen.availableGeometry(), ASSUMED_FRAME, saved))
    if state.get("maximised") is True:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QWidget) -> None:
    """Once the window manager has framed the window: move it wholly onto its screen if it is not."""
    if window.isMaximized() or window.isFullScreen() or not window.isVisible():
        return
    area = window.screen().availableGeometry()
    if not area.contains(window.frameGeometry()):
        window.setGeometry(initial_geometry(area, _frame(window), window.geometry()))


def restore_splitters(window: QWidget, state: Mapping[str, Any]) -> None:
    """The window's named splitters as they were last time on this device."""
    splitters = state.get("splitters")
    if not isinstance(splitters, dict):
        return
    for name, splitter in _splitters(window).items():
        saved = splitters.get(name)
        if isinstance(splitter, FitSplitter) and isinstance(saved, dict):
            splitter.user_sizes = {
                k: [int(n) for n in v] for k, v in saved.items() if isinstance(v, list) and len(v) == 2
            }
        elif isinstance(saved, list) and all(isinstance(n, int) for n in saved):
            splitter.setSizes(saved)


def save(window: QWidget, page: int) -> None:
    """Remember size, splitters and `page` on this device (settings.window_state), not in the vault."""
    geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
    splitters: dict[str, object] = {}
    for name, splitter in _splitters(window).items():
        if isinstance(splitter, FitSplitter):
            splitters[name] = dict(splitter.user_sizes)
        elif sum(splitter.sizes()) > 100:  # it was laid out (a page never shown has no sizes to keep)
            splitters[name] = splitter.sizes()
    settings.save_window_state({
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "maximised": window.isMaximized(),
        "page": page,
        "splitters": splitters,
    })
