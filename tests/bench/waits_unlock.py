"""Unlock -> the Overview painted, after the key derivation (timed apart: a deliberate cost).

Each run is a fresh process that goes through the real path: `AppController` shows the unlock
window, its `unlock_requested` signal is emitted as the Unlock button does, the worker derives the
key and opens the vault (`unlocking.unlock`, timed and reported apart), the main window is built with
its lists hidden, and the clock stops when the Overview has been painted. Measured on a lifetime's
vault and on a vault of a million vendors, each beside an empty vault in the same run, with the
rows each list model fetched (a hidden list must fetch none) and the peak RSS after the KDF.

The lifetime vault is the demo vault of the size asked (`waits_data`: at size full 10k vendors,
1M interactions, 200k notes), a fresh copy per run since the app may write to it. The million-vendor
vault and the empty vault are built with plain SQL (the demo has no size of a million vendors;
nothing here searches, so without the full-text triggers). `waits_views` and `waits_memory` use
the same child process and vaults.

    python tests/bench/waits.py --size tiny --only unlock
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from waits import Figure, median

PASSPHRASE = "benchmark passphrase"  # of the SQL-built vaults (the demo vault's is waits_data.PASSPHRASE)
VENDORS = {"tiny": 500, "small": 50_000, "medium": 200_000, "full": 1_000_000}  # the vault of many vendors
TIMEOUT_S = float(os.environ.get("BENCH_UNLOCK_TIMEOUT", "300"))


# -- vaults -------------------------------------------------------------------------------------
def build_vault(path: Path, vendors: int) -> Path:
    """A vault of `vendors` bare vendors and nothing else, built with SQL, full-text triggers off."""
    from myvendors.vault import KdfParams, Vault

    if path.exists():
        return path
    partial = path.with_name(path.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    vault, _ = Vault.create(partial, PASSPHRASE, kdf=KdfParams.floor())
    db = vault.db
    triggers = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'"
    )
    with db.transaction():
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER {name}")
        if vendors:
            db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO vendors(uid, name, sort_name, category, created_at, updated_at) "
                "SELECT printf('u%07d', i), printf('Vendor %07d', i), printf('vendor %07d', i), "
                "CASE i % 4 WHEN 0 THEN 'utilities' WHEN 1 THEN 'shops' WHEN 2 THEN 'banks' ELSE NULL END, "
                "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00' FROM n",
                (vendors - 1,),
            )
        for _name, sql in triggers:
            db.execute(sql)
    vault.close()
    for suffix in ("", ".envelope"):
        Path(str(partial) + suffix).rename(Path(str(path) + suffix))
    for leftover in partial.parent.glob(partial.name + "*"):  # its lock file
        leftover.unlink()
    return path


def empty_vault(workdir: Path) -> Path:
    return build_vault(workdir / "empty.myvendors", 0)


def lifetime_vault(size: str, workdir: Path) -> tuple[Path, str, str]:
    """(path, passphrase, what it is): this run's copy of the demo vault of this size, in `workdir`."""
    import waits_data

    copy = waits_data.working_copy(size, workdir, workdir / f"demo-{size}.myvendors")
    return copy, waits_data.PASSPHRASE, waits_data.describe(size, workdir)


def vendors_vault(size: str, workdir: Path) -> tuple[Path, str]:
    count = VENDORS[size]
    return build_vault(workdir / f"vendors-{count}.myvendors", count), f"{count:,} vendors"


def busy_vendor(path: Path, passphrase: str) -> tuple[int, int, int, int]:
    """(the vendor with the most interactions nearest 10k, its count, a quiet vendor, its count)."""
    from myvendors.vault.vault import opened

    with opened(path, passphrase) as vault:
        rows = vault.db.query(
            "SELECT vendor_id, count(*) FROM interactions GROUP BY vendor_id ORDER BY abs(count(*) - 10000) LIMIT 1"
        )
        quiet = vault.db.query(  # another vendor (showing the one shown already would paint nothing)
            "SELECT vendor_id, count(*) FROM interactions WHERE vendor_id <> ? GROUP BY vendor_id "
            "HAVING count(*) BETWEEN 5 AND 100 ORDER BY count(*), vendor_id LIMIT 1", (rows[0][0],)
        ) or vault.db.query("SELECT id, 0 FROM vendors WHERE id <> ? LIMIT 1", (rows[0][0],)) or rows
    return rows[0][0], rows[0][1], quiet[0][0], quiet[0][1]


# -- the child process --------------------------------------------------------------------------
def run_child(mode: str, path: Path, passphrase: str, *extra: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, __file__, mode, str(path), passphrase, *extra],
        capture_output=True, text=True, env=env, timeout=TIMEOUT_S + 60, check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"child {mode} on {path} failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from VmRSS
        return True
    except OSError:
        return False


def _child(mode: str, path: str, passphrase: str, extra: list[str]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    from myvendors.ui import main_window as mw
    from myvendors.ui.controller import AppController
    from myvendors.ui.unlock import UnlockWindow
    from myvendors.vault import NoKeyStore, unlocking

    stamps: dict[str, float] = {}
    real_unlock = unlocking.unlock

    def timed_unlock(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        opened = real_unlock(*args, **kwargs)
        stamps["opened"] = time.perf_counter()
        stamps["kdf_open_s"] = stamps["opened"] - started
        return opened

    unlocking.unlock = timed_unlock

    # Rows the list services hand out, whatever the models keep (counters survive a model's reload).
    from myvendors.domain import reputation, timeline, vendors

    rows_read: dict[str, int] = {"vendors": 0, "timeline": 0, "notes": 0}

    def counting(module: Any, name: str, kind: str) -> None:
        real = getattr(module, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            out = real(*args, **kwargs)
            rows_read[kind] += len(out)
            return out

        setattr(module, name, call)

    for module, name, kind in (
        (vendors, "page_vendors", "vendors"), (vendors, "vendors_at", "vendors"),
        (timeline, "page", "timeline"), (timeline, "interactions_at", "timeline"), (reputation, "notes", "notes"),
    ):
        counting(module, name, kind)

    class Paints(QObject):
        """Which widgets got a Paint event (any descendant of a watched widget counts)."""

        def __init__(self) -> None:
            super().__init__()
            self.watched: QWidget | None = None
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and self.watched is not None and isinstance(obj, QWidget)
                    and (obj is self.watched or self.watched.isAncestorOf(obj))):
                self.seen = True
            return False

    paints = Paints()
    app.installEventFilter(paints)

    def pump_until(condition: Any, timeout_s: float = TIMEOUT_S) -> bool:
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return True

    def painted_after(widget: QWidget, action: Any) -> float:
        """Seconds from `action()` to `widget` (or a child) painted."""
        paints.watched, paints.seen = widget, False
        started = time.perf_counter()
        action()
        if not pump_until(lambda: paints.seen, 60):
            raise TimeoutError(f"{widget} not painted in 60 s")
        return time.perf_counter() - started

    controller = AppController(Path(path), keystore=NoKeyStore("bench"), kdf_seconds=0, remember_last=False)
    controller.start()
    pump_until(lambda: isinstance(controller.window, UnlockWindow) and controller.window.isVisible(), 30)
    window: Any = None

    def watch_overview(new: QWidget) -> None:
        nonlocal window
        if isinstance(new, mw.MainWindow):
            window = new
            stamps["built"] = time.perf_counter()
            paints.watched, paints.seen = new.overview, False

    controller.window_changed.connect(watch_overview)
    kdf_peak_kib = 0
    unlock_window = controller.window
    assert isinstance(unlock_window, UnlockWindow)
    unlock_window.unlock_requested.emit(passphrase, None)  # what the Unlock button does
    finished = pump_until(lambda: window is not None and paints.seen)
    stamps["painted"] = time.perf_counter()
    kdf_peak_kib = _status_kib("VmHWM")
    result: dict[str, Any] = {"finished": finished, "kdf_open_s": stamps.get("kdf_open_s")}
    if not finished or window is None:
        result["rows_fetched"] = dict(rows_read)
        return result
    result["painted_s"] = stamps["painted"] - stamps["opened"]
    result["built_s"] = stamps["built"] - stamps["opened"]
    loading = getattr(window.overview, "is_loading", lambda: False)
    pump_until(lambda: not loading())  # "standing fell", read in the background, has arrived
    result["complete_s"] = time.perf_counter() - stamps["opened"]
    result["rss_after_unlock_kib"] = _status_kib("VmRSS")
    result["peak_with_kdf_kib"] = kdf_peak_kib

    def fetched() -> dict[str, int]:
        return dict(rows_read)

    result["rows_fetched"] = fetched()
    if mode == "unlock":
        return result

    if mode == "views":
        busy, quiet = int(extra[0]), int(extra[1])
        result["vendors_page_s"] = painted_after(window.vendors_page.pane, lambda: window.go_to(mw.VENDORS))
        window.show_vendor(quiet)  # a first detail shown pays for what any first one does: not measured
        pump_until(lambda: False, 0.2)
        for name, vendor_id in (("busy", busy), ("quiet", quiet)):
            result[f"detail_{name}_s"] = painted_after(window.vendors_page.detail, lambda v=vendor_id: window.show_vendor(v))
            tab = window.vendors_page.detail.timeline
            result[f"timeline_tab_{name}_s"] = painted_after(
                tab.view, lambda t=tab: window.vendors_page.detail.tabs.setCurrentWidget(t)
            )
            tab.view.setFocus()
            result[f"timeline_end_{name}_s"] = painted_after(
                tab.view.viewport(),
                lambda t=tab: QTest.keyClick(t.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
            )
            result[f"timeline_rows_{name}"] = tab.model.rowCount()
            window.vendors_page.detail.tabs.setCurrentIndex(0)
        result["rows_fetched"] = fetched()
        return result

    # mode == "memory": every view visited, every list scrolled to its end
    result["peak_reset"] = _reset_peak()
    busy = int(extra[0])
    for page in (mw.VENDORS, mw.REQUESTS, mw.REPUTATION, mw.SHARED):  # the Overview is shown already
        painted_after(window.pages.widget(page), lambda p=page: window.go_to(p))

    def to_end(view: Any, model: Any) -> None:
        view.setFocus()
        for _ in range(100_000):
            QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            if not (model.canFetchMore(view.rootIndex()) if hasattr(model, "canFetchMore") else False):
                break
            model.fetchMore(view.rootIndex())

    window.go_to(mw.VENDORS)
    to_end(window.vendors_page.pane.view, window.vendors_page.model)
    window.show_vendor(busy)
    for tab_index in range(window.vendors_page.detail.tabs.count()):
        window.vendors_page.detail.tabs.setCurrentIndex(tab_index)
        app.processEvents()
    tab = window.vendors_page.detail.timeline
    window.vendors_page.detail.tabs.setCurrentWidget(tab)
    to_end(tab.view, tab.model)
    window.go_to(mw.REQUESTS)
    to_end(window.requests_page.list.view, window.requests_page.list.model)
    window.go_to(mw.REPUTATION)
    to_end(window.reputation_page.view, window.reputation_page.model)
    window.go_to(mw.SHARED)
    to_end(window.shared_page.view, window.shared_page.model)
    window.go_to(mw.OVERVIEW)
    app.processEvents()
    result["notes_listed"] = window.reputation_page.model.rowCount()
    result["notes_held"] = getattr(window.reputation_page.model, "rows_held", window.reputation_page.model.rowCount())
    result["rows_fetched"] = fetched()
    result["peak_after_views_kib"] = _status_kib("VmHWM")
    result["rss_after_views_kib"] = _status_kib("VmRSS")
    controller.shutdown()
    return result


# -- the figures --------------------------------------------------------------------------------
def _runs(size: str) -> int:
    return 1 if size == "tiny" else 3


def vaults_dir(workdir: Path) -> Path:
    """Where the vaults live: beside the topics' folders, so that unlock, views and memory share them."""
    folder = workdir.parent / "vaults"
    folder.mkdir(exist_ok=True)
    return folder


def measure(size: str, workdir: Path) -> list[Figure]:
    import waits_data

    runs = _runs(size)
    vaults = vaults_dir(workdir)
    empty = empty_vault(vaults)
    life, life_pass, life_what = lifetime_vault(size, vaults)
    many, many_what = vendors_vault(size, vaults)
    life_name = f"demo {waits_data.DEMO_SIZE[size]}"
    many_name = f"{waits_data.short(VENDORS[size])} vendors"
    samples: dict[str, list[dict[str, Any]]] = {"empty": [], "lifetime": [], "vendors": []}
    for _ in range(runs):  # interleaved, so that a busy moment of the machine hits all three alike
        samples["empty"].append(run_child("unlock", empty, PASSPHRASE))
        samples["lifetime"].append(run_child("unlock", life, life_pass))
        samples["vendors"].append(run_child("unlock", many, PASSPHRASE))

    def ms(which: str, key: str) -> float:
        values = [s[key] for s in samples[which] if s.get("finished") and s.get(key) is not None]
        return median(values) * 1000 if values else float("inf")

    def fetched(which: str) -> str:
        last = samples[which][-1].get("rows_fetched", {})
        return ", ".join(f"{k} {v:,}" for k, v in last.items())

    base = ms("empty", "painted_s")
    life_ms, many_ms = ms("lifetime", "painted_s"), ms("vendors", "painted_s")
    figures = [
        Figure("unlock", f"unlock → Overview painted, {life_name}", life_ms, "ms",
               baseline_name="empty vault", baseline=base, target="≤ 300 ms", met=life_ms <= 300,
               note=f"{life_what}; after the KDF; rows fetched at unlock: {fetched('lifetime')}"),
        Figure("unlock", f"unlock → Overview painted, {many_name}", many_ms, "ms",
               baseline_name="empty vault", baseline=base, target="≤ 1.5× base", met=many_ms <= 1.5 * base,
               note=f"{many_what}; rows fetched at unlock: {fetched('vendors')}"),
        Figure("unlock", f"unlock → Overview complete, {life_name}", ms("lifetime", "complete_s"), "ms",
               baseline_name="empty vault", baseline=ms("empty", "complete_s"),
               note="'standing fell' is read on the worker after the first paint"),
        Figure("unlock", f"KDF + open (unlocking.unlock), {life_name}", ms("lifetime", "kdf_open_s"), "ms",
               baseline_name="empty vault", baseline=ms("empty", "kdf_open_s"), note="deliberate cost, apart"),
    ]
    for which, label in (("lifetime", life_name), ("vendors", many_name)):
        rss = [s["rss_after_unlock_kib"] / 1024 for s in samples[which] if s.get("finished")]
        base_rss = [s["rss_after_unlock_kib"] / 1024 for s in samples["empty"] if s.get("finished")]
        if rss and base_rss:
            peak = max(s["peak_with_kdf_kib"] for s in samples[which] if s.get("finished")) / 1024
            figures.append(Figure("unlock", f"RSS at Overview painted, {label}", median(rss), "MiB",
                                  baseline_name="empty vault", baseline=median(base_rss),
                                  note=f"peak incl. the KDF {peak:,.0f} MiB"))
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    print(json.dumps(_child(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])), flush=True)
    os._exit(0)  # no teardown of windows and threads: the figures are out
