"""The vault service: keys, unlock, lock, backups, restore and integrity (no Qt, no SQL).

The names below load on first use (a module `__getattr__`), so that importing a light part of
the package (`vault.process`, `vault.recent`, `vault.unlocking`'s statuses) does not import the
cryptography and SQLCipher behind `Vault`: the app's first window needs none of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, for type checkers (`X as X`: exported)
    from myvendors.vault.backups import Backup as Backup
    from myvendors.vault.backups import list_backups as list_backups
    from myvendors.vault.backups import restore as restore
    from myvendors.vault.envelope import KdfParams as KdfParams
    from myvendors.vault.files import read_envelope as read_envelope
    from myvendors.vault.keystore import Availability as Availability
    from myvendors.vault.keystore import DeviceKeyStore as DeviceKeyStore
    from myvendors.vault.keystore import NoKeyStore as NoKeyStore
    from myvendors.vault.keystore import SystemKeyStore as SystemKeyStore
    from myvendors.vault.vault import CheckResult as CheckResult
    from myvendors.vault.vault import passphrase_unlocker as passphrase_unlocker
    from myvendors.vault.vault import preflight as preflight
    from myvendors.vault.vault import recovery_unlocker as recovery_unlocker
    from myvendors.vault.vault import Vault as Vault

_WHERE = {
    "KdfParams": "envelope",
    "Availability": "keystore",
    "DeviceKeyStore": "keystore",
    "NoKeyStore": "keystore",
    "SystemKeyStore": "keystore",
    "Backup": "backups",
    "CheckResult": "vault",
    "Vault": "vault",
    "list_backups": "backups",
    "passphrase_unlocker": "vault",  # nosec B105  # a module name in the lazy-import table, not a password
    "preflight": "vault",
    "read_envelope": "files",
    "recovery_unlocker": "vault",
    "restore": "backups",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
