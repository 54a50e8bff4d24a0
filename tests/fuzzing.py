"""What the parser fuzz tests share: how many examples, the bounds, mutations, the vault's digest.

`make test` runs `EXAMPLES` (200) examples per parser test; `make test-long` sets
MYVENDORS_FUZZ_EXAMPLES=2000 (and seeds from the larger real files too). Each example must
finish within `DEADLINE` (Hypothesis reports an example that does not, and re-runs it to be
sure); one in `TRACE_EVERY` runs under tracemalloc and may allocate at most
`memory_bound(size)` bytes of Python memory at its peak; nothing may change in the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis.errors import InvalidArgument
from hypothesis import strategies as st

from myvendors.storage import Database

EXAMPLES = int(os.environ.get("MYVENDORS_FUZZ_EXAMPLES", "200"))
#: one example in this many runs under tracemalloc (see `Bounded`)
TRACE_EVERY = 8
#: per example. Inputs are at most a few dozen kilobytes, which every parser reads in milliseconds
#: (0.15 s for the largest vCard); the margin is for tracemalloc (up to 10x slower) on a loaded
#: machine. What it catches is a parse that goes quadratic or worse.
DEADLINE = timedelta(seconds=10)

ROOT = Path(__file__).resolve().parents[1]


def real_files() -> Path | None:
    """../shared/real-files beside the checkout (or beside the folder of worktrees), if there."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "real-files"
        if candidate.is_dir():
            return candidate
    return None


#: real files larger than this seed only the long runs (a parse of a 46 KB vCard takes 0.15 s)
SMALL_SEED_BYTES = 8192 if EXAMPLES < 1000 else 1 << 20


def real_seeds(kind: str, *patterns: str) -> list[bytes]:
    """The real files of `kind` (../shared/real-files/KIND) matching `patterns`, those small enough for this run."""
    folder = real_files()
    if folder is None or not (folder / kind).is_dir():
        return []
    found = (p.read_bytes() for pattern in patterns for p in sorted((folder / kind).glob(pattern)))
    return [raw for raw in found if len(raw) <= SMALL_SEED_BYTES]


def fuzz_settings(examples: int | None = None) -> settings:
    return settings(
        max_examples=examples or EXAMPLES,
        deadline=DEADLINE,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


# -- bounds ------------------------------------------------------------------------------------
def memory_bound(size: int) -> int:
    """The Python memory one parse may hold at its peak: a fixed 32 MiB plus 100 bytes per input byte."""
    return 32 * 2 ** 20 + 100 * size


class Bounded:
    """Runs one parse at a time; every `every`-th one under tracemalloc, whose peak must stay
    under `memory_bound` (tracing makes a parse up to ten times slower, so not every one is)."""

    _calls = itertools.count(1)  # over all instances: a test may make one per example

    def __init__(self, every: int = TRACE_EVERY) -> None:
        self.every = every

    def __call__(self, size: int, action: Callable[[], Any]) -> Any:
        if next(self._calls) % self.every or tracemalloc.is_tracing():
            return action()
        tracemalloc.start()
        try:
            return action()
        finally:
            used = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert used <= memory_bound(size), f"{used / 2 ** 20:.1f} MiB held to parse {size} bytes"
            with contextlib.suppress(InvalidArgument):  # outside a Hypothesis test
                event("memory traced")


# -- the vault ---------------------------------------------------------------------------------
def vault_digest(db: Database) -> str:
    """SHA-256 over every row of every table, in order: equal digests, equal content."""
    digest = hashlib.sha256()
    tables = [row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in db.query(f'SELECT * FROM "{table}"'):  # names from sqlite_master
            digest.update(repr(row).encode())
    return digest.hexdigest()


def changes(db: Database) -> int:
    """Rows inserted, changed or deleted through this connection so far (SQLite's total_changes)."""
    return int(db._require().total_changes)


# -- mutations of bytes --------------------------------------------------------------------------
# Bytes that mean something to one of the formats: quotes, separators, line breaks and folds,
# quoted-printable soft breaks, byte order marks, broken UTF-8, NUL, JOSE's dots.
INTERESTING = [
    b'"', b",", b";", b"\t", b"\r", b"\n", b"\r\n", b"\r\r\n", b"\r\n ", b"\n\t", b"=", b"=\r\n", b"=0D=0A", b":",
    b"\\", b"\\n", b" ", b"\x00", b"\x1a", b"\xff", b"\xfe", b"\xc3", b"\xc3\xa9", b"\xe2\x80\xae", b"\xef\xbb\xbf",
    b"\xff\xfe", b"\xf0\x9f\x98\x80", b"#", b".", b"-", b"_", b"{", b"}", b"[", b"]", b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"ORG:", b"FN:", b"N:", b"URL:", b"EMAIL:", b";CHARSET=", b"utf-16",
    b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=BASE64", b"PHOTO;ENCODING=b:", b"0" * 40, b"9" * 30, b"1e999",
]


@st.composite
def mutated_bytes(draw: st.DrawFn, seeds: st.SearchStrategy[bytes], max_steps: int = 6) -> bytes:
    """A seed (a real file, a valid document) changed in a few places: bits flipped, bytes
    replaced, inserted, deleted, a slice repeated, the end cut off. Most changes keep a text
    file text (printable bytes, UTF-8 text inserted), so that the parse goes past the check for
    binary data; some put in any byte."""
    data = bytearray(draw(seeds))
    printable = st.integers(32, 255).filter(lambda b: b != 127)
    for _ in range(draw(st.integers(1, max_steps))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "replace", "insert", "text", "text", "delete", "repeat", "truncate",
                                   "interesting", "interesting"]))
        if op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "replace" and at < len(data):
            data[at] = draw(st.one_of(printable, printable, st.integers(0, 255)))
        elif op == "text":
            data[at:at] = draw(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=16)).encode()
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "repeat":
            length = draw(st.integers(1, 256))
            data[at:at] = bytes(data[at:at + length]) * draw(st.integers(2, 20))
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.sampled_from(INTERESTING))
    return bytes(data)


# -- mutations of JSON documents --------------------------------------------------------------------
TRICKY_DATES = [
    "never", "", "yesterday", "2026-12-02", "2026-12-02T10:00:00", "2026-12-02T10:00:00+01:00",
    "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    "2026-12-02T24:00:00Z", "2026-12-02T10:00:00+25:00", "2026-12-02t10:00:00z", "2026-12-02T10:00:00.123456789Z",
    "+002026-12-02T10:00:00Z", "2026-W49-3", "1e9", "２０２６-１２-０２T10:00:00Z",  # noqa: RUF001 (full-width digits on purpose)
]
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=40), st.sampled_from(TRICKY_DATES),
    st.sampled_from(["EUR", "eur", "XXX", "€", "549.00", "-1", "1e400", "NaN", "0x10", "１２"]),  # noqa: RUF001 (full-width digits on purpose)
)


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(children, st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4))


#: JSON values two levels deep (the "nest" change below goes deeper)
json_values = _containers(_containers(json_scalars))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def mutated_json(draw: st.DrawFn, document: dict[str, Any], max_steps: int = 4,
                 keep: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> dict[str, Any]:
    """A valid document changed in a few places: a value replaced (another type, a tricky date,
    a deep list), a key removed or added, a list emptied or repeated. `keep` may put back what
    must stay for the document to reach the checks worth testing (run after the changes)."""
    doc = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, max_steps))):
        paths = list(_paths(doc))
        path = draw(st.sampled_from(paths[1:] or paths))
        if not path:
            break
        parent, key = _at(doc, path[:-1]), path[-1]
        op = draw(st.sampled_from(["replace", "delete", "add", "nest", "repeat", "retype"]))
        if op == "replace":
            parent[key] = draw(json_values)
        elif op == "delete":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
        elif op == "nest":
            value = parent[key]
            for _ in range(draw(st.integers(1, 60))):
                value = [value]
            parent[key] = value
        elif op == "repeat" and isinstance(parent[key], (list, str)):
            value = parent[key]  # repeated, but never past 2,000 items or characters (repeats compound)
            parent[key] = value * min(draw(st.integers(0, 50)), 2000 // max(len(value), 1))
        elif op == "retype":
            value = parent[key]
            parent[key] = str(value) if not isinstance(value, str) else (int(value) if value.isascii() and value.isdigit() else [value])
    return keep(doc) if keep else doc
