"""Backups of a vault: made (`back_up`, which `Vault.backup` calls), listed, pruned, checked and
put back (`restore`).

A backup is a folder `<UTC stamp>-<reason>` in `backups/NAME/` beside the vault (or in a folder
she chose) holding a copy of the database, its WAL when it had one, and the key envelope. A folder
is filled under a hidden name and renamed when complete, and every copy is opened with the key and
checked before it counts. This module sits below `vault.py`: it takes the open database, the
envelope and the key as arguments and never imports `Vault`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from myvendors import paths
from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    Cancelled,
    InvalidInput,
    Message,
    MyVendorsError,
    NotAVault,
    VaultDamaged,
    WrongSecret,
)
from myvendors.fileio import copy_file_durably, ensure_private_dir, fsync_dir, kill_point, write_new_file
from myvendors.storage import Database, wal
from myvendors.vault import leftovers
from myvendors.vault.envelope import Envelope, Unlocker
from myvendors.vault.files import acquire, read_envelope

DEFAULT_BACKUPS_KEPT = 10
_BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    """One backup folder: the database (with its WAL, if it had one) and its envelope."""

    folder: Path
    created: datetime
    reason: str
    database: Path

    @property
    def envelope(self) -> Path:
        return paths.envelope_path(self.database)


def back_up(
    path: Path,
    db: Database,
    envelope: Envelope,
    data_key: bytes,
    *,
    reason: str = "manual",
    keep: int = DEFAULT_BACKUPS_KEPT,
    to: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Backup:
    """Copy the open vault's database (`db`, at `path`) and `envelope` into a new backup folder,
    verify the copy with `data_key`, keep the last `keep`.

    `progress(bytes copied, size)` follows the copy of the database (then the copy is
    verified); when `cancelled()` answers True during the copy, `Cancelled` is raised and
    no backup folder is left behind.
    """
    if keep < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "At least one backup must be kept."), field="keep")
    safe_reason = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in reason)[:40] or "manual"

    def copied(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise Cancelled()

    def fill(folder: Path) -> None:
        with db.frozen():
            tracked = copied if progress is not None or cancelled is not None else None
            copy_file_durably(path, folder / path.name, tracked)
        # The envelope given is the one the vault was proven to open with.
        write_new_file(folder / paths.envelope_path(path).name, envelope.to_bytes())
        _verify_copy(folder / path.name, data_key, envelope.vault_id)

    final = _new_backup_folder(backup_root(path, to), safe_reason, fill)
    prune_backups(path, keep=keep, folder=to)
    return _backup_from_folder(final)


def _new_backup_folder(parent: Path, reason: str, fill: Callable[[Path], None]) -> Path:
    """Fill a hidden staging folder, then rename it to `<UTC stamp>-<reason>`: all or nothing."""
    ensure_private_dir(parent)
    final = parent / f"{datetime.now(UTC).strftime(_BACKUP_STAMP)}-{reason}"
    staging = parent / f".{final.name}.tmp"
    staging.mkdir(mode=0o700)
    try:
        fill(staging)
        fsync_dir(staging)
        os.replace(staging, final)
        fsync_dir(parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return final


def backup_root(path: Path, to: Path | None = None) -> Path:
    """Where the backups of the vault at `path` go: `backups/NAME/` beside it, or `TO/NAME/`."""
    return Path(to) / paths.vault_stem(path) if to else paths.backups_dir(path)


def _backup_from_folder(folder: Path, database: Path | None = None) -> Backup:
    stamp, _, reason = folder.name.partition("-")
    created = datetime.strptime(stamp, _BACKUP_STAMP).replace(tzinfo=UTC)
    if database is None:
        found = sorted(p for p in folder.iterdir() if p.name.endswith(paths.VAULT_SUFFIX) and not p.name.startswith("."))
        database = found[0] if found else folder / f"missing{paths.VAULT_SUFFIX}"
    return Backup(folder=folder, created=created, reason=reason, database=database)


def list_backups(path: Path, *, folder: Path | None = None) -> list[Backup]:
    """Backups of the vault at `path`, newest first."""
    parent = backup_root(Path(path), folder)
    if not parent.is_dir():
        return []
    found = []
    for entry in parent.iterdir():
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        with contextlib.suppress(ValueError):
            found.append(_backup_from_folder(entry))
    return sorted(found, key=lambda b: b.created, reverse=True)


def prune_backups(path: Path, *, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups, and staging folders a crash left behind.

    Called with the vault's lock held, so no staging folder can be in use.
    """
    removed = []
    root = backup_root(Path(path), folder)
    if root.is_dir():
        for stale in root.glob(".*.tmp"):
            shutil.rmtree(stale, ignore_errors=True)
    for old in list_backups(path, folder=folder)[keep:]:
        shutil.rmtree(old.folder, ignore_errors=True)
        removed.append(old.folder)
    return removed


def resolve_backup(location: Path) -> Backup:
    """A backup given as its folder or as exactly the database file inside it."""
    location = Path(location)
    if location.is_dir():
        folder, database = location, None
    else:
        folder, database = location.parent, location
    try:
        backup = _backup_from_folder(folder, database)
    except ValueError:
        found = database or next(iter(sorted(folder.glob(f"*{paths.VAULT_SUFFIX}"))), folder / "missing")
        backup = Backup(folder=folder, created=datetime.fromtimestamp(0, UTC), reason="unknown", database=found)
    if not backup.database.is_file() or not backup.envelope.is_file():
        raise NotAVault(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{location} is not a MyVendors backup (it must hold a vault file and its envelope)."
        ), location=location))
    return backup


def newest_good_backup(path: Path, data_key: bytes, vault_id: str) -> str | None:
    """The newest backup of this vault that opens with `data_key` and passes every check."""
    for candidate in list_backups(path):
        # Checked on a scratch copy so that opening it cannot touch the backup itself.
        scratch = path.with_name(f".{path.name}.check-{secrets.token_hex(4)}")
        try:
            _copy_database(candidate.database, scratch)
            _verify_copy(scratch, data_key, vault_id)
        except (MyVendorsError, OSError):
            continue
        finally:
            for leftover in (scratch, *paths.sidecar_paths(scratch)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return str(candidate.folder)
    return None


def _verify_copy(db_path: Path, data_key: bytes, vault_id: str) -> None:
    """Open a copied database with the key and check every page; raise VaultDamaged if it fails."""
    db = Database.open(db_path, data_key)
    try:
        db.checkpoint()  # fold a WAL that came with the copy into the file itself
        report = db.integrity_check()
        if not report.ok:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "The copy {db_path} failed its check: {value}"), db_path=db_path, value='; '.join(report.problems()[:5])))
        if db.get_meta("vault_id") != vault_id:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "{db_path} belongs to another vault."), db_path=db_path))
    finally:
        db.close()
    for sidecar in paths.sidecar_paths(db_path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()


def _copy_database(src: Path, dst: Path) -> None:
    """Copy a database file and its WAL (when there is one) to `dst` and `dst`-wal."""
    copy_file_durably(src, dst)
    wal_file = paths.sidecar_paths(src)[0]
    if wal_file.exists():
        copy_file_durably(wal_file, paths.sidecar_paths(dst)[0])


def restore(
    backup_location: Path,
    target: Path,
    unlocker: Unlocker,
    *,
    keep: int = DEFAULT_BACKUPS_KEPT,
    allow_backup_secrets: bool = False,
) -> Backup | None:
    """Put a backup back at `target`. Returns the backup holding the files it replaced.

    The backup is verified before anything at `target` changes, and the files it replaces are
    copied into a backup folder of their own first (nothing is deleted). When the vault at
    `target` is the same vault, its current envelope is kept, so today's passphrase and
    recovery key open the restored data; a secret that opens only the backup's (older)
    envelope is refused unless `allow_backup_secrets`, because restoring that envelope would
    bring back a passphrase or recovery key that was changed since.
    """
    backup = resolve_backup(backup_location)
    target = Path(target)
    backup_env = Envelope.from_bytes(backup.envelope.read_bytes(), where=f"The backup's key envelope in {backup.folder}")
    made_folders = _missing_folders(target.parent)
    ensure_private_dir(target.parent)
    lock_existed = paths.lock_path(target).exists()
    lock = acquire(target)
    staged = leftovers.staged(target, "restore", secrets.token_hex(4))
    staged_env = paths.envelope_path(staged)
    ready = staged.with_name(staged.name + leftovers.READY)
    done = False
    try:
        leftovers.remove(target)  # what a killed restore left (one past its point of no return is finished)
        current_env: Envelope | None = None
        with contextlib.suppress(MyVendorsError, OSError):
            candidate = read_envelope(target)
            if candidate.vault_id == backup_env.vault_id:
                current_env = candidate
        if current_env is None:
            data_key, chosen_env = unlocker(backup_env), backup_env
        else:
            try:
                data_key, chosen_env = unlocker(current_env), current_env
            except WrongSecret:
                data_key = unlocker(backup_env)
                if not allow_backup_secrets:
                    raise WrongSecret(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "That secret opens the backup but no longer opens the vault: the passphrase or "
                            "recovery key was changed since the backup. Use the current one, or confirm that "
                            "the backup's older secrets should come back (--use-backup-secrets)."
                        ),
                    ) from None
                chosen_env = backup_env

        _copy_database(backup.database, staged)
        _verify_copy(staged, data_key, backup_env.vault_id)
        write_new_file(staged_env, chosen_env.to_bytes())
        kill_point("restore-staged")
        replaced = _copy_aside(target)
        # The point of no return: from here a killed restore is finished by the next run, not undone
        # (the old WAL is about to go, and its content is safe in `replaced`).
        os.replace(staged, ready)
        fsync_dir(target.parent)
        kill_point("restore-ready")
        # The old WAL must not meet the new database; its content is safe in `replaced`. Its
        # marker goes first, so that no later open takes the WAL's removal for a loss.
        wal.discard(target)
        for sidecar in paths.sidecar_paths(target):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(staged_env, paths.envelope_path(target))
        kill_point("restore-renamed-envelope")
        os.replace(ready, target)
        fsync_dir(target.parent)
        done = True
        prune_backups(target, keep=max(keep, 1))
    finally:
        if not ready.exists():  # past the point of no return, the next run finishes the restore
            for leftover in (staged, staged_env, *paths.sidecar_paths(staged)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        lock.release()
        if not done and not target.exists() and not paths.envelope_path(target).exists():
            _remove_made(paths.lock_path(target) if not lock_existed else None, made_folders)
    return replaced


def _missing_folders(folder: Path) -> list[Path]:
    """The folders `ensure_private_dir(folder)` would create, deepest first."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_made(lock_file: Path | None, folders: list[Path]) -> None:
    """Take away the lock file and the empty folders a failed restore made for a vault that never came."""
    if lock_file is not None:
        with contextlib.suppress(OSError):
            lock_file.unlink()
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def _copy_aside(target: Path) -> Backup | None:
    """Copy the vault files at `target` (if any, WAL included) into a new backup folder."""
    present = [p for p in (target, paths.envelope_path(target), paths.sidecar_paths(target)[0]) if p.exists()]
    if not present:
        return None
    def fill(folder: Path) -> None:
        for item in present:
            copy_file_durably(item, folder / item.name)

    folder = _new_backup_folder(backup_root(target), "replaced-by-restore", fill)
    return _backup_from_folder(folder, folder / target.name)
