"""Run service calls off the GUI thread; results and expected errors come back by signal.

Every key derivation (create, unlock, passphrase change), every keyring call and every backup
goes through a `Worker`, so windows stay responsive and can show that they are busy. A job's
signals are always emitted in the GUI thread: exactly one of `succeeded` or `failed`, then
`finished`. A `MyVendorsError` is expected and goes to `failed`; any other exception is a bug
and goes to `sys.excepthook` (the app shows it in a dialog), after which `finished` still
fires so that the form is usable again.

A cancelled job emits nothing. When its call succeeds anyway (a key derivation cannot be
interrupted), its result is handed to the job's `discard` callback, so that, for example, a
vault unlocked for a window that no longer exists is locked again instead of leaking.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from myvendors.errors import MyVendorsError
from myvendors.ui.qtcompat import emit


class _Outcome(enum.Enum):
    SUCCEEDED = enum.auto()
    FAILED = enum.auto()
    CRASHED = enum.auto()


class Job(QObject):
    """One submitted call. Connect to its signals right after `Worker.submit`."""

    succeeded = Signal(object)  # the call's return value
    failed = Signal(object)  # the MyVendorsError it raised
    finished = Signal()

    def __init__(self, discard: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self._discard = discard
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Drop the result: no signal will be emitted, and a success goes to `discard`."""
        self._cancelled = True


class _Relay(QObject):
    """Lives in the GUI thread; pool threads emit through it (a queued connection)."""

    done = Signal(object, object, object)  # job, outcome, value or exception


class _Task(QRunnable):
    def __init__(self, call: Callable[[], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._call()
        except MyVendorsError as exc:
            emit(self._relay.done, self._job, _Outcome.FAILED, exc)
        except BaseException as exc:  # a bug: reported in the GUI thread, never swallowed
            emit(self._relay.done, self._job, _Outcome.CRASHED, exc)
        else:
            emit(self._relay.done, self._job, _Outcome.SUCCEEDED, value)
        finally:
            self._call = _done  # drop references to secrets held by the closure


def _done() -> None:
    return None


class Worker(QObject):
    """A small thread pool for service calls, owned by the app controller."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: set[Job] = set()

    def submit(self, call: Callable[[], Any], *, discard: Callable[[Any], None] | None = None) -> Job:
        """Run `call()` on a pool thread; returns its `Job` (connect to its signals now)."""
        job = Job(discard)
        was_idle = not self._pending
        self._pending.add(job)
        self._pool.start(_Task(call, job, self._relay))
        if was_idle:
            emit(self.busy_changed, True)
        return job

    def is_busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        for job in self._pending:
            job.cancel()

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until every running call has returned, then deliver what they returned."""
        done = self._pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        return bool(done)

    def shutdown(self) -> None:
        """Cancel everything and wait: used when locking and when the app quits."""
        self.cancel_all()
        self.wait_for_done()

    @Slot(object, object, object)
    def _deliver(self, job: Job, outcome: _Outcome, payload: Any) -> None:
        self._pending.discard(job)
        try:
            if job.cancelled:
                if outcome is _Outcome.SUCCEEDED and job._discard is not None:
                    job._discard(payload)
                elif outcome is _Outcome.CRASHED:
                    sys.excepthook(type(payload), payload, payload.__traceback__)
                return
            try:
                if outcome is _Outcome.SUCCEEDED:
                    emit(job.succeeded, payload)
                elif outcome is _Outcome.FAILED:
                    emit(job.failed, payload)
                else:
                    sys.excepthook(type(payload), payload, payload.__traceback__)
            finally:
                emit(job.finished)
        finally:
            if not self._pending:
                emit(self.busy_changed, False)
