"""The test suite's cheap KDF (`use_test_kdf`): unmistakable in the envelope, refused outside it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE, snapshot

from myvendors.errors import VaultDamaged
from myvendors.vault import KdfParams, Vault
from myvendors.vault.envelope import (
    TEST_KDF,
    TEST_KDF_NAME,
    Envelope,
    calibrate,
    new_envelope,
    normalise_passphrase,
    use_test_kdf,
    using_test_kdf,
)

# Each test installs or removes the policy itself; the module starts without it.
pytestmark = pytest.mark.real_kdf

FIXTURE = Path(__file__).parents[1] / "data" / "envelope-v1.json"


def _passphrase_kdf_json(vault_path: Path) -> dict:  # type: ignore[type-arg]
    data = json.loads(vault_path.with_name(vault_path.name + ".envelope").read_bytes())
    return next(slot["kdf"] for slot in data["slots"] if slot["kind"] == "passphrase")  # type: ignore[no-any-return]


def test_the_policy_is_off_unless_installed_and_nests() -> None:
    assert not using_test_kdf()
    with use_test_kdf():
        assert using_test_kdf() and calibrate(0.5) == TEST_KDF  # no measuring under the policy
        with use_test_kdf(False):
            assert not using_test_kdf() and calibrate(0) == KdfParams.floor()
        assert using_test_kdf()
    assert not using_test_kdf()


def test_a_vault_made_under_it_says_so_and_a_normal_process_refuses_it(vault_path: Path) -> None:
    with use_test_kdf():
        vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())  # the floor asked for...
        with vault:
            assert vault.passphrase_kdf() == TEST_KDF
        assert _passphrase_kdf_json(vault_path) == {  # ...the cheap one written, under its own name
            "name": TEST_KDF_NAME, "memory_kib": 8, "iterations": 1, "lanes": 1,
        }
        Vault.unlock(vault_path, PASSPHRASE).close()
    before = snapshot(vault_path.parent)

    for unlock in (lambda: Vault.unlock(vault_path, PASSPHRASE), lambda: Vault.unlock_with_recovery(vault_path, recovery_key)):
        with pytest.raises(VaultDamaged, match="test suite's deliberately weak"):
            unlock()
    code = "import sys\nfrom myvendors.vault import Vault\nVault.unlock(sys.argv[1], sys.argv[2])\n"
    done = subprocess.run(
        [sys.executable, "-c", code, str(vault_path), PASSPHRASE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode != 0 and "test suite's deliberately weak" in done.stderr
    assert snapshot(vault_path.parent) == before


def test_a_passphrase_change_under_it_is_cheap_whatever_was_asked(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with use_test_kdf(), vault:
        vault.change_passphrase(PASSPHRASE, "a new passphrase", kdf=KdfParams(128 * 1024, 4, 4))
        assert vault.passphrase_kdf() == TEST_KDF
    with pytest.raises(VaultDamaged, match="test suite"):
        Vault.unlock(vault_path, "a new passphrase")


def test_real_parameters_still_open_under_it() -> None:
    with use_test_kdf():
        env = Envelope.from_bytes(FIXTURE.read_bytes())
        key, slot = env.unseal("passphrase", normalise_passphrase("Fixture passphrase \u00e9t\u00e9"))
        assert key == bytes(range(32)) and type(slot.kdf) is KdfParams


def test_the_cheap_parameters_are_never_used_outside_it() -> None:
    with pytest.raises(VaultDamaged, match="test suite"):
        new_envelope(b"k" * 32, PASSPHRASE, b"r" * 20, TEST_KDF)
    with use_test_kdf():
        env = new_envelope(b"k" * 32, PASSPHRASE, b"r" * 20, KdfParams.floor())
        raw = env.to_bytes()
    with pytest.raises(VaultDamaged, match="test suite"):
        Envelope.from_bytes(raw)
    # Even an object made in memory is refused before any derivation.
    slot = next(s for s in env.slots if s.kind == "passphrase")
    with pytest.raises(VaultDamaged, match="test suite"):
        env.open_slot(slot, normalise_passphrase(PASSPHRASE))


@pytest.mark.parametrize("edit", [{"memory_kib": 4096}, {"iterations": 0}, {"lanes": 4}, {"name": "argon2id-test"}])
def test_an_edited_cheap_slot_is_refused_even_under_it(edit: dict) -> None:  # type: ignore[type-arg]
    with use_test_kdf():
        data = json.loads(new_envelope(b"k" * 32, PASSPHRASE, b"r" * 20, KdfParams.floor()).to_bytes())
        next(s for s in data["slots"] if s["kind"] == "passphrase")["kdf"].update(edit)
        with pytest.raises(VaultDamaged):
            Envelope.from_bytes(json.dumps(data).encode())
