"""The vault service: keys, unlock, lock, backups, restore and integrity (no Qt, no SQL).

The names below load on first use (a module `__getattr__`), so that importing a light part of
the package (`vault.process`, `vault.recent`, `vault.session`'s statuses) does not import the
cryptography and SQLCipher behind `Vault`: the app's first window needs none of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "KdfParams": "envelope",
    "Availability": "keystore",
    "DeviceKeyStore": "keystore",
    "NoKeyStore": "keystore",
    "SystemKeyStore": "keystore",
    "Backup": "vault",
    "CheckResult": "vault",
    "Vault": "vault",
    "list_backups": "vault",
    "passphrase_unlocker": "vault",
    "preflight": "vault",
    "read_envelope": "vault",
    "recovery_unlocker": "vault",
    "restore": "vault",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
