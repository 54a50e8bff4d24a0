"""The command line as a real process: the `myvendors` console script, exit codes, secrets piped
on stdin, and a signal while it waits for one. Everything else runs in-process (tests/test_cli*.py)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, snapshot

from myvendors import __version__
from myvendors.vault import KdfParams, Vault

# Real processes are MyVendors as people run it: they refuse the test suite's cheap KDF, so the
# vaults these tests make in-process use the real one.
pytestmark = pytest.mark.real_kdf

NEW = "a brand new passphrase"
CONSOLE_SCRIPT = Path(sys.executable).with_name("myvendors")


def process(*args: str, stdin: str = "", exe: tuple[str, ...] = (sys.executable, "-m", "myvendors"),
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*exe, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def made(vault_path: Path) -> Path:
    Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    return vault_path


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the project is not installed with its console script")
def test_the_console_script(vault_path: Path) -> None:
    script = (str(CONSOLE_SCRIPT),)
    version = process("--version", exe=script)
    assert version.returncode == 0 and version.stdout.strip() == f"myvendors {__version__}"
    made = process("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--json", stdin=PASSPHRASE + "\n",
                   exe=script)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["vault"] == str(vault_path)
    added = process("vendor", "add", "--name", "Piped Ltd", "--vault", str(vault_path), "--passphrase-stdin", "--json",
                    stdin=PASSPHRASE + "\n", exe=script)
    assert added.returncode == 0, added.stderr
    listed = process("vendor", "list", "--vault", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n",
                     exe=script)
    assert listed.returncode == 0 and "Piped Ltd" in listed.stdout
    alone = process("--version", exe=(sys.executable, "-m", "myvendors.cli"))  # the CLI without the app's entry point
    assert alone.returncode == 0 and alone.stdout.strip() == f"myvendors {__version__}"


def test_exit_codes_of_a_process(made: Path, tmp_path: Path) -> None:
    usage = process("restore")
    assert usage.returncode == 2 and "usage: myvendors restore" in usage.stderr and usage.stdout == ""
    missing = process("check", str(tmp_path / "none.myvendors"), "--passphrase-stdin")
    assert missing.returncode == 4
    wrong = process("check", str(made), "--passphrase-stdin", "--json", stdin="wrong passphrase\n")
    assert wrong.returncode == 3 and json.loads(wrong.stdout)["error"]["type"] == "WrongSecret"
    with Vault.unlock(made, PASSPHRASE):
        in_use = process("check", str(made), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert in_use.returncode == 6 and "open in another" in in_use.stderr
    made.write_bytes(made.read_bytes()[:5000])
    damaged = process("check", str(made), "--passphrase-stdin", "--json")
    assert damaged.returncode == 5 and "truncated" in json.loads(damaged.stdout)["error"]["message"]


def test_two_secrets_piped_on_stdin(made: Path) -> None:
    changed = process("passwd", str(made), "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    assert process("check", str(made), "--passphrase-stdin", stdin=NEW + "\n").returncode == 0
    ended = process("passwd", str(made), "--passphrase-stdin", stdin=f"{NEW}\n")  # the new one never comes
    assert ended.returncode == 2 and "standard input ended" in ended.stderr


def _wait_until_reading_stdin(pid: int) -> None:
    """Until the process blocks in read(0, …): it is waiting for the passphrase."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
        if fields[:2] == ["0", "0x0"]:  # read(2) on file descriptor 0
            return
        time.sleep(0.02)
    raise AssertionError("the command never waited for its secret")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/syscall")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_waiting_for_the_passphrase(made: Path, sig: signal.Signals) -> None:
    before = snapshot(made.parent)
    child = subprocess.Popen([sys.executable, "-m", "myvendors", "vendor", "add", "--name", "Never",
                              "--vault", str(made), "--passphrase-stdin"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_reading_stdin(child.pid)
        child.send_signal(sig)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if sig == signal.SIGINT:
        assert child.returncode == 130 and "Cancelled; nothing was changed" in err and "Traceback" not in err
    else:
        assert child.returncode == -signal.SIGTERM
    assert out == ""
    assert snapshot(made.parent) == before
