"""The first window loads only what it needs: a fresh interpreter starts the app on a vault (and on
no vault) and lists the modules imported by the moment its first window is put on screen.

No timing: a driver script installs an event filter, starts the app as a user's launch does, and
takes `sys.modules` when the first top-level window receives its first Expose (the moment it is
painted). The main window, sharing (JOSE, schemas), vCard/iCalendar, import/export, QR codes, PDF
and printing, the command line and zxcvbn all load later, when first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Modules (and packages, with everything under them) that must not be loaded when the first window shows.
HEAVY = (
    "myvendors.cli",
    "myvendors.ui.main_window",
    "myvendors.ui.sharing.wizard",
    "myvendors.ui.importing",
    "myvendors.ui.exporting",
    "myvendors.domain.sharing",
    "myvendors.domain.importing",
    "myvendors.domain.importing.text",
    "myvendors.domain.exporting",
    "jwcrypto",
    "jsonschema",
    "vobject",
    "icalendar",
    "segno",
    "zxcvbn",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    # The vault service (cryptography, SQLCipher, the storage layer) loads on the worker once the
    # window is painted; D-Bus (the screen-lock watcher) when a vault is open; the keyring's thread
    # pool (concurrent.futures) at the first keyring call.
    "myvendors.vault.vault",
    "myvendors.vault.envelope",
    "myvendors.vault.recovery",
    "myvendors.vault.recovery_kit",
    "myvendors.storage",
    "cryptography",
    "sqlcipher3",
    "myvendors.ui.screen_lock",
    "PySide6.QtDBus",
    "concurrent.futures",
)

_DRIVER = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

entry, path, wait_for = sys.argv[1], sys.argv[2], sys.argv[3]
qapp = QApplication([sys.argv[0]])


def report(what, **extra):
    print("REPORT " + json.dumps({"what": what, **extra}), flush=True)


class FirstExpose(QObject):
    seen = False

    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            self.seen = True  # synchronously, before the window paints: nothing later has run yet
            windows = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
            report("exposed", windows=windows, modules=sorted(sys.modules))
            QTimer.singleShot(0, after)
        return False


def after():
    # What loads once the window is up: wait for `wait_for` ("-": nothing), giving up after a minute.
    poll = QTimer(qapp)
    ticks = [0]
    def check():
        ticks[0] += 1
        if wait_for == "-" or wait_for in sys.modules or ticks[0] > 3000:
            poll.stop()
            report("later", modules=sorted(sys.modules))
            qapp.quit()
    poll.timeout.connect(check)
    poll.start(20)


watch = FirstExpose()
qapp.installEventFilter(watch)
if entry == "console":
    from myvendors.__main__ import main
else:
    from myvendors.app import main
sys.exit(main([path]))
"""


def _start(path: Path, entry: str, wait_for: str = "-") -> dict[str, dict[str, object]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, entry, str(path), wait_for], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    reports = [json.loads(line[len("REPORT "):]) for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    return {report["what"]: report for report in reports}


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.real_kdf  # a real process opens the vault made here: the app as people run it
def test_the_unlock_window_shows_before_anything_heavy_is_imported(existing_vault: Path) -> None:
    reports = _start(existing_vault, "app", wait_for="myvendors.vault.vault")
    exposed = reports["exposed"]
    assert exposed["windows"] == ["UnlockWindow"]
    assert _heavy(exposed["modules"]) == []
    assert "myvendors.ui.first_run" not in exposed["modules"]  # nor the other first window
    assert "myvendors.ui.passphrase" not in exposed["modules"]  # nor the recovery page's new-passphrase form
    later = reports["later"]["modules"]
    assert "myvendors.vault.vault" in later  # the worker preloads the vault service once the window is up
    assert "myvendors.ui.main_window" not in later


def test_the_first_run_window_shows_first_and_zxcvbn_loads_after_it(vault_path: Path) -> None:
    reports = _start(vault_path, "app", wait_for="zxcvbn")
    exposed = reports["exposed"]
    assert exposed["windows"] == ["FirstRunWindow"]
    assert _heavy(exposed["modules"]) == []
    assert "myvendors.ui.main_window" not in reports["later"]["modules"]
    assert "zxcvbn" in reports["later"]["modules"]  # preloaded on the worker once the window is up


@pytest.mark.real_kdf  # a real process opens the vault made here: the app as people run it
def test_launching_the_console_script_imports_no_cli_before_the_unlock_window(existing_vault: Path) -> None:
    exposed = _start(existing_vault, "console")["exposed"]
    assert exposed["windows"] == ["UnlockWindow"]
    # `__main__` decides from the command words alone: the CLI package's lazy front and its
    # plain list of words, nothing that builds or runs a command.
    assert sorted(m for m in exposed["modules"] if m.startswith("myvendors.cli")) == ["myvendors.cli", "myvendors.cli.names"]
    assert _heavy([m for m in exposed["modules"] if m not in ("myvendors.cli", "myvendors.cli.names")]) == []
