"""A failed unlock whose key-derivation parameters differ from the last unlock on this device
says that the key envelope may have been altered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, edit_envelope, passphrase_kdf, run_cli

from myvendors import paths
from myvendors.errors import WrongSecret
from myvendors.vault import KdfParams, Vault, kdf_seen

ALTERED = "may have been altered"


@pytest.fixture
def locked(vault_path: Path) -> Path:
    Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    return vault_path


def _raise_iterations(data: dict) -> None:  # type: ignore[type-arg]
    passphrase_kdf(data)["iterations"] += 1  # (still within what the test KDF accepts)


def test_the_file_holds_the_parameters_and_no_secret(locked: Path) -> None:
    Vault.unlock(locked, PASSPHRASE).close()
    text = (paths.config_dir() / kdf_seen.FILE_NAME).read_text()
    data = json.loads(text)
    (vault_id, seen), = data["vaults"].items()
    envelope = json.loads(paths.envelope_path(locked).read_bytes())
    assert vault_id == envelope["vault_id"] and seen == passphrase_kdf(envelope)
    assert set(seen) == {"name", "memory_kib", "iterations", "lanes"}
    assert PASSPHRASE not in text


def test_the_right_passphrase_on_edited_parameters_says_the_key_file_may_have_been_altered(locked: Path) -> None:
    Vault.unlock(locked, PASSPHRASE).close()
    edit_envelope(locked, _raise_iterations)
    with pytest.raises(WrongSecret) as caught:
        Vault.unlock(locked, PASSPHRASE)
    assert "does not open this vault" in caught.value.message
    assert ALTERED in caught.value.text() and "1 passes" in caught.value.text() and "2 passes" in caught.value.text()


def test_a_removed_passphrase_slot_says_so_too(locked: Path) -> None:
    Vault.unlock(locked, PASSPHRASE).close()
    edit_envelope(locked, lambda d: d.update(slots=[s for s in d["slots"] if s["kind"] != "passphrase"]))
    with pytest.raises(WrongSecret, match="does not open") as caught:
        Vault.unlock(locked, PASSPHRASE)
    assert ALTERED in caught.value.text()


def test_a_plain_wrong_passphrase_says_nothing_about_alteration(locked: Path) -> None:
    with pytest.raises(WrongSecret) as caught:
        Vault.unlock(locked, "not the passphrase at all")
    assert ALTERED not in caught.value.text()


def test_a_vault_never_opened_on_this_device_cannot_be_compared(locked: Path) -> None:
    (paths.config_dir() / kdf_seen.FILE_NAME).unlink()
    edit_envelope(locked, _raise_iterations)
    with pytest.raises(WrongSecret) as caught:
        Vault.unlock(locked, PASSPHRASE)
    assert ALTERED not in caught.value.text()


def test_a_passphrase_change_here_updates_what_was_seen(locked: Path) -> None:
    vault = Vault.unlock(locked, PASSPHRASE)
    vault_id = vault.vault_id
    kdf_seen.remember(vault_id, {"name": "argon2id", "memory_kib": 1 << 20, "iterations": 9, "lanes": 4})
    vault.change_passphrase(PASSPHRASE, PASSPHRASE + " and more")
    vault.close()
    assert kdf_seen.last_seen(vault_id) == passphrase_kdf(json.loads(paths.envelope_path(locked).read_bytes()))


def test_an_unreadable_file_is_no_memory(locked: Path) -> None:
    (paths.config_dir() / kdf_seen.FILE_NAME).write_text("[[[not json")
    edit_envelope(locked, _raise_iterations)
    with pytest.raises(WrongSecret) as caught:
        Vault.unlock(locked, PASSPHRASE)
    assert ALTERED not in caught.value.text()


def test_the_cli_says_so_with_exit_3(locked: Path) -> None:
    assert run_cli("check", str(locked), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    edit_envelope(locked, _raise_iterations)
    done = run_cli("check", str(locked), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 3 and ALTERED in done.stderr
