"""`myvendors spend`: the figures of domain/spending.py as text and JSON (docs/CLI.md), its
refusals with their exit codes (the data: tests/spending_data.py; one month, so that the sums are
the same in any time zone)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spending_data
from helpers import PASSPHRASE, run_cli

from myvendors.domain import settings
from myvendors.vault import Vault
from myvendors.vault.envelope import KdfParams


@pytest.fixture(scope="module")
def vault_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spend") / "spend.myvendors"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        spending_data.fill(vault.db)
        settings.set_values(vault.db, {"main_currency": "EUR", "exchange_rates": "USD 0.92"})
    finally:
        vault.close()
    return path


def spend(path: Path, *args: str, code: int = 0) -> dict[str, Any]:
    done = run_cli("spend", *args, "--today", "2026-11-25", "--vault", str(path), "--passphrase-stdin", "--json",
                   stdin=PASSPHRASE + "\n")
    assert done.returncode == code, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def money(amount: str, currency: str) -> dict[str, Any]:
    return {"minor": round(float(amount) * 100), "currency": currency, "amount": amount}


def test_by_month(vault_file: Path) -> None:
    found = spend(vault_file, "--months", "1")
    assert {key: found[key] for key in ("by", "months", "from", "to", "main_currency", "missing_rates")} == {
        "by": "month", "months": 1, "from": "2026-11", "to": "2026-11", "main_currency": "EUR", "missing_rates": [],
    }
    eur, usd = found["currencies"]  # her main currency first; -2.01 EUR: a refund outweighs the month
    assert usd == {
        "currency": "USD", "spent": money("10.00", "USD"), "payments": 1, "this_month": money("10.00", "USD"),
        "agreements_yearly": money("100.00", "USD"), "converted": money("9.20", "EUR"),
        "rows": [{"month": "2026-11", "spent": money("10.00", "USD"), "payments": 1}],
    }
    assert eur["spent"] == money("-2.01", "EUR") and eur["converted"] == money("-2.01", "EUR")
    assert found["converted"] == {
        "currency": "EUR", "spent": money("7.19", "EUR"), "agreements_yearly": money("247.88", "EUR"),
        "rows": [{"month": "2026-11", "spent": money("7.19", "EUR"), "payments": 4}],
    }
    assert [row["month"] for row in spend(vault_file)["currencies"][1]["rows"]] == [
        f"{year}-{month:02d}" for year, month in [(2025, 12)] + [(2026, m) for m in range(1, 12)]
    ]  # the 12 months, oldest first, months without payments too


def test_by_category_and_vendor(vault_file: Path) -> None:
    eur = spend(vault_file, "--months", "1", "--by", "category", "--currency", "eur")["currencies"]
    assert [(row["category"], row["spent"]["amount"], row["payments"]) for row in eur[0]["rows"]] == [
        ("Streaming", "12.99", 1), (None, "5.00", 1), ("Energy", "-20.00", 1),
    ]
    found = spend(vault_file, "--months", "1", "--by", "vendor", "--currency", "EUR", "--top", "1")
    assert found["converted"] is None or found["converted"]["rows"] == []
    assert [(row["vendor_name"], row["vendors"], row["spent"]["amount"]) for row in found["currencies"][0]["rows"]] == [
        ("Netflix", 1, "12.99"), (None, 2, "-15.00"),  # the others: the corner shop and the refund
    ]


def test_text(vault_file: Path) -> None:
    done = run_cli("spend", "--months", "1", "--today", "2026-11-25", "--vault", str(vault_file),
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Spending, the last 1 months (2026-11 to 2026-11), by month"
    assert "USD: 10.00 USD spent (1 payments); running agreements 100.00 USD a year; 9.20 EUR with your rate" in done.stdout
    assert "All together in EUR (your rates): 7.19 EUR spent" in done.stdout


@pytest.mark.parametrize(("args", "code"), [
    (("--months", "0"), 4),
    (("--months", "121"), 4),
    (("--by", "week"), 4),
    (("--currency", "euro"), 4),
    (("--top", "-1"), 4),
    (("--fortnight",), 2),
])
def test_refusals(vault_file: Path, args: tuple[str, ...], code: int) -> None:
    done = run_cli("spend", *args, "--vault", str(vault_file), "--passphrase-stdin", "--json",
                   stdin=PASSPHRASE + "\n")
    assert done.returncode == code, (done.stdout, done.stderr)
