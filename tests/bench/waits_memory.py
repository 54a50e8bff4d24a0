"""Memory with every view visited and every list scrolled to its end, on the demo vault (at size
full a lifetime's; this run's copy, shared with `waits_unlock`) beside an empty vault (same
run): the peak RSS after the unlock (the KDF's transient peak is reset first and reported
apart), through the real unlock path (the child of `waits_unlock`, "memory" mode).

Every long list must keep a bounded window of pages: the Reputation notes scrolled to the end of
200k notes once held every page (382 MB).
"""

from __future__ import annotations

from pathlib import Path

from waits import Figure
from waits_unlock import PASSPHRASE, busy_vendor, empty_vault, lifetime_vault, run_child, vaults_dir

TARGET_MB = 350


def measure(size: str, workdir: Path) -> list[Figure]:
    vaults = vaults_dir(workdir)
    life, passphrase, what = lifetime_vault(size, vaults)
    busy = busy_vendor(life, passphrase)[0]
    empty = run_child("memory", empty_vault(vaults), PASSPHRASE, "1")
    full = run_child("memory", life, passphrase, str(busy))
    mib = 1024 * 1024 / 1_000_000  # MB per MiB
    peak = full["peak_after_views_kib"] / 1024
    reset = "" if full.get("peak_reset") else " (could not reset the peak: the KDF's is included)"
    return [
        Figure("memory", "peak RSS, every view and list to its end", peak, "MiB",
               baseline_name="empty vault", baseline=empty["peak_after_views_kib"] / 1024,
               target=f"≤ {TARGET_MB} MB", met=peak * mib <= TARGET_MB,
               note=f"{what}; notes listed {full['notes_listed']:,}, held {full['notes_held']:,}; rows read "
                    f"{full['rows_fetched']}{reset}"),
        Figure("memory", "RSS at the end, same", full["rss_after_views_kib"] / 1024, "MiB",
               baseline_name="empty vault", baseline=empty["rss_after_views_kib"] / 1024),
        Figure("memory", "peak RSS to Overview painted, KDF included", full["peak_with_kdf_kib"] / 1024, "MiB",
               baseline_name="empty vault", baseline=empty["peak_with_kdf_kib"] / 1024,
               note="the KDF's transient peak, apart"),
    ]
