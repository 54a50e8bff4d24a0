"""The dispute pack: time linear in the vendor's records. A vault of its own, one vendor with N
interactions (a tenth of them payments), N/10 notes and agreements; the figure is the pack (ZIP,
signed manifest, PDF) for 10× the records of its baseline, so the ratio is the growth: about 10×
when linear, 100× when quadratic. A second figure is the PDF's share: the pack beside `plan` alone
(reading and checking everything, nothing written). Wall time, the least of a few runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import waits_data
from waits import Figure

from myvendors.domain import dispute, reputation, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money, NoteDraft
from myvendors.vault import Vault
from myvendors.vault.envelope import KdfParams

TOPIC = "dispute"
TARGET = "≤ 25× (quadratic: 100×)"
START = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)


def _vendor(vault: Vault, n: int) -> int:
    db = vault.db
    vendor = vendors.add_vendor(db, f"Vendor with {n} records", website="records.example")
    for i in range(n):
        paid = i % 10 == 0
        timeline.record(db, InteractionDraft(
            vendor.id, InteractionKind.PAYMENT if paid else InteractionKind.SUPPORT, START + timedelta(hours=i),
            amount=Money(1000 + i, "EUR") if paid else None, channel="e-mail",
            note=f"Exchange number {i}: the order was late again and nobody answered the phone."))
        if i % 10 == 5:
            reputation.add_note(db, NoteDraft(vendor.id, (START + timedelta(hours=i)).date(), f"Note {i}",
                                              {"service": 1 + i % 5}))
    return vendor.id


def measure(size: str, workdir: Path) -> list[Figure]:
    n = {"tiny": 20, "small": 100, "medium": 300, "full": 1000}[size]
    runs = 2 if size == "tiny" else 3
    vault, _ = Vault.create(workdir / "dispute.myvendors", "bench passphrase 4 disputes", kdf=KdfParams.floor())
    try:
        small, large = _vendor(vault, n), _vendor(vault, 10 * n)

        def pack(vendor_id: int) -> Callable[[], Any]:
            spec = dispute.PackSpec(vendor_id, frozenset(dispute.RECORD_PARTS))
            return lambda: dispute.make(vault.db, spec, workdir / "pack.zip")

        def plan(vendor_id: int) -> Callable[[], Any]:
            spec = dispute.PackSpec(vendor_id, frozenset(dispute.RECORD_PARTS))
            return lambda: dispute.plan(vault.db, spec)

        pack(small)()  # the pseudonym, fonts and imports: not part of what is measured
        base = waits_data.best_of(pack(small), runs + 1) * 1000
        value = waits_data.best_of(pack(large), runs) * 1000
        read = waits_data.best_of(plan(large), runs) * 1000
    finally:
        vault.close()
    return [
        Figure(TOPIC, f"pack with its PDF, 10× the records ({11 * n:,})", value, "ms",
               baseline_name=f"{11 * n // 10:,} records", baseline=base, target=TARGET,
               met=(value / base if base else 0.0) <= 25),
        Figure(TOPIC, f"pack with its PDF ({11 * n:,} records)", value, "ms",
               baseline_name="reading and checking them (plan)", baseline=read,
               note="the rest is the PDF, the ZIP and the signature"),
    ]
