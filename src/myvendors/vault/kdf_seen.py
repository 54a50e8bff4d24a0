"""The passphrase's key-derivation parameters each vault had when it last opened on this device.

A wrong passphrase and an edited key envelope look the same to Argon2id: the seal does not
open. Remembering the parameters of the last successful unlock (a small JSON file in the config
folder, `kdf-seen.json`, keyed by vault id; no secret in it) lets a failed unlock say more when
the parameters have changed since: the passphrase was changed elsewhere, or the key envelope
was altered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from myvendors import paths
from myvendors.errors import QT_TRANSLATE_NOOP, Message
from myvendors.fileio import atomic_write, ensure_private_dir

FILE_NAME = "kdf-seen.json"
_FORMAT = 1
MAX_VAULTS = 100  # the oldest are forgotten first


def _file() -> Path:
    return paths.config_dir() / FILE_NAME


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("vaults"), dict):
        return {}
    vaults: dict[str, Any] = data["vaults"]
    return vaults


def last_seen(vault_id: str) -> dict[str, Any] | None:
    """The parameters (as the envelope spells them; {} for no passphrase slot) seen at the last
    unlock of `vault_id` on this device, or None when it never opened here."""
    found = _load().get(vault_id)
    return found if isinstance(found, dict) else None


def remember(vault_id: str, kdf: dict[str, Any] | None) -> None:
    """Record the parameters of a vault that just opened (best effort: a read-only config is fine)."""
    value = dict(kdf or {})
    vaults = _load()
    if vaults.get(vault_id) == value:
        return  # nothing changed: no write at every unlock
    vaults.pop(vault_id, None)
    vaults[vault_id] = value
    while len(vaults) > MAX_VAULTS:
        vaults.pop(next(iter(vaults)))
    try:
        ensure_private_dir(paths.config_dir())
        payload = {"format": _FORMAT, "vaults": vaults}
        atomic_write(_file(), (json.dumps(payload, indent=2) + "\n").encode("utf-8"))
    except OSError:
        return


def describe(kdf: dict[str, Any]) -> str:
    """'256 MiB, 3 passes, 4 lanes' (or 'none' for an envelope without a passphrase slot), as a
    marked text so that the app says it in her language."""
    if not kdf:
        return QT_TRANSLATE_NOOP("Errors", "none")
    try:
        kib = int(kdf["memory_kib"])
        passes, lanes = int(kdf["iterations"]), int(kdf["lanes"])
    except (KeyError, TypeError, ValueError):
        return QT_TRANSLATE_NOOP("Errors", "unreadable")
    if kib % 1024 == 0:
        return Message(QT_TRANSLATE_NOOP("Errors", "{mib} MiB, {passes} passes, {lanes} lanes"),
                       mib=kib // 1024, passes=passes, lanes=lanes)
    return Message(QT_TRANSLATE_NOOP("Errors", "{kib} KiB, {passes} passes, {lanes} lanes"),
                   kib=kib, passes=passes, lanes=lanes)
