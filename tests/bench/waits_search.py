"""Search as you type, per keystroke, through the UI: the search service, the results model reset
and the popup updated and painted (offscreen), p95 per class of what is typed.

The words typed are the demo vault's own vocabulary (`myvendors.domain.demo.vocabulary()`: the
words its names, notes and timeline texts are written with), picked as often as they occur in a
sample of the vault's texts (plus one in four picked evenly, rare words included), so the common
words (the slow ones) are typed as often as a person would type them.
Each word is typed letter by letter; every keystroke is one sample, classed by what the field
holds: 1, 2, 3, 4, 5 letters of a longer word, 6+ letters, the whole word, or a second word
being typed after a first ("2 words"). Cold: every keystroke on a fresh connection (an empty page
cache; SQLCipher decrypts every page it reads); warm: one connection for the whole session.

The baseline is the same typing on the same data in plain SQLite (the SQLite build sqlcipher3
bundles, opened without a key) through the same service, model and popup. Target: ≤ 30 ms p95.

Data: the demo vault of the size asked and its plain twin (`waits_data`), only read.
"""

from __future__ import annotations

import gc
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import waits_data
from waits import Figure, p95

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 30.0
CLASSES = ("1 letter", "2 letters", "3 letters", "4 letters", "5 letters", "6+ letters", "word", "2 words")
# words typed (and two-word queries) per size
TYPED = {"tiny": (6, 2), "small": (16, 5), "medium": (24, 8), "full": (36, 12)}
SEED = 1010
_WORD = re.compile(r"\w+", re.UNICODE)


# -- data ------------------------------------------------------------------------------------
def _openers(size: str, workdir: Path) -> dict[str, Callable[[], Any]]:
    vault, plain = waits_data.vault(size, workdir), waits_data.plain(size, workdir)
    return {"vault": lambda: waits_data.open_vault(vault), "plain": lambda: waits_data.open_plain(plain)}


def _occurrences(db: Any, rng: random.Random, vocabulary: set[str]) -> dict[str, int]:
    """How often each vocabulary word occurs in a sample of the vault's texts (names, notes, timeline)."""
    seen: dict[str, int] = dict.fromkeys(vocabulary, 0)
    for table, column in (("vendors", "name"), ("interactions", "note"), ("notes", "text")):
        (top,) = db.query(f"SELECT max(id) FROM {table}")[0]
        for _ in range(120):
            row = db.query(f"SELECT {column} FROM {table} WHERE id >= ? AND {column} <> '' LIMIT 1",
                           (rng.randint(1, top or 1),))
            for word in _WORD.findall(row[0][0].lower()) if row else ():
                if word in seen:
                    seen[word] += 1
    return seen


def typed_queries(db: Any, size: str) -> list[str]:
    """What a person types, keystroke by keystroke: each text the field holds, in order."""
    rng = random.Random(SEED)
    n_words, n_pairs = TYPED[size]
    long_words = [w for w in waits_data.vocabulary() if len(w) >= 6]  # 1-5 letters are its prefixes
    seen = _occurrences(db, rng, set(long_words))
    weights = [seen[w] for w in long_words]
    if not any(weights):
        weights = [1] * len(long_words)
    common = n_words - n_words // 4
    words = rng.choices(long_words, weights=weights, k=common) + rng.choices(long_words, k=n_words - common)
    rng.shuffle(words)
    typed: list[str] = []
    for word in words:
        typed += [word[:n] for n in range(1, len(word) + 1)]
    for _ in range(n_pairs):
        first, second = rng.choices(long_words, weights=weights, k=2)
        typed += [f"{first} {second[:n]}" for n in range(1, len(second) + 1)]
    return typed


def classify(text: str, whole: bool) -> str:
    if " " in text:
        return "2 words"
    if whole:
        return "word"
    n = len(text)
    return {1: "1 letter", 2: "2 letters"}.get(n, f"{n} letters" if n <= 5 else "6+ letters")


def _sequence(typed: list[str]) -> list[tuple[str, str]]:
    """(class, text) per keystroke; a text is a whole word when the next keystroke starts over."""
    out = []
    for n, text in enumerate(typed):
        following = typed[n + 1] if n + 1 < len(typed) else ""
        whole = not following.startswith(text) or following == text
        out.append((classify(text, whole), text))
    return out


# -- the UI ----------------------------------------------------------------------------------
def _window() -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

    from myvendors.ui.search import SearchField

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 760)
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    window.setCentralWidget(QWidget(window))
    field = SearchField(None, window, toolbar)
    toolbar.addWidget(field)
    window.show()
    app.processEvents()
    return app, window, field


def _type(app: Any, field: Any, db: Any, text: str, per_kind: int) -> tuple[float, float]:
    """One keystroke's wait (wall ms) and the CPU the process spent on it (ms, less sensitive to a
    busy machine): the search, the model reset, the popup placed and painted."""
    from myvendors.domain import search

    field.set_search(lambda t: search.search(db, t, per_kind=per_kind))
    field.setText(text)
    app.processEvents()
    started, cpu = time.perf_counter(), time.process_time()
    field.run_search()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def _session(app: Any, field: Any, opener: Callable[[], Any], keys: list[tuple[str, str]], *, cold: bool,
             per_kind: int) -> dict[str, list[tuple[float, float]]]:
    samples: dict[str, list[tuple[float, float]]] = {c: [] for c in CLASSES}
    db = None if cold else opener()
    if db is not None:  # warm: a session that has typed these before
        for _, text in keys:
            _type(app, field, db, text, per_kind)
    for cls, text in keys:
        if cold:
            fresh = opener()
            samples[cls].append(_type(app, field, fresh, text, per_kind))
            fresh.close()
        else:
            samples[cls].append(_type(app, field, db, text, per_kind))
    if db is not None:
        db.close()
    field.reset()
    return samples


def measure(size: str, workdir: Path) -> list[Figure]:
    from myvendors.ui.search import PER_KIND

    from myvendors.ui import main_window

    per_kind = getattr(main_window, "SEARCH_RESULTS_PER_KIND", PER_KIND)  # what the main window asks for, if it says
    openers = _openers(size, workdir)
    probe = openers["plain"]()
    keys = _sequence(typed_queries(probe, size))
    probe.close()
    app, window, field = _window()
    results: dict[tuple[str, str], dict[str, list[tuple[float, float]]]] = {}
    try:
        for mode in ("cold", "warm"):
            for engine in ("plain", "vault"):  # interleaved engines would share the OS page cache anyway
                gc.collect()
                results[(mode, engine)] = _session(app, field, openers[engine], keys, cold=mode == "cold",
                                                   per_kind=per_kind)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    figures: list[Figure] = []
    for mode in ("cold", "warm"):
        for cls in CLASSES:
            vault = [wall for wall, _ in results[(mode, "vault")][cls]]
            plain = [wall for wall, _ in results[(mode, "plain")][cls]]
            if not vault:
                continue
            value = p95(vault)
            cpu = p95([c for _, c in results[(mode, "vault")][cls]])
            plain_cpu = p95([c for _, c in results[(mode, "plain")][cls]])
            figures.append(Figure(
                "search", f"keystroke → results, {cls}, {mode}, p95", value, "ms",
                baseline_name="plain SQLite", baseline=p95(plain), target=f"≤ {TARGET_MS:.0f} ms",
                met=value <= TARGET_MS,
                note=f"{len(vault)} keystrokes, max {max(vault):.1f} ms; CPU p95 {cpu:.1f} ms (plain {plain_cpu:.1f}); "
                     f"{per_kind} results per kind; load average {os.getloadavg()[0]:.1f}",
            ))
    return figures


if __name__ == "__main__":  # python tests/bench/waits_search.py [size]
    import tempfile

    from waits import print_table

    with tempfile.TemporaryDirectory() as scratch:
        found = measure(sys.argv[1] if len(sys.argv) > 1 else "tiny", Path(os.environ.get("BENCH_DIR", scratch)) / "search")
        print_table(found)
        for figure in found:
            print(f"{figure.name}: {figure.note}")
