"""UI fixtures: the app controller on a temporary vault with floor KDF parameters, and helpers
to drive its windows like a user (keyboard and mouse, offscreen)."""

from __future__ import annotations

import contextlib

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import NO_KEYRING

from myvendors.ui import i18n, testkit
from myvendors.ui.controller import AppController
from myvendors.vault import DeviceKeyStore, KdfParams, NoKeyStore, Vault


def _wait_until(self: QtBot, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
    """pytest-qt's `waitUntil`, polling every millisecond instead of every 10.

    The same contract (a callback returning None/True/False or asserting, the same timeout and
    error), but a condition that holds is seen within a millisecond: the UI tests make about a
    thousand waits, and each used to end on a 10-ms tick, however soon the condition held.
    """
    __tracebackhide__ = True
    deadline = time.monotonic() + timeout / 1000
    while True:
        try:
            result = callback()
        except AssertionError as exc:
            if time.monotonic() > deadline:
                raise TimeoutError(f"waitUntil timed out in {timeout} milliseconds") from exc
        else:
            if result not in (None, True, False):
                raise ValueError(f"waitUntil() callback must return None, True or False, returned {result!r}")
            if result is None or result:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"waitUntil timed out in {timeout} milliseconds")
        self.wait(1)


QtBot.waitUntil = QtBot.wait_until = _wait_until  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _system_locale() -> Iterator[None]:
    """Each test starts with the system's locale as the default (C under `make test`: ISO dates,
    plain amounts); one that installs a language (`i18n.install` sets its locale) leaves none behind."""
    QLocale.setDefault(QLocale.system())
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture(scope="session", autouse=True)
def _calm_style(qapp: QApplication) -> None:
    """The look the app ships with (Fusion, light palette), so screenshots match what users see."""
    qapp.setStyle("Fusion")
    qapp.setPalette(qapp.style().standardPalette())


@contextlib.contextmanager
def speaking(qapp: QApplication, language: str) -> Iterator[list[QTranslator]]:
    """The app speaks `language` inside the block (the translators it installed), then English again."""
    installed = i18n.install(qapp, language)
    assert installed, f"the translation {language!r} did not load"
    try:
        yield installed
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app speaks German for one test, then English again."""
    with speaking(qapp, "de") as installed:
        yield installed


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app speaks French for one test, then English again."""
    with speaking(qapp, "fr") as installed:
        yield installed


@pytest.fixture
def existing_vault(vault_path: Path) -> Path:
    """A locked vault at `vault_path` with the test passphrase (floor KDF)."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    vault.close()
    return vault_path


ControllerFactory = Callable[..., AppController]


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[ControllerFactory]:
    """`make_controller(path, keystore=..., idle_ms=...)`: a started controller, locked at the end."""
    made: list[AppController] = []

    def make(path: Path, *, keystore: DeviceKeyStore | None = None, idle_ms: int | None = None) -> AppController:
        controller = AppController(
            path, keystore=keystore or NoKeyStore(NO_KEYRING), kdf_seconds=0, idle_ms=idle_ms
        )
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        testkit.close(controller, qtbot)
