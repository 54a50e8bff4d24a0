"""`alias …` and `leak …` as scripts use them: aliases one vendor's each, a leak from public headers
(a file or standard input) and by hand, listing, closing, the access request, and refusals (exit 4)
that write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, QUIET_ENV, run_cli
from helpers import CliVault as Vault

HEADERS = Path(__file__).resolve().parent / "data" / "headers"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = tmp_path_factory.mktemp("cli-leaks") / "leaks.myvendors"
    done = run_cli("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n",
                   env=QUIET_ENV)
    assert done.returncode == 0, done.stderr
    return Vault(path)


def test_table_constants_match_the_domain() -> None:
    from myvendors.cli import table
    from myvendors.domain import leaks

    assert table.LEAK_CHANNELS == leaks.CHANNELS


def test_aliases_and_leaks(vault: Vault, tmp_path: Path) -> None:
    shop = vault.json("vendor", "add", "--name", "Shop")["vendor"]["id"]
    acme = vault.json("vendor", "add", "--name", "Acme GmbH")["vendor"]["id"]
    vault.json("profile", "--set", "email=ken@example.com")
    assert vault.json("alias", "suggest", str(acme))["suggestion"] == "ken+acme@example.com"
    mary = vault.json("alias", "add", str(shop), "Mary@Example.net", "--note", "loyalty card")["alias"]
    assert (mary["address_key"], mary["vendor_name"], mary["note"]) == ("mary@example.net", "Shop", "loyalty card")
    vault.json("alias", "add", str(acme), "ken+mta-filters@example.com")
    phone = vault.json("alias", "add", str(acme), "+49 170 1234567", "--phone")["alias"]
    assert phone["address_key"] == "+491701234567"
    taken = vault.json("alias", "add", str(acme), "mary@example.net", code=4)
    assert "already Shop's alias: an alias is given to one vendor only" in taken["stderr"]
    assert vault.json("alias", "list", str(acme))["count"] == 2

    from_file = vault.json("leak", "record", "--evidence", str(HEADERS / "rfc5322-a4-trace.eml"))["leak"]
    assert (from_file["vendor_id"], from_file["used_by"], from_file["seen_on"]) == (shop, "node.example", "1997-11-21")
    piped = (HEADERS / "plus-address-delivered-to.eml").read_bytes().decode("utf-8")
    from_stdin = vault.json("leak", "record", "ken+mta-filters@example.com", "--evidence", "-", stdin=piped)["leak"]
    assert (from_stdin["vendor_id"], from_stdin["subject"]) == (acme, "Ihr Geschenk wartet – nur heute")
    again = vault.json("leak", "record", "--evidence", str(HEADERS / "rfc5322-a4-trace.eml"), code=4)
    assert "recorded already" in again["stderr"]
    unknown = vault.json("leak", "record", "--evidence", str(HEADERS / "rfc5322-a12-mailboxes.txt"), code=4)
    assert "none of your aliases. The addresses in them: mary@x.test" in unknown["stderr"]
    by_hand = vault.json("leak", "record", "+49 170 1234567", "--date", "2026-11-02", "--by", "Energy Deals",
                         "--channel", "sms")["leak"]
    assert (by_hand["channel"], by_hand["how"], by_hand["evidence_sha256"]) == ("sms", "manual", None)
    mixed = vault.json("leak", "record", "+49 170 1234567", "--evidence", "-", "--by", "x", code=4)
    assert "leave out --date, --by and --channel" in mixed["stderr"]

    listed = vault.json("leak", "list", "--open")
    assert listed["count"] == 3 and all(x["is_open"] for x in listed["leaks"])
    shown = vault.json("leak", "show", str(from_file["id"]))
    assert shown["evidence"].startswith("Received: from x.y.test") and "This is a message" not in shown["evidence"]
    assert vault.json("leak", "close", str(by_hand["id"]))["leak"]["is_open"] is False
    assert vault.json("leak", "list", "--open", "--vendor", str(acme))["count"] == 1
    assert "1 open leak(s) of 1" in vault.run("alias", "list").stdout
    assert vault.json("vendor", "show", str(acme))["leak_canaries"] == {"aliases": 2, "leaks": 2, "open_leaks": 1}
    assert "Aliases: 2 · leaks of your data: 2 (1 open)" in vault.run("vendor", "show", str(acme)).stdout
    plain = vault.json("vendor", "add", "--name", "Plain")["vendor"]["id"]
    assert vault.json("vendor", "show", str(plain))["leak_canaries"] == {"aliases": 0, "leaks": 0, "open_leaks": 0}
    assert "Aliases:" not in vault.run("vendor", "show", str(plain)).stdout

    out = tmp_path / "request.jws"
    request = vault.json("leak", "request", str(from_file["id"]), "--out", str(out), "--law", "ccpa")
    assert request["kind"] == "access-request" and request["leak_id"] == from_file["id"] and out.exists()
    import base64

    payload = out.read_text().strip().split(".")[1]
    document = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert document["data"]["law"] == "CCPA" and "Mary@Example.net" in document["data"]["letter"]
    assert "section 1798.110" in document["data"]["letter"]
    german = tmp_path / "anfrage.jws"
    vault.json("leak", "request", str(from_file["id"]), "--out", str(german), "--language", "de")
    payload = german.read_text().strip().split(".")[1]
    document = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert "Die Adresse Mary@Example.net habe ich am" in document["data"]["letter"]
    refused = vault.json("alias", "remove", str(mary["id"]), code=4)
    assert "1 leak(s) recorded" in refused["stderr"] and "retire it instead" in refused["stderr"]
    retired = vault.json("alias", "retire", str(mary["id"]))["alias"]
    assert retired["retired_at"] is not None and retired["leaks"] == 1
    assert "retired 20" in vault.run("alias", "list", str(shop)).stdout
    assert vault.json("alias", "retire", str(mary["id"]), "--undo")["alias"]["retired_at"] is None


def test_share_vendor_gives_an_alias(vault: Vault, tmp_path: Path) -> None:
    vendor = vault.json("vendor", "add", "--name", "Nordlicht Mobilfunk")["vendor"]["id"]
    vault.json("profile", "--set", "email=ken@example.com")
    suggestion = vault.json("alias", "suggest", str(vendor))["suggestion"]
    assert suggestion == "ken+nordlicht-mobilfunk@example.com"
    other = vault.json("vendor", "add", "--name", "Prize Draws")["vendor"]["id"]
    vault.json("alias", "add", str(other), "ken+prizes@example.com")
    taken = vault.json("share", "vendor", str(vendor), "--fields", "email", "--alias", "ken+prizes@example.com",
                       "--out", str(tmp_path / "refused.jws"), code=4)
    assert "already Prize Draws's alias" in taken["stderr"] and not (tmp_path / "refused.jws").exists()
    shared = vault.json("share", "vendor", str(vendor), "--fields", "email", "--alias", suggestion,
                        "--out", str(tmp_path / "profile.jws"))
    given = vault.json("alias", "list", str(vendor))["aliases"]
    assert [(a["address"], a["package_id"], a["field"]) for a in given] == [(suggestion, shared["package_id"], "email")]
    assert vault.json("ledger")["entries"][-1]["aliases"] == {"email": suggestion}
