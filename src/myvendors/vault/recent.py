"""Which vault this user opened last, so the app reopens it (a small JSON file, not secret)."""

from __future__ import annotations

import json
from pathlib import Path

from myvendors import paths
from myvendors.fileio import atomic_write, ensure_private_dir

FILE_NAME = "recent.json"
_FORMAT = 1


def _file() -> Path:
    return paths.config_dir() / FILE_NAME


def last_vault() -> Path | None:
    """The vault opened last, or None when there is none yet or the file is unreadable."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    value = data.get("last_vault")
    return Path(value) if isinstance(value, str) and value else None


def remember_last_vault(path: Path) -> None:
    """Record `path` as the vault to open next time (best effort: a read-only config is fine)."""
    try:
        ensure_private_dir(paths.config_dir())
        payload = {"format": _FORMAT, "last_vault": str(Path(path).absolute())}
        atomic_write(_file(), (json.dumps(payload, indent=2) + "\n").encode("utf-8"))
    except OSError:
        return


def vault_to_open(requested: Path | None) -> Path:
    """The vault the app starts with: the one asked for, else the last one, else the default."""
    if requested is not None:
        return Path(requested).expanduser()
    return last_vault() or paths.default_vault_path()
