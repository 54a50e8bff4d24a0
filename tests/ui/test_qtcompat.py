"""The PySide6 6.12.0 emit work-around: thousands of emits leave `True` and `False` as they were."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from myvendors.ui.qtcompat import emit


class _Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    anything = Signal(object)


def test_emitting_keeps_the_bool_singletons_alive() -> None:
    sender = _Sender()
    received: list[object] = []
    sender.flag.connect(received.append)
    sender.anything.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(3000):  # far more than `True` has references at start-up
        emit(sender.plain)
        emit(sender.flag, False)
        emit(sender.anything, True)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
