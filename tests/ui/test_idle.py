"""The idle watcher: input restarts the count; silence emits `idle` once; 0 turns it off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from myvendors.ui.idle import IdleWatcher, minutes_to_ms


def test_minutes_to_ms() -> None:
    assert minutes_to_ms(10) == 600_000 and minutes_to_ms(0) == 0 and minutes_to_ms(-3) == 0


def test_input_restarts_the_count(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(idle_ms=60_000)
    watcher.start()
    try:
        watcher._timer.start(1_000)  # as if 59 s had passed without input
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert watcher._timer.remainingTime() > 59_000
    finally:
        watcher.stop()
    assert not watcher._timer.isActive()


def test_silence_emits_idle_once(qtbot: QtBot) -> None:
    watcher = IdleWatcher(idle_ms=30)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=5000):
            pass
        assert not watcher._timer.isActive()  # single shot: one lock per idle period
    finally:
        watcher.stop()


def test_zero_turns_it_off(qtbot: QtBot) -> None:
    watcher = IdleWatcher(idle_ms=30)
    watcher.start()
    watcher.set_idle_ms(0)
    assert not watcher._timer.isActive()
    with qtbot.assertNotEmitted(watcher.idle, wait=80):
        pass
    watcher.stop()
