"""The vault service: keys, unlock, lock, backups, restore and integrity (no Qt, no SQL)."""

from myvendors.vault.envelope import KdfParams
from myvendors.vault.keystore import Availability, DeviceKeyStore, NoKeyStore, SystemKeyStore
from myvendors.vault.vault import (
    Backup,
    CheckResult,
    Vault,
    list_backups,
    passphrase_unlocker,
    preflight,
    read_envelope,
    recovery_unlocker,
    restore,
)

__all__ = [
    "Availability",
    "Backup",
    "CheckResult",
    "DeviceKeyStore",
    "KdfParams",
    "NoKeyStore",
    "SystemKeyStore",
    "Vault",
    "list_backups",
    "passphrase_unlocker",
    "preflight",
    "read_envelope",
    "recovery_unlocker",
    "restore",
]
