"""The demo vault: a new vault file filled with `myvendors.domain.demo`'s realistic data.

For testers (`myvendors demo PATH`, the `myvendors.testing` pytest plugin), screenshots and the
benchmarks (`build(path, "full")`). Every demo vault opens with `PASSPHRASE`; its key
derivation is the floor (64 MiB Argon2id) unless `kdf` says otherwise, since the data is not
secret and testers unlock it often.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from myvendors.domain import demo as data
from myvendors.domain.demo import DEFAULT_SEED, PASSPHRASE, SIZES, Made, Size
from myvendors.vault import KdfParams, Vault

__all__ = ["DEFAULT_SEED", "PASSPHRASE", "SIZES", "Built", "Size", "build"]


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
