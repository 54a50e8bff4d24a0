"""Views on the demo vault (at size full a lifetime's): the vendor detail opened for the vendor
whose interactions are nearest 10k (selection -> detail painted), its timeline tab shown, and the
timeline scrolled to its end (End key -> painted), each beside the same for a vendor with a few
interactions, same process.

Runs the child of `waits_unlock` (the real unlock path) in "views" mode, on this run's copy of
the demo vault that `waits_unlock` uses too (`waits_data.working_copy`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from waits import Figure, median
from waits_unlock import _runs, busy_vendor, lifetime_vault, run_child, vaults_dir


def measure(size: str, workdir: Path) -> list[Figure]:
    life, passphrase, what = lifetime_vault(size, vaults_dir(workdir))
    busy, busy_count, quiet, quiet_count = busy_vendor(life, passphrase)
    samples: list[dict[str, Any]] = [
        run_child("views", life, passphrase, str(busy), str(quiet)) for _ in range(_runs(size))
    ]

    def ms(key: str) -> float:
        return median([s[key] for s in samples]) * 1000

    against = f"{quiet_count:,} interactions"
    return [
        Figure("views", "Vendors page first shown", ms("vendors_page_s"), "ms",
               note=f"{what}; rows read so far: {samples[-1]['rows_fetched']}"),
        Figure("views", f"vendor detail painted, {busy_count:,} interactions", ms("detail_busy_s"), "ms",
               baseline_name=against, baseline=ms("detail_quiet_s"), note="selection -> detail painted"),
        Figure("views", f"timeline tab shown, {busy_count:,} interactions", ms("timeline_tab_busy_s"), "ms",
               baseline_name=against, baseline=ms("timeline_tab_quiet_s")),
        Figure("views", f"timeline End → painted, {busy_count:,} interactions", ms("timeline_end_busy_s"), "ms",
               baseline_name=against, baseline=ms("timeline_end_quiet_s"), note="keyset page from the far end"),
    ]
