"""The worker: calls run off the GUI thread; results, expected errors and bugs come back by signal."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from myvendors.errors import InvalidInput
from myvendors.ui.worker import Worker


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
