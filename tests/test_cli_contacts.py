"""Trusted contacts on the command line: two vaults exchange keys (file and QR image) and bundles,
with the JSON keys, exit codes and refusals scripts rely on (docs/CLI.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_domain import Vault

CONTACT_KEYS = {"id", "name", "trust", "trust_title", "thumbprint", "safety_number", "key_source", "added_at", "notes",
                "bundles", "last_bundle"}


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> tuple[Vault, Vault, Path]:
    folder = tmp_path_factory.mktemp("cli-contacts")
    return Vault.init(folder, "ann.myvendors"), Vault.init(folder, "bea.myvendors"), folder


def test_keys_bundles_both_ways_and_removal(two: tuple[Vault, Vault, Path]) -> None:
    ann, bea, folder = two
    # keys: Ann's as a file, Bea's as a QR image
    exported = ann.json("contact", "export-key", "Bea", "--out", str(folder / "ann-for-bea.json"), "--goes-by", "Ann")
    assert exported["key"]["format"] == "myvendors-contact-key" and exported["key"]["name"] == "Ann"
    assert len(exported["safety_number"].split()) == 6
    bea.json("contact", "export-key", "Ann", "--qr", str(folder / "bea-for-ann.png"))
    added = bea.json("contact", "add", "Ann", "--key", str(folder / "ann-for-bea.json"), "--trust", "3")["contact"]
    assert set(added) == CONTACT_KEYS and added["safety_number"] == exported["safety_number"]
    assert (added["trust"], added["key_source"]) == (3, "file")
    from_qr = ann.json("contact", "add", "Bea", "--key", str(folder / "bea-for-ann.png"))["contact"]
    assert (from_qr["trust"], from_qr["key_source"]) == (2, "qr")
    assert ann.error("contact", "add", "bea", "--key", str(folder / "bea-for-ann.png"), code=4)["field"] == "name"
    assert ann.error("contact", "add", "Other", "--key", str(folder / "bea-for-ann.png"), code=4)["field"] == "key"

    # Bea sends notes about two vendors; Ann imports them
    shop = bea.vendor("Velo Works", "--website", "veloworks.example")["id"]
    cafe = bea.vendor("Café Lumen")["id"]
    bea.json("note", "add", "--vendor", str(shop), "--text", "Quick repair", "--service", "5")
    bea.json("note", "add", "--vendor", str(cafe), "--text", "Great coffee", "--quality", "4")
    mine = ann.vendor("Velo Works GmbH", "--website", "https://www.veloworks.example")["id"]
    bundle = folder / "bea.jws"
    bea.json("share", "reputation", "--contact", "Ann", "--vendors", f"{shop},{cafe}", "--out", str(bundle))
    checked = ann.json("verify", str(bundle))
    assert checked["valid"] and checked["kind"] == "bundle" and checked["from"] == "Bea"
    assert [(v["name"], v["status"]) for v in checked["vendors"]] == [("Velo Works", "matched"), ("Café Lumen", "new")]
    done = ann.json("import", str(bundle))
    assert done["imported"] and done["notes_added"] == 2
    assert done["matched"] == [{"key": "veloworks.example", "vendor_id": mine}] and done["new_to_me"] == ["cafe lumen"]
    assert ann.error("import", str(bundle), code=4)["reason"] == "replay"
    shown = ann.json("vendor", "show", str(mine))
    assert shown["contacts_standing"] == {"contacts": 1, "notes": 1, "overall": 5.0,
                                          "dimensions": {"service": {"mean": 5.0, "ratings": 1}}}
    assert shown["standing"]["overall"] is None  # hers: no notes of her own
    assert "Trusted contacts (1): 5.0/5" in ann.run("vendor", "show", str(mine)).stdout
    assert [v["name"] for v in ann.json("contact", "new-to-me")["vendors"]] == ["Café Lumen"]
    lumen = ann.vendor("Café Lumen")["id"]
    linked = ann.json("contact", "new-to-me", "--link", f"cafe lumen={lumen}")
    assert linked["linked"] == [{"vendor_key": "cafe lumen", "vendor_id": lumen, "notes": 1}] and linked["vendors"] == []
    assert [n["text"] for n in ann.json("contact", "notes", "Bea")["notes"]] == ["Great coffee", "Quick repair"]

    # and back, Ann to Bea, one note
    note = ann.json("note", "add", "--vendor", str(mine), "--text", "Agreed", "--service", "4")["note"]["id"]
    back = folder / "ann.jws"
    ann.json("share", "reputation", "--contact", "Bea", "--notes", str(note), "--out", str(back))
    assert bea.json("import", str(back))["matched"] == [{"key": "veloworks.example", "vendor_id": shop}]

    # edit and remove
    assert ann.json("contact", "edit", "Bea", "--trust", "1", "--name", "Bea B")["contact"]["trust"] == 1
    removed = ann.json("contact", "remove", "Bea B")["removed"]
    assert removed["notes"] == 2
    assert ann.json("contact", "list")["contacts"] == []
    assert ann.json("vendor", "show", str(mine))["contacts_standing"]["contacts"] == 0


def test_unknown_key_refused_then_taken_as_a_new_contact_and_reviews(two: tuple[Vault, Vault, Path]) -> None:
    ann, _, folder = two
    cy = Vault.init(folder, "cy.myvendors")
    sparbank = cy.vendor("Sparbank")["id"]
    cy.json("note", "add", "--vendor", str(sparbank), "--text", "Hidden fees", "--honesty", "1")
    ann.vendor("Sparbank")
    ann.vendor("SPARBANK", "--website", "spar.example")
    bundle = folder / "cy.jws"
    cy.json("share", "reputation", "--contact", "Ann", "--vendors", str(sparbank), "--out", str(bundle))
    refused = ann.error("import", str(bundle), code=4)
    assert refused["reason"] == "unknown-key" and "--as-contact" in refused["message"]
    undecided = ann.error("import", str(bundle), "--as-contact", "Cy", code=4)
    assert undecided["field"] == "match" and "--match sparbank=" in undecided["detail"]
    assert ann.json("contact", "list")["contacts"] == []  # nothing written
    done = ann.json("import", str(bundle), "--as-contact", "Cy", "--trust", "1", "--new-to-me")
    assert done["added_contact"] and done["contact"]["trust"] == 1 and done["new_to_me"] == ["sparbank"]
    private = folder / "private.json"
    private.write_text('{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",'
                       '"d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}')
    error = ann.error("contact", "add", "Oops", "--key", str(private), code=4)
    assert "private key" in error["message"] and "nWGx" not in error["message"]


def test_a_key_pasted_on_standard_input(two: tuple[Vault, Vault, Path]) -> None:
    from helpers import PASSPHRASE
    from test_cli_domain import myvendors

    ann, bea, _ = two
    printed = bea.run("contact", "export-key", "Dora")
    assert printed.returncode == 0 and "Safety number:" in printed.stdout
    key_text = printed.stdout.split("\nSafety number:")[0]
    done = myvendors("contact", "add", "Dora", "--key", "-", "--vault", str(ann.path), "--passphrase-stdin", "--json",
                     stdin=PASSPHRASE + "\n" + key_text)
    assert done.returncode == 0, done.stderr
    assert '"key_source": "text"' in done.stdout
