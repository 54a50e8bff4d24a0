"""The project's exceptions: each carries a message written for a person, and a CLI exit code.

Known, expected conditions (a wrong passphrase, a damaged file, bad input) are
`MyVendorsError` subclasses; anything else reaching the top is a bug and is shown as one.

Their messages are English (the command line prints them as they are) and translatable: each text
is marked with `QT_TRANSLATE_NOOP("Errors", …)`, which `pyside6-lupdate` extracts from these pure
Python modules, and a text with parameters is a `Message`: the English text, which keeps its
marked template and the parameters, so that the desktop app (`myvendors.ui.i18n.error_text`)
translates the template and fills in the same parameters.
"""

from __future__ import annotations

from typing import Any

#: the translation context of every service message
CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context` and return it unchanged (no Qt here: lupdate finds the call)."""
    return text


class Message(str):
    """An English text made from a marked template and named parameters (`str.format` fields).

    It is the English string everywhere (comparisons, `str()`, the CLI); `template` and `params`
    let a translator put the same parameters into the translated template.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (worker threads, tests) keep template and parameters
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)

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

    def parts(self) -> list[str]:
        """The message, then the detail and any advice, each a marked text or a `Message`."""
        return [self.message] if not self.detail else [self.message, self.detail]

    def text(self) -> str:
        """The message for a person (in English), with the detail on its own line when there is one.

        A `Message` made of the parts, so that it can still be translated part by part."""
        parts = self.parts()
        if len(parts) == 1:
            return parts[0]
        return Message("\n".join(f"{{part{i}}}" for i in range(len(parts))), **{f"part{i}": p for i, p in enumerate(parts)})


class Cancelled(MyVendorsError):
    """The user stopped a long action (an import, an export, a backup) before it finished.

    Raised by the services from inside the action, so that its transaction is rolled back and
    any partial file removed: a cancelled action leaves everything as it was.
    """

    exit_code = EXIT_CANCELLED

    def __init__(
        self, message: str = QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed."), *, detail: str | None = None
    ) -> None:
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

    def parts(self) -> list[str]:
        parts = super().parts()
        if self.backup and self.backup_verified:
            parts.append(Message(QT_TRANSLATE_NOOP(
                "Errors", "The newest good backup is {backup}; `myvendors restore` can bring it back."
            ), backup=self.backup))
        elif self.backup:
            parts.append(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The newest backup is {backup}; `myvendors restore` checks it with your passphrase and brings it back.",
            ), backup=self.backup))
        return parts


class NotAVault(VaultDamaged):
    """The file exists but is not a MyVendors vault (or its envelope is missing)."""


class SystemRefused(MyVendorsError):
    """The operating system refused a read or a write: a read-only file, folder or disk, a full
    disk, a failing device. Nothing was changed; once the cause is fixed the same action works."""

    exit_code = EXIT_UNAVAILABLE


class DiskFull(SystemRefused):
    """The disk is full: the action in flight was not saved, nothing else was lost."""


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


def system_refused(exc: OSError, path: object = None) -> SystemRefused:
    """What to tell a person when the system refused `exc` (about `path`, else the file it names).

    A full disk or quota, a read-only disk, a permission: each says what to do. Used by the command
    line, the app's worker and error dialog, so that no refusal by the system reads as a bug."""
    import errno

    where = path if path is not None else (exc.filename if exc.filename is not None else "a file")
    if exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", 122)}:
        return DiskFull(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding {path} is full (or your quota is used up): nothing was saved. Free some space "
            "and try again."
        ), path=where))
    if exc.errno == errno.EROFS:
        return SystemRefused(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is on a read-only disk: nothing was saved. Make the disk writable (or copy the vault to a "
            "writable folder) and try again."
        ), path=where))
    if exc.errno in {errno.EACCES, errno.EPERM}:
        return SystemRefused(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The system does not allow MyVendors to use {path}: nothing was changed. Make the file and its "
            "folder readable and writable by you, then try again."
        ), path=where))
    return SystemRefused(Message(QT_TRANSLATE_NOOP(
        "Errors",
        "The system refused to read or write {path} ({strerror}): nothing was changed. Check the disk and "
        "the folder, then try again."
    ), path=where, strerror=exc.strerror or str(exc)))
