"""The vault flows the desktop app offers, each one service call (no Qt): unlock and remember,
unlock with this device, recover with the recovery key, restore a good backup.

Each function either returns an unlocked `Vault` that the caller now owns, or raises a
`MyVendorsError` and leaves no vault open behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from myvendors import paths
from myvendors.errors import MyVendorsError
from myvendors.vault.constants import DEFAULT_KDF_SECONDS

if TYPE_CHECKING:
    from myvendors.vault.keystore import DeviceKeyStore
    from myvendors.vault.vault import Vault

# The vault itself (cryptography, SQLCipher) is imported by the flows that open one, not by this
# module: the unlock window imports it for `DeviceStatus` and `vault_exists`, before it is painted.


@dataclass(frozen=True)
class DeviceStatus:
    """Whether this device can remember a vault, why not, and whether it already does."""

    available: bool
    reason: str
    remembered: bool = False


@dataclass(frozen=True)
class Opened:
    """An unlocked vault and, when a side step failed without stopping the unlock, why."""

    vault: Vault
    notice: str | None = None


def vault_exists(path: Path) -> bool:
    """True when there is something at `path` to unlock (or to report as damaged)."""
    path = Path(path)
    return path.exists() or paths.envelope_path(path).exists()


def device_status(path: Path, keystore: DeviceKeyStore) -> DeviceStatus:
    """Can this device remember the vault at `path`, and does it hold a key that still opens it?

    Reads only the envelope and the keyring; may block on the keyring (call it off the GUI thread).
    """
    from myvendors.vault.vault import read_envelope

    availability = keystore.availability()
    if not availability.ok:
        return DeviceStatus(False, availability.reason)
    try:
        envelope = read_envelope(Path(path))
        slot_id, _ = keystore.load(envelope.vault_id)
    except MyVendorsError:
        return DeviceStatus(True, availability.reason, remembered=False)
    remembered = any(slot.id == slot_id and slot.kind == "device" for slot in envelope.slots)
    return DeviceStatus(True, availability.reason, remembered=remembered)


def apply_remember(vault: Vault, keystore: DeviceKeyStore, remember: bool) -> str | None:
    """Make this device remember (or forget) `vault`; returns why that failed, or None.

    The vault stays unlocked either way: a keyring problem never costs the user her unlock.
    """
    try:
        if remember and not vault.is_remembered(keystore):
            vault.remember_on_device(keystore)
        elif not remember and keystore.availability().ok and vault.is_remembered(keystore):
            vault.forget_on_device(keystore)
    except MyVendorsError as exc:
        return exc.text()
    return None


def unlock(path: Path, passphrase: str, *, keystore: DeviceKeyStore, remember: bool | None = None) -> Opened:
    """Unlock with the passphrase; then remember or forget this device when `remember` says so."""
    from myvendors.vault.vault import Vault

    vault = Vault.unlock(Path(path), passphrase)
    notice = apply_remember(vault, keystore, remember) if remember is not None else None
    return Opened(vault, notice)


def unlock_with_device(path: Path, keystore: DeviceKeyStore) -> Opened:
    """Unlock with the key this device remembers: no passphrase typed."""
    from myvendors.vault.vault import Vault

    return Opened(Vault.unlock_with_device(Path(path), keystore))


def recover(path: Path, recovery_key: str, new_passphrase: str, *, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> Opened:
    """Unlock with the recovery key and set a new passphrase (the old one stops working)."""
    from myvendors.vault.envelope import validate_new_passphrase
    from myvendors.vault.vault import Vault

    validate_new_passphrase(new_passphrase)  # before any work, so a short one costs nothing
    vault = Vault.unlock_with_recovery(Path(path), recovery_key)
    try:
        vault.reset_passphrase(new_passphrase, kdf_seconds=kdf_seconds)
    except BaseException:
        vault.close()
        raise
    return Opened(vault)


def restore_and_unlock(path: Path, backup_folder: Path, passphrase: str, *, keystore: DeviceKeyStore) -> Opened:
    """Put the backup back at `path` (the damaged files are kept in a backup folder of their own), then unlock."""
    from myvendors.vault.vault import passphrase_unlocker, restore

    path = Path(path)
    moved = restore(Path(backup_folder), path, passphrase_unlocker(passphrase))
    opened = unlock(path, passphrase, keystore=keystore)
    if moved is not None:
        return Opened(opened.vault, f"The damaged files were kept in {moved.folder}.")
    return opened

