"""Decrypted "Open" copies go where logout clears them, and a killed app's are removed at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from myvendors.domain import leftovers

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids and owners are POSIX")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run-user"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_open_copies_go_under_the_runtime_folder_named_after_the_process(runtime: Path) -> None:
    folder = leftovers.new_open_folder()
    assert folder.parent == runtime and folder.name.startswith(f"myvendors-open-{os.getpid()}-")
    assert folder.stat().st_mode & 0o777 == 0o700


def test_without_a_private_runtime_folder_they_go_to_the_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # a runtime folder others can enter is not used
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert leftovers.open_copies_base() == tmp_path
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert leftovers.new_open_folder().parent == tmp_path


def test_the_copies_of_a_process_that_is_gone_are_removed_and_no_others(runtime: Path, tmp_path: Path) -> None:
    dead = runtime / f"myvendors-open-{_dead_pid()}-{'a' * 16}"
    (dead / "7").mkdir(parents=True)
    (dead / "7" / "contract.pdf").write_bytes(b"decrypted")
    mine = leftovers.new_open_folder()
    (mine / "x").write_bytes(b"in use")
    alive = runtime / f"myvendors-open-{os.getppid()}-{'b' * 16}"  # a running process's (the test runner's parent)
    alive.mkdir()
    not_a_folder = runtime / f"myvendors-open-{_dead_pid()}-{'c' * 16}"
    not_a_folder.symlink_to(tmp_path)
    legacy_new = runtime / f"myvendors-open-{'d' * 16}"  # an older version's, just made: perhaps in use
    legacy_new.mkdir()
    legacy_old = runtime / f"myvendors-open-{'e' * 16}"
    legacy_old.mkdir()
    os.utime(legacy_old, (0, 0))
    other = runtime / "myvendors-opened-notes"
    other.mkdir()
    assert leftovers.stale_open_copies([runtime]) == sorted([dead, legacy_old])
    assert leftovers.remove_stale_open_copies([runtime]) == sorted([dead, legacy_old])
    assert not dead.exists() and not legacy_old.exists()
    assert mine.exists() and alive.exists() and not_a_folder.is_symlink() and legacy_new.exists() and other.exists()
    assert tmp_path.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_another_users_copies_are_never_touched(runtime: Path) -> None:
    theirs = runtime / f"myvendors-open-{_dead_pid()}-{'f' * 16}"
    theirs.mkdir()
    os.chown(theirs, 65534, 65534)
    assert leftovers.remove_stale_open_copies([runtime]) == [] and theirs.exists()
