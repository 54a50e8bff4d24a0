"""Opening a vault made by an older version: the unlock window says that the vault is being brought
up to date (which takes a minute on a lifetime's data) instead of a bare "Unlocking…"."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from helpers import PASSPHRASE
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors import paths
from myvendors.fileio import atomic_write
from myvendors.storage import Database
from myvendors.storage.migrations import LATEST_VERSION
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault.envelope import KdfParams, new_envelope


def _vault_of_schema(path: Path, version: int) -> None:
    data_key = os.urandom(32)
    env = new_envelope(data_key, PASSPHRASE, os.urandom(20), KdfParams.floor())
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(paths.envelope_path(path), env.to_bytes())
    db = Database._connect(path, data_key)
    db.execute("PRAGMA journal_mode = WAL")
    db.migrate(target=version)
    with db.transaction():
        db.set_meta("vault_id", env.vault_id)
    db.close()


def test_an_older_vault_says_it_is_being_brought_up_to_date(
    qtbot: QtBot, make_controller: Any, vault_path: Path, monkeypatch
) -> None:
    _vault_of_schema(vault_path, LATEST_VERSION - 1)
    said: list[str] = []
    real = UnlockWindow.set_busy

    def recording(self: UnlockWindow, busy: bool, text: str = "") -> None:
        if busy:
            said.append(text)
        real(self, busy, text)

    monkeypatch.setattr(UnlockWindow, "set_busy", recording)
    unlock_with_passphrase(qtbot, make_controller(vault_path))
    assert any("up to date" in text for text in said), said


def test_a_current_vault_only_says_unlocking(
    qtbot: QtBot, make_controller: Any, existing_vault: Path, monkeypatch
) -> None:
    said: list[str] = []
    real = UnlockWindow.set_busy

    def recording(self: UnlockWindow, busy: bool, text: str = "") -> None:
        if busy:
            said.append(text)
        real(self, busy, text)

    monkeypatch.setattr(UnlockWindow, "set_busy", recording)
    unlock_with_passphrase(qtbot, make_controller(existing_vault))
    assert said and not any("up to date" in text for text in said), said
