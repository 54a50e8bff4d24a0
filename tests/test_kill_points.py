"""A command killed (SIGKILL) at each named step of `init`, `restore` and `export`: afterwards no
command crashes, the next `init` or `restore` works, nothing is half there, and no hidden partial
plaintext is left. `MYVENDORS_TEST_KILL_AT=<step>` makes the process kill itself at that step
(`myvendors.fileio.kill_point`), so every step is hit, not only those a random kill happens to find.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli

from myvendors.errors import WrongSecret
from myvendors.fileio import KILL_AT_ENV
from myvendors.vault import KdfParams, Vault, passphrase_unlocker, restore

pytestmark = [
    pytest.mark.real_kdf,  # real processes refuse the test suite's cheap KDF
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]

KILLED = -signal.SIGKILL


def cli(*args: str, kill_at: str | None = None, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    """The command in a process of its own that kills itself at `kill_at`; without it, in this
    process (`run_cli`: the same code, a second sooner)."""
    if kill_at is None:
        done = run_cli(*args, stdin=stdin)
    else:
        env = {**os.environ, KILL_AT_ENV: kill_at}
        done = subprocess.run([sys.executable, "-m", "myvendors", *args], input=stdin, capture_output=True,
                              text=True, timeout=120, check=False, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def init(vault: Path, kill_at: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli("init", str(vault), "--passphrase-stdin", "--kdf-seconds", "0", "--allow-weak", "--json",
               kill_at=kill_at, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")


def names(vault: Path) -> list[str]:
    return sorted(vendor["name"] for vendor in json.loads(
        cli("vendor", "list", "--vault", str(vault), "--passphrase-stdin", "--json").stdout)["vendors"])


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".v.myvendors."))


@pytest.mark.parametrize("step", [
    pytest.param("init-staged-envelope", marks=pytest.mark.slow), "init-staged-database",
    pytest.param("init-renamed-envelope", marks=pytest.mark.slow),
])
def test_init_killed_before_it_finished_leaves_no_vault_and_init_works_again(tmp_path: Path, step: str) -> None:
    vault = tmp_path / "v.myvendors"
    assert init(vault, kill_at=step).returncode == KILLED
    assert hidden(tmp_path), "the step comes after something was staged"
    listed = cli("vendor", "list", "--vault", str(vault), "--passphrase-stdin", "--json")
    assert listed.returncode == 4 and json.loads(listed.stdout)["error"]["type"] == "VaultNotFound", listed.stderr
    assert hidden(tmp_path) == [] and not vault.exists()  # what the killed init left was removed
    made = init(vault)
    assert made.returncode == 0, made.stderr
    assert cli("vendor", "add", "--name", "Acme", "--vault", str(vault), "--passphrase-stdin").returncode == 0
    assert names(vault) == ["Acme"]


def test_init_after_a_killed_init_removes_what_it_left_and_says_so(tmp_path: Path) -> None:
    vault = tmp_path / "v.myvendors"
    assert init(vault, kill_at="init-renamed-envelope").returncode == KILLED
    assert (tmp_path / "v.myvendors.envelope").exists() and not vault.exists()  # between the two renames
    made = init(vault)
    assert made.returncode == 0, made.stderr
    replaced = json.loads(made.stdout)["replaced_unfinished"]
    assert any(".creating-" in name for name in replaced) and str(tmp_path / "v.myvendors.envelope") in replaced
    assert hidden(tmp_path) == []
    checked = cli("check", str(vault), "--passphrase-stdin", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"]


@pytest.mark.slow
def test_init_killed_after_its_last_rename_is_a_complete_vault(tmp_path: Path) -> None:
    vault = tmp_path / "v.myvendors"
    assert init(vault, kill_at="init-renamed").returncode == KILLED
    assert hidden(tmp_path) == []
    assert cli("vendor", "add", "--name", "Acme", "--vault", str(vault), "--passphrase-stdin").returncode == 0
    assert names(vault) == ["Acme"]
    again = init(vault)
    assert again.returncode == 4 and json.loads(again.stdout)["error"]["type"] == "VaultExists"


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """A vault holding "Before" in its one backup, and "Before" and "After" now."""
    vault = tmp_path / "v.myvendors"
    with Vault.create(vault, PASSPHRASE, kdf=KdfParams.floor())[0] as opened:
        from myvendors.domain import vendors

        vendors.add_vendor(opened.db, "Before")
        backup = opened.backup().folder
        vendors.add_vendor(opened.db, "After")
    return vault, backup


@pytest.mark.parametrize(("step", "expected"), [
    ("restore-staged", ["After", "Before"]),  # before its point of no return: undone
    ("restore-ready", ["Before"]),  # past it: finished by the next command
    pytest.param("restore-renamed-envelope", ["Before"], marks=pytest.mark.slow),
])
def test_restore_killed_at_each_step_is_undone_or_finished(backed_up: tuple[Path, Path], step: str,
                                                          expected: list[str]) -> None:
    vault, backup = backed_up
    killed = cli("restore", str(backup), str(vault), "--passphrase-stdin", kill_at=step)
    assert killed.returncode == KILLED
    assert any(".restore-" in name for name in hidden(vault.parent))
    assert names(vault) == expected
    assert hidden(vault.parent) == []
    checked = cli("check", str(vault), "--passphrase-stdin", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"], checked.stdout
    again = cli("restore", str(backup), str(vault), "--passphrase-stdin")
    assert again.returncode == 0, again.stderr
    assert names(vault) == ["Before"] and hidden(vault.parent) == []


def test_a_failed_restore_to_a_new_place_leaves_no_lock_file_or_empty_folder(backed_up: tuple[Path, Path],
                                                                             tmp_path: Path) -> None:
    _, backup = backed_up
    target = tmp_path / "new" / "deeper" / "v.myvendors"
    with pytest.raises(WrongSecret):
        restore(backup, target, passphrase_unlocker("not the passphrase at all"))
    assert not (tmp_path / "new").exists()


def test_export_killed_midway_leaves_a_visible_partial_file_that_the_next_export_replaces(
        backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    vault, _ = backed_up
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.json"
    killed = cli("export", "json", str(target), "--vault", str(vault), "--passphrase-stdin", kill_at="export-partial")
    assert killed.returncode == KILLED
    assert sorted(p.name for p in out.iterdir()) == ["all.json.partial"]  # says what it is; nothing hidden
    done = cli("export", "json", str(target), "--vault", str(vault), "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["all.json"]
    assert {v["name"] for v in json.loads(target.read_text())["vendors"]} == {"Before", "After"}


def test_a_killed_share_leaves_its_readable_copy_only_as_a_visible_partial_file(
        backed_up: tuple[Path, Path], tmp_path: Path) -> None:
    """The package's readable document and page (plaintext she asked for) are written like exports."""
    vault, _ = backed_up
    out = tmp_path / "out"
    out.mkdir()
    assert cli("profile", "--set", "name=Ann Canary", "--vault", str(vault), "--passphrase-stdin").returncode == 0
    vendor_id = str(json.loads(cli("vendor", "list", "--vault", str(vault), "--passphrase-stdin", "--json").stdout)
                    ["vendors"][0]["id"])
    args = ("share", "vendor", vendor_id, "--fields", "name", "--out", str(out / "p.jws"),
            "--document", str(out / "p.json"), "--vault", str(vault), "--passphrase-stdin")
    killed = cli(*args, kill_at="export-partial")
    assert killed.returncode == KILLED
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # nothing hidden
    assert all(p.name.endswith(".partial") for p in out.iterdir())
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["p.json", "p.jws"]


def test_only_leftovers_of_this_vault_are_removed_and_a_final_envelope_only_when_it_is_the_unfinished_ones(
        tmp_path: Path) -> None:
    from myvendors.vault import leftovers

    vault = tmp_path / "v.myvendors"
    Vault.create(tmp_path / "other.myvendors", PASSPHRASE, kdf=KdfParams.floor())[0].close()
    foreign = (tmp_path / "other.myvendors.envelope").read_bytes()  # an envelope of another vault id
    (tmp_path / "v.myvendors.envelope").write_bytes(foreign)
    staged = ".v.myvendors.creating-0b6f3c1e-2f1a-4c8e-9d3a-5e7f9a1b2c3d"
    ours = [staged, staged + "-wal", staged + "-shm", ".v.myvendors.check-abcd1234", ".v.myvendors.restore-abcd1234",
            ".v.myvendors.restore-abcd1234.envelope"]
    kept = [".v.myvendors.notes", "v.myvendors.creating-abcd1234", ".w.myvendors.restore-abcd1234",
            ".v.myvendors.restore-ABCD1234"]
    for name in ours + kept:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in leftovers.find(vault)] == sorted(ours)
    assert sorted(p.name for p in leftovers.remove(vault)) == sorted(ours)
    assert (tmp_path / "v.myvendors.envelope").read_bytes() == foreign  # not the unfinished creation's: kept
    assert all((tmp_path / name).exists() for name in kept)
