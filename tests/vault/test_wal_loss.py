"""A write-ahead log deleted after a crash loses the commits in it; `check` says so."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from myvendors import paths
from myvendors.vault import KdfParams, Vault

CANARY = "committed before the crash"

# Unlock, commit one row, and die without closing: the row is only in the WAL.
CHILD = """
import os, signal, sys
from pathlib import Path
from myvendors.vault import Vault
from myvendors.vault.envelope import use_test_kdf
with use_test_kdf():
    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    with vault.db.transaction():
        vault.db.set_meta("canary", sys.argv[3])
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def crashed(vault_path: Path) -> Path:
    """A vault whose last commit is only in its WAL, left behind by a killed process."""
    Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE, CANARY], timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL
    wal = paths.sidecar_paths(vault_path)[0]
    assert wal.stat().st_size > 0 and json.loads(paths.wal_marker_path(vault_path).read_text())["live"] is True
    return vault_path


def _check(path: Path, *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    done = run_cli("check", str(path), "--passphrase-stdin", "--json", *extra, stdin=PASSPHRASE + "\n")
    return done.returncode, json.loads(done.stdout)


def _canary(path: Path) -> str | None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        return vault.db.get_meta("canary")


def test_a_wal_kept_after_a_crash_brings_the_commit_back_and_check_is_clean(crashed: Path) -> None:
    code, out = _check(crashed)
    assert code == 0 and out["ok"] is True and out["wal_problems"] == []
    assert _canary(crashed) == CANARY


def test_a_wal_deleted_after_a_crash_is_reported_by_check_with_exit_5(crashed: Path) -> None:
    for sidecar in paths.sidecar_paths(crashed):
        sidecar.unlink()
    code, out = _check(crashed)
    assert code == 5 and out["ok"] is False
    (problem,) = out["wal_problems"]
    assert "deleted" in problem and "may have been lost" in problem
    assert out["cipher_problems"] == [] and out["structure_problems"] == []
    assert _canary(crashed) is None  # the commit is gone: that is what is reported
    # An unlock in between (the app, say) does not wipe the finding: it stays until acknowledged.
    code, out = _check(crashed)
    assert code == 5 and len(out["wal_problems"]) == 1


def test_acknowledging_the_loss_makes_the_next_check_clean(crashed: Path) -> None:
    paths.sidecar_paths(crashed)[0].unlink()
    code, out = _check(crashed, "--acknowledge-lost-wal")
    assert code == 0 and out["ok"] is True and out["wal_problems"] == [] and len(out["wal_acknowledged"]) == 1
    code, out = _check(crashed)
    assert code == 0 and out["wal_problems"] == [] and out["wal_acknowledged"] == []


def test_a_clean_close_leaves_no_marker_and_a_later_wal_deletion_is_no_loss(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    marker = paths.wal_marker_path(vault_path)
    assert json.loads(marker.read_text())["live"] is True
    with vault.connection() as worker, worker.transaction():  # a worker's connection, closed first
        worker.set_meta("canary", CANARY)
    assert marker.exists(), "the vault's own connection is still open"
    vault.close()
    assert not marker.exists() and not paths.sidecar_paths(vault_path)[0].exists()
    code, out = _check(vault_path)
    assert code == 0 and out["wal_problems"] == []
    assert _canary(vault_path) == CANARY


def test_the_marker_holds_no_data(crashed: Path) -> None:
    paths.sidecar_paths(crashed)[0].unlink()
    _check(crashed)
    data = json.loads(paths.wal_marker_path(crashed).read_text())
    assert set(data) == {"format", "live", "since", "lost"}
    assert CANARY not in json.dumps(data) and PASSPHRASE not in json.dumps(data)


def test_a_restore_takes_the_marker_with_the_old_wal(crashed: Path) -> None:
    with Vault.unlock(crashed, PASSPHRASE) as vault:
        made = vault.backup()
    paths.sidecar_paths(crashed)[0].unlink(missing_ok=True)
    done = run_cli("restore", str(made.folder), str(crashed), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert not paths.wal_marker_path(crashed).exists()
    code, out = _check(crashed)
    assert code == 0 and out["wal_problems"] == []
    assert _canary(crashed) == CANARY
    assert os.path.exists(crashed)


def test_a_script_that_never_locks_the_vault_leaves_no_live_marker(vault_path: Path) -> None:
    """A process that ends with the vault open closes it cleanly: no loss is reported later."""
    Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    script = (
        "import sys\nfrom pathlib import Path\nfrom myvendors.vault import Vault\n"
        "from myvendors.vault.envelope import use_test_kdf\n"
        "with use_test_kdf():\n"
        "    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])\n"
        "    with vault.db.transaction():\n"
        "        vault.db.set_meta('canary', sys.argv[3])\n"
    )
    subprocess.run([sys.executable, "-c", script, str(vault_path), PASSPHRASE, CANARY], timeout=120, check=True)
    assert not paths.wal_marker_path(vault_path).exists()
    code, out = _check(vault_path)
    assert code == 0 and out["wal_problems"] == []
    assert _canary(vault_path) == CANARY


def test_a_marker_left_by_an_earlier_vault_of_the_same_name_is_not_the_new_vaults_loss(crashed: Path) -> None:
    for leftover in (crashed, paths.envelope_path(crashed), *paths.sidecar_paths(crashed)):
        leftover.unlink()
    assert json.loads(paths.wal_marker_path(crashed).read_text())["live"] is True
    Vault.create(crashed, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    code, out = _check(crashed)
    assert code == 0 and out["wal_problems"] == []
