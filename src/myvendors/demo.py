"""The demo vault: a new vault file filled with `myvendors.domain.demo`'s realistic data.

For testers (`myvendors demo PATH`, the `myvendors.testing` pytest plugin), screenshots and the
benchmarks (`build(path, "full")`). Every demo vault opens with `PASSPHRASE`; its key
derivation is the floor (64 MiB Argon2id) unless `kdf` says otherwise, since the data is not
secret and testers unlock it often.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from myvendors import paths
from myvendors.domain import demo as data
from myvendors.domain.demo import DEFAULT_SEED, PASSPHRASE, SIZES, Made, Size
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message, VaultExists
from myvendors.vault import KdfParams, Vault

__all__ = [
    "DEFAULT_SEED",
    "PASSPHRASE",
    "SIZES",
    "Built",
    "Size",
    "build",
    "built_once",
    "command",
    "copy_vault",
]


@dataclass(frozen=True)
class Built:
    """A demo vault that was made: where, how to open it, what it holds, how long it took."""

    path: Path
    passphrase: str
    recovery_key: str
    made: Made
    seconds: float


def build(
    path: Path | str,
    size: str | Size = "small",
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    *,
    passphrase: str = PASSPHRASE,
    kdf: KdfParams | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Built:
    """Create a new vault at `path` (refused when one is there: `VaultExists`) and fill it.

    The same `seed` and `today` give the same vendors, amounts, dates and texts. The vault is
    closed (locked) when this returns; unlock it with `passphrase`.
    """
    started = time.perf_counter()
    vault, recovery_key = Vault.create(Path(path), passphrase, kdf=kdf or KdfParams.floor())
    try:
        made = data.fill(vault.db, size, seed=seed, today=today, progress=progress)
        vault.db.checkpoint()
    finally:
        vault.close()
    return Built(Path(path), passphrase, recovery_key, made, round(time.perf_counter() - started, 2))


def built_once(
    folder: Path | str, size: str | Size = "small", seed: int = DEFAULT_SEED, today: date | None = None
) -> Path:
    """The demo vault of this size, seed and day in `folder`, built on the first call and found
    again on later ones (benchmarks: `BENCH_DIR` keeps a full vault between runs). The bench's
    "tiny" is "small". Copy it (`copy_vault`) before anything that may write to it."""
    name = "small" if size == "tiny" else size
    label = name if isinstance(name, str) else f"{name.name}-{name.vendors}-{name.interactions}-{name.notes}"
    day = today or date.today()
    path = Path(folder) / f"demo-{label}-{seed}-{day.isoformat()}.myvendors"
    done = path.with_name(path.name + ".built")
    if done.exists() and path.exists():
        return path
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    build(path, name, seed, day)
    done.write_text("built\n", encoding="utf-8")
    return path


def copy_vault(source: Path | str, target: Path | str) -> Path:
    """A copy of a locked vault and its key envelope at `target` (which must not exist)."""
    source, target = Path(source), Path(target)
    if target.exists() or paths.envelope_path(target).exists():
        raise VaultExists(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "There is already a vault at {target}; choose another file name."
        ), target=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    for src, dst in ((source, target), (paths.envelope_path(source), paths.envelope_path(target))):
        shutil.copyfile(src, dst)
        dst.chmod(0o600)  # private like every vault file MyVendors writes (the data is public, the habit is not)
    return target


# -- `myvendors demo PATH [--size small|medium|full] [--seed N] [--today DATE] [--json]` -------------
def command(args: Any, io: Any) -> int:
    """Run `myvendors demo` (declared in myvendors/cli/table.py): `args` has path, size, seed,
    today and json; `io` has stdout and stderr. Errors are raised (`VaultExists` for an existing
    vault: exit 4) for the CLI to report."""
    path = Path(args.path).expanduser()
    today = args.today
    if isinstance(today, str):  # a parser that converts dates itself passes a date
        try:
            today = date.fromisoformat(today)
        except ValueError:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{today!r} is not a date (YYYY-MM-DD)."), today=args.today), field="today") from None

    def progress(kind: str, done: int, total: int) -> None:
        if not args.json:
            io.stderr.write(f"  {kind}: {done:,} of {total:,}\n")

    if args.size != "small" and not args.json:
        io.stderr.write(f"Making a {args.size} demo vault at {path} (a minute or two for full)…\n")
    built = build(path, args.size, args.seed, today, progress=progress)
    counts = built.made.counts
    if args.json:
        io.stdout.write(
            json.dumps(
                {
                    "vault": str(built.path),
                    "envelope": str(paths.envelope_path(built.path)),
                    "passphrase": built.passphrase,
                    "recovery_key": built.recovery_key,
                    "size": built.made.size,
                    "seed": built.made.seed,
                    "today": built.made.today.isoformat(),
                    "counts": counts,
                    "seconds": built.seconds,
                },
                indent=2,
                sort_keys=True,
            )
            + "\n"
        )
        return 0
    held = ", ".join(f"{n:,} {kind}" for kind, n in counts.items())
    io.stdout.write(
        f"Created the demo vault {built.path} ({built.made.size}, seed {built.made.seed}, "
        f"around {built.made.today.isoformat()}) in {built.seconds:.1f} s.\n"
        f"Passphrase: {built.passphrase}\n"
        f"It holds: {held}.\n"
        f"Open it with: myvendors-gui {built.path}\n"
    )
    return 0
