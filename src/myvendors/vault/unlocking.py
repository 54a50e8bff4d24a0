"""The vault flows the desktop app offers, each one service call (no Qt): unlock and remember,
unlock with this device, recover with the recovery key, restore a good backup.

Each function either returns an unlocked `Vault` that the caller now owns, or raises a
`MyVendorsError` and leaves no vault open behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from myvendors import paths
from myvendors.errors import KeyringCancelled, KeyringTimedOut, KeyringUnavailable, MyVendorsError
from myvendors.vault.constants import DEFAULT_KDF_SECONDS
from myvendors.vault.keystore import CANCELLED, TIMED_OUT

if TYPE_CHECKING:
    from myvendors.vault.keystore import DeviceKeyStore
    from myvendors.vault.vault import Vault

# The vault itself (cryptography, SQLCipher) is imported by the flows that open one, not by this
# module: the unlock window imports it for `DeviceStatus` and `vault_exists`, before it is painted.


@dataclass(frozen=True)
class DeviceStatus:
    """Whether this device can remember a vault, why not, and whether it already does.

    `problem` is "cancelled" (she dismissed the keyring's prompt) or "timeout" (it did not answer
    within `seconds`): this try failed, remembering can still be chosen and asks again."""

    available: bool
    reason: str
    remembered: bool = False
    problem: str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class Opened:
    """An unlocked vault and, when a side step failed without stopping the unlock, why."""

    vault: Vault
    notice: str | None = None
    problem: MyVendorsError | None = None  # what `notice` says, for a caller that words it itself


def vault_exists(path: Path) -> bool:
    """True when there is something at `path` to unlock (or to report as damaged)."""
    path = Path(path)
    return path.exists() or paths.envelope_path(path).exists()


def has_device_slot(path: Path) -> bool:
    """Whether some device remembers the vault at `path` (its envelope has a device slot).

    Reads the envelope only, never the keyring; False when there is no readable envelope."""
    from myvendors.vault.files import read_envelope

    try:
        envelope = read_envelope(Path(path))
    except MyVendorsError:
        return False
    return any(slot.kind == "device" for slot in envelope.slots)


def unasked_status(keystore: DeviceKeyStore) -> DeviceStatus:
    """What can be said without asking the keyring: remembering can be chosen, unless it is already
    known that it cannot (no keyring, remembering turned off)."""
    known = keystore.known()
    if known is not None and not known.ok and not known.problem:
        return DeviceStatus(False, known.reason)
    return DeviceStatus(True, known.reason if known is not None and known.ok else "")


def _failed(exc: KeyringUnavailable) -> DeviceStatus:
    """A keyring that was asked and failed this time: still a choice, with what went wrong."""
    if isinstance(exc, KeyringTimedOut):
        return DeviceStatus(True, exc.message, problem=TIMED_OUT, seconds=exc.seconds)
    if isinstance(exc, KeyringCancelled):
        return DeviceStatus(True, exc.message, problem=CANCELLED)
    return DeviceStatus(False, exc.message)


def device_status(path: Path, keystore: DeviceKeyStore) -> DeviceStatus:
    """Can this device remember the vault at `path`, and does it hold a key that still opens it?

    The keyring is asked only when the vault's envelope has a device slot: otherwise there is
    nothing to find, and asking a locked or new keyring would raise its prompt for nothing. When
    asked, it may block (call this off the GUI thread).
    """
    from myvendors.vault.files import read_envelope

    if not has_device_slot(path):
        return unasked_status(keystore)
    availability = keystore.availability()
    if not availability.ok:
        return _failed(availability.error())
    try:
        envelope = read_envelope(Path(path))
        slot_id, _ = keystore.load(envelope.vault_id)
    except (KeyringCancelled, KeyringTimedOut) as exc:
        return _failed(exc)
    except MyVendorsError:
        return DeviceStatus(True, availability.reason, remembered=False)
    remembered = any(slot.id == slot_id and slot.kind == "device" for slot in envelope.slots)
    return DeviceStatus(True, availability.reason, remembered=remembered)


def vault_device_status(vault: Vault, keystore: DeviceKeyStore) -> DeviceStatus:
    """`device_status` for an unlocked vault (the settings): the keyring is asked only when the
    vault has a device slot."""
    if not vault.has_device_slot():
        return unasked_status(keystore)
    availability = keystore.availability()
    if not availability.ok:
        return _failed(availability.error())
    try:
        remembered = vault.is_remembered(keystore)
    except KeyringUnavailable as exc:
        return _failed(exc)
    return DeviceStatus(True, availability.reason, remembered=remembered)


def apply_remember(vault: Vault, keystore: DeviceKeyStore, remember: bool) -> MyVendorsError | None:
    """Make this device remember (or forget) `vault`; returns why that failed, or None.

    Forgetting asks the keyring only when the vault has a device slot; remembering always does (she
    asked for it). The vault stays unlocked either way: a keyring problem never costs her the unlock.
    """
    try:
        if remember and not vault.is_remembered(keystore):
            vault.remember_on_device(keystore)
        elif not remember and vault.has_device_slot() and vault.is_remembered(keystore):
            vault.forget_on_device(keystore)
    except MyVendorsError as exc:
        return exc
    return None


def unlock(
    path: Path,
    passphrase: str,
    *,
    keystore: DeviceKeyStore,
    remember: bool | None = None,
    on_migrate: Callable[[], None] | None = None,
) -> Opened:
    """Unlock with the passphrase; then remember or forget this device when `remember` says so.
    `on_migrate` is called before an older vault is brought up to date (see Vault.unlock)."""
    from myvendors.vault.vault import Vault

    vault = Vault.unlock(Path(path), passphrase, on_migrate=on_migrate)
    problem = apply_remember(vault, keystore, remember) if remember is not None else None
    return Opened(vault, problem.text() if problem is not None else None, problem)


def unlock_with_device(
    path: Path, keystore: DeviceKeyStore, *, on_migrate: Callable[[], None] | None = None
) -> Opened:
    """Unlock with the key this device remembers: no passphrase typed."""
    from myvendors.vault.vault import Vault

    return Opened(Vault.unlock_with_device(Path(path), keystore, on_migrate=on_migrate))


def recover(
    path: Path,
    recovery_key: str,
    new_passphrase: str,
    *,
    kdf_seconds: float = DEFAULT_KDF_SECONDS,
    on_migrate: Callable[[], None] | None = None,
) -> Opened:
    """Unlock with the recovery key and set a new passphrase (the old one stops working)."""
    from myvendors.vault.envelope import validate_new_passphrase
    from myvendors.vault.vault import Vault

    validate_new_passphrase(new_passphrase)  # before any work, so a short one costs nothing
    vault = Vault.unlock_with_recovery(Path(path), recovery_key, on_migrate=on_migrate)
    try:
        vault.reset_passphrase(new_passphrase, kdf_seconds=kdf_seconds)
    except BaseException:
        vault.close()
        raise
    return Opened(vault)


def restore_and_unlock(path: Path, backup_folder: Path, passphrase: str, *, keystore: DeviceKeyStore) -> Opened:
    """Put the backup back at `path` (the damaged files are kept in a backup folder of their own), then unlock."""
    from myvendors.vault.backups import restore
    from myvendors.vault.vault import passphrase_unlocker

    path = Path(path)
    moved = restore(Path(backup_folder), path, passphrase_unlocker(passphrase))
    opened = unlock(path, passphrase, keystore=keystore)
    if moved is not None:
        return Opened(opened.vault, f"The damaged files were kept in {moved.folder}.")
    return opened

