"""The app removes a killed app's decrypted "Open" copies when it starts, and says in words when the
system refuses (a full disk, a read-only folder) instead of showing a bug."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from myvendors import app as app_module
from myvendors.ui.crash import ErrorDialogHook
from myvendors.vault import NoKeyStore


@pytest.mark.skipif(os.name != "posix", reason="process ids are POSIX")
def test_the_app_removes_a_killed_apps_open_copies_when_it_starts(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stale = runtime / f"myvendors-open-{child.pid}-{'a' * 16}"
    (stale / "3").mkdir(parents=True)
    (stale / "3" / "receipt.pdf").write_bytes(b"decrypted")
    desktop = app_module.DesktopApp(qapp, tmp_path / "none.myvendors", keystore=NoKeyStore("test"), kdf_seconds=0)
    try:
        desktop.start()
        assert not stale.exists()
    finally:
        desktop.dispose()


def test_the_system_refusing_is_shown_in_words_not_as_a_bug(qtbot: QtBot) -> None:
    hook = ErrorDialogHook()
    error = OSError(errno.ENOSPC, "No space left on device", "/home/her/vault.myvendors")
    box = hook.make_dialog(OSError, error, None)
    qtbot.addWidget(box)
    assert "This is a bug" not in box.text() and "Free some space" in box.text() and not box.detailedText()
