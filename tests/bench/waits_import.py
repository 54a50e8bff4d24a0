"""Imports: time linear in the file. Each figure is the time for a file 10× the size of its
baseline (same shape, same run), so the ratio is the growth: about 10× when linear, 100× when
quadratic. Process CPU time, the least of several runs.

- one vCard card whose note is folded over many lines, and one whose quoted-printable note has
  many soft line breaks (vobject's own unfolding re-read the growing line: minutes);
- the duplicates of one company's name and website imported over as many vault vendors like it
  (reported once per draft, found through an index);
- planning a CSV file of one company's rows (read, check, find the repeats).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from waits import Figure

from myvendors.domain import importing
from myvendors.domain.importing import csv_vendors, vcard
from myvendors.domain.models import VendorDraft
from myvendors.vault import Vault
from myvendors.vault.envelope import KdfParams

TARGET = "≤ 25× (quadratic: 100×)"


def _cpu(run: Callable[[], Any], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _figure(name: str, make: Callable[[int], Any], run: Callable[[Any], Any], size: int, runs: int) -> Figure:
    small, large = make(size), make(10 * size)
    run(small)
    base = _cpu(lambda: run(small), runs + 2) * 1000
    value = _cpu(lambda: run(large), runs) * 1000
    growth = value / base if base else 0.0
    return Figure("import", f"{name}, 10× ({10 * size:,})", value, "ms", baseline_name=f"{size:,}", baseline=base,
                  target=TARGET, met=growth <= 25)


def _folded(lines: int) -> bytes:
    note = "NOTE:" + "\r\n ".join(["folded note text " * 4] * lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme\r\n{note}\r\nEND:VCARD\r\n".encode()


def _soft_broken(lines: int) -> bytes:
    note = "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + "=\r\n".join(["Caf=C3=A9 au lait "] * lines)
    return f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Acme\r\n{note}\r\nEND:VCARD\r\n".encode()


def _one_company(n: int) -> tuple[list[VendorDraft], list[tuple[int, str, str | None]]]:
    existing = [(i, "ACME GmbH", "https://www.acme.example/") for i in range(n)]
    return [VendorDraft(name="Acme GmbH", website="acme.example")] * n, existing


def _csv_rows(n: int) -> bytes:
    return ("Company,Website\n" + "Acme GmbH,https://acme.example/\n" * n).encode()


def measure(size: str, workdir: Path) -> list[Figure]:
    scale = {"tiny": 1, "small": 2, "medium": 5, "full": 10}[size]
    runs = 2 if size == "tiny" else 3
    figures = [
        _figure("vCard: one note folded over N lines", _folded, vcard.parse_vcards, 500 * scale, runs),
        _figure("vCard: one quoted-printable note, N soft breaks", _soft_broken, vcard.parse_vcards, 1000 * scale, runs),
        _figure("duplicates: N drafts of one company over N like it",
                _one_company, lambda pair: csv_vendors.find_duplicates(*pair), 200 * scale, runs),
    ]
    vault, _ = Vault.create(workdir / "import.myvendors", "bench passphrase 4 imports", kdf=KdfParams.floor())
    try:
        figures.append(_figure("CSV plan: N rows of one company", _csv_rows,
                               lambda raw: importing.plan_vendor_import(vault.db, raw, filename="a.csv"),
                               100 * scale, runs))
    finally:
        vault.close()
    return figures
