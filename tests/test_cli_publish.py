"""`share request` publishes the request: a draft becomes open, `offer accept`
works at once, and `--out FOLDER` names the file after what it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_cli_domain import Vault
from test_cli_sharing import SHARE_KEYS
from vendor_side import VendorSide


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return Vault.init(tmp_path_factory.mktemp("cli-publish"), "publish.myvendors")


def test_sharing_a_draft_request_opens_it_and_an_offer_is_accepted_at_once(vault: Vault, tmp_path: Path) -> None:
    request = vault.json("request", "add", "--title", "E-Bike", "--description", "500 Wh")["request"]
    assert request["status"] == "draft"
    shared = vault.json("share", "request", str(request["id"]), "--out", str(tmp_path))
    assert set(shared) >= SHARE_KEYS
    assert shared["request"]["status"] == "open" and shared["opened_from"] == "draft"
    written = Path(shared["files"][0])
    assert written.parent == tmp_path and written.name == f"request-e-bike-{date.today().isoformat()}.myvendors.jws"
    assert [r["id"] for r in vault.json("request", "list", "--status", "open")["requests"]] == [request["id"]]
    entry = vault.json("ledger")["entries"][-1]
    assert entry["request_status"] == {"from": "draft", "to": "open"}
    assert "the request went from draft to open" in vault.run("ledger").stdout

    vendor = VendorSide("Velo Works")
    _, package = vendor.read(written.read_text().strip())
    offer_file = tmp_path / "offer.jwe"
    offer_file.write_text(vendor.send(vendor.offer_document(package, "1499.00"), package))
    offer_id = vault.json("import", str(offer_file))["offer_id"]
    accepted = vault.json("offer", "accept", str(offer_id))
    assert accepted["request"]["status"] == "fulfilled"

    human = vault.run("share", "request", str(request["id"]), "--out", str(tmp_path / "again.jws"))
    assert human.returncode == 4 and "fulfilled" in human.stderr  # it takes no more offers: not published


def test_sharing_an_open_request_again_leaves_it_open(vault: Vault, tmp_path: Path) -> None:
    request = vault.json("request", "add", "--title", "Piano lessons")["request"]
    vault.json("request", "status", str(request["id"]), "open")
    shared = vault.json("share", "request", str(request["id"]), "--out", str(tmp_path / "piano.jws"))
    assert shared["request"]["status"] == "open" and shared["opened_from"] is None
    assert shared["files"] == [str(tmp_path / "piano.jws")]
    text = vault.run("share", "request", str(request["id"]), "--out", str(tmp_path / "piano2.jws")).stdout
    assert "stays open" in text
