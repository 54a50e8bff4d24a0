"""Work-arounds for bugs in the Qt binding we ship with, each detected at import and tested.

PySide6 6.12.0: every `SignalInstance.emit()` called from Python returns `True` without
owning a reference to it, so each call takes one reference from `True`; after a few
hundred emits the interpreter aborts ("Fatal Python error: bool_dealloc"). Emit through
`emit()` below, which gives that reference back when, and only when, the binding is found
to take it (a probe at import). Connecting a signal to a signal (`a.connect(b)`) emits in
C++ and is not affected; connecting to `b.emit` is.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _emit_takes_a_reference() -> bool:
    """Emit a few times and keep the results: a correct binding hands over one reference each."""
    probe = _Probe()
    rounds = 16
    before = sys.getrefcount(True)
    results = [probe.fired.emit() for _ in range(rounds)]  # type: ignore[func-returns-value]  # stubs say None; 6.12.0 returns True
    handed_over = sys.getrefcount(True) - before
    takes = all(result is True for result in results) and handed_over < rounds
    if takes:
        for result in results:  # the list releases these; give them back first
            _incref(result)
    return takes


EMIT_TAKES_A_REFERENCE = _emit_takes_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, safe on PySide6 6.12.0 (see the module's docstring)."""
    result = signal.emit(*args)  # type: ignore[func-returns-value]  # stubs say None; 6.12.0 returns True
    if EMIT_TAKES_A_REFERENCE and isinstance(result, bool):
        _incref(result)
