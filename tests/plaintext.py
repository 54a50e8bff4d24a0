"""Looking for plaintext outside the vault: canary strings, and the folders a session may write to.

Imported by the tests (pytest puts tests/ on the path): `session_folders` points every folder the
app or the CLI may write to (its data and config folders, the XDG data, config, cache, state and
runtime folders, the temporary folder, HOME) into one test folder; `canary_files` lists the
files under a folder that hold a canary in UTF-8, UTF-16 LE or UTF-16 BE.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")

# (environment variable, folder under the session's home)
FOLDERS = (
    ("MYVENDORS_DATA_DIR", "data"),
    ("MYVENDORS_CONFIG_DIR", "config"),
    ("XDG_DATA_HOME", "xdg-data"),
    ("XDG_CONFIG_HOME", "xdg-config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_RUNTIME_DIR", "runtime"),
    ("TMPDIR", "tmp"),
)


def session_folders(home: Path, monkeypatch: pytest.MonkeyPatch | None = None) -> dict[str, str]:
    """Create the folders under `home` and return them as environment variables (HOME included).

    With `monkeypatch`, they are also set in this process, and Python's cached temporary folder
    (`tempfile.gettempdir()`) points into `home` until the test ends.
    """
    env = {"HOME": str(home)}
    for name, sub in FOLDERS:
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(folder)
    if monkeypatch is not None:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(tempfile, "tempdir", env["TMPDIR"])
    return env


def canary_files(root: Path, canaries: Iterable[str], *, allowed: Iterable[Path] = ()) -> list[Path]:
    """Files under `root`, other than those in `allowed` (files or folders), that hold a canary."""
    needles = [c.encode(enc) for c in canaries for enc in ENCODINGS]
    allowed = [Path(a) for a in allowed]
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or any(path == a or a in path.parents for a in allowed):
            continue
        data = path.read_bytes()
        if any(needle in data for needle in needles):
            found.append(path)
    return found
