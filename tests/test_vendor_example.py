"""examples/vendor/vendor.py, run as a vendor would run it, against a real vault and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import PASSPHRASE
from test_cli_domain import Vault, myvendors

SCRIPT = Path(__file__).resolve().parents[1] / "examples" / "vendor" / "vendor.py"


def vendor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=60)


def test_a_vendor_reads_a_request_and_answers_it_with_the_example(tmp_path: Path) -> None:
    path = tmp_path / "customer.myvendors"
    assert myvendors("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n").returncode == 0
    customer = Vault(path)
    request = customer.json("request", "add", "--title", "Winter tyres", "--budget-max", "400", "--currency", "EUR")
    request_id = str(request["request"]["id"])
    customer.json("request", "status", request_id, "open")
    package = tmp_path / "request.jws"
    customer.json("share", "request", request_id, "--out", str(package))

    keys = tmp_path / "shop-keys.json"
    assert vendor("keygen", "--keys", str(keys)).returncode == 0
    read = vendor("read", str(package), "--keys", str(keys))
    assert read.returncode == 0, read.stderr
    document = json.loads(read.stdout)
    assert document["data"]["name"] == "Winter tyres" and document["data"]["priceSpecification"]["maxPrice"] == "400.00"

    offer = tmp_path / "offer.jwe"
    made = vendor("offer", str(package), "--keys", str(keys), "--name", "Tyre Town", "--price", "360.00",
                  "--currency", "EUR", "--description", "Fitted free", "--out", str(offer))
    assert made.returncode == 0, made.stderr
    imported = customer.json("import", str(offer))
    assert imported["kind"] == "offer" and imported["key_status"] == "first use"
    offers = customer.json("offer", "list", "--request", request_id)["offers"]
    assert [(o["sender"], o["price"]["amount"], o["conditions"]) for o in offers] == [("Tyre Town", "360.00", "Fitted free")]

    # the vendor's key goes on file; the customer's next package to the new vendor is encrypted to it
    accepted = customer.json("offer", "accept", str(offers[0]["id"]))
    shop_id = str(accepted["vendor"]["id"])
    customer.json("profile", "--set", "email=kim@example.org")
    profile = tmp_path / "profile.out"
    shared = customer.json("share", "vendor", shop_id, "--fields", "email", "--out", str(profile))
    assert shared["serialization"] == "JWE"
    read = vendor("read", str(profile), "--keys", str(keys))
    assert read.returncode == 0 and json.loads(read.stdout)["data"]["fields"] == {"email": "kim@example.org"}
    ack = tmp_path / "ack.jwe"
    assert vendor("ack", str(profile), "--keys", str(keys), "--name", "Tyre Town", "--out", str(ack)).returncode == 0
    acknowledged = customer.json("import", str(ack))
    assert acknowledged["kind"] == "acknowledgement" and acknowledged["key_status"] == "on file"
    entries = customer.json("ledger", "--verify")["entries"]
    assert entries[-1]["type"] == "received-acknowledgement" and entries[-1]["package_sha256"] == shared["sha256"]
    refusal = tmp_path / "refusal.jwe"  # the same package, its terms refused
    assert vendor("ack", str(profile), "--keys", str(keys), "--name", "Tyre Town", "--reject",
                  "--out", str(refusal)).returncode == 0
    refused = customer.json("import", str(refusal))
    assert refused["accepted"] is False
    assert customer.json("ledger")["entries"][-1]["accepted"] is False


def test_the_example_refuses_a_tampered_package(tmp_path: Path) -> None:
    path = tmp_path / "c.myvendors"
    assert myvendors("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n").returncode == 0
    customer = Vault(path)
    request_id = str(customer.json("request", "add", "--title", "Tampered")["request"]["id"])
    package = tmp_path / "p.jws"
    customer.json("share", "request", request_id, "--out", str(package))
    keys = tmp_path / "k.json"
    vendor("keygen", "--keys", str(keys))
    assert vendor("read", str(package), "--keys", str(keys)).returncode == 0
    original = package.read_text().strip().split(".")
    for flip in range(3):  # header, payload, signature
        parts = list(original)
        parts[flip] = parts[flip][:20] + ("A" if parts[flip][20] != "A" else "B") + parts[flip][21:]
        package.write_text(".".join(parts))
        assert vendor("read", str(package), "--keys", str(keys)).returncode != 0, flip
