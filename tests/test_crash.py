"""SIGKILL at random moments while a child writes: the vault always opens, checks out, keeps every commit."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.domain import vendors
from myvendors.domain.sharing import ledger
from myvendors.errors import WrongSecret
from myvendors.storage.totals import mismatches
from myvendors.vault import KdfParams, Vault, list_backups, passphrase_unlocker, restore
from myvendors.vault.envelope import using_test_kdf

OTHER = "the other passphrase"
ROUNDS = int(os.environ.get("MYVENDORS_KILL_ROUNDS", "30"))  # make test-long: 500
CHILD = Path(__file__).with_name("crash_child.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _kill_at_random(vault_path: Path, mode: str, rng: random.Random, test_kdf: bool) -> list[str]:
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_path), PASSPHRASE, OTHER, mode, *(["test-kdf"] if test_kdf else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline().strip()
        assert first == "ready", child.stderr.read() or first
        time.sleep(rng.uniform(0.0, 0.35))
        child.send_signal(signal.SIGKILL)
        # Through the same buffered file as readline(): the lines it read ahead after "ready"
        # are in its buffer, not in the pipe any more (communicate() would lose them).
        out = child.stdout.read()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # A line cut off by the kill was not a complete report; only whole lines count.
    return [line for line in out.splitlines() if line.strip()][:-1] if not out.endswith("\n") else out.splitlines()


def test_sigkill_while_writing_loses_no_commit(vault_path: Path) -> None:
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    vault.close()
    rng = random.Random(int(os.environ.get("MYVENDORS_KILL_SEED", "3")))
    committed: set[int] = set()
    current = PASSPHRASE
    made_under: dict[Path, str] = {}  # backup folder -> the passphrase in force when it was taken
    for round_no in range(ROUNDS):
        mode = {4: "passwd", 2: "backup"}.get(round_no % 5, "rows")
        reported = _kill_at_random(vault_path, mode, rng, using_test_kdf())
        if mode in ("rows", "backup"):
            committed.update(int(x) for x in reported)
        elif reported:
            current = reported[-1]
        # Old or new passphrase: one of them must open it, and the recovery key always does.
        try:
            vault = Vault.unlock(vault_path, current)
        except WrongSecret:
            current = OTHER if current == PASSPHRASE else PASSPHRASE
            vault = Vault.unlock(vault_path, current)
        with vault:
            report = vault.check(ledger=ledger.chain_problems)
            assert report.ok, f"round {round_no}: {report.integrity.problems()}"
            # Totals are written in the transaction of the rows they count: a kill never splits them.
            assert mismatches(vault.db) == [], f"round {round_no}"
            ids = {v.id for v in vendors.list_vendors(vault.db, limit=1_000_000)}
            ids |= {v.id for v in vendors.page_vendors(vault.db, limit=10_000, trashed=True)}
        missing = committed - ids
        assert not missing, f"round {round_no}: committed rows lost: {sorted(missing)[:10]}"
        assert vault_path.with_name(vault_path.name + ".envelope").exists()
        if mode == "backup" and list_backups(vault_path):
            # The newest finished backup restores and holds what it held when it was taken. If
            # this round finished none, it is an older round's, whose passphrase may since have
            # been switched: a backup opens with the passphrase it was taken under.
            for backup in list_backups(vault_path):
                made_under.setdefault(backup.folder, current)
            newest = list_backups(vault_path)[0].folder
            scratch = vault_path.parent / f"restored-{round_no}.myvendors"
            restore(newest, scratch, passphrase_unlocker(made_under[newest]))
            with Vault.unlock(scratch, made_under[newest]) as copy:
                assert copy.check(ledger=ledger.chain_problems).ok
            for leftover in scratch.parent.glob(f"{scratch.name}*"):
                leftover.unlink()
            shutil.rmtree(vault_path.parent / "backups" / scratch.stem, ignore_errors=True)
    Vault.unlock_with_recovery(vault_path, recovery_key).close()
    assert len(committed) > ROUNDS, "the child should have committed rows in most rounds"
