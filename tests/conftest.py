"""Shared fixtures: headless Qt, private data folders, no system keyring unless a test asks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.vault import KdfParams, Vault


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Every test gets its own data and config folders; the OS keyring is off unless marked."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MYVENDORS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MYVENDORS_CONFIG_DIR", str(home / "config"))
    if request.node.get_closest_marker("keyring") is None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.myvendors"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """An unlocked vault with fast (floor) KDF parameters, and its recovery key."""
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        yield vault, recovery_key
    finally:
        vault.close()
