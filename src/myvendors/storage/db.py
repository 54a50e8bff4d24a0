"""The vault database: SQLCipher 4 opened with a raw 256-bit key, WAL, numbered migrations.

Every user action is one `Database.transaction()`. SQLite errors that mean "this file is
damaged" are turned into `VaultDamaged` here, so no caller ever sees a driver exception.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    DiskFull,
    Message,
    NotAVault,
    PlatformUnsupported,
    SystemRefused,
    VaultDamaged,
    VaultInUse,
    VaultTooNew,
    system_refused,
)

from myvendors.storage import wal

try:
    import sqlcipher3.dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - exercised only on a broken install
    sqlcipher = None

PAGE_SIZE = 4096  # SQLCipher 4 default; checked against the file size before opening
KEY_BYTES = 32
_PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"

# Messages SQLite gives for files it cannot read as a database of ours.
_DAMAGE_MARKERS = (
    "file is not a database",
    "database disk image is malformed",
    "malformed",
    "hmac check failed",
)


def _require_driver() -> Any:
    if sqlcipher is None:
        raise PlatformUnsupported(
            QT_TRANSLATE_NOOP(
                "Errors",
                "SQLCipher is not installed, so the vault cannot be opened."
            ),
            detail=QT_TRANSLATE_NOOP(
                "Errors",
                "Reinstall MyVendors (`make run` does it) so that the sqlcipher3 package is present."
            ),
        )
    return sqlcipher


def sqlcipher_version() -> str:
    """The SQLCipher version the driver links, or raise `PlatformUnsupported`."""
    driver = _require_driver()
    con = driver.connect(":memory:")
    try:
        row = con.execute("PRAGMA cipher_version").fetchone()
    finally:
        con.close()
    if not row or not row[0]:
        raise PlatformUnsupported(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database library does not encrypt (no SQLCipher), so MyVendors refuses to run."
            ),
        )
    return str(row[0])


def now_iso() -> str:
    """UTC timestamp with microseconds, as stored in every table."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class IntegrityReport:
    """What `PRAGMA cipher_integrity_check` and `PRAGMA quick_check` found."""

    cipher_problems: tuple[str, ...] = ()
    structure_problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.structure_problems

    def problems(self) -> list[str]:
        return [*self.cipher_problems, *self.structure_problems]


def precheck_file(path: Path) -> None:
    """Reject files that cannot be a SQLCipher vault without opening them (nothing is written)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(len(_PLAIN_SQLITE_MAGIC))
    except FileNotFoundError:
        raise NotAVault(Message(QT_TRANSLATE_NOOP("Errors", "The vault file {path} is missing."), path=path)) from None
    except IsADirectoryError:
        raise NotAVault(Message(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a vault file."), path=path)) from None
    except PermissionError as exc:
        raise system_refused(exc, path) from None
    except OSError as exc:
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "The vault file {path} cannot be read: {strerror}."), path=path, strerror=exc.strerror)) from None
    if size == 0:
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The vault file {path} is empty (zero bytes): it has been truncated or was never written."
        ), path=path))
    if head == _PLAIN_SQLITE_MAGIC:
        raise NotAVault(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is an unencrypted SQLite database, not a MyVendors vault."
        ), path=path))
    if size % PAGE_SIZE:
        raise VaultDamaged(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The vault file {path} is truncated or damaged: its size ({size} bytes) is not a whole number "
                "of {PAGE_SIZE}-byte pages."
            ), path=path, size=size, PAGE_SIZE=PAGE_SIZE),
        )


# Messages SQLite gives when the system, not the file, is the problem: a read-only file, folder or
# disk, a full disk, a file it may not create or open.
_REFUSAL_MARKERS = (
    "disk is full",
    "readonly database",
    "read-only",
    "disk i/o error",
    "unable to open database file",
)
_LOW_SPACE = 64 * 1024  # below this much free space, a failed write is put down to a full disk


def _is_refusal(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _REFUSAL_MARKERS)


def sidecars(path: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory index beside the vault file."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _read_only(path: Path) -> bool:
    return path.exists() and not os.access(path, os.W_OK)


def _disk_state(folder: Path) -> tuple[bool, bool]:
    """(read-only disk, full disk) for the file system holding `folder`; (False, False) if unknown."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False, False
    return bool(stat.f_flag & getattr(os, "ST_RDONLY", 1)), stat.f_bavail * stat.f_frsize < _LOW_SPACE


def refusal(path: Path, exc: BaseException) -> SystemRefused:
    """What to say when SQLite could not read or write the vault at `path`: looks at the disk, the
    folder, the file and its companion files to name the cause and what to do about it."""
    read_only_disk, full = _disk_state(path.parent)
    if "disk is full" in str(exc).lower() or (full and not read_only_disk):
        return DiskFull(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The disk holding {parent} is full: the last change was not saved. Free some space and try "
                "again."
            ), parent=path.parent),
        )
    if read_only_disk:
        return SystemRefused(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The vault {path} is on a read-only disk, so nothing can be saved to it. Make the disk writable "
            "(or copy the vault and its envelope to a writable folder) and try again; nothing was changed."
        ), path=path))
    if _read_only(path.parent):
        return SystemRefused(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The vault {path} cannot be used: its folder {folder} is read-only, and SQLite must create its "
            "companion files there. Make the folder writable by you and try again; nothing was changed."
        ), path=path, folder=path.parent))
    blocked = [p for p in (path, *sidecars(path)) if _read_only(p)]
    if blocked:
        return SystemRefused(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The vault {path} cannot be written: the file {blocked} is read-only. Make it writable by you "
            "and try again; nothing was changed."
        ), path=path, blocked=blocked[0]))
    return SystemRefused(
        Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The system refused to read or write the vault {path}: nothing was changed. Check that the disk "
            "is present and has space and that the folder and its files are yours to write, then try again."
        ), path=path),
        detail=Message(QT_TRANSLATE_NOOP("Errors", "SQLCipher said: {exc}"), exc=exc),
    )


def _writable_companions(path: Path) -> None:
    """Give the write-ahead log and shared-memory files back their owner's write permission.

    SQLite creates them with the vault file's mode: opened while the file was read-only, they stay
    read-only after the file is writable again, and every later write would fail. Called with the
    vault's lock held; when the vault file itself is read-only, nothing is touched."""
    if os.name != "posix" or not os.access(path, os.W_OK):
        return
    for companion in sidecars(path):
        with contextlib.suppress(OSError):
            if companion.stat().st_uid == os.getuid() and not os.access(companion, os.W_OK):
                os.chmod(companion, 0o600)


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn the driver's 'this file is broken' errors into `VaultDamaged` naming the file."""
    try:
        yield
    except VaultDamaged:
        raise
    except Exception as exc:
        if sqlcipher is not None and isinstance(exc, sqlcipher.DatabaseError) and _is_refusal(exc):
            raise refusal(path, exc) from exc
        if sqlcipher is not None and isinstance(exc, sqlcipher.DatabaseError) and _is_damage(exc):
            raise VaultDamaged(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vault file {path} is damaged or not a MyVendors vault: the encrypted pages do not "
                    "check out."
                ), path=path),
                detail=Message(QT_TRANSLATE_NOOP("Errors", "SQLCipher said: {exc}"), exc=exc),
            ) from exc
        raise


@dataclass
class Database:
    """An open, unlocked vault database. Create with `Database.open` / `Database.create`."""

    path: Path
    _con: Any = field(repr=False)
    _in_transaction: bool = field(default=False, repr=False)
    _track_wal: bool = field(default=False, repr=False)  # the vault's own connection (storage/wal.py)

    precheck = staticmethod(precheck_file)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: bytes, *, track_wal: bool = False) -> Database:
        """Create a new, empty, fully migrated vault database at `path` (which must not exist).

        `track_wal`: see `open`."""
        # Made 0600 before SQLite writes a byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
        if track_wal:
            wal.discard(path)  # a marker some earlier vault of this name left behind is not this one's
        db = cls._connect(path, key, track_wal=track_wal)
        try:
            with translate_errors(path):
                db._con.execute("PRAGMA journal_mode = WAL")
            if track_wal:
                wal.mark_live(path)
            db.migrate()
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def open(cls, path: Path, key: bytes, *, track_wal: bool = False) -> Database:
        """Open an existing vault database; the caller migrates (after a backup) if needed.

        `track_wal`: this is one of the vault's own connections (not a copy's): a WAL deleted
        after an unclean end is noticed before SQLite opens the file, and the vault is marked as
        having a live WAL until its last such connection closes cleanly (storage/wal.py)."""
        precheck_file(path)
        _writable_companions(path)
        db = cls._connect(path, key, track_wal=track_wal)
        try:
            with translate_errors(path):
                # The first read decrypts page 1 and checks its HMAC: a wrong key, a foreign
                # file or a damaged header all fail here, before anything is written.
                db._con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                mode = db._con.execute("PRAGMA journal_mode").fetchone()[0]
                if track_wal:
                    wal.mark_live(path)
                if str(mode).lower() != "wal":
                    db._con.execute("PRAGMA journal_mode = WAL")
            version = db.schema_version()
            if version > db.latest_version():
                raise VaultTooNew(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "This vault was written by a newer MyVendors (schema {version}; this version knows up "
                        "to {latest_version}). Update MyVendors to open it; nothing was changed."
                    ), version=version, latest_version=db.latest_version()),
                )
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def _connect(cls, path: Path, key: bytes, *, track_wal: bool = False) -> Database:
        if len(key) != KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        driver = _require_driver()
        if track_wal:
            wal.acquire(path)  # before SQLite opens the file (and makes a new, empty WAL)
        try:
            with translate_errors(path):
                con = driver.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
        except BaseException:
            if track_wal:
                wal.release(path, lambda: False)
            raise
        with translate_errors(path):
            try:
                # Raw key: no PBKDF2 on open. Must be the first statement on the connection.
                con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                # Damage is reported to the user by us, once, in words; not as SQLCipher log lines.
                con.execute("PRAGMA cipher_log_level = NONE")
                row = con.execute("PRAGMA cipher_version").fetchone()
                if not row or not row[0]:
                    raise PlatformUnsupported(QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database library does not encrypt (no SQLCipher); refusing to open."
                    ))
                # Not `cipher_memory_security` or `secure_delete = ON`: together they made inserts
                # 5x slower (tests/bench/bench_vault.py). FAST overwrites deleted content when
                # that costs no extra I/O; freed pages stay encrypted either way.
                con.execute("PRAGMA foreign_keys = ON")
                con.execute("PRAGMA synchronous = FULL")
                con.execute("PRAGMA fullfsync = ON")  # macOS: really reach the disk; no-op elsewhere
                con.execute("PRAGMA secure_delete = FAST")
                con.execute("PRAGMA cache_size = -32768")
            except BaseException:
                con.close()
                if track_wal:
                    wal.release(path, lambda: False)
                raise
        db = cls(path=path, _con=con, _track_wal=track_wal)
        if track_wal:
            _tracked[id(db)] = db
        return db

    def close(self) -> None:
        """Close the connection; SQLCipher wipes its copy of the key from memory."""
        con, self._con = self._con, None
        if con is None:
            return
        still_live = False
        try:
            if self._track_wal:
                still_live = wal.release(self.path, lambda: _fold_wal(con))
        finally:
            con.close()
        if still_live:
            wal.closed(self.path)

    def __del__(self) -> None:
        # One of the vault's own connections dropped without close(): close it the same way, so
        # that its WAL is folded in and the marker cleared (storage/wal.py), not left "live".
        if getattr(self, "_track_wal", False) and getattr(self, "_con", None) is not None:
            with contextlib.suppress(Exception):
                self.close()

    @property
    def is_open(self) -> bool:
        return self._con is not None

    # -- statements ----------------------------------------------------------------------
    def _require(self) -> Any:
        if self._con is None:
            raise RuntimeError("the vault is locked")
        return self._con

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with translate_errors(self.path):
            return self._require().execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One statement over many rows (bulk inserts: storage/bulk.py)."""
        with translate_errors(self.path):
            self._require().executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        with translate_errors(self.path):
            return list(self._require().execute(sql, params).fetchall())

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name (for mapping onto the services' dataclasses)."""
        with translate_errors(self.path):
            cur = self._require().execute(sql, params)
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        con = self._require()
        if self._in_transaction:
            raise RuntimeError("transactions do not nest: one user action is one transaction")
        with translate_errors(self.path):
            con.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield self
        except BaseException:
            with contextlib.suppress(Exception):
                con.execute("ROLLBACK")
            raise
        else:
            with translate_errors(self.path):
                con.execute("COMMIT")
        finally:
            self._in_transaction = False

    # -- schema --------------------------------------------------------------------------
    def schema_version(self) -> int:
        from myvendors.storage.migrations import schema_version

        with translate_errors(self.path):
            return schema_version(self._require())

    @staticmethod
    def latest_version() -> int:
        from myvendors.storage.migrations import LATEST_VERSION

        return LATEST_VERSION

    def needs_migration(self) -> bool:
        return self.schema_version() < self.latest_version()

    def migrate(self, target: int | None = None) -> list[int]:
        """Apply pending numbered steps, each with its version row in one transaction."""
        from myvendors.storage.migrations import migrate

        with translate_errors(self.path):
            return migrate(self._require(), target)

    # -- maintenance ---------------------------------------------------------------------
    def integrity_check(self) -> IntegrityReport:
        """Check every page's HMAC, then the b-tree structure. Writes nothing."""
        self._require()
        cipher = tuple(
            f"{self.path.name}: {' '.join(str(c) for c in row)}" for row in self._report("PRAGMA cipher_integrity_check")
        )
        structure = tuple(
            f"{self.path.name}: {line}" for line in (str(row[0]) for row in self._report("PRAGMA quick_check")) if line != "ok"
        )
        return IntegrityReport(cipher_problems=cipher, structure_problems=structure)

    def _report(self, pragma: str) -> list[tuple[Any, ...]]:
        """Rows of a checking pragma; a check that cannot even run is itself a finding."""
        try:
            return list(self._require().execute(pragma).fetchall())
        except Exception as exc:
            if sqlcipher is not None and isinstance(exc, sqlcipher.DatabaseError):
                return [(f"{pragma.rsplit(maxsplit=1)[-1]} could not finish: {exc}",)]
            raise

    def checkpoint(self) -> None:
        """Fold the WAL into the main file so that the main file alone holds every commit."""
        with translate_errors(self.path):
            busy, _, _ = self._require().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise VaultInUse(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is busy in another connection; its write-ahead log could not be folded in."
            ), name=self.path.name))

    @contextlib.contextmanager
    def frozen(self) -> Iterator[None]:
        """Checkpoint, then hold the write lock: the main file is complete and stays still."""
        con = self._require()
        self.checkpoint()
        with translate_errors(self.path):
            con.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            con.execute("ROLLBACK")

    # -- key/value tables ----------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM vault_meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def get_setting(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, now_iso()),
        )


_tracked: weakref.WeakValueDictionary[int, Database] = weakref.WeakValueDictionary()


@atexit.register
def _close_tracked() -> None:
    """A process ending with the vault still open (a script that never locked it) closes it cleanly."""
    for db in list(_tracked.values()):
        with contextlib.suppress(Exception):
            db.close()


def _fold_wal(con: Any) -> bool:
    """Checkpoint the whole WAL into the main file and empty it; True when nothing is left in it."""
    if con.in_transaction:
        return False
    busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
