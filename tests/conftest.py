"""Shared fixtures: headless Qt, private data folders, no system keyring unless a test asks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.vault import KdfParams, Vault
from myvendors.vault.envelope import use_test_kdf


@pytest.fixture(scope="session", autouse=True)
def _cheap_kdf_for_the_session() -> Iterator[None]:
    """The test suite's cheap Argon2id (`use_test_kdf`), installed before any fixture of any
    scope runs, so module-scoped vaults are cheap too. Tests marked `real_kdf` switch it off."""
    with use_test_kdf():
        yield


@pytest.fixture(autouse=True)
def _kdf_policy(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test derives keys with the cheap test KDF unless marked `real_kdf`; vaults written
    under the cheap one are refused by any process that did not install it (as a user's would)."""
    with use_test_kdf(request.node.get_closest_marker("real_kdf") is None):
        yield


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
    """An unlocked vault, and its recovery key (the cheap test KDF unless the test is `real_kdf`; the floor then)."""
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        yield vault, recovery_key
    finally:
        vault.close()
