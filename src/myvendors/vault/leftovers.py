"""What a killed `init`, `restore` or backup check leaves beside a vault, found and put right.

A vault's files are only ever put in place by a rename from a hidden staging name in the same
folder (docs/VAULT-FORMAT.md, "Leftovers"):

- ``.NAME.creating-<vault id>`` and its ``.envelope``: an `init` that did not finish. The envelope
  is renamed into place first, then the database; a creation killed in between is undone (the
  envelope it put in place is removed: it holds the vault id in the staging name, so only that
  one is). Its recovery key was never shown, so it is not kept.
- ``.NAME.restore-<hex>`` (and ``.envelope``): a restore that had not yet changed the vault, removed.
  ``.NAME.restore-<hex>.ready``: a restore past its point of no return (the files it replaces are
  copied aside, the old write-ahead log is about to go): it is finished, not undone.
- ``.NAME.check-<hex>``: a scratch copy of a backup being checked, removed.

Each also may have SQLite's ``-wal``/``-shm``/``-journal``. These functions run with the vault's
lock held (`vault.clean_leftovers` takes it), so none of these files is in use by anyone.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from myvendors import paths
from myvendors.fileio import fsync_dir
from myvendors.storage import wal

_KINDS = ("creating", "restore", "check")
_SIDECARS = ("-wal", "-shm", "-journal")
READY = ".ready"


def _pattern(vault: Path) -> re.Pattern[str]:
    kinds = "|".join(_KINDS)
    sidecars = "|".join(re.escape(s) for s in _SIDECARS)
    return re.compile(
        rf"\.{re.escape(vault.name)}\.(?P<kind>{kinds})-(?P<tag>[0-9a-f-]{{8,36}})"
        rf"(?P<rest>{re.escape(paths.ENVELOPE_SUFFIX)}|{re.escape(READY)}|{sidecars})?\Z"
    )


def staged(vault: Path, kind: str, tag: str) -> Path:
    """The hidden staging name of a `kind` ("creating", "restore", "check") for the vault at `vault`."""
    if kind not in _KINDS:
        raise ValueError(f"no staging kind {kind!r}")
    return vault.with_name(f".{vault.name}.{kind}-{tag}")


def find(vault: Path) -> list[Path]:
    """Every leftover staging file of the vault at `vault`, sorted."""
    vault = Path(vault)
    pattern = _pattern(vault)
    try:
        names = os.listdir(vault.parent)
    except OSError:
        return []
    return sorted(vault.parent / name for name in names if pattern.match(name))


def _envelope_id(path: Path) -> str | None:
    from myvendors.vault.envelope import Envelope

    try:
        return Envelope.from_bytes(path.read_bytes(), where=path.name).vault_id
    except Exception:  # noqa: BLE001 (unreadable or not an envelope: not one of ours to remove)
        return None


def _finish_restore(vault: Path, ready: Path) -> None:
    """Complete a restore that was past its point of no return (see `vault.restore`)."""
    base = ready.with_name(ready.name[: -len(READY)])
    wal.discard(vault)  # the replaced database's WAL goes on purpose: not a loss for `check` to report
    for sidecar in paths.sidecar_paths(vault):  # the replaced database's log must not meet the restored one
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    staged_env = paths.envelope_path(base)
    if staged_env.exists():
        os.replace(staged_env, paths.envelope_path(vault))
    os.replace(ready, vault)
    fsync_dir(vault.parent)


def remove(vault: Path) -> list[Path]:
    """Put right what a killed `init` or `restore` left beside `vault` (the lock held); returns
    the files removed (a finished restore is not listed: nothing of hers was removed)."""
    vault = Path(vault)
    pattern = _pattern(vault)
    found = find(vault)
    removed: list[Path] = []
    for leftover in found:
        match = pattern.match(leftover.name)
        if match and match["kind"] == "restore" and match["rest"] == READY and leftover.exists():
            _finish_restore(vault, leftover)
    envelope = paths.envelope_path(vault)
    for leftover in find(vault):
        match = pattern.match(leftover.name)
        if match is None:
            continue
        if (match["kind"] == "creating" and match["rest"] is None and not vault.exists()
                and envelope.exists() and _envelope_id(envelope) == match["tag"]):
            envelope.unlink()  # the unfinished creation had put its envelope in place: undo it
            removed.append(envelope)
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed.append(leftover)
    if removed:
        fsync_dir(vault.parent)
    return removed
