"""The project's exceptions: each carries a message written for a person, and a CLI exit code.

Known, expected conditions (a wrong passphrase, a damaged file, bad input) are
`MyVendorsError` subclasses; anything else reaching the top is a bug and is shown as one.
"""

from __future__ import annotations

# Exit codes are a contract with users' scripts: never renumber them.
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_INVALID_INPUT = 4
EXIT_DAMAGED = 5
EXIT_UNAVAILABLE = 6  # vault in use, platform lacks something we need
EXIT_CANCELLED = 130


class MyVendorsError(Exception):
    """Base of every error that is meant to be shown to the user as it is."""

    exit_code = 1

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def text(self) -> str:
        """The message for a person, with the detail on its own line when there is one."""
        return self.message if not self.detail else f"{self.message}\n{self.detail}"


class Cancelled(MyVendorsError):
    """The user stopped a long action (an import, an export, a backup) before it finished.

    Raised by the services from inside the action, so that its transaction is rolled back and
    any partial file removed: a cancelled action leaves everything as it was.
    """

    exit_code = EXIT_CANCELLED

    def __init__(self, message: str = "Cancelled; nothing was changed.", *, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)


class WrongSecret(MyVendorsError):
    """The passphrase or recovery key does not open this vault."""

    exit_code = EXIT_WRONG_SECRET


class InvalidInput(MyVendorsError):
    """Input from the user or a file is not acceptable; nothing was written."""

    exit_code = EXIT_INVALID_INPUT

    def __init__(self, message: str, *, field: str | None = None, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.field = field


class VaultDamaged(MyVendorsError):
    """The vault or its key envelope is damaged, truncated, edited, or not a vault at all."""

    exit_code = EXIT_DAMAGED

    def __init__(
        self, message: str, *, detail: str | None = None, backup: str | None = None, backup_verified: bool = True
    ) -> None:
        super().__init__(message, detail=detail)
        #: the newest backup, offered to the user for a restore
        self.backup = backup
        #: True when that backup was opened with the vault's key and passed every check
        self.backup_verified = backup_verified

    def text(self) -> str:
        text = super().text()
        if self.backup and self.backup_verified:
            text += f"\nThe newest good backup is {self.backup}; `myvendors restore` can bring it back."
        elif self.backup:
            text += (
                f"\nThe newest backup is {self.backup}; `myvendors restore` checks it with your passphrase "
                "and brings it back."
            )
        return text


class NotAVault(VaultDamaged):
    """The file exists but is not a MyVendors vault (or its envelope is missing)."""


class DiskFull(MyVendorsError):
    """The disk is full: the action in flight was not saved, nothing else was lost."""

    exit_code = EXIT_UNAVAILABLE


class VaultNotFound(MyVendorsError):
    """No vault at the given path."""

    exit_code = EXIT_INVALID_INPUT


class VaultExists(MyVendorsError):
    """Refusing to create a vault over an existing file."""

    exit_code = EXIT_INVALID_INPUT


class VaultInUse(MyVendorsError):
    """Another running MyVendors has this vault open."""

    exit_code = EXIT_UNAVAILABLE


class VaultTooNew(MyVendorsError):
    """The vault was written by a newer MyVendors; we refuse to touch it."""

    exit_code = EXIT_UNAVAILABLE


class PlatformUnsupported(MyVendorsError):
    """Something MyVendors needs is missing from this installation (SQLCipher, OpenSSL 3.2+)."""

    exit_code = EXIT_UNAVAILABLE


class KeyringUnavailable(MyVendorsError):
    """No working, non-plaintext OS keyring: "remember on this device" cannot be used."""

    exit_code = EXIT_UNAVAILABLE


class KeyringCancelled(KeyringUnavailable):
    """She dismissed the system keyring's prompt (to unlock the keyring, or to create one): nothing was
    stored or read, and asking again is fine."""


class KeyringTimedOut(KeyringUnavailable):
    """The system keyring did not answer in time (a prompt nobody saw, a service that hangs)."""

    def __init__(self, message: str, *, seconds: float, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.seconds = seconds


class NotRemembered(MyVendorsError):
    """This device does not remember the vault (no keyring entry, or it no longer matches)."""

    exit_code = EXIT_WRONG_SECRET
