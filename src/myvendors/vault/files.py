"""A vault's files before any key: the envelope beside the database, read and checked for shape,
and the lock file that keeps a second MyVendors away from both. `vault.py` and `backups.py`
both stand on these; neither is imported here.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from myvendors import paths
from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    Message,
    NotAVault,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    system_refused,
)
from myvendors.vault.envelope import Envelope

if TYPE_CHECKING:
    import filelock  # imported when a vault is opened: the app's first window does not need it

_REFUSALS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def read_envelope(path: Path) -> Envelope:
    """The envelope of the vault at `path`, checked for shape (not yet for a secret)."""
    env_path = paths.envelope_path(path)
    db_exists, env_exists = path.exists(), env_path.exists()
    if not db_exists and not env_exists:
        raise VaultNotFound(Message(QT_TRANSLATE_NOOP("Errors", "There is no vault at {path}."), path=path))
    if not env_exists:
        raise NotAVault(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{path} has no key envelope beside it ({name}), so it cannot be unlocked. If you moved the "
                "vault, move both files; a backup holds both."
            ), path=path, name=env_path.name),
        )
    if not db_exists:
        raise NotAVault(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The key envelope {name} is there but the vault file {name2} is missing."
        ), name=env_path.name, name2=path.name))
    try:
        raw = env_path.read_bytes()
    except PermissionError as exc:
        raise system_refused(exc, env_path) from None
    except OSError as exc:
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "The key envelope {env_path} cannot be read: {strerror}."), env_path=env_path, strerror=exc.strerror)) from None
    return Envelope.from_bytes(raw, where=f"The key envelope {env_path.name}")


def in_use(path: Path) -> bool:
    """Whether another running MyVendors holds the lock of the vault at `path` (its lock is taken
    and let go at once; a vault that is not there, or a lock that cannot be taken, is not in use)."""
    if not path.is_file():
        return False
    import filelock

    lock = filelock.FileLock(str(paths.lock_path(path)), timeout=0, mode=0o600, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        return True
    except OSError:
        return False
    lock.release()
    return False


def acquire(path: Path) -> filelock.BaseFileLock:
    """Take the lock file of the vault at `path` (never waits): `VaultInUse` if another holds it."""
    import filelock

    lock = filelock.FileLock(str(paths.lock_path(path)), timeout=0, mode=0o600, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise VaultInUse(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The vault {name} is open in another MyVendors window or process. Close it there first."
            ), name=path.name),
        ) from None
    except OSError as exc:
        if exc.errno in _REFUSALS:  # a read-only folder or disk, a full disk: say what to do
            raise system_refused(exc, paths.lock_path(path).parent) from None
        raise VaultInUse(Message(QT_TRANSLATE_NOOP("Errors", "The vault {name} cannot be locked for use: {strerror}."), name=path.name, strerror=exc.strerror)) from None
    return lock
