"""Vault.passphrase_kdf: the Argon2id cost of the passphrase slot, as the settings dialog shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.vault import KdfParams, Vault

pytestmark = pytest.mark.real_kdf  # asserts the very parameters asked for


def test_the_passphrase_cost_is_read_from_the_envelope_and_follows_a_change(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        assert vault.passphrase_kdf() == KdfParams.floor()
        stronger = KdfParams(KdfParams.FLOOR_MEMORY_KIB * 2, 4, 4)
        vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf=stronger)
        assert vault.passphrase_kdf() == stronger
    with Vault.unlock(vault_path, PASSPHRASE) as again:
        assert again.passphrase_kdf() == stronger
