"""`myvendors recurring [--json]`, `recurring accept ID`, `recurring dismiss ID`: proposals from the
payments, their JSON keys (docs/CLI.md), exit codes, and what accept and dismiss leave behind."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from test_cli_domain import DOCS, Vault

from myvendors.domain.recurring import add_months

PROPOSAL_KEYS = {"id", "key", "vendor_id", "vendor_name", "period", "price", "start", "last_charge", "next_charge",
                 "charges"}
RISE_KEYS = {"agreement_id", "agreement_title", "vendor_id", "vendor_name", "period", "old_price", "new_price", "since"}


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return Vault.init(tmp_path_factory.mktemp("cli-recurring"), "recurring.myvendors")


def _pay_monthly(vault: Vault, vendor_id: int, amounts: list[str]) -> list[date]:
    """One payment a month, the last one last month, on the 3rd."""
    this_month = date.today().replace(day=3)
    days = [add_months(this_month, k - len(amounts)) for k in range(len(amounts))]
    for day, amount in zip(days, amounts, strict=True):
        vault.json("interaction", "add", "--vendor", str(vendor_id), "--kind", "payment", "--at", day.isoformat(),
                   "--amount", amount, "--currency", "EUR")
    return days


def _proposal(vault: Vault, name: str) -> dict[str, object]:
    [found] = [p for p in vault.json("recurring")["proposals"] if p["vendor_name"] == name]
    return found  # type: ignore[no-any-return]


def test_recurring_lists_proposals_and_accept_makes_the_agreement(vault: Vault) -> None:
    vendor = vault.vendor("Streamflix")
    days = _pay_monthly(vault, vendor["id"], ["12.99"] * 5)
    listed = vault.json("recurring")
    assert set(listed) == {"proposals", "count", "price_rises"}
    proposal = _proposal(vault, "Streamflix")
    assert set(proposal) == PROPOSAL_KEYS
    assert (proposal["period"], proposal["price"], proposal["charges"], proposal["start"], proposal["last_charge"]) == (
        "monthly", {"minor": 1299, "currency": "EUR", "amount": "12.99"}, 5, days[0].isoformat(), days[-1].isoformat())
    assert re.fullmatch(r"[0-9a-f]{8}", str(proposal["id"]))
    assert vault.json("recurring", "list") == listed  # `recurring` is `recurring list`
    text = vault.run("recurring").stdout
    assert f"{proposal['id']}  Streamflix  12.99 EUR monthly" in text

    accepted = vault.json("recurring", "accept", str(proposal["id"]))
    assert set(accepted) == {"agreement", "proposal"}
    agreement = accepted["agreement"]
    assert (agreement["kind"], agreement["title"], agreement["period"], agreement["renewal"]) == (
        "subscription", "Streamflix", "monthly", proposal["next_charge"])
    assert all(p["vendor_name"] != "Streamflix" for p in vault.json("recurring")["proposals"])
    error = vault.error("recurring", "accept", str(proposal["id"]), code=4)
    assert (error["type"], error["field"]) == ("InvalidInput", "id")


def test_a_price_rise_on_an_agreement_is_listed(vault: Vault) -> None:
    vendor = vault.vendor("Musicbox")
    vault.json("agreement", "add", "--vendor", str(vendor["id"]), "--kind", "subscription", "--title", "Family",
               "--price", "9.99", "--currency", "EUR", "--period", "monthly")
    days = _pay_monthly(vault, vendor["id"], ["9.99", "9.99", "9.99", "11.99", "11.99"])
    listed = vault.json("recurring")
    assert all(p["vendor_name"] != "Musicbox" for p in listed["proposals"])
    [rise] = [r for r in listed["price_rises"] if r["vendor_name"] == "Musicbox"]
    assert set(rise) == RISE_KEYS
    assert (rise["agreement_title"], rise["old_price"]["amount"], rise["new_price"]["amount"], rise["since"]) == (
        "Family", "9.99", "11.99", days[3].isoformat())
    assert "Musicbox — Family" in vault.run("recurring").stdout


def test_dismiss_and_unknown_ids(vault: Vault) -> None:
    vendor = vault.vendor("Newsdaily")
    _pay_monthly(vault, vendor["id"], ["4.50"] * 4)
    proposal = _proposal(vault, "Newsdaily")
    dismissed = vault.json("recurring", "dismiss", str(proposal["id"]))
    assert dismissed["dismissed"]["key"] == proposal["key"]
    assert all(p["vendor_name"] != "Newsdaily" for p in vault.json("recurring")["proposals"])
    assert vault.error("recurring", "dismiss", "00000000", code=4)["field"] == "id"
    assert vault.run("recurring", "accept").returncode == 2  # the id is required


def test_the_commands_and_their_keys_are_documented() -> None:
    text = Path(DOCS).read_text(encoding="utf-8")
    for command in ("myvendors recurring [--json]", "myvendors recurring accept ID", "myvendors recurring dismiss ID"):
        assert command in text
    for key in PROPOSAL_KEYS | RISE_KEYS | {"price_rises"}:
        assert f"`{key}`" in text, key
