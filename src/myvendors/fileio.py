"""Writing files so that a crash leaves the old or the new version, never a half one.

The bottom layer: the vault (envelopes, backups) and the domain (exports, saved attachments)
both write through here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PARTIAL_SUFFIX = ".partial"
KILL_AT_ENV = "MYVENDORS_TEST_KILL_AT"


def kill_point(name: str) -> None:
    """A named step where the crash tests kill the process: `MYVENDORS_TEST_KILL_AT=name` makes
    the process SIGKILL itself here, as a power cut or `kill -9` would stop it. Without that
    variable (always, outside the tests) it does nothing."""
    if os.environ.get(KILL_AT_ENV) == name:
        import signal

        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in `path` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_dir(path: Path) -> None:
    """Create `path` and any missing parents as 0700 folders (existing parents are left alone)."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
        if os.name == "posix":
            with contextlib.suppress(PermissionError):
                os.chmod(folder, PRIVATE_DIR)


def atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder, 0600 before any data, fsync, rename over, fsync the folder."""
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """`atomic_write` for data that arrives in pieces (an export of a million rows)."""
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")  # what secrets.token_hex does, without hashlib
    _write_then_rename(tmp, path, chunks)


def _write_then_rename(staging: Path, path: Path, chunks: Iterable[bytes]) -> None:
    """Write `chunks` to the new 0600 file `staging`, fsync it, rename it to `path` and fsync the
    folder; on any failure (a cancel too) `staging` is removed and `path` is as it was."""
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.writelines(chunks)
            fh.flush()
            full_fsync(fh.fileno())
        os.replace(staging, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        raise
    fsync_dir(path.parent)


def full_fsync(fd: int) -> None:
    """fsync; on macOS F_FULLFSYNC, because plain fsync there does not reach the disk."""
    if fcntl is not None and hasattr(fcntl, "F_FULLFSYNC"):
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass
    os.fsync(fd)


def write_new_file(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist) 0600, write, fsync. For files inside a staging folder."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        full_fsync(fh.fileno())


COPY_CHUNK = 1 << 20


def copy_file_durably(src: Path, dst: Path, progress: Callable[[int, int], None] | None = None) -> None:
    """Copy bytes into a new 0600 file and fsync it (the caller renames it into place).

    `progress(copied, size)` is called after each MiB; an exception it raises stops the copy
    (a Cancel), and the caller removes the partial file with its staging folder.
    """
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
        if progress is None:
            shutil.copyfileobj(inp, out, COPY_CHUNK)
        else:
            size = os.fstat(inp.fileno()).st_size
            copied = 0
            progress(0, size)
            while chunk := inp.read(COPY_CHUNK):
                out.write(chunk)
                copied += len(chunk)
                progress(copied, max(size, copied))
        out.flush()
        full_fsync(out.fileno())


def partial_path(path: Path) -> Path:
    """Where an export to `path` is written until it is complete: `NAME.partial`, in the same folder."""
    return path.with_name(path.name + PARTIAL_SUFFIX)


def write_export(path: Path, chunks: Iterable[bytes]) -> None:
    """Write a file she asked for (an export, a saved attachment): complete or not at all, 0600.

    It is written in its final folder as the visible `NAME.partial` (a name that says it is not
    finished, never a hidden file she would not see), fsynced, then renamed to `NAME`. A failure
    or a cancel removes the partial file; a `NAME.partial` left by a killed export is replaced by
    the next export to `NAME`. A file that was at `path` before stays as it was until the rename."""
    path = Path(path)
    partial = partial_path(path)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # a killed export's: ours, and incomplete
    _write_then_rename(partial, path, _kill_point_after_each(chunks))


def _kill_point_after_each(chunks: Iterable[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield chunk
        kill_point("export-partial")


@contextlib.contextmanager
def export_file(path: Path) -> Iterator[BinaryIO]:
    """`write_export` for a writer that needs a file object (a ZIP archive seeks back to finish
    each member): the `NAME.partial` file opened 0600 for writing, fsynced and renamed to `NAME`
    when the block ends, removed when it raises (a cancel too)."""
    path = Path(path)
    partial = partial_path(path)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # a killed export's: ours, and incomplete
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            kill_point("export-partial")
            full_fsync(fh.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    fsync_dir(path.parent)
