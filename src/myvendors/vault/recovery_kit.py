"""The recovery kit: a small text file the user names, holding the recovery key and what to do with it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from myvendors.fileio import atomic_write


def recovery_kit_text(vault_path: Path, recovery_key: str, *, created: datetime | None = None) -> str:
    """The kit as plain text: the vault's location, the date, the key, and instructions."""
    when = (created or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "MyVendors recovery kit\n"
        "======================\n\n"
        f"Vault:   {vault_path}\n"
        f"Created: {when}\n\n"
        f"Recovery key:\n\n    {recovery_key}\n\n"
        "If you forget your passphrase: in the unlock window choose \"Use recovery key…\" (or run\n"
        "`myvendors recover VAULT`), type this key, and choose a new passphrase.\n\n"
        "Anyone who has this key and the vault file can open the vault. Print this page or copy\n"
        "the key into another password manager, keep it somewhere safe away from this computer,\n"
        "and then delete this file.\n"
    )


def write_recovery_kit(target: Path, vault_path: Path, recovery_key: str) -> None:
    """Write the kit to `target` (0600, atomically); the user chose the file and its name."""
    atomic_write(Path(target), recovery_kit_text(vault_path, recovery_key).encode("utf-8"))
