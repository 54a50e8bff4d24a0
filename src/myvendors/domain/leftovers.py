"""Decrypted copies that "Open" writes for another program: where they go, and removing those whose
process is gone.

Each app process writes its copies into one private (0700) folder, ``myvendors-open-<pid>-<random>``,
under ``$XDG_RUNTIME_DIR`` where there is one (a per-user folder in memory, emptied at logout),
else under the temporary folder. The app empties it when the vault locks; a process that was
killed cannot, so at start the app removes every such folder that belongs to this user and whose
process is no longer running (`remove_stale_open_copies`).

The other leftovers are put right where they are met: a killed `init` or `restore` beside the vault
when it is next unlocked or created (`myvendors.vault.leftovers`), a killed export's `NAME.partial`
by the next export to `NAME` (`myvendors.fileio.write_export`). docs/VAULT-FORMAT.md lists them all.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from pathlib import Path

from myvendors.fileio import ensure_private_dir

OPEN_PREFIX = "myvendors-open-"
_NAME = re.compile(rf"{re.escape(OPEN_PREFIX)}(?:(?P<pid>\d+)-)?[0-9a-f]{{16}}\Z")
#: a folder named by an older MyVendors (no process id in its name) is taken as stale after this long
LEGACY_STALE_SECONDS = 24 * 3600


def _private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is set and is a folder of this user's that only they can enter."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or os.name != "posix":
        return None
    folder = Path(value)
    try:
        info = folder.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def open_copies_base() -> Path:
    """Where the folders of decrypted copies go: the runtime folder (cleared at logout), else the temporary one."""
    return _private_runtime_dir() or Path(tempfile.gettempdir())


def new_open_folder(base: Path | None = None) -> Path:
    """A new private folder for this process's decrypted copies, named after the process."""
    folder = (base or open_copies_base()) / f"{OPEN_PREFIX}{os.getpid()}-{secrets.token_hex(8)}"
    ensure_private_dir(folder)
    return folder


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # cannot tell cheaply: keep it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, as someone else's process
    return True


def stale_open_copies(bases: list[Path] | None = None) -> list[Path]:
    """Folders of decrypted copies that belong to this user and to a process that is not running."""
    places = bases if bases is not None else list(dict.fromkeys(
        folder for folder in (_private_runtime_dir(), Path(tempfile.gettempdir())) if folder is not None))
    found = []
    for base in places:
        try:
            entries = list(base.iterdir())
        except OSError:
            continue
        for entry in entries:
            match = _NAME.match(entry.name)
            if match is None:
                continue
            try:
                info = entry.lstat()
            except OSError:
                continue
            if not stat.S_ISDIR(info.st_mode) or (os.name == "posix" and info.st_uid != os.getuid()):
                continue  # not a folder (a link, a file), or someone else's: never touched
            pid = match["pid"]
            if pid is None:
                stale = time.time() - info.st_mtime > LEGACY_STALE_SECONDS
            else:
                stale = int(pid) != os.getpid() and not _running(int(pid))
            if stale:
                found.append(entry)
    return sorted(found)


def remove_stale_open_copies(bases: list[Path] | None = None) -> list[Path]:
    """Remove the stale folders of decrypted copies (see `stale_open_copies`); returns them."""
    removed = []
    for folder in stale_open_copies(bases):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed
