"""Noticing a write-ahead log that was deleted while it still held committed changes.

In WAL mode a commit is durable once it is in ``NAME-wal``; it reaches the main file only at a
checkpoint. A crash (or a kill) leaves the WAL beside the file and SQLite replays it at the next
open. Delete that WAL first (a cleaning tool, a sync program, a person tidying up) and the
commits in it are gone, silently: SQLite opens the main file as it was at the last checkpoint
and starts a new, empty WAL. Nothing in the main file says a WAL was live (SQLCipher encrypts
the header, and its WAL-mode bytes read the same whether or not a WAL was pending).

So MyVendors keeps a marker beside the vault, ``NAME.wal-state`` (JSON, no data in it):

* ``live: true`` from the moment this process opens the vault for use, until its last connection
  has folded the WAL into the main file (``wal_checkpoint(TRUNCATE)``) — only then is it
  cleared, still before SQLite deletes the WAL;
* at the next open, before SQLite touches anything, a marker that still says ``live`` while the
  WAL is missing means the WAL was deleted after an unclean end: the loss is recorded in the
  marker (``lost``), and `myvendors check` reports it until it is acknowledged.

Only the vault's own connections are tracked (`Database.open(..., track_wal=True)`), never the
copies that backups and restores open. The vault's lock keeps every other process away, so
the count of open connections kept here, per vault, is the whole truth.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from myvendors import paths
from myvendors.fileio import atomic_write

_FORMAT = 1
MAX_LOSSES = 20  # a marker holds at most this many unacknowledged losses (the newest)


@dataclass
class _Open:
    count: int = 0
    live: bool = False  # this process marked the vault live


_open: dict[Path, _Open] = {}
_lock = threading.Lock()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _key(path: Path) -> Path:
    return Path(path).absolute()


def _read(path: Path) -> dict[str, Any]:
    """The marker of the vault at `path` ({} when there is none or it is unreadable)."""
    try:
        data = json.loads(paths.wal_marker_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    lost = data.get("lost")
    return {
        "live": data.get("live") is True,
        "since": str(data.get("since") or ""),
        "lost": [item for item in lost if isinstance(item, dict)][-MAX_LOSSES:] if isinstance(lost, list) else [],
    }


def _write(path: Path, *, live: bool, since: str, lost: list[dict[str, Any]]) -> None:
    marker = paths.wal_marker_path(path)
    if not live and not lost:
        marker.unlink(missing_ok=True)
        return
    payload = {"format": _FORMAT, "live": live, "since": since if live else "", "lost": lost[-MAX_LOSSES:]}
    atomic_write(marker, (json.dumps(payload, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def _inspect(path: Path) -> None:
    """Before the first connection of this process: record a WAL deleted after an unclean end."""
    state = _read(path)
    if state.get("live") and not paths.sidecar_paths(path)[0].exists():
        lost = [*state["lost"], {"live_since": state["since"], "noticed": _now()}]
        _write(path, live=False, since="", lost=lost)


def acquire(path: Path) -> None:
    """A tracked connection to the vault at `path` is about to open (call `release` when it closes)."""
    key = _key(path)
    with _lock:
        entry = _open.setdefault(key, _Open())
        if entry.count == 0:
            with contextlib.suppress(OSError):  # a read-only folder: nothing can be recorded, the open goes on
                _inspect(path)
        entry.count += 1


def mark_live(path: Path) -> None:
    """The connection opened: from now on commits may sit in the WAL."""
    key = _key(path)
    with _lock:
        entry = _open.get(key)
        if entry is None or entry.live:
            return
        state = _read(path)
        since = state["since"] if state.get("live") and state.get("since") else _now()  # (a crashed session's WAL)
        try:
            _write(path, live=True, since=since, lost=state.get("lost", []))
        except OSError:
            return  # read-only: no writes will happen either
        entry.live = True


def release(path: Path, checkpoint: Any) -> bool:
    """A tracked connection is closing. When it is the last, `checkpoint()` (True when the WAL was
    folded in completely) runs, and the marker is cleared if it did. Returns whether the marker is
    still live after this (the caller then calls `closed` after closing the connection)."""
    key = _key(path)
    with _lock:
        entry = _open.get(key)
        if entry is None:
            return False
        entry.count -= 1
        if entry.count > 0:
            return False
        del _open[key]
        if not entry.live:
            return False
        try:
            folded = bool(checkpoint())
        except Exception:  # noqa: BLE001 (a damaged or read-only file: the WAL stays, and so does the marker)
            folded = False
        if folded:
            _clear_live(path)
            return False
        return True


def closed(path: Path) -> None:
    """After the last connection closed without a complete checkpoint before: if SQLite has
    since folded the WAL in and deleted it, the marker is no longer live."""
    if not paths.sidecar_paths(path)[0].exists():
        _clear_live(path)


def _clear_live(path: Path) -> None:
    state = _read(path)
    try:
        _write(path, live=False, since="", lost=state.get("lost", []))
    except OSError:
        return


def losses(path: Path) -> list[dict[str, str]]:
    """The recorded, unacknowledged losses: {"live_since": …, "noticed": …} each, oldest first."""
    return [
        {"live_since": str(item.get("live_since", "")), "noticed": str(item.get("noticed", ""))}
        for item in _read(path).get("lost", [])
    ]


def forget_losses(path: Path) -> None:
    """She has read the report: the next check no longer shows these losses."""
    state = _read(path)
    _write(path, live=bool(state.get("live")), since=str(state.get("since", "")), lost=[])


def discard(path: Path) -> None:
    """The vault's files are being replaced (restore): its marker goes with its old WAL."""
    paths.wal_marker_path(path).unlink(missing_ok=True)
