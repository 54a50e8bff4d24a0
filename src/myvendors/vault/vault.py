"""The vault service: create, unlock, lock, change secrets, remember, check (backups and restore: `backups.py`).

`Vault` is an unlocked vault: it owns the open database, the data key and the lock that
keeps a second MyVendors away from the same files. Everything that can fail for a reason a
person can act on raises one of `myvendors.errors`; nothing here writes to a vault file
before the secret has been proven right.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from myvendors import paths
from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    KeyringCancelled,
    KeyringTimedOut,
    Message,
    MyVendorsError,
    VaultDamaged,
    VaultExists,
    WrongSecret,
)
from myvendors.fileio import atomic_write, ensure_private_dir, fsync_dir, kill_point, write_new_file
from myvendors.storage import Database, IntegrityReport, wal
from myvendors.storage import totals as totals_sql
from myvendors.storage.db import now_iso
from myvendors.vault import backups, kdf_seen, leftovers, recovery
from myvendors.vault.backups import DEFAULT_BACKUPS_KEPT, Backup
from myvendors.vault.constants import DEFAULT_KDF_SECONDS
from myvendors.vault.envelope import (
    DATA_KEY_BYTES,
    MAX_SLOTS,
    Envelope,
    KdfParams,
    Unlocker,
    calibrate,
    check_argon2_available,
    new_envelope,
    normalise_passphrase,
    validate_new_passphrase,
)
from myvendors.vault.files import acquire, read_envelope
from myvendors.vault.keystore import DeviceKeyStore

if TYPE_CHECKING:
    import filelock  # imported when a vault is opened: the app's first window does not need it


@dataclass(frozen=True)
class CheckResult:
    """What `Vault.check` found: the database report and a little about the vault."""

    integrity: IntegrityReport
    schema_version: int
    vault_id: str
    slots: tuple[str, ...]
    ledger_problems: tuple[str, ...] = ()
    totals_problems: tuple[str, ...] = ()  # kept counts and sums that disagree with their rows
    wal_problems: tuple[str, ...] = ()  # write-ahead logs deleted while they held commits

    @property
    def ok(self) -> bool:
        return self.integrity.ok and not self.ledger_problems and not self.totals_problems and not self.wal_problems

    def problems(self) -> list[str]:
        return [*self.integrity.problems(), *self.ledger_problems, *self.totals_problems, *self.wal_problems]


def preflight(path: Path) -> Envelope:
    """Everything that can be checked about the vault at `path` without a secret; writes nothing.

    Run before asking for a passphrase, so that a missing, empty, truncated or foreign file is
    named as such instead of being blamed on the passphrase. What a killed `init` or `restore`
    left beside it is put right first (`clean_leftovers`): the only thing it may write. Damage found here comes with the
    newest backup (not yet verified: that needs the key).
    """
    clean_leftovers(path)  # a killed `init` or `restore`: finished or undone before anything is judged
    try:
        envelope = read_envelope(path)
        Database.precheck(path)
    except VaultDamaged as exc:
        if exc.backup is None:
            newest = backups.list_backups(path)[:1]
            exc.backup = str(newest[0].folder) if newest else None
            exc.backup_verified = False
        raise
    return envelope


class Vault:
    """An unlocked vault. Get one from `create`, `unlock`, `unlock_with_recovery` or `unlock_with_device`."""

    def __init__(self, path: Path, envelope: Envelope, data_key: bytes, db: Database, lock: filelock.BaseFileLock):
        self.path = path
        self._envelope = envelope
        self._data_key: bytes | None = data_key
        self._db: Database | None = db
        self._lock = lock
        #: what a killed `init` or `restore` had left beside the vault, removed when this one was created
        self.removed_leftovers: tuple[Path, ...] = ()

    # -- creating and unlocking ------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        kdf_seconds: float = DEFAULT_KDF_SECONDS,
    ) -> tuple[Vault, str]:
        """A new vault at `path`; returns it unlocked and the recovery key to show the user once.

        Built whole under a hidden name beside `path` (`.NAME.creating-<vault id>` and its
        envelope), then renamed into place, envelope first: a creation killed at any moment leaves
        either no vault or a complete one, and what it left is removed by the next `create` or
        unlock (`removed_leftovers` on the vault returned lists what this one removed)."""
        path = Path(path)
        validate_new_passphrase(passphrase)
        check_argon2_available()
        env_path = paths.envelope_path(path)
        if not leftovers.find(path):
            _refuse_existing(path)  # the plain answer, even while that vault is open elsewhere
        ensure_private_dir(path.parent)
        lock = acquire(path)
        staged = staged_env = None
        moved_envelope = False
        try:
            removed = leftovers.remove(path)
            _refuse_existing(path)  # again under the lock: two creators cannot both pass
            params = kdf or calibrate(kdf_seconds)
            data_key = secrets.token_bytes(DATA_KEY_BYTES)
            recovery_text, recovery_secret = recovery.generate()
            envelope = new_envelope(data_key, passphrase, recovery_secret, params)
            staged = leftovers.staged(path, "creating", envelope.vault_id)
            staged_env = paths.envelope_path(staged)
            write_new_file(staged_env, envelope.to_bytes())
            kill_point("init-staged-envelope")
            db = Database.create(staged, data_key)
            try:
                with db.transaction():
                    db.set_meta("vault_id", envelope.vault_id)
                    db.set_meta("created_at", now_iso())
                db.checkpoint()  # the file alone holds everything before it is renamed
            finally:
                db.close()
            kill_point("init-staged-database")
            fsync_dir(path.parent)
            os.replace(staged_env, env_path)
            moved_envelope = True
            kill_point("init-renamed-envelope")
            os.replace(staged, path)
            fsync_dir(path.parent)
            kill_point("init-renamed")
            wal.discard(path)  # a marker some earlier vault of this name left behind is not this one's
            db = Database.open(path, data_key, track_wal=True)
        except BaseException:
            if staged is not None and staged_env is not None:
                for leftover in (staged, staged_env, *paths.sidecar_paths(staged)):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()
                if moved_envelope and not path.exists():
                    with contextlib.suppress(FileNotFoundError):
                        env_path.unlink()
            lock.release()
            raise
        vault = cls(path, envelope, data_key, db, lock)
        vault._remember_kdf()
        vault.removed_leftovers = tuple(removed)
        return vault, recovery_text

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, *, migrate: bool = True, on_migrate: Callable[[], None] | None = None
    ) -> Vault:
        """Unlock with the passphrase. `migrate=False` opens an older vault as it is (for `check`).
        `on_migrate` is called (on this thread) just before an older vault is backed up and brought
        to this version's schema, which can take a minute on a lifetime's data: say so meanwhile."""
        try:
            return cls._open(Path(path), passphrase_unlocker(passphrase), migrate=migrate, on_migrate=on_migrate)
        except WrongSecret as exc:
            raise _maybe_altered(Path(path), exc) from None

    @classmethod
    def unlock_with_recovery(
        cls, path: Path, recovery_key: str, *, on_migrate: Callable[[], None] | None = None
    ) -> Vault:
        return cls._open(Path(path), recovery_unlocker(recovery_key), on_migrate=on_migrate)

    @classmethod
    def unlock_with_device(
        cls, path: Path, keystore: DeviceKeyStore, *, on_migrate: Callable[[], None] | None = None
    ) -> Vault:
        def unseal(envelope: Envelope) -> bytes:
            slot_id, device_key = keystore.load(envelope.vault_id)
            return envelope.unseal("device", device_key, slot_id=slot_id)[0]

        return cls._open(Path(path), unseal, on_migrate=on_migrate)

    @classmethod
    def _open(
        cls, path: Path, unseal: Unlocker, *, migrate: bool = True, on_migrate: Callable[[], None] | None = None
    ) -> Vault:
        preflight(path)  # name a missing or broken vault before anything else
        lock = acquire(path)
        try:
            # Read again under the lock: another process may have changed the passphrase
            # between our first look and now, and we must never write back its old envelope.
            envelope = read_envelope(path)
            data_key = unseal(envelope)
            try:
                vault = cls._open_locked(path, envelope, data_key, lock, migrate=migrate, on_migrate=on_migrate)
            except VaultDamaged as exc:
                exc.backup = exc.backup or backups.newest_good_backup(path, data_key, envelope.vault_id)
                raise
            vault._remember_kdf()  # the envelope is proven (its MAC checked): its parameters are hers
            return vault
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        envelope: Envelope,
        data_key: bytes,
        lock: filelock.BaseFileLock,
        *,
        migrate: bool,
        on_migrate: Callable[[], None] | None = None,
    ) -> Vault:
        db = Database.open(path, data_key, track_wal=True)
        try:
            stored_id = db.get_meta("vault_id")
            if stored_id is None:
                raise VaultDamaged(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "The vault {name} was never finished: its creation was interrupted and it holds no "
                        "data. Delete it and its envelope, and create it again."
                    ), name=path.name),
                )
            if stored_id != envelope.vault_id:
                raise VaultDamaged(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "The key envelope beside {name} belongs to another vault; the files were mixed up."
                    ), name=path.name),
                )
            vault = cls(path, envelope, data_key, db, lock)
            if migrate and db.needs_migration():
                if on_migrate is not None:
                    on_migrate()
                vault.backup(reason="before-migration")
                db.migrate()
        except BaseException:
            db.close()
            raise
        return vault

    # -- state ---------------------------------------------------------------------------
    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the vault is locked")
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def vault_id(self) -> str:
        return self._envelope.vault_id

    @property
    def envelope_path(self) -> Path:
        return paths.envelope_path(self.path)

    def slot_kinds(self) -> tuple[str, ...]:
        return tuple(slot.kind for slot in self._envelope.slots)

    def passphrase_kdf(self) -> KdfParams | None:
        """The Argon2id cost that turns the passphrase into its key (None: no passphrase slot)."""
        return next((slot.kdf for slot in self._envelope.slots if slot.kind == "passphrase"), None)

    def _key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the vault is locked")
        return self._data_key

    @contextlib.contextmanager
    def connection(self) -> Iterator[Database]:
        """A connection of its own, for another thread (a worker's import or export), closed after.

        SQLite's WAL lets it write while the window's connection goes on reading committed rows;
        each thread then keeps its own transactions. Locking the vault does not close it: the
        job that holds it finishes first.
        """
        db = Database.open(self.path, self._key(), track_wal=True)
        try:
            yield db
        finally:
            db.close()

    def close(self) -> None:
        """Lock: close the database, drop the key, release the file lock. Safe to call twice."""
        db, self._db = self._db, None
        self._data_key = None
        try:
            if db is not None:
                db.close()
        finally:
            if self._lock.is_locked:
                self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- changing secrets ------------------------------------------------------------------
    def _write_envelope(self, envelope: Envelope) -> None:
        atomic_write(self.envelope_path, envelope.to_bytes())
        self._envelope = envelope
        self._remember_kdf()

    def _remember_kdf(self) -> None:
        """Note on this device the passphrase's parameters of the envelope this vault opened with."""
        params = self.passphrase_kdf()
        kdf_seen.remember(self.vault_id, params.to_json() if params is not None else None)

    def change_passphrase(
        self, current: str, new: str, *, kdf: KdfParams | None = None, kdf_seconds: float = DEFAULT_KDF_SECONDS
    ) -> None:
        """Prove the current passphrase, then switch to the new one in one atomic envelope write.

        The recovery slot and remembered devices keep working; the data is not re-encrypted.
        """
        validate_new_passphrase(new)
        self._envelope.unseal("passphrase", normalise_passphrase(current))
        self._set_passphrase(new, kdf or calibrate(kdf_seconds))

    def reset_passphrase(self, new: str, *, kdf: KdfParams | None = None, kdf_seconds: float = DEFAULT_KDF_SECONDS) -> None:
        """Set a new passphrase without the old one (after unlocking with the recovery key)."""
        validate_new_passphrase(new)
        self._set_passphrase(new, kdf or calibrate(kdf_seconds))

    def _set_passphrase(self, new: str, params: KdfParams) -> None:
        key = self._key()
        slot = self._envelope.seal(key, "passphrase", normalise_passphrase(new), kdf=params)
        # One rename takes the file from {old passphrase} to {new passphrase}: at every instant
        # exactly one of them opens the vault, and the recovery slot opens it throughout.
        self._write_envelope(self._envelope.replacing("passphrase", slot, key))

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Returns the new one to show once."""
        key = self._key()
        text, secret = recovery.generate()
        slot = self._envelope.seal(key, "recovery", secret)
        self._write_envelope(self._envelope.replacing("recovery", slot, key))
        return text

    # -- remember on this device -----------------------------------------------------------
    def remember_on_device(self, keystore: DeviceKeyStore) -> None:
        """Store a device key in the OS keyring and seal the data key under it in a new slot."""
        key = self._key()
        if sum(1 for s in self._envelope.slots if s.kind == "device") >= MAX_SLOTS - 2:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Too many devices remember this vault. Use “Forget all devices” and remember this one "
                    "again."
                ),
            )
        device_key = secrets.token_bytes(32)
        slot = self._envelope.seal(key, "device", device_key)
        previous = self._remembered_slot_id(keystore)
        keystore.save(self.vault_id, slot.id, device_key)
        envelope = self._envelope.adding(slot, key)
        if previous:
            envelope = envelope.removing(previous, key)
        self._write_envelope(envelope)

    def forget_on_device(self, keystore: DeviceKeyStore) -> None:
        """Delete this device's keyring entry and its slot; other devices keep theirs."""
        previous = self._remembered_slot_id(keystore)
        keystore.forget(self.vault_id)
        if previous:
            self._write_envelope(self._envelope.removing(previous, self._key()))

    def forget_all_devices(self) -> int:
        """Remove every device slot (e.g. for a lost laptop); returns how many were removed.

        Other devices' keyring entries stay behind but open nothing any more.
        """
        key = self._key()
        count = sum(1 for s in self._envelope.slots if s.kind == "device")
        if count:
            self._write_envelope(self._envelope.replacing("device", None, key))
        return count

    def has_device_slot(self) -> bool:
        """Whether any device remembers this vault (its envelope has a device slot); no keyring call."""
        return any(slot.kind == "device" for slot in self._envelope.slots)

    def is_remembered(self, keystore: DeviceKeyStore) -> bool:
        return self._remembered_slot_id(keystore) is not None

    def _remembered_slot_id(self, keystore: DeviceKeyStore) -> str | None:
        if not self.has_device_slot():  # nothing to find: the keyring is not asked (it may prompt)
            return None
        available = keystore.availability()
        if not available.ok:
            if available.problem:  # a dismissed prompt or no answer: say so, do not take it for "no"
                raise available.error()
            return None
        try:
            slot_id, _ = keystore.load(self.vault_id)
        except (KeyringCancelled, KeyringTimedOut):
            raise
        except MyVendorsError:
            return None
        return slot_id if any(s.id == slot_id for s in self._envelope.slots) else None

    # -- integrity -------------------------------------------------------------------------
    def check(self, *, ledger: Callable[[Database], list[str]]) -> CheckResult:
        """Every page, the b-tree structure and, when the pages are sound, the ledger's hash chain by
        `ledger`: domain.sharing.ledger.chain_problems, which holds the chain's rules (the vault
        layer does not import the domain, so every caller passes it)."""
        db = self.db
        integrity = db.integrity_check()
        ledger_problems: list[str] = []
        totals_problems: list[str] = []
        if integrity.ok:
            ledger_problems = ledger(db)
        if integrity.ok and totals_sql.has_totals(db):
            totals_problems = totals_sql.mismatches(db)
        return CheckResult(
            integrity=integrity,
            schema_version=db.schema_version(),
            vault_id=self.vault_id,
            slots=self.slot_kinds(),
            ledger_problems=tuple(ledger_problems),
            totals_problems=tuple(totals_problems),
            wal_problems=tuple(self.wal_problems()),
        )

    def wal_problems(self) -> list[str]:
        """Each time the vault was found, at an open, with its WAL deleted after an unclean end."""
        wal_name = paths.sidecar_paths(self.path)[0].name
        return [
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The write-ahead log {wal_name} was deleted after MyVendors last stopped without closing the "
                "vault (noticed {noticed}): changes saved since {since} may have been lost."
            ), wal_name=wal_name, noticed=lost["noticed"] or "?", since=lost["live_since"] or "?")
            for lost in wal.losses(self.path)
        ]

    def acknowledge_wal_problems(self) -> None:
        """Forget the recorded WAL losses (she has read them): the next check no longer shows them."""
        wal.forget_losses(self.path)

    def repair_totals(self) -> None:
        """Recompute the kept totals from the rows they summarise, in one transaction."""
        with self.db.transaction():
            totals_sql.rebuild(self.db)

    # -- backups ---------------------------------------------------------------------------
    def newest_good_backup(self) -> str | None:
        """The newest backup folder that opens with this vault's key and passes every check."""
        return backups.newest_good_backup(self.path, self._key(), self.vault_id)

    def backup(
        self,
        *,
        reason: str = "manual",
        keep: int = DEFAULT_BACKUPS_KEPT,
        to: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Backup:
        """Copy database and envelope into a new backup folder, verify the copy, keep the last `keep`
        (`backups.back_up`, with the envelope this vault was proven to open with)."""
        return backups.back_up(
            self.path, self.db, self._envelope, self._key(),
            reason=reason, keep=keep, to=to, progress=progress, cancelled=cancelled,
        )


def _refuse_existing(path: Path) -> None:
    env_path = paths.envelope_path(path)
    if path.exists():
        raise VaultExists(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "There is already a vault at {path}; choose another file name or open it."
        ), path=path))
    if env_path.exists():
        raise VaultExists(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "An unfinished vault is at {path}: its key envelope ({name}) exists but the vault file does "
                "not (creation was interrupted). Delete the envelope file, or choose another name."
            ), path=path, name=env_path.name),
        )


def _maybe_altered(path: Path, exc: WrongSecret) -> WrongSecret:
    """`exc`, or when the passphrase slot's parameters are not those of the last unlock on this
    device, a wrong-passphrase error that says the key envelope may have been altered."""
    try:
        envelope = read_envelope(path)
    except MyVendorsError:
        return exc
    before = kdf_seen.last_seen(envelope.vault_id)
    slot = next((s for s in envelope.slots if s.kind == "passphrase"), None)
    now = slot.kdf.to_json() if slot is not None and slot.kdf is not None else {}
    if before is None or before == now:
        return exc
    return WrongSecret(
        exc.message,
        detail=Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The passphrase settings in the key file {name} ({now}) are not those it had when it last opened "
            "on this device ({before}). Unless the passphrase was changed on another device since, the key "
            "file may have been altered: restore it from a backup, or use the recovery key."
        ), name=paths.envelope_path(path).name, now=kdf_seen.describe(now), before=kdf_seen.describe(before)),
    )




def passphrase_unlocker(passphrase: str) -> Unlocker:
    return lambda env: env.unseal("passphrase", normalise_passphrase(passphrase))[0]


def recovery_unlocker(recovery_key: str) -> Unlocker:
    secret = recovery.parse(recovery_key)
    return lambda env: env.unseal("recovery", secret)[0]


def clean_leftovers(path: Path) -> list[Path]:
    """Put right what a killed `init` or `restore` left beside the vault at `path` (see
    `leftovers`): only while no one has the vault open, and only when there is something; returns
    the files removed. Never raises: what cannot be cleaned now is cleaned another time."""
    path = Path(path)
    if not leftovers.find(path):
        return []
    try:
        lock = acquire(path)
    except MyVendorsError:
        return []
    try:
        return leftovers.remove(path)
    except OSError:
        return []
    finally:
        lock.release()


@contextlib.contextmanager
def opened(path: Path, passphrase: str) -> Iterator[Vault]:
    """`with opened(path, passphrase) as vault:` — unlock, and lock again at the end."""
    vault = Vault.unlock(path, passphrase)
    try:
        yield vault
    finally:
        vault.close()
