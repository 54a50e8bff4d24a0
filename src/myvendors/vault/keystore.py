"""'Remember on this device': a random device key kept in the OS keyring.

The keyring never holds the passphrase or the data key. It holds a random 256-bit device key;
the vault's envelope holds the data key sealed under that device key (a ``device`` slot).
Neither the keyring entry nor the vault files alone open the vault.

A keyring backend counts as working only after a set/get/delete round trip succeeds, and
plaintext or do-nothing backends never count. Every keyring call runs on a worker thread with
a timeout, because a Secret Service can block forever waiting for a prompt nobody sees.

Nothing here is called before it is needed: a locked or new keyring shows its own prompt at the
first call, so the app asks only when she chooses to remember a vault or when the vault has a
device slot (see `myvendors.vault.unlocking`). Two failures are told apart, because she can act on
them: she dismissed the keyring's prompt (`KeyringCancelled`), or it did not answer in time
(`KeyringTimedOut`). Neither is remembered as "no keyring here": the next try asks again.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from myvendors import APP_ID
from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    KeyringCancelled,
    KeyringTimedOut,
    KeyringUnavailable,
    Message,
    NotRemembered,
)

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

# Entries are kept under the app id; releases before it used the app's name, and such an entry
# is read when the new name has none, then moved to the new name (written, read back, and only
# then deleted under the old one), so a remembered vault stays remembered.
SERVICE = APP_ID
LEGACY_SERVICE = "MyVendors"
DEFAULT_TIMEOUT_S = 10.0
T = TypeVar("T")

# Only the OS keyrings count. Everything else — keyrings.alt's plaintext and "encrypted" file
# backends, `null`, `fail`, third-party plugins — is refused, and so is a chainer that wraps
# anything but these.
_TRUSTED_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)
_CHAINER = "keyring.backends.chainer"


def _qualified(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _trusted(backend: Any) -> bool:
    name = _qualified(backend)
    if name.startswith(_CHAINER):
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(_trusted(b) for b in inner)
    return name.startswith(_TRUSTED_MODULES)


CANCELLED = "cancelled"  # she dismissed the keyring's prompt
TIMED_OUT = "timeout"  # the keyring did not answer within the timeout


@dataclass(frozen=True)
class Availability:
    ok: bool
    reason: str  # for the user: which keyring is used, or why the option is disabled
    backend: str = ""
    problem: str = ""  # CANCELLED or TIMED_OUT: this try failed, the next one may work
    seconds: float = 0.0  # with TIMED_OUT: how long it waited

    def error(self) -> KeyringUnavailable:
        """The error to raise for this (failed) availability."""
        if self.problem == CANCELLED:
            return KeyringCancelled(self.reason)
        if self.problem == TIMED_OUT:
            return KeyringTimedOut(self.reason, seconds=self.seconds)
        return KeyringUnavailable(self.reason)


def is_cancel(exc: BaseException) -> bool:
    """Whether a keyring backend's exception means that she dismissed its prompt.

    keyring's Secret Service backend raises KeyringLocked when the unlock prompt is dismissed and
    InitError("... Prompt dismissed") when the prompt to create a keyring is; secretstorage has
    PromptDismissedException; other backends say "cancel" in the class name or the message."""
    name = type(exc).__name__
    text = str(exc).lower()
    return (
        name in ("KeyringLocked", "PromptDismissedException")
        or "dismissed" in text
        or "cancel" in name.lower()
        or "cancel" in text
    )


class DeviceKeyStore(Protocol):
    """Where a device key for a vault is kept on this device."""

    def availability(self) -> Availability: ...
    def known(self) -> Availability | None:
        """What is known without asking the keyring (None: it would have to be asked)."""
    def save(self, vault_id: str, slot_id: str, device_key: bytes) -> None: ...
    def load(self, vault_id: str) -> tuple[str, bytes]: ...
    def forget(self, vault_id: str) -> None: ...


class NoKeyStore:
    """The backend that remembers nothing: the user types her passphrase every time."""

    def __init__(self, reason: str = QT_TRANSLATE_NOOP("Errors", "Remembering is turned off.")) -> None:
        self._reason = reason

    def availability(self) -> Availability:
        return Availability(False, self._reason)

    def known(self) -> Availability | None:
        return self.availability()

    def save(self, vault_id: str, slot_id: str, device_key: bytes) -> None:
        raise KeyringUnavailable(Message(QT_TRANSLATE_NOOP("Errors", "This device cannot remember the vault: {reason}"), reason=self._reason))

    def load(self, vault_id: str) -> tuple[str, bytes]:
        raise NotRemembered(QT_TRANSLATE_NOOP("Errors", "This device does not remember this vault."))

    def forget(self, vault_id: str) -> None:
        return None


class SystemKeyStore:
    """The OS keyring through the `keyring` package (Secret Service, macOS Keychain, Windows)."""

    def __init__(
        self, backend: Any | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S, _trust_any: bool = False
    ) -> None:
        """`_trust_any` lets tests drive the round-trip and timeout checks with fake backends."""
        self._backend = backend
        self._trust_any = _trust_any
        self._timeout_s = timeout_s
        self._availability: Availability | None = None
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None  # made at the first keyring call (the app starts without it)
        self._pool_lock = threading.Lock()

    # -- plumbing ------------------------------------------------------------------------
    def _call(self, fn: Callable[[], T], what: str) -> T:
        import concurrent.futures  # (and logging with it) only once the keyring is asked something

        with self._pool_lock:
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
            pool = self._pool
        future = pool.submit(fn)
        try:
            return future.result(timeout=self._timeout_s)
        except concurrent.futures.TimeoutError:
            # The stuck call keeps its thread; give later calls a fresh one (a later try asks again:
            # she may not have seen the keyring's prompt).
            pool.shutdown(wait=False, cancel_futures=True)
            with self._pool_lock:
                self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")
            raise KeyringTimedOut(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The system keyring did not answer within {timeout_s:g} s (while trying to {what})."
                ), timeout_s=self._timeout_s, what=what),
                seconds=self._timeout_s,
            ) from None

    def _get_backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    # -- interface -----------------------------------------------------------------------
    def availability(self) -> Availability:
        with self._lock:
            if self._availability is not None:
                return self._availability
            try:
                found = self._call(self._probe, "check it")
            except KeyringTimedOut as exc:
                found = Availability(False, exc.message, problem=TIMED_OUT, seconds=exc.seconds)
            except KeyringUnavailable as exc:
                found = Availability(False, exc.message)
            if not found.problem:  # a dismissed prompt or no answer is this try's, not the keyring's
                self._availability = found
            return found

    def known(self) -> Availability | None:
        return self._availability

    def _probe(self) -> Availability:
        try:
            backend = self._get_backend()
        except Exception as exc:  # noqa: BLE001 (keyring's own discovery can fail in many ways)
            return Availability(False, Message(QT_TRANSLATE_NOOP("Errors", "No system keyring could be loaded ({name}: {exc})."), name=type(exc).__name__, exc=exc))
        name = _qualified(backend)
        label = getattr(backend, "name", name)
        if not self._trust_any and not _trusted(backend):
            return Availability(False, Message(QT_TRANSLATE_NOOP("Errors", "No secure system keyring is available (only {label})."), label=label), name)
        if getattr(backend, "priority", 1) <= 0:
            return Availability(False, Message(QT_TRANSLATE_NOOP(
                "Errors",
                "No secure system keyring is available ({label} is not usable here)."
            ), label=label), name)
        import secrets  # (hashlib, OpenSSL) on the worker, not before the first window

        probe_user = f"probe-{secrets.token_hex(8)}"
        probe_value = secrets.token_hex(16)
        try:
            backend.set_password(SERVICE, probe_user, probe_value)
            read_back = backend.get_password(SERVICE, probe_user)
            backend.delete_password(SERVICE, probe_user)
        except Exception as exc:  # noqa: BLE001 (a backend raises what it likes; every failure is a refusal in words)
            if is_cancel(exc):
                return Availability(False, Message(QT_TRANSLATE_NOOP("Errors", "The system keyring's prompt was dismissed ({label})."), label=label), name, problem=CANCELLED)
            return Availability(False, Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The system keyring ({label}) refused a test entry: {value}."
            ), label=label, value=exc or type(exc).__name__), name)
        if read_back != probe_value:
            return Availability(False, Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The system keyring ({label}) does not keep what is stored in it."
            ), label=label), name)
        return Availability(True, Message(QT_TRANSLATE_NOOP("Errors", "Stored in the system keyring ({label})."), label=label), name)

    def _ask(
        self, fn: Callable[[], T], what: str, *, cancelled: str, failed: Callable[[Exception], KeyringUnavailable]
    ) -> T:
        """`_call(fn, what)`, its failures said in the keyring's terms: KeyringCancelled(`cancelled`)
        when she dismissed the keyring's prompt, else `failed(the error)`."""
        try:
            return self._call(fn, what)
        except KeyringUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 (a backend raises what it likes: said as KeyringUnavailable)
            if is_cancel(exc):
                raise KeyringCancelled(cancelled) from None
            raise failed(exc) from None

    def _require(self) -> Any:
        available = self.availability()
        if not available.ok:
            raise available.error()
        return self._get_backend()

    def save(self, vault_id: str, slot_id: str, device_key: bytes) -> None:
        backend = self._require()
        value = json.dumps({"v": 1, "slot": slot_id, "key": base64.b64encode(device_key).decode("ascii")})

        def store() -> None:
            backend.set_password(SERVICE, _username(vault_id), value)
            if backend.get_password(SERVICE, _username(vault_id)) != value:
                raise KeyringUnavailable(QT_TRANSLATE_NOOP("Errors", "The system keyring did not keep the device key."))

        self._ask(
            store,
            "store the device key",
            cancelled=QT_TRANSLATE_NOOP("Errors", "The system keyring's prompt was dismissed; the device key was not stored."),
            failed=lambda exc: KeyringUnavailable(Message(QT_TRANSLATE_NOOP(
                "Errors", "The system keyring refused to store the device key: {exc}."
            ), exc=exc)),
        )

    def load(self, vault_id: str) -> tuple[str, bytes]:
        backend = self._require()
        raw = self._ask(
            lambda: _read_moving_legacy(backend, _username(vault_id)),
            "read the device key",
            cancelled=QT_TRANSLATE_NOOP("Errors", "The system keyring's prompt was dismissed; the device key was not read."),
            failed=lambda exc: KeyringUnavailable(Message(QT_TRANSLATE_NOOP(
                "Errors", "The system keyring could not be read: {exc}."
            ), exc=exc)),
        )
        if raw is None:
            raise NotRemembered(QT_TRANSLATE_NOOP("Errors", "This device does not remember this vault."))
        try:
            data = json.loads(raw)
            return str(data["slot"]), base64.b64decode(data["key"], validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise NotRemembered(QT_TRANSLATE_NOOP(
                "Errors",
                "This device's keyring entry for the vault is unreadable; unlock with the passphrase."
            )) from None

    def forget(self, vault_id: str) -> None:
        backend = self._require()

        def delete() -> None:
            for service in (SERVICE, LEGACY_SERVICE):  # an entry not yet moved is forgotten too
                try:
                    backend.delete_password(service, _username(vault_id))
                except Exception as exc:  # keyring.errors.PasswordDeleteError: nothing stored
                    if "not found" not in str(exc).lower() and type(exc).__name__ != "PasswordDeleteError":
                        raise

        self._ask(
            delete,
            "remove the device key",
            cancelled=QT_TRANSLATE_NOOP("Errors", "The system keyring's prompt was dismissed; the device key was not removed."),
            failed=lambda exc: KeyringUnavailable(Message(QT_TRANSLATE_NOOP(
                "Errors", "The system keyring could not remove the device key: {exc}."
            ), exc=exc)),
        )


def _read_moving_legacy(backend: Any, user: str) -> str | None:
    """The entry under SERVICE; else the one under LEGACY_SERVICE, moved to SERVICE on the way.

    The old entry is deleted only once the new one reads back the same; when the move fails
    (the keyring refuses a write, her prompt is dismissed), the old entry stays where it was and
    its value is still returned: the move is tried again next time, the key is never lost.
    """
    raw: str | None = backend.get_password(SERVICE, user)
    if raw is not None:
        return raw
    legacy: str | None = backend.get_password(LEGACY_SERVICE, user)
    if legacy is None:
        return None
    # a backend raises what it likes; any failure leaves the old entry in place, read again next time
    with contextlib.suppress(Exception):
        backend.set_password(SERVICE, user, legacy)
        if backend.get_password(SERVICE, user) == legacy:
            backend.delete_password(LEGACY_SERVICE, user)
    return legacy


def _username(vault_id: str) -> str:
    return f"vault:{vault_id}"


def default_keystore() -> DeviceKeyStore:
    return SystemKeyStore()
