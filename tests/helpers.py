"""Helpers the tests share (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from myvendors.errors import NotRemembered
from myvendors.vault.keystore import Availability

PASSPHRASE = "correct horse battery staple"


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (lock files excluded: they hold no data)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


class MemoryKeyStore:
    """A keyring that works, in memory: the DeviceKeyStore protocol without an OS."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str, bytes]] = {}

    def availability(self) -> Availability:
        return Availability(True, "in memory")

    def save(self, vault_id: str, slot_id: str, device_key: bytes) -> None:
        self.entries[vault_id] = (slot_id, device_key)

    def load(self, vault_id: str) -> tuple[str, bytes]:
        if vault_id not in self.entries:
            raise NotRemembered("This device does not remember this vault.")
        return self.entries[vault_id]

    def forget(self, vault_id: str) -> None:
        self.entries.pop(vault_id, None)
