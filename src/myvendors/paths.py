"""Where MyVendors keeps things on disk: the only module that asks platformdirs.

A vault is two files side by side: the SQLCipher database (``NAME.myvendors``) and its key
envelope (``NAME.myvendors.envelope``).  Backups of it go into ``backups/NAME/`` beside it,
and while it is open a lock file (``NAME.myvendors.lock``) marks it as in use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from myvendors import APP_NAME

VAULT_SUFFIX = ".myvendors"
ENVELOPE_SUFFIX = ".envelope"
LOCK_SUFFIX = ".lock"


def data_dir() -> Path:
    """The per-user data folder (``MYVENDORS_DATA_DIR`` overrides it, for tests and portable use)."""
    override = os.environ.get("MYVENDORS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The per-user folder for preferences that are not secret (which vault opened last)."""
    override = os.environ.get("MYVENDORS_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """The vault `make run` and every command use when no path is given."""
    return data_dir() / f"vault{VAULT_SUFFIX}"


def envelope_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ENVELOPE_SUFFIX)


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + LOCK_SUFFIX)


def wal_marker_path(vault: Path) -> Path:
    """Where MyVendors notes that the vault's WAL may hold commits (storage/wal.py); no data in it."""
    return vault.with_name(vault.name + ".wal-state")


def sidecar_paths(vault: Path) -> list[Path]:
    """SQLite's own companion files of a vault in WAL mode."""
    return [vault.with_name(vault.name + "-wal"), vault.with_name(vault.name + "-shm")]


def vault_stem(vault: Path) -> str:
    return vault.name[: -len(VAULT_SUFFIX)] if vault.name.endswith(VAULT_SUFFIX) else vault.name


def backups_dir(vault: Path) -> Path:
    return vault.parent / "backups" / vault_stem(vault)
