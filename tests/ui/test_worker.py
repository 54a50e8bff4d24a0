"""The worker: calls run off the GUI thread; results, expected errors and bugs come back by signal."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from myvendors.errors import Cancelled, InvalidInput, SystemRefused
from myvendors.ui.worker import JobControl, Worker


@pytest.fixture
def worker(qtbot: QtBot):
    worker = Worker()
    yield worker
    worker.shutdown()
    worker.deleteLater()


def test_a_result_comes_back_in_the_gui_thread(qtbot: QtBot, worker: Worker) -> None:
    gui = threading.get_ident()
    ran_in: list[int] = []
    received_in: list[int] = []

    def call() -> str:
        ran_in.append(threading.get_ident())
        return "done"

    busy: list[bool] = []
    worker.busy_changed.connect(busy.append)
    order: list[str] = []
    job = worker.submit(call)
    job.succeeded.connect(lambda value: (received_in.append(threading.get_ident()), order.append(value)))
    job.finished.connect(lambda: order.append("finished"))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert order == ["done", "finished"]
    assert ran_in != [gui] and received_in == [gui]
    assert busy == [True, False] and not worker.is_busy()


def test_an_expected_error_comes_back_by_failed(qtbot: QtBot, worker: Worker) -> None:
    def call() -> None:
        raise InvalidInput("Nope.", field="name")

    job = worker.submit(call)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, InvalidInput) and error.field == "name"


def test_the_system_refusing_comes_back_by_failed_in_words_not_as_a_bug(qtbot: QtBot, worker: Worker) -> None:
    def call() -> None:
        raise PermissionError(13, "Permission denied", "/media/stick/vault.myvendors")

    job = worker.submit(call)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, SystemRefused) and error.exit_code == 6
    assert "/media/stick/vault.myvendors" in error.message and "writable by you" in error.message


def test_a_bug_goes_to_the_excepthook_and_the_job_still_finishes(qtbot: QtBot, worker: Worker, monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))

    def call() -> None:
        raise ZeroDivisionError("a bug")

    job = worker.submit(call)
    failed: list[object] = []
    job.failed.connect(failed.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert [type(e) for e in reported] == [ZeroDivisionError] and failed == []


def test_a_cancelled_job_emits_nothing_and_discards_its_result(qtbot: QtBot, worker: Worker) -> None:
    gate = threading.Event()
    discarded: list[object] = []
    emitted: list[object] = []
    job = worker.submit(lambda: gate.wait(5) and "vault", discard=discarded.append)
    job.succeeded.connect(emitted.append)
    job.finished.connect(lambda: emitted.append("finished"))
    job.cancel()
    gate.set()
    worker.wait_for_done()
    assert discarded == ["vault"] and emitted == []
    assert not worker.is_busy()


def test_jobs_survive_their_receivers(qtbot: QtBot, worker: Worker) -> None:
    receiver = QObject()
    job = worker.submit(lambda: 42)
    job.succeeded.connect(receiver.deleteLater)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass


def test_progress_arrives_in_the_gui_thread_throttled_first_and_last_always(qtbot: QtBot, worker: Worker) -> None:
    gui = threading.get_ident()
    received: list[tuple[int, int, int]] = []

    def call(control: JobControl) -> str:
        for done in range(2001):
            control.progress(done, 2000)
        return "done"

    job = worker.submit_with_progress(call)
    job.progress.connect(lambda done, total: received.append((done, total, threading.get_ident())))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert received[0][:2] == (0, 2000) and received[-1][:2] == (2000, 2000)
    assert len(received) < 200  # throttled: not 2001 queued signals
    assert {thread for _, _, thread in received} == {gui}


def test_stop_makes_the_call_stop_and_reports_cancelled(qtbot: QtBot, worker: Worker) -> None:
    started = threading.Event()

    def call(control: JobControl) -> str:
        started.set()
        for _ in range(500):
            if control.cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "ran to the end"

    job = worker.submit_with_progress(call)
    succeeded: list[object] = []
    job.succeeded.connect(succeeded.append)
    assert started.wait(5)
    assert not job.stop_requested and not job.ended
    job.stop()
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled) and succeeded == []
    qtbot.waitUntil(lambda: job.ended, timeout=5000)


def test_cancel_also_asks_the_call_to_stop_and_emits_nothing(qtbot: QtBot, worker: Worker) -> None:
    started = threading.Event()
    saw_cancel = threading.Event()
    emitted: list[object] = []

    def call(control: JobControl) -> None:
        started.set()
        while not control.cancelled():
            control.progress(1, 0)
            time.sleep(0.005)
        saw_cancel.set()
        raise Cancelled()

    job = worker.submit_with_progress(call)
    job.failed.connect(emitted.append)
    job.finished.connect(lambda: emitted.append("finished"))
    assert started.wait(5)
    worker.shutdown()  # what locking does: returns once the call has stopped
    assert saw_cancel.is_set() and job.ended and emitted == [] and not worker.is_busy()
