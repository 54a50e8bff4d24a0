"""Shared fixtures: headless Qt, private data folders, no system keyring unless a test asks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.vault import KdfParams, Vault
from myvendors.vault.envelope import use_test_kdf

# -- temporary files in memory ----------------------------------------------------------------
# The vault commits with synchronous=FULL and writes its files with fsync: on a disk that is
# ~17 fsyncs and 55 ms per new vault, and one per commit, in hundreds of tests. No test can
# tell a disk from memory (durability across a power cut is not testable in-process; the crash
# test kills the writer, which the page cache survives), so when there is a roomy RAM disk the
# run's temporary folder goes there. The same calls are made; they just return sooner.
_RAM_DISK = Path("/dev/shm")
_RAM_DISK_MIN_FREE = 4 << 30
_RAM_DISK_PREFIX = "myvendors-pytest-"
_ram_basetemp: Path | None = None


def _is_roomy_tmpfs(folder: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text()
        stat = os.statvfs(folder)
    except OSError:
        return False
    on_tmpfs = any(line.split()[1:3] == [str(folder), "tmpfs"] for line in mounts.splitlines() if len(line.split()) > 2)
    return on_tmpfs and os.access(folder, os.W_OK) and stat.f_bavail * stat.f_frsize >= _RAM_DISK_MIN_FREE


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.hookimpl(tryfirst=True)  # before pytest's tmp_path factory reads the option
def pytest_configure(config: pytest.Config) -> None:
    global _ram_basetemp  # noqa: PLW0603 (pytest_unconfigure removes the folder this hook chose)
    if config.option.basetemp is not None or not _is_roomy_tmpfs(_RAM_DISK):
        return
    for stale in _RAM_DISK.glob(f"{_RAM_DISK_PREFIX}*"):  # left by runs that were killed
        pid = stale.name.removeprefix(_RAM_DISK_PREFIX)
        if pid.isdigit() and stale.stat().st_uid == os.getuid() and not _alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    _ram_basetemp = _RAM_DISK / f"{_RAM_DISK_PREFIX}{os.getpid()}"
    config.option.basetemp = str(_ram_basetemp)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _ram_basetemp is not None:
        shutil.rmtree(_ram_basetemp, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _cheap_kdf_for_the_session() -> Iterator[None]:
    """The test suite's cheap Argon2id (`use_test_kdf`), installed before any fixture of any
    scope runs, so module-scoped vaults are cheap too. Tests marked `real_kdf` switch it off."""
    with use_test_kdf():
        yield


@pytest.fixture(autouse=True)
def _kdf_policy(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test derives keys with the cheap test KDF unless marked `real_kdf`; vaults written
    under the cheap one are refused by any process that did not install it (as a user's would)."""
    with use_test_kdf(request.node.get_closest_marker("real_kdf") is None):
        yield


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Every test gets its own data and config folders; the OS keyring is off unless marked."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MYVENDORS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MYVENDORS_CONFIG_DIR", str(home / "config"))
    if request.node.get_closest_marker("keyring") is None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "test.myvendors"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """An unlocked vault, and its recovery key (the cheap test KDF unless the test is `real_kdf`; the floor then)."""
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        yield vault, recovery_key
    finally:
        vault.close()
