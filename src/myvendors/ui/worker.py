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

Long calls (imports, exports, backups) are submitted with `submit_with_progress`: the call gets
a `JobControl` whose `progress(done, total)` reaches the job's `progress` signal in the GUI
thread (at most every `PROGRESS_INTERVAL_S`, and always for the first and last step), and whose
`cancelled()` answers True once the user pressed Cancel (`Job.stop`) or the job was cancelled.
A stopped call raises `Cancelled` from inside its transaction, which arrives by `failed` like any
expected error; a cancelled one (locking, quitting) still emits nothing.
"""

from __future__ import annotations

import enum
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from myvendors.errors import MyVendorsError, system_refused
from myvendors.ui.qtcompat import emit

PROGRESS_INTERVAL_S = 0.05  # a progress bar needs no more than 20 updates a second


class _Outcome(enum.Enum):
    SUCCEEDED = enum.auto()
    FAILED = enum.auto()
    CRASHED = enum.auto()


class Job(QObject):
    """One submitted call. Connect to its signals right after `Worker.submit`."""

    succeeded = Signal(object)  # the call's return value
    failed = Signal(object)  # the MyVendorsError it raised (Cancelled after `stop`)
    finished = Signal()
    progress = Signal(object, object)  # done, total (0 when unknown); only from submit_with_progress

    def __init__(self, discard: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self._discard = discard
        self._cancelled = False
        self._stop = threading.Event()
        self._ended = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def stop_requested(self) -> bool:
        """True once `stop` or `cancel` was called: what the call's `cancelled()` answers."""
        return self._stop.is_set()

    @property
    def ended(self) -> bool:
        """True once the call has returned and its outcome was delivered (or dropped)."""
        return self._ended

    def cancel(self) -> None:
        """Drop the result: no signal will be emitted, and a success goes to `discard`."""
        self._cancelled = True
        self._stop.set()

    def stop(self) -> None:
        """Ask the call to stop early (the Cancel button); the job still reports how it ended."""
        self._stop.set()


class JobControl:
    """What a call submitted with `submit_with_progress` receives; used from the pool thread."""

    def __init__(self, job: Job, relay: _Relay) -> None:
        self._job = job
        self._relay = relay
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        """Report `done` of `total` steps (total 0: unknown); throttled, first and last always sent."""
        now = time.monotonic()
        if done == 0 or (total and done >= total) or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            emit(self._relay.progressed, self._job, done, total)

    def cancelled(self) -> bool:
        """True when the user asked to stop (or the job was cancelled): stop and raise Cancelled."""
        return self._job.stop_requested


class _Relay(QObject):
    """Lives in the GUI thread; pool threads emit through it (a queued connection)."""

    done = Signal(object, object, object)  # job, outcome, value or exception
    progressed = Signal(object, object, object)  # job, done, total


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
        except OSError as exc:  # the system refused (read-only, disk full): said in words, not as a bug
            emit(self._relay.done, self._job, _Outcome.FAILED, system_refused(exc))
        except BaseException as exc:  # noqa: BLE001 (a bug: reported in the GUI thread, never swallowed)
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
        self._relay.progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._pending: set[Job] = set()

    def submit(self, call: Callable[[], Any], *, discard: Callable[[Any], None] | None = None) -> Job:
        """Run `call()` on a pool thread; returns its `Job` (connect to its signals now)."""
        return self._start(Job(discard), call)

    def _start(self, job: Job, call: Callable[[], Any]) -> Job:
        was_idle = not self._pending
        self._pending.add(job)
        self._pool.start(_Task(call, job, self._relay))
        if was_idle:
            emit(self.busy_changed, True)
        return job

    def submit_with_progress(
        self, call: Callable[[JobControl], Any], *, discard: Callable[[Any], None] | None = None
    ) -> Job:
        """Run `call(control)` on a pool thread: it reports `control.progress(done, total)` and
        stops, raising `Cancelled`, when `control.cancelled()` answers True."""
        job = Job(discard)
        control = JobControl(job, self._relay)
        return self._start(job, lambda: call(control))

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
    def _deliver_progress(self, job: Job, done: int, total: int) -> None:
        if job in self._pending and not job.cancelled:
            emit(job.progress, done, total)

    @Slot(object, object, object)
    def _deliver(self, job: Job, outcome: _Outcome, payload: Any) -> None:
        self._pending.discard(job)
        job._ended = True
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
