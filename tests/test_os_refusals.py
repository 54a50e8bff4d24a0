"""When the system refuses (a read-only file, folder or disk, a full disk), every command says so
with exit 6 and what to do, never a traceback; and once the cause is gone, every command works
again without anyone deleting a file by hand.

Permissions do not bind root: run as root (as CI does), the commands run with every capability
dropped (`setpriv`), so the file modes apply to them as to anyone. Disk-full and read-only disk
need a small file system of their own, mounted in a private mount namespace (`unshare -m`); where
that is not allowed, those tests are skipped, saying why.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.errors import DiskFull, SystemRefused, system_refused
from myvendors.paths import sidecar_paths as sidecars
from myvendors.vault import KdfParams, Vault

pytestmark = [
    pytest.mark.real_kdf,  # real processes refuse the test suite's cheap KDF
    pytest.mark.skipif(os.name != "posix", reason="file modes and mounts are POSIX"),
]

DROP_PRIVILEGES = ("setpriv", "--bounding-set=-all", "--inh-caps=-all")


def _unprivileged_prefix() -> tuple[str, ...]:
    """How to run a command so that file modes bind it: as it is, or (as root) without capabilities."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes would not bind the commands")
    probe = subprocess.run([*DROP_PRIVILEGES, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot drop root's capabilities here: {probe.stderr.decode(errors='replace').strip()}")
    return DROP_PRIVILEGES


def cli(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "myvendors", *args], input=PASSPHRASE + "\n",
                          capture_output=True, text=True, timeout=120, check=False)


def _on(vault: Path, *words: str, prefix: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return cli(*words, "--vault", str(vault), "--passphrase-stdin", "--json", prefix=prefix)


def _refused(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 6, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    error = json.loads(done.stdout)["error"]
    assert error["type"] in ("SystemRefused", "DiskFull"), error
    for word in words:
        assert word in error["message"], error["message"]
    return str(error["message"])


def _all_work(vault: Path, name: str, prefix: tuple[str, ...], then: str) -> None:
    """Adding and listing work, and what was added is there; then `check` or `backup` works too."""
    added = _on(vault, "vendor", "add", "--name", name, prefix=prefix)
    assert added.returncode == 0, added.stderr
    listed = _on(vault, "vendor", "list", prefix=prefix)
    assert listed.returncode == 0 and name in listed.stdout, listed.stderr
    done = cli(then, str(vault), "--passphrase-stdin", "--json", prefix=prefix)
    assert done.returncode == 0 and json.loads(done.stdout).get("ok", True), done.stderr


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "box" / "v.myvendors"
    Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    return path


def test_a_read_only_vault_file_is_refused_in_words_and_works_again_once_writable(vault: Path) -> None:
    prefix = _unprivileged_prefix()
    vault.chmod(0o400)
    _refused(_on(vault, "vendor", "add", "--name", "Never", prefix=prefix), "read-only", str(vault))
    # Reading still works; SQLite creates its companion files read-only, like the vault file.
    listed = _on(vault, "vendor", "list", prefix=prefix)
    assert listed.returncode == 0, listed.stderr
    assert any(companion.exists() and not companion.stat().st_mode & 0o200 for companion in sidecars(vault))
    vault.chmod(0o600)  # the cause is fixed: nothing else is done by hand
    _all_work(vault, "Writable again", prefix, "check")


def test_a_read_only_shared_memory_file_alone_does_not_block_writes(vault: Path) -> None:
    prefix = _unprivileged_prefix()
    with Vault.unlock(vault, PASSPHRASE):  # leaves the companion files behind while it is open
        pass
    _, shm = sidecars(vault)
    shm.write_bytes(b"")
    shm.chmod(0o400)
    added = _on(vault, "vendor", "add", "--name", "After a read-only shm", prefix=prefix)
    assert added.returncode == 0, added.stderr


def test_a_read_only_folder_is_refused_in_words_and_works_again_once_writable(vault: Path) -> None:
    prefix = _unprivileged_prefix()
    folder = vault.parent
    folder.chmod(0o500)
    try:
        for words in (("vendor", "add", "--name", "Never"), ("vendor", "list")):
            _refused(_on(vault, *words, prefix=prefix), "folder", str(folder))
    finally:
        folder.chmod(0o700)
    _all_work(vault, "Folder writable again", prefix, "backup")


def test_a_folder_that_cannot_hold_the_lock_is_refused_as_such(tmp_path: Path) -> None:
    prefix = _unprivileged_prefix()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        made = cli("init", str(folder / "v.myvendors"), "--passphrase-stdin", "--kdf-seconds", "0", "--allow-weak",
                   "--json", prefix=prefix)
        _refused(made, str(folder))
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


# -- a full disk and a read-only disk, on a small file system of their own ----------------------------

_SCRIPT = r"""
set -u
mnt="$1"; src="$2"; shift 2
mount -t tmpfs -o size=2m,mode=0700 tmpfs "$mnt" || exit 97
cp "$src" "$src.envelope" "$mnt/"
v="$mnt/$(basename "$src")"
run() { printf '%s\n' "$PASS" | "$PY" -m myvendors "$@" --passphrase-stdin --json; echo "rc=$?" >&2; }
dd if=/dev/zero of="$mnt/fill" bs=4k 2>/dev/null
echo "== full list"; run vendor list --vault "$v"
echo "== full add"; run vendor add --name Never --vault "$v"
echo "== full backup"; printf '%s\n' "$PASS" | "$PY" -m myvendors backup "$v" --passphrase-stdin --json; echo "rc=$?" >&2
rm "$mnt/fill"
echo "== freed add"; run vendor add --name Freed --vault "$v"
echo "== freed check"; printf '%s\n' "$PASS" | "$PY" -m myvendors check "$v" --passphrase-stdin --json; echo "rc=$?" >&2
mount -o remount,ro "$mnt"
echo "== ro add"; run vendor add --name Never --vault "$v"
mount -o remount,rw "$mnt"
echo "== rw list"; run vendor list --vault "$v"
umount "$mnt"
"""


def _sections(out: str, err: str) -> dict[str, tuple[str, int]]:
    codes = [int(line[3:]) for line in err.splitlines() if line.startswith("rc=")]
    parts = out.split("== ")[1:]
    assert len(parts) == len(codes), (out, err)
    found = {}
    for part, code in zip(parts, codes, strict=True):
        title, _, body = part.partition("\n")
        found[title.strip()] = (body, code)
    return found


def test_a_full_disk_and_a_read_only_disk_are_refused_in_words(vault: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small file system in a private namespace")
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", _SCRIPT, "sh", str(mnt), str(vault)],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "PASS": PASSPHRASE, "PY": sys.executable})
    if done.returncode == 97 or "unshare failed" in done.stderr:
        pytest.skip(f"mounting a file system is not allowed here: {done.stderr.strip()[:200]}")
    assert "Traceback" not in done.stderr, done.stderr
    found = _sections(done.stdout, done.stderr)
    for title in ("full list", "full add", "full backup"):
        body, code = found[title]
        assert code == 6, (title, body, done.stderr)
        assert json.loads(body)["error"]["type"] == "DiskFull", (title, body)
        assert "Free some space" in json.loads(body)["error"]["message"]
    assert found["freed add"][1] == 0 and found["freed check"][1] == 0, done.stderr
    assert json.loads(found["freed check"][0])["ok"]
    body, code = found["ro add"]
    assert code == 6 and "read-only disk" in json.loads(body)["error"]["message"], body
    body, code = found["rw list"]
    assert code == 0 and "Freed" in body, done.stderr


# -- the mapping itself -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "kind", "words"), [
    (errno.ENOSPC, DiskFull, "Free some space"),
    (errno.EROFS, SystemRefused, "read-only disk"),
    (errno.EACCES, SystemRefused, "readable and writable by you"),
    (errno.EPERM, SystemRefused, "readable and writable by you"),
    (errno.EIO, SystemRefused, "Check the disk"),
])
def test_what_the_system_refused_is_said_with_what_to_do(number: int, kind: type, words: str) -> None:
    error = system_refused(OSError(number, os.strerror(number), "/some/where.json"))
    assert type(error) is kind and error.exit_code == 6
    assert words in error.message and "/some/where.json" in error.message
