"""Backups report the bytes copied and can be cancelled, leaving no backup folder behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from myvendors.errors import Cancelled
from myvendors.fileio import copy_file_durably
from myvendors.vault import Vault, list_backups
from myvendors.vault.backups import backup_root


def test_copy_reports_each_mebibyte(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.write_bytes(b"x" * (2 * 2**20 + 10))
    seen: list[tuple[int, int]] = []
    copy_file_durably(src, tmp_path / "dst", lambda done, total: seen.append((done, total)))
    size = src.stat().st_size
    assert seen == [(0, size), (2**20, size), (2 * 2**20, size), (size, size)]
    assert (tmp_path / "dst").read_bytes() == src.read_bytes()


def test_backup_reports_the_database_size(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    seen: list[tuple[int, int]] = []
    backup = vault.backup(progress=lambda done, total: seen.append((done, total)))
    size = backup.database.stat().st_size
    assert seen[0] == (0, seen[-1][1]) and seen[-1][0] == seen[-1][1] >= size > 0


def test_a_cancelled_backup_leaves_no_folder(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    with pytest.raises(Cancelled):
        vault.backup(cancelled=lambda: True)
    assert list_backups(vault.path) == []
    root = backup_root(vault.path)
    assert not root.exists() or list(root.iterdir()) == []
    assert not vault.db.in_transaction
    vault.backup()  # the vault is fine and unlocked: the next backup works
    assert len(list_backups(vault.path)) == 1
