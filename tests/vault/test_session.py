"""The desktop's vault flows as services (vault/unlocking.py, recovery_kit.py), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore, snapshot

from myvendors.errors import InvalidInput, WrongSecret
from myvendors.vault import NoKeyStore, Vault, recovery, unlocking
from myvendors.vault.recovery_kit import recovery_kit_text, write_recovery_kit


def _locked(new_vault: tuple[Vault, str]) -> tuple[Path, str]:
    vault, recovery_key = new_vault
    vault.close()
    return vault.path, recovery_key


def test_device_status_without_and_with_a_keyring(new_vault: tuple[Vault, str]) -> None:
    path, _ = _locked(new_vault)
    assert unlocking.device_status(path, NoKeyStore("none here")) == unlocking.DeviceStatus(False, "none here")
    keystore = MemoryKeyStore()
    assert unlocking.device_status(path, keystore) == unlocking.DeviceStatus(True, "in memory", remembered=False)
    opened = unlocking.unlock(path, PASSPHRASE, keystore=keystore, remember=True)
    opened.vault.close()
    assert unlocking.device_status(path, keystore).remembered
    unlocking.unlock_with_device(path, keystore).vault.close()
    opened = unlocking.unlock(path, PASSPHRASE, keystore=keystore, remember=False)
    opened.vault.close()
    assert not unlocking.device_status(path, keystore).remembered and keystore.entries == {}


def test_remembering_fails_softly(new_vault: tuple[Vault, str]) -> None:
    path, _ = _locked(new_vault)
    opened = unlocking.unlock(path, PASSPHRASE, keystore=NoKeyStore("no keyring"), remember=True)
    try:
        assert opened.vault.is_open and opened.notice and "no keyring" in opened.notice
    finally:
        opened.vault.close()


def test_recover_checks_the_new_passphrase_before_any_work(new_vault: tuple[Vault, str]) -> None:
    path, recovery_key = _locked(new_vault)
    before = snapshot(path.parent)
    with pytest.raises(InvalidInput):
        unlocking.recover(path, recovery_key, "short", kdf_seconds=0)
    with pytest.raises(WrongSecret):
        unlocking.recover(path, recovery.generate()[0], "long enough passphrase", kdf_seconds=0)
    assert snapshot(path.parent) == before
    unlocking.recover(path, recovery_key, "long enough passphrase", kdf_seconds=0).vault.close()
    Vault.unlock(path, "long enough passphrase").close()


def test_recovery_kit(tmp_path: Path) -> None:
    text = recovery_kit_text(tmp_path / "v.myvendors", "AAAAA-BBBBB")
    assert "AAAAA-BBBBB" in text and "v.myvendors" in text and "recover" in text
    write_recovery_kit(tmp_path / "kit.txt", tmp_path / "v.myvendors", "AAAAA-BBBBB")
    assert (tmp_path / "kit.txt").read_text(encoding="utf-8").startswith("MyVendors recovery kit")
