"""What she reads when the system keyring was asked and did not help, in her language.

Two failures are told apart, because she acts on them differently: she dismissed the keyring's
prompt ("cancelled"), or the keyring did not answer in time ("timeout": its prompt may be
waiting behind the window). Each says what happened and what to do next, for where she is: the
unlock window reading this device's key, the settings' box, or the notice after an unlock. Other
keyring problems keep the service's own text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from myvendors.errors import KeyringCancelled, KeyringTimedOut, MyVendorsError
from myvendors.ui.i18n import error_text as service_text
from myvendors.ui.i18n import translated
from myvendors.vault.keystore import CANCELLED, TIMED_OUT

# Where the message is shown: what she can do next differs.
UNLOCK, SETTINGS, AFTER_UNLOCK = "unlock", "settings", "after-unlock"


def what_happened(problem: str, seconds: float = 0.0) -> str:
    """The first sentence: the prompt was cancelled, or the keyring did not answer within `seconds`."""
    if problem == CANCELLED:
        return QCoreApplication.translate("Keyring", "The system keyring's prompt was cancelled (or could not be shown), so the keyring was not used.")
    if problem == TIMED_OUT:
        # %1: seconds. Qt's %1, not Python's %: translators keep it where their sentence needs it.
        return QCoreApplication.translate(
            "Keyring",
            "The system keyring did not answer within %1 seconds, so it was not used. "
            "Its prompt may be waiting behind this window."
        ).replace("%1", f"{seconds:g}")
    return ""


def what_next(where: str) -> str:
    if where == UNLOCK:
        return QCoreApplication.translate("Keyring", "Type the passphrase, or choose “Unlock with this device” to be asked again.")
    if where == SETTINGS:
        return QCoreApplication.translate("Keyring", "Tick the box again to be asked once more.")
    return QCoreApplication.translate("Keyring", "This device does not remember the vault; you can try again in Settings.")


def problem_text(problem: str, seconds: float, where: str, fallback: str) -> str:
    """The message for a failed try (`problem`: "cancelled" or "timeout"), else `fallback`."""
    first = what_happened(problem, seconds)
    return f"{first} {what_next(where)}" if first else translated(fallback)


def error_text(error: MyVendorsError, where: str) -> str:
    """An error from remembering or reading this device's key, for a person."""
    if isinstance(error, KeyringTimedOut):
        return problem_text(TIMED_OUT, error.seconds, where, error.text())
    if isinstance(error, KeyringCancelled):
        return problem_text(CANCELLED, 0.0, where, error.text())
    return service_text(error)
