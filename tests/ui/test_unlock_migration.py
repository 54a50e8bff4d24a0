"""Opening a vault made by an older version: the unlock window says that the vault is being brought
up to date (which takes a minute on a lifetime's data) instead of a bare "Unlocking…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import vault_of_schema
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.storage.migrations import LATEST_VERSION
from myvendors.ui.unlock import UnlockWindow


@pytest.fixture
def busy_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the unlock window shows while it is busy, in order."""
    said: list[str] = []
    real = UnlockWindow.set_busy

    def recording(self: UnlockWindow, busy: bool, text: str = "", *, note: str = "") -> None:
        if busy:
            said.append(f"{text} {note}".strip())
        real(self, busy, text, note=note)

    monkeypatch.setattr(UnlockWindow, "set_busy", recording)
    return said


def test_an_older_vault_says_it_is_being_brought_up_to_date(
    qtbot: QtBot, make_controller: Any, vault_path: Path, busy_texts: list[str]
) -> None:
    vault_of_schema(vault_path, LATEST_VERSION - 1).close()
    unlock_with_passphrase(qtbot, make_controller(vault_path))
    assert any("up to date" in text for text in busy_texts), busy_texts


def test_a_current_vault_only_says_unlocking(
    qtbot: QtBot, make_controller: Any, existing_vault: Path, busy_texts: list[str]
) -> None:
    unlock_with_passphrase(qtbot, make_controller(existing_vault))
    assert busy_texts and not any("up to date" in text for text in busy_texts), busy_texts
