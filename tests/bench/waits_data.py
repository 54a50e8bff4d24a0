"""The one data source of the waits benchmark: the demo vault (`myvendors.demo`), and its plain twin.

Every topic measures the same data: the demo vault of the size asked, built once per run by
`myvendors.demo.built_once` (seed `SEED`, day `TODAY`) in a folder shared by the topics, and
found again on later runs when BENCH_DIR keeps that folder:

    bench size   demo vault                                                          built in
    tiny         small (the hand-written vault: ~40 vendors, ~300 interactions)      ~1 s
    small        small (the same: what testers and screenshots see)                  ~1 s
    medium       medium (~1k vendors, 50k interactions, 10k notes)                   seconds
    full         full, the lifetime vault (10k vendors, 1M interactions, 200k notes)  1-3 min

The plain-SQLite baseline ("plain twin") is made from that same vault by SQLCipher's own
`sqlcipher_export` into a database attached with an empty key, so both engines hold the same
bytes of data, uids and timestamps included; it is opened by the same SQLite build (the one
sqlcipher3 bundles) with the vault's pragmas (`open_plain`). The search benchmark types words of
`vocabulary()`, the words the demo data is written with.

Modules that only read open the shared vault (`open_vault`) and the twin (`open_plain`).
Anything that may write or migrate (the app itself: unlock, views, memory, the CLI) works on a
copy (`working_copy`), made afresh once per run.

Environment (all optional):
    BENCH_DIR        keeps the workdir, so the demo vaults in BENCH_DIR/demo are built only once.
    BENCH_DEMO_DIR   where the demo vaults and their twins are built and reused instead (e.g. one
                     folder shared by several checkouts: a full vault takes minutes to build).
    BENCH_TODAY      the demo data's "today" (YYYY-MM-DD; default the real today, as the app sees
                     it: renewals fall due around it). A vault built for another day is not reused.
"""

from __future__ import annotations

import functools
import gc
import os
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench_domain import open_plain

from myvendors import demo, paths
from myvendors.domain import demo as demo_data
from myvendors.storage import Database
from myvendors.vault import Vault

PASSPHRASE = demo.PASSPHRASE
SEED = demo.DEFAULT_SEED
TODAY = date.fromisoformat(os.environ["BENCH_TODAY"]) if os.environ.get("BENCH_TODAY") else date.today()
DEMO_SIZE = {"tiny": "small", "small": "small", "medium": "medium", "full": "full"}

_copied: set[Path] = set()  # working copies made in this run (this process)
_counted: dict[tuple[str, Path], tuple[int, int, int]] = {}


def data_dir(workdir: Path) -> Path:
    """Where the demo vaults live: BENCH_DEMO_DIR, else `demo/` beside the topics' folders."""
    given = os.environ.get("BENCH_DEMO_DIR")
    folder = Path(given) if given else Path(workdir).parent / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def best_of(run: Callable[[], Any], runs: int) -> float:
    """The fastest of `runs` calls of `run`, in seconds of the wall clock (garbage collected first)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def built_once(path: Path, topic: str, build: Callable[[Path], Any], made: str) -> Path:
    """`path` made by `build(path)` unless a run before made it (a `.made` file beside it says
    `made`: the size it was built for); a half-built one is removed first."""
    done = path.with_name(path.name + ".made")
    if not done.exists() or done.read_text().strip() != made:
        for leftover in path.parent.glob(path.name + "*"):
            if leftover.is_file():
                leftover.unlink()
        started = time.perf_counter()
        build(path)
        done.write_text(f"{made}\n")
        print(f"[{topic}] built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def _say(message: str) -> None:
    print(f"[data] {message}", file=sys.stderr, flush=True)


@functools.cache
def key(path: Path) -> bytes:
    """The vault's data key (one key derivation per process and vault)."""
    vault = Vault.unlock(path, PASSPHRASE, migrate=False)
    try:
        return vault._key()
    finally:
        vault.close()


@functools.cache
def vault(size: str, workdir: Path) -> Path:
    """The demo vault for this bench size, built on the first call (and brought to the newest
    schema if it was built by an older version of the app). Only read it: copy it to write."""
    folder = data_dir(workdir)
    name = DEMO_SIZE[size]
    started = time.perf_counter()
    path = demo.built_once(folder, name, SEED, TODAY)
    took = time.perf_counter() - started
    if took > 2:
        _say(f"built the {name} demo vault {path.name} in {took:.0f} s")
    db = Database.open(path, key(path))
    try:
        if db.needs_migration():  # a throwaway vault: no backup (the app's would go to the data folder)
            _say(f"migrating {path.name}, built by an older version")
            db.migrate()
    finally:
        db.close()
    return path


def open_vault(path: Path) -> Database:
    """A connection of its own to the encrypted vault at `path` (no migration, no lock)."""
    return Database.open(path, key(path))


@functools.cache
def plain(size: str, workdir: Path) -> Path:
    """The plain-SQLite twin of the demo vault: `sqlcipher_export` of the same file, made once
    per vault (and again when the vault has changed since)."""
    source = vault(size, workdir)
    target = source.with_name(source.name + ".plain.sqlite")
    done = target.with_name(target.name + ".made")
    db = open_vault(source)
    try:
        stamp = f"{source.stat().st_size} {source.stat().st_mtime_ns} schema {db.schema_version()}\n"
        if target.exists() and done.exists() and done.read_text() == stamp:
            return target
        for leftover in target.parent.glob(target.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        (version,) = db.query("PRAGMA user_version")[0]
        db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        db.query("SELECT sqlcipher_export('plain')")  # schema, rows (schema_version too), FTS shadow tables
        db.execute(f"PRAGMA plain.user_version = {int(version)}")
        db.execute("DETACH DATABASE plain")
    finally:
        db.close()
    check = open_plain(target)  # readable without a key, and WAL like the vault
    try:
        check.query("SELECT count(*) FROM vendors")
    finally:
        check.close()
    done.write_text(stamp)
    took = time.perf_counter() - started
    if took > 2:
        _say(f"exported its plain twin {target.name} in {took:.0f} s")
    return target


def working_copy(size: str, workdir: Path, target: Path) -> Path:
    """A copy of the demo vault at `target` for code that may write or migrate (the app): made
    afresh on the first call of this run, the same copy on later calls (topics share it)."""
    target = Path(target)
    if target not in _copied:
        for leftover in (target, paths.envelope_path(target)):
            leftover.unlink(missing_ok=True)
        for backups in target.parent.glob(target.name + "*"):  # its lock file, WAL, backups
            if backups.is_dir():
                shutil.rmtree(backups)
            else:
                backups.unlink()
        demo.copy_vault(vault(size, workdir), target)
        _copied.add(target)
    return target


def counts(size: str, workdir: Path) -> tuple[int, int, int]:
    """(vendors, interactions, notes) in the demo vault of this size (read from its twin)."""
    if (size, workdir) not in _counted:
        db = open_plain(plain(size, workdir))
        try:
            v, i, n = (db.query(f"SELECT count(*) FROM {table}")[0][0] for table in ("vendors", "interactions", "notes"))
        finally:
            db.close()
        _counted[(size, workdir)] = (v, i, n)
    return _counted[(size, workdir)]


def short(n: int) -> str:
    """A count for a figure's name: 950, 50k, 1.2M."""
    for unit, div in (("M", 1_000_000), ("k", 1_000)):
        if n >= div:
            return f"{n / div:.3g}{unit}"
    return str(n)


def describe(size: str, workdir: Path) -> str:
    """What the vault is, for a figure's note: "demo full: 10k vendors, 1M interactions, 200k notes"."""
    v, i, n = counts(size, workdir)
    return f"demo {DEMO_SIZE[size]}: {short(v)} vendors, {short(i)} interactions, {short(n)} notes"


def summary() -> list[str]:
    """One line per demo vault this run measured (waits.py prints them under the table)."""
    lines = []
    for (size, _workdir), (v, i, n) in sorted(_counted.items()):
        line = (f"data: demo {DEMO_SIZE[size]} (seed {SEED}, day {TODAY.isoformat()}): {v:,} vendors, "
                f"{i:,} interactions, {n:,} notes")
        if line not in lines:
            lines.append(line)
    return lines


def vocabulary() -> tuple[str, ...]:
    """The words the demo data is written with (lower-case, sorted): what the search bench types."""
    return demo_data.vocabulary()
