"""'Remember on this device' against a real Secret Service, and every way a keyring can fail."""

from __future__ import annotations

import os
import subprocess
from contextlib import closing
import sys
import threading
from pathlib import Path
from typing import ClassVar

import pytest
from helpers import PASSPHRASE

from myvendors.errors import KeyringUnavailable, NotRemembered
from myvendors.vault import KdfParams, NoKeyStore, SystemKeyStore, Vault
from myvendors.vault.keystore import LEGACY_SERVICE, SERVICE


def _secret_service_backend():  # type: ignore[no-untyped-def]
    if os.environ.get("MYVENDORS_TEST_KEYRING") != "secret-service":
        pytest.skip("no test keyring session: run under tests/with-keyring.sh (make test does)")
    from keyring.backends.SecretService import Keyring

    backend = Keyring()
    # The session says a keyring is there: if it does not answer, that is a failure, not a skip.
    assert backend.priority > 0
    return backend


@pytest.mark.keyring
def test_real_keyring_remembers_and_unlocks(vault_path: Path) -> None:
    store = SystemKeyStore(_secret_service_backend())
    available = store.availability()
    assert available.ok, available.reason
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        vault.remember_on_device(store)
        assert vault.is_remembered(store)
        vault_id = vault.vault_id
    # What the keyring holds is a device key, not the passphrase and not the data key.
    stored = store._get_backend().get_password(SERVICE, f"vault:{vault_id}")
    assert stored and PASSPHRASE not in stored
    with Vault.unlock_with_device(vault_path, SystemKeyStore(_secret_service_backend())) as again:
        assert again.is_open
        again.forget_on_device(store)
    assert store._get_backend().get_password(SERVICE, f"vault:{vault_id}") is None
    with pytest.raises(NotRemembered):
        Vault.unlock_with_device(vault_path, store)
    Vault.unlock(vault_path, PASSPHRASE).close()


@pytest.mark.keyring
def test_default_backend_in_the_session_is_secret_service(tmp_path: Path) -> None:
    _secret_service_backend()
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    code = "from myvendors.vault import SystemKeyStore; a = SystemKeyStore().availability(); print(a.ok, a.backend)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.stdout.startswith("True") and "SecretService" in done.stdout, done.stdout + done.stderr


def _refused(backend: object, *, trust_any: bool = False) -> str:
    store = SystemKeyStore(backend, _trust_any=trust_any)
    available = store.availability()
    assert not available.ok
    with pytest.raises(KeyringUnavailable):
        store.save("vault", "slot", b"k" * 32)
    return available.reason


def test_fail_and_null_backends_are_refused_with_a_reason() -> None:
    from keyring.backends import fail, null

    assert "No secure system keyring" in _refused(fail.Keyring())
    assert "No secure system keyring" in _refused(null.Keyring())


class PlaintextKeyring:
    """Looks like keyrings.alt's plaintext file backend: works, but protects nothing."""

    priority = 0.5
    name = "keyrings.alt.file.PlaintextKeyring"
    store: ClassVar[dict[tuple[str, str], str]] = {}

    def set_password(self, service: str, user: str, value: str) -> None:
        self.store[(service, user)] = value

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        self.store.pop((service, user), None)


def test_plaintext_backend_is_refused_even_though_it_round_trips() -> None:
    reason = _refused(PlaintextKeyring())
    assert "PlaintextKeyring" in reason


class ForgetfulKeyring(PlaintextKeyring):
    """Accepts everything and stores nothing (what a misconfigured backend does)."""

    name = "Forgetful"

    def set_password(self, service: str, user: str, value: str) -> None:
        return None


def test_backend_that_stores_nothing_is_refused() -> None:
    assert "No secure system keyring" in _refused(ForgetfulKeyring())  # unknown class: refused outright
    assert "does not keep" in _refused(ForgetfulKeyring(), trust_any=True)  # and the round trip catches it too


class HangingKeyring(PlaintextKeyring):
    """A Secret Service waiting for a prompt that nobody will ever see."""

    name = "Hanging"
    release = threading.Event()

    def set_password(self, service: str, user: str, value: str) -> None:
        self.release.wait(30)


def test_hanging_backend_times_out_and_disables_the_option() -> None:
    store = SystemKeyStore(HangingKeyring(), timeout_s=0.3, _trust_any=True)
    try:
        available = store.availability()
        assert not available.ok and "did not answer" in available.reason
    finally:
        HangingKeyring.release.set()


def test_chainer_counts_only_when_everything_it_chains_is_an_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.SecretService import Keyring as SecretService

    from myvendors.vault.keystore import _trusted

    chainer = ChainerBackend.__new__(ChainerBackend)
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextKeyring(), PlaintextKeyring()])
    assert not _trusted(chainer)
    assert "No secure system keyring" in _refused(chainer)
    monkeypatch.setattr(ChainerBackend, "backends", [SecretService(), PlaintextKeyring()])
    assert not _trusted(chainer)
    monkeypatch.setattr(ChainerBackend, "backends", [SecretService()])
    assert _trusted(chainer)
    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert not _trusted(chainer)


def test_without_a_keyring_the_passphrase_still_works(vault_path: Path) -> None:
    from keyring.backends import fail

    store = SystemKeyStore(fail.Keyring())
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        with pytest.raises(KeyringUnavailable):
            vault.remember_on_device(store)
        assert "device" not in vault.slot_kinds()
        assert not vault.is_remembered(store)
    with pytest.raises(NotRemembered):
        Vault.unlock_with_device(vault_path, NoKeyStore("off"))
    Vault.unlock(vault_path, PASSPHRASE).close()


def _locked_collection() -> str:
    """A second collection in the test's gnome-keyring, locked: asking it raises the unlock prompt.

    In the test session nobody can answer a prompt: with no display, gnome-keyring's prompter
    cannot open and the prompt ends as dismissed, as when she presses Cancel."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        return _make_locked_collection(connection)


def _make_locked_collection(connection) -> str:  # type: ignore[no-untyped-def]
    import secretstorage
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import BUS_NAME, SS_PREFIX, format_secret, open_session

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
    # The prompter is started by the bus: make sure it finds no display, even where the tests run on one.
    connection.send_and_get_reply(
        new_method_call(bus, "UpdateActivationEnvironment", "a{ss}", ({"DISPLAY": "", "WAYLAND_DISPLAY": ""},))
    )
    internal = DBusAddress(
        "/org/freedesktop/secrets", bus_name=BUS_NAME, interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
    )
    secret = format_secret(open_session(connection), b"locked collection", "text/plain")
    label = {SS_PREFIX + "Collection.Label": ("s", "MyVendors test, locked")}
    reply = connection.send_and_get_reply(
        new_method_call(internal, "CreateWithMasterPassword", "a{sv}(oayays)", (label, secret))
    )
    path = str(reply.body[0])
    collection = secretstorage.Collection(connection, path)
    collection.lock()
    assert collection.is_locked()
    return path


@pytest.mark.keyring
# keyring's Secret Service backend leaves its D-Bus connection open when the unlock prompt is
# dismissed (get_preferred_collection raises before closing it): not ours to fix here.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning", "ignore::ResourceWarning")
def test_a_dismissed_prompt_of_a_real_keyring_is_cancelled_not_unavailable(vault_path: Path) -> None:
    from myvendors.errors import KeyringCancelled
    from myvendors.vault.keystore import CANCELLED

    backend = _secret_service_backend()
    backend.preferred_collection = _locked_collection()
    store = SystemKeyStore(backend)
    available = store.availability()
    assert not available.ok and available.problem == CANCELLED, available
    assert store.known() is None  # not remembered as "no keyring": the next try asks again
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        with pytest.raises(KeyringCancelled):
            vault.remember_on_device(store)
        assert not vault.has_device_slot()
    import gc

    gc.collect()  # (the connections keyring left open are closed here, inside this test)


class CountingBackend:
    """Wraps a backend and counts the calls made to it."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.calls = 0
        self.priority = 1

    def __getattr__(self, name: str) -> object:
        self.calls += 1
        return getattr(self.inner, name)


@pytest.mark.keyring
def test_a_vault_without_a_device_slot_never_asks_a_real_keyring(vault_path: Path) -> None:
    from myvendors.vault import unlocking

    counting = CountingBackend(_secret_service_backend())
    store = SystemKeyStore(counting, _trust_any=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    vault.close()
    assert unlocking.device_status(vault_path, store) == unlocking.DeviceStatus(True, "")
    opened = unlocking.unlock(vault_path, PASSPHRASE, keystore=store, remember=False)
    with opened.vault as unlocked:
        assert unlocking.vault_device_status(unlocked, store) == unlocking.DeviceStatus(True, "")
        assert counting.calls == 0
        assert unlocking.apply_remember(unlocked, store, True) is None  # she asked: now it is used
        assert counting.calls > 0 and unlocked.is_remembered(store)
        unlocked.forget_on_device(store)


@pytest.mark.keyring
def test_an_entry_under_the_old_service_name_still_unlocks_and_is_moved_to_the_app_id(vault_path: Path) -> None:
    backend = _secret_service_backend()
    store = SystemKeyStore(backend)
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        vault.remember_on_device(store)
        user = f"vault:{vault.vault_id}"
    value = backend.get_password(SERVICE, user)
    assert SERVICE == "org.myvendors.MyVendors" and value
    backend.set_password(LEGACY_SERVICE, user, value)  # where a release before the app id kept it
    backend.delete_password(SERVICE, user)
    with Vault.unlock_with_device(vault_path, SystemKeyStore(backend)) as again:
        assert again.is_open
    assert backend.get_password(SERVICE, user) == value
    assert backend.get_password(LEGACY_SERVICE, user) is None
    with Vault.unlock_with_device(vault_path, SystemKeyStore(backend)) as once_more:  # read from the new name now
        once_more.forget_on_device(store)
    assert backend.get_password(SERVICE, user) is None


class NoWritesKeyring(PlaintextKeyring):
    """Reads what it holds, refuses every write (a keyring gone read-only, or a dismissed prompt)."""

    name = "NoWrites"

    def set_password(self, service: str, user: str, value: str) -> None:
        raise RuntimeError("refused")


@pytest.mark.parametrize("keyring_class", [NoWritesKeyring, ForgetfulKeyring])
def test_a_move_that_fails_keeps_the_old_entry_and_still_unlocks(vault_path: Path, keyring_class: type[PlaintextKeyring]) -> None:
    working = PlaintextKeyring()
    PlaintextKeyring.store.clear()
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        vault.remember_on_device(SystemKeyStore(working, _trust_any=True))
        user = f"vault:{vault.vault_id}"
    PlaintextKeyring.store[(LEGACY_SERVICE, user)] = PlaintextKeyring.store.pop((SERVICE, user))
    failing = keyring_class()
    store = SystemKeyStore(failing, _trust_any=True)
    store._availability = SystemKeyStore(working, _trust_any=True).availability()  # its probe would fail on writes
    with Vault.unlock_with_device(vault_path, store) as again:
        assert again.is_open
    assert (LEGACY_SERVICE, user) in PlaintextKeyring.store and (SERVICE, user) not in PlaintextKeyring.store
    PlaintextKeyring.store.clear()


def test_forgetting_removes_an_entry_not_yet_moved(vault_path: Path) -> None:
    PlaintextKeyring.store.clear()
    store = SystemKeyStore(PlaintextKeyring(), _trust_any=True)
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        vault.remember_on_device(store)
        user = f"vault:{vault.vault_id}"
        PlaintextKeyring.store[(LEGACY_SERVICE, user)] = PlaintextKeyring.store[(SERVICE, user)]
        vault.forget_on_device(store)
    assert not PlaintextKeyring.store
