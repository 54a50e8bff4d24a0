"""Helpers the tests share (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any
from unittest import mock

from myvendors import cli, paths
from myvendors.errors import NotRemembered
from myvendors.fileio import atomic_write
from myvendors.storage import Database
from myvendors.vault.envelope import KdfParams, new_envelope
from myvendors.vault.keystore import Availability

PASSPHRASE = "correct horse battery staple"


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`myvendors ARGS…` with `stdin` piped in, run in this process through the CLI's own entry
    point (`myvendors.cli.run`), reported as `subprocess.run` would: returncode, stdout, stderr.

    `env` is set for the duration of the call. tests/test_cli_process.py keeps the real processes
    (the console script, exit codes, stdin pipes, signals).
    """
    out, err = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, env or {}):
        code = cli.run(list(args), cli.Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return subprocess.CompletedProcess(["myvendors", *args], code, out.getvalue(), err.getvalue())


#: a CLI run with no keyring and English messages, whatever the machine's settings
QUIET_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


class CliVault:
    """A vault the CLI tests run commands against, unlocked by PASSPHRASE on standard input."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """`myvendors ARGS --vault PATH --passphrase-stdin`; `stdin` follows the passphrase's line."""
        return run_cli(*args, "--vault", str(self.path), "--passphrase-stdin", stdin=PASSPHRASE + "\n" + stdin,
                       env=QUIET_ENV)

    def json(self, *args: str, code: int = 0, stdin: str = "") -> dict[str, Any]:
        """The `--json` answer, the exit code checked; a refusal's also carries its `stderr`."""
        done = self.run(*args, "--json", stdin=stdin)
        assert done.returncode == code, (args, done.returncode, done.stdout, done.stderr)
        answer: dict[str, Any] = json.loads(done.stdout) if done.stdout.strip() else {}
        if code:
            answer["stderr"] = done.stderr
        return answer


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

    def known(self) -> Availability | None:
        return self.availability()

    def save(self, vault_id: str, slot_id: str, device_key: bytes) -> None:
        self.entries[vault_id] = (slot_id, device_key)

    def load(self, vault_id: str) -> tuple[str, bytes]:
        if vault_id not in self.entries:
            raise NotRemembered("This device does not remember this vault.")
        return self.entries[vault_id]

    def forget(self, vault_id: str) -> None:
        self.entries.pop(vault_id, None)


def edit_envelope(vault: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    """Apply `mutate` to the vault's key envelope and write it back spelled exactly as MyVendors
    writes one, so that only the edit itself is judged (not its spacing)."""
    import json

    from myvendors import paths

    env = paths.envelope_path(vault)
    data = json.loads(env.read_bytes())
    mutate(data)
    env.write_bytes((json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def passphrase_kdf(data: dict) -> dict:  # type: ignore[type-arg]
    """The `kdf` object of an envelope's passphrase slot (as parsed JSON)."""
    return next(s for s in data["slots"] if s["kind"] == "passphrase")["kdf"]  # type: ignore[no-any-return]


def vault_of_schema(path: Path, version: int) -> Database:
    """A vault at `path` (PASSPHRASE, floor KDF) whose database stops at schema `version`, as an
    older MyVendors left it; returned open, so the caller can add that version's rows, then close it."""
    data_key = os.urandom(32)
    env = new_envelope(data_key, PASSPHRASE, os.urandom(20), KdfParams.floor())
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(paths.envelope_path(path), env.to_bytes())
    db = Database._connect(path, data_key)
    db.execute("PRAGMA journal_mode = WAL")
    db.migrate(target=version)
    with db.transaction():
        db.set_meta("vault_id", env.vault_id)
    return db
