"""What a person waits for (not a test): one table of figures, each beside its baseline from the
same run, printed and written to bench-results/waits.json.

Each topic is a module `waits_<topic>.py` in this folder with

    def measure(size: str, workdir: pathlib.Path) -> list[Figure]

`size` is "tiny" (CI: keeps the benchmark working, seconds), "small", "medium" or "full" (a
lifetime's vault: 10k vendors, 1M interactions, 200k notes). The data is the demo vault of that
size and its plain-SQLite twin, built once and shared by the topics: `waits_data.py` (its
docstring lists the sizes and the environment variables). `workdir` is a scratch folder for
this run (BENCH_DIR keeps it, and what is built there, between runs). A module measures wall
time of what a person waits for and reports the figure beside the baseline it is judged against
(an empty window, plain SQLite on the same data, `python -c pass`, an empty vault, ...).

    python tests/bench/waits.py [--size full] [--only start,cli] [--json FILE]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SIZES = ("tiny", "small", "medium", "full")
# The topics, in the order the table prints them; a module that is missing is reported, not skipped silently.
TOPICS = ("start", "cli", "unlock", "search", "views", "memory", "queries", "kdf", "import", "statements", "recurring",
          "dispute", "contacts", "leaks")


@dataclass
class Figure:
    """One measured wait, and what it is judged against."""

    topic: str
    name: str  # what a person waits for, in words
    value: float
    unit: str  # "ms", "s", "MiB", "rows"
    baseline_name: str | None = None  # e.g. "empty QMainWindow", "plain SQLite"
    baseline: float | None = None  # in the same unit, measured in the same run
    target: str | None = None  # the promise in words, e.g. "≤ 1.5× baseline", "≤ 30 ms"
    met: bool | None = None  # whether the target holds (None: no target)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call of `fn` takes (wall clock)."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * (len(ordered) - 1))))]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("rows",):
        return f"{value:,.0f} {unit}"
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def print_table(figures: Sequence[Figure], out: Any = sys.stdout) -> None:
    rows = [("topic", "what a person waits for", "measured", "baseline", "ratio", "target", "met")]
    for f in figures:
        ratio = f.ratio
        rows.append((
            f.topic,
            f.name,
            _format(f.value, f.unit),
            f"{_format(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline_name else "—",
            f"{ratio:.2f}×" if ratio is not None else "—",
            f.target or "—",
            {True: "yes", False: "NO", None: ""}[f.met],
        ))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * width for width in widths), file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default=os.environ.get("BENCH_SIZE", "full"))
    parser.add_argument("--only", default="", help="comma-separated topics (default: all)")
    parser.add_argument("--json", type=Path, default=Path("bench-results/waits.json"))
    args = parser.parse_args(argv)
    topics = [t for t in args.only.split(",") if t] or list(TOPICS)
    sys.path.insert(0, str(Path(__file__).parent))
    keep = os.environ.get("BENCH_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-waits-") as scratch:
        workdir = Path(keep) if keep else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        figures: list[Figure] = []
        problems: list[str] = []
        for topic in topics:
            try:
                module = importlib.import_module(f"waits_{topic}")
            except ModuleNotFoundError as exc:
                problems.append(f"{topic}: no module ({exc})")
                continue
            print(f"[{topic}] measuring at size {args.size} …", file=sys.stderr, flush=True)
            (workdir / topic).mkdir(exist_ok=True)
            figures.extend(module.measure(args.size, workdir / topic))
    print_table(figures)
    data = sys.modules.get("waits_data")  # the demo vault(s) measured, when a topic used one
    for line in data.summary() if data is not None else ():
        print(line)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "size": args.size,
        "machine": {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count()},
        "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
        "problems": problems,
    }, indent=2, ensure_ascii=False))
    for problem in problems:
        print(f"missing: {problem}", file=sys.stderr)
    print(f"JSON in {args.json}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
