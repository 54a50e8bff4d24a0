"""SIGKILL through the real command line (`python -m myvendors …`) at random moments.

One test per command (add, import, backup, passwd, recover, restore, share, export, init), each
on its own copy of a vault of 300 vendors whose names and notes carry a canary string.
Each round starts the command as a person runs it and kills it with SIGKILL: after a random delay
from the start, or (every other round, for commands that write a file one can watch) a few
milliseconds after the file it is writing appears, so that the narrow windows are hit too. After
every kill:

- one of the secrets known to be valid (the old or the new passphrase; the recovery key) opens it,
- `check` passes (pages, ledger of shares, kept totals),
- every row that was there before, and every row of a command that finished, is there; an import
  is there in full or not at all; a new backup restores and checks out,
- no file under the test's folders (vault folder, backups, exports, data, config, temp) holds the
  canary in UTF-8 or UTF-16 except a finished export, which is complete,
- a killed restore, export or init, run again, finishes and leaves nothing of the killed run.

The delays come from a seeded generator: the seed (MYVENDORS_KILL_SEED) and every delay are
printed, so a failure can be replayed (a delay from the start is a fraction of at most 0.9 s, or
of the time the command took here when it finished sooner). MYVENDORS_CLI_KILL_ROUNDS is the
number of rounds over all commands (`make test`: 36, `make test-long`: 225).
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from plaintext import canary_files, session_folders

from myvendors.domain import vendors
from myvendors.domain.sharing import ledger
from myvendors.errors import WrongSecret
from myvendors.vault import Vault, list_backups, passphrase_unlocker, restore

# Real processes refuse the test suite's cheap KDF: everything here uses the real one (the floor).
pytestmark = [
    pytest.mark.real_kdf,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL") or os.name != "posix", reason="needs POSIX signals"),
]

OPS = ("add", "import", "backup", "passwd", "recover", "restore", "share", "export", "init")
ROUNDS = int(os.environ.get("MYVENDORS_CLI_KILL_ROUNDS", "36"))  # make test-long: 225
PER_OP = max(2, -(-ROUNDS // len(OPS)))
SEED = int(os.environ.get("MYVENDORS_KILL_SEED", "12"))

CANARY = "Zaunkoenig-Kanarie-4711"  # in vendor names, notes, a request: never in a file but an export
FIRST = "correct horse battery staple"
SECOND = "a brand new passphrase for crashes"
TEMPLATE_VENDORS = 300  # enough that export and restore take long enough to be killed half-way
IMPORT_ROWS = 40
MAX_DELAY = 0.9  # seconds from the start at most; once a command finished sooner, 0.9 of its time
AFTER_TRIGGER = 0.004  # seconds after the watched file appears


def _env(home: Path) -> dict[str, str]:
    """The child's environment: its data, config, cache, temporary… folders inside `home`."""
    return {**os.environ, **session_folders(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "myvendors", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, f"myvendors {' '.join(args)}: exit {done.returncode}\n{done.stderr}"
    return done


@dataclass
class Outcome:
    finished: bool  # ran to the end (exit 0) before the kill
    elapsed: float  # seconds from the start to its end or the kill


def _run_and_kill(env: dict[str, str], args: list[str], stdin: str, delay: float,
                  trigger: Callable[[], bool] | None = None) -> Outcome:
    """Start `myvendors ARGS`, SIGKILL it `delay` s after the start (or after `trigger()` turns true)."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "myvendors", *args], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert child.stdin is not None
    child.stdin.write(stdin.encode())  # a few short lines: they fit in the pipe
    child.stdin.close()
    try:
        if trigger is not None:
            deadline = time.monotonic() + 60
            while child.poll() is None and not trigger() and time.monotonic() < deadline:
                time.sleep(0.0003)
            time.sleep(delay)
        else:
            child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        pass
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    elapsed = time.monotonic() - started
    assert child.stderr is not None
    with child.stderr:
        err = child.stderr.read()
    child.wait(timeout=60)
    if child.returncode != -signal.SIGKILL:
        assert child.returncode == 0, f"myvendors {' '.join(args)} failed: exit {child.returncode}\n{err.decode()}"
    return Outcome(child.returncode == 0, elapsed)


def _appears(folder: Path, pattern: str, before: set[Path] | None = None) -> Callable[[], bool]:
    """A trigger: a file matching `pattern` that was not there before shows up in `folder`."""
    known = set(folder.glob(pattern)) if before is None else before
    return lambda: any(p not in known for p in folder.glob(pattern))


@dataclass
class Template:
    root: Path
    vault: Path
    recovery_key: str
    request_id: int


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A vault made and filled through the CLI: 300 vendors with the canary, one request."""
    root = tmp_path_factory.mktemp("cli-crash-template")
    env = _env(root / "home")
    vault = root / "vaults" / "crash.myvendors"
    made = _cli(env, "init", str(vault), "--passphrase-stdin", "--kdf-seconds", "0", "--json",
                stdin=f"{FIRST}\n{FIRST}\n")
    rows = root / "seed.csv"
    with rows.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Company", "E-Mail", "Notes"])
        for i in range(TEMPLATE_VENDORS):
            out.writerow([f"Seed {i} {CANARY}", f"seed{i}@example.com", f"{CANARY} note {i} " + "x" * (i % 300)])
    _cli(env, "import", "vendors", str(rows), "--vault", str(vault), "--passphrase-stdin", stdin=FIRST + "\n")
    request = _cli(env, "request", "add", "--title", f"Bike repair {CANARY}", "--description", CANARY,
                   "--vault", str(vault), "--passphrase-stdin", "--json", stdin=FIRST + "\n")
    return Template(root, vault, json.loads(made.stdout)["recovery_key"], json.loads(request.stdout)["request"]["id"])


@dataclass
class World:
    """One test's copy of the vault and what is known about it."""

    root: Path
    vault: Path
    recovery_key: str
    request_id: int
    env: dict[str, str]
    passphrase: str = FIRST
    pending: str | None = None  # a new passphrase a killed passwd/recover may or may not have set
    committed: set[str] = field(default_factory=set)  # names of vendors whose command finished
    batches: dict[str, bool] = field(default_factory=dict)  # import batch tag -> its command finished
    exports: set[Path] = field(default_factory=set)  # finished exports: the only files with the canary

    @property
    def inputs(self) -> Path:
        return self.root / "inputs"

    @property
    def out(self) -> Path:
        return self.root / "out"

    def args(self, *args: str) -> list[str]:
        return [*args, "--vault", str(self.vault), "--passphrase-stdin"]

    def unlock(self, label: str) -> Vault:
        """The vault, opened with the passphrase in force: the old one or, after a killed change, the new one."""
        for candidate in (self.passphrase, self.pending):
            if candidate is None:
                continue
            try:
                vault = Vault.unlock(self.vault, candidate)
            except WrongSecret:
                continue
            self.passphrase, self.pending = candidate, None
            return vault
        raise AssertionError(f"{label}: neither the old nor the new passphrase opens the vault")

    def verify(self, label: str, *, partial_exports_in: Path | None = None) -> None:
        with self.unlock(label) as vault:
            report = vault.check(ledger=ledger.chain_problems)
            assert report.ok, f"{label}: {report.problems()}"
            names = {v.name for v in vendors.list_vendors(vault.db, limit=1_000_000)}
        missing = self.committed - names
        assert not missing, f"{label}: committed vendors lost: {sorted(missing)[:5]}"
        for tag, finished in self.batches.items():
            count = sum(1 for name in names if name.startswith(tag))
            whole = (IMPORT_ROWS,) if finished else (0, IMPORT_ROWS)
            assert count in whole, f"{label}: import {tag}: {count} of {IMPORT_ROWS} rows"
        self.no_plaintext(label, partial_exports_in)

    def no_plaintext(self, label: str, partial_exports_in: Path | None = None) -> None:
        for export in self.exports:
            if export.exists():
                json.loads(export.read_text(encoding="utf-8"))  # a finished export is complete
        allowed = {self.inputs, *self.exports, *([partial_exports_in] if partial_exports_in else [])}
        leaked = canary_files(self.root, [CANARY], allowed=allowed)
        assert not leaked, f"{label}: plaintext outside the vault: {[str(p.relative_to(self.root)) for p in leaked]}"


@pytest.fixture
def world(template: Template, tmp_path: Path) -> World:
    vault = tmp_path / "vaults" / template.vault.name
    vault.parent.mkdir(parents=True)
    for item in template.vault.parent.iterdir():
        if item.is_file() and not item.name.endswith(".lock"):
            shutil.copy2(item, vault.parent / item.name)
    w = World(tmp_path, vault, template.recovery_key, template.request_id, _env(tmp_path / "home"))
    w.committed = {f"Seed {i} {CANARY}" for i in range(TEMPLATE_VENDORS)}
    w.inputs.mkdir()
    w.out.mkdir()
    return w


# -- one round of each command: start it, kill it, say what must hold ----------------------------

def _round_add(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    name = f"Killed add {r} {CANARY}"
    args = w.args("vendor", "add", "--name", name, "--notes", CANARY * 5)
    got = _run_and_kill(w.env, args, w.passphrase + "\n", delay)
    if got.finished:
        w.committed.add(name)
    return got


def _round_import(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    tag = f"Batch {r:03d} "
    rows = w.inputs / f"batch-{r}.csv"
    with rows.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Company", "Notes"])
        out.writerows([f"{tag}{i} {CANARY}", f"{CANARY} imported {i}"] for i in range(IMPORT_ROWS))
    got = _run_and_kill(w.env, w.args("import", "vendors", str(rows)), w.passphrase + "\n", delay)
    w.batches[tag] = got.finished
    return got


def _round_backup(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    root = w.vault.parent / "backups" / "crash"
    root.mkdir(parents=True, exist_ok=True)
    trigger = _appears(root, ".*") if triggered else None
    before = {b.folder for b in list_backups(w.vault)}
    got = _run_and_kill(w.env, ["backup", str(w.vault), "--passphrase-stdin", "--keep", "3"], w.passphrase + "\n",
                        delay, trigger)
    finished = list_backups(w.vault)
    assert finished or not got.finished, f"backup round {r}: a finished backup is not listed"
    if finished and finished[0].folder not in before:  # a new backup (killed or not) restores and checks out
        scratch = w.root / "scratch" / f"restored-{r}.myvendors"
        restore(finished[0].folder, scratch, passphrase_unlocker(w.passphrase))
        with Vault.unlock(scratch, w.passphrase) as copy:
            assert copy.check(ledger=ledger.chain_problems).ok
        shutil.rmtree(scratch.parent)
    return got


def _new_passphrase(w: World, command: str, secret: str, delay: float, triggered: bool) -> Outcome:
    """`command` (passwd or recover) opened with `secret`, killed after `delay`: the other of the
    two passphrases becomes the vault's, or is pending when the kill came first."""
    new = SECOND if w.passphrase == FIRST else FIRST
    trigger = _appears(w.vault.parent, ".*.tmp") if triggered else None
    got = _run_and_kill(w.env, [command, str(w.vault), "--passphrase-stdin", "--kdf-seconds", "0"],
                        f"{secret}\n{new}\n", delay, trigger)
    w.passphrase, w.pending = (new, None) if got.finished else (w.passphrase, new)
    return got


def _round_passwd(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    return _new_passphrase(w, "passwd", w.passphrase, delay, triggered)


def _round_recover(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    got = _new_passphrase(w, "recover", w.recovery_key, delay, triggered)
    Vault.unlock_with_recovery(w.vault, w.recovery_key).close()  # the recovery key still opens it
    return got


def _round_restore(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    with w.unlock(f"before round {r}") as vault:  # a backup that holds every committed row
        backup = vault.backup(keep=3)
    trigger = _appears(w.vault.parent, f".{w.vault.name}.restore-*") if triggered else None
    args = ["restore", str(backup.folder), str(w.vault), "--passphrase-stdin"]
    got = _run_and_kill(w.env, args, w.passphrase + "\n", delay, trigger)
    w.verify(f"restore round {r}, after the kill")
    if not got.finished:  # run it again, as she would: it finishes, and nothing of the killed one is left
        _cli(w.env, *args, stdin=w.passphrase + "\n")
        leftovers = sorted(p.name for p in w.vault.parent.glob(f".{w.vault.name}.restore-*"))
        assert not leftovers, f"restore round {r}: a killed restore left {leftovers}"
    return got


def _round_share(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    return _run_and_kill(w.env, w.args("share", "request", str(w.request_id), "--out", str(w.out)),
                         w.passphrase + "\n", delay)


def _round_export(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    target = w.out / "export.json"
    trigger = _appears(w.out, "*", before={target}) if triggered else None
    args = w.args("export", "json", str(target))
    got = _run_and_kill(w.env, args, w.passphrase + "\n", delay, trigger)
    w.exports.add(target)
    w.verify(f"export round {r}, after the kill", partial_exports_in=w.out)  # until it is run again
    if not got.finished:  # run it again, as she would: the export is whole, no partial copy is left
        _cli(w.env, *args, stdin=w.passphrase + "\n")
        others = sorted(p.name for p in w.out.iterdir() if p != target)
        assert not others, f"export round {r}: a killed export left {others} beside {target.name}"
    return got


def _round_init(w: World, r: int, delay: float, triggered: bool) -> Outcome:
    new = w.root / "new" / f"fresh-{r}.myvendors"
    new.parent.mkdir(exist_ok=True)
    trigger = new.exists if triggered else None
    args = ["init", str(new), "--passphrase-stdin", "--kdf-seconds", "0"]
    got = _run_and_kill(w.env, args, f"{FIRST}\n{FIRST}\n", delay, trigger)
    try:  # a finished vault opens; an unfinished one is gone or is finished by running init again
        opened = Vault.unlock(new, FIRST)
    except Exception as exc:  # noqa: BLE001 (whatever the kill left, init must get past it)
        again = subprocess.run([sys.executable, "-m", "myvendors", *args], input=f"{FIRST}\n{FIRST}\n",
                               capture_output=True, text=True, env=w.env, timeout=120, check=False)
        left = sorted(p.name for p in new.parent.iterdir())
        assert again.returncode == 0, (f"init round {r}: the killed init left {left}; "
                                       f"opening it: {exc!r}; init again: exit {again.returncode}\n{again.stderr}")
        opened = Vault.unlock(new, FIRST)
    with opened:
        assert opened.check(ledger=ledger.chain_problems).ok, f"init round {r}"
    return got


ROUND: dict[str, Callable[[World, int, float, bool], Outcome]] = {
    "add": _round_add, "import": _round_import, "backup": _round_backup, "passwd": _round_passwd,
    "recover": _round_recover, "restore": _round_restore, "share": _round_share, "export": _round_export,
    "init": _round_init,
}
WATCHED = {"backup", "passwd", "recover", "restore", "export", "init"}  # commands with a file to watch


@pytest.mark.parametrize("op", OPS)
def test_sigkill_through_the_cli_keeps_every_promise(op: str, world: World) -> None:
    rng = random.Random(f"{SEED}:{op}")
    print(f"MYVENDORS_KILL_SEED={SEED}, {PER_OP} rounds of {op}")
    kills, limit = 0, MAX_DELAY
    for r in range(PER_OP):
        triggered = op in WATCHED and r % 2 == 0
        delay = rng.random() * (AFTER_TRIGGER if triggered else limit)
        got = ROUND[op](world, r, delay, triggered)
        kills += not got.finished
        if got.finished and not triggered:  # it runs faster than that here: kill sooner from now on
            limit = min(limit, 0.9 * got.elapsed)
        print(f"round {r}: {'after the file appeared, ' if triggered else ''}{delay:.4f} s: "
              f"{'finished' if got.finished else 'killed'} after {got.elapsed:.3f} s")
        if op != "init":
            world.verify(f"{op} round {r} ({delay:.4f} s)")
    if op != "init":
        Vault.unlock_with_recovery(world.vault, world.recovery_key).close()
    assert kills >= max(1, PER_OP // 3), f"only {kills} of {PER_OP} rounds of {op} were killed before they finished"
