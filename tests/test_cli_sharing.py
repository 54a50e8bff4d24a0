"""The sharing commands as scripts and vendors' tooling use them: identity, share, verify,
import, ledger — JSON, exit codes, run in-process through `myvendors.cli.run`; the vendor side is
joserfc (tests/vendor_side.py)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from test_cli_domain import Vault, myvendors
from vendor_side import VendorSide

IDENTITY_KEYS = {"sig", "enc", "thumbprint"}
SHARE_KEYS = {"package_id", "kind", "recipient", "pseudonym", "fields", "terms", "sha256", "encrypted_to",
              "serialization", "ledger_entry", "files"}


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return Vault.init(tmp_path_factory.mktemp("cli-sharing"), "sharing.myvendors")


def _request(vault: Vault, title: str) -> int:
    request = vault.json("request", "add", "--title", title, "--description", "Details here")["request"]
    vault.json("request", "status", str(request["id"]), "open")
    return int(request["id"])


def test_identity_prints_the_relationships_public_jwks(vault: Vault) -> None:
    first = _request(vault, "Identity one")
    second = _request(vault, "Identity two")
    a = vault.json("identity", "--for", f"request:{first}")
    assert set(a) == IDENTITY_KEYS
    assert a["sig"]["kty"] == "OKP" and a["sig"]["crv"] == "Ed25519" and "d" not in a["sig"]
    assert a["enc"]["kty"] == "OKP" and a["enc"]["crv"] == "X25519" and "d" not in a["enc"]
    assert vault.json("identity", "--for", f"request:{first}") == a  # kept, not made again
    b = vault.json("identity", "--for", f"request:{second}")
    assert b["thumbprint"] != a["thumbprint"] and b["sig"]["x"] != a["sig"]["x"]
    plain = vault.run("identity", "--for", f"request:{first}")
    assert plain.returncode == 0 and json.loads(plain.stdout) == a  # JWKs, also without --json
    rotated = vault.json("identity", "--for", f"request:{first}", "--rotate")
    assert rotated["thumbprint"] != a["thumbprint"]
    assert vault.error("identity", "--for", "shop:3", code=4)["field"] == "for"
    assert vault.error("identity", "--for", "vendor:99999", code=4)["field"] == "for"


def test_share_verify_import_and_the_ledger(vault: Vault, tmp_path: Path) -> None:
    request_id = _request(vault, "A cargo bike")
    out = tmp_path / "request.jws"
    shared = vault.json("share", "request", str(request_id), "--out", str(out), "--html", str(tmp_path / "r.html"),
                        "--terms", "PDC-INTENT", "--terms", "MV-RETENTION-DAYS:days=30")
    assert set(shared) >= SHARE_KEYS and shared["serialization"] == "JWS"
    assert shared["terms"] == ["PDC-INTENT", "MV-RETENTION-DAYS"]
    assert "data.name" in shared["fields"]
    compact = out.read_text().strip()
    assert compact.count(".") == 2
    vendor = VendorSide("Cargo Cycles")
    _, package = vendor.read(compact)
    assert package["id"] == shared["package_id"] and package["data"]["name"] == "A cargo bike"
    assert "A cargo bike" in (tmp_path / "r.html").read_text()

    # the vendor answers, encrypted to the request's pseudonym; verify shows it, import takes it
    offer_file = tmp_path / "offer.jwe"
    offer_file.write_text(vendor.send(vendor.offer_document(package, "1890.00"), package))
    checked = vault.json("verify", str(offer_file))
    assert checked["valid"] and checked["kind"] == "offer" and checked["key_status"] == "first use"
    imported = vault.json("import", str(offer_file))  # the short form of `import document`
    assert imported["imported"] and imported["offer_id"] and imported["key_status"] == "first use"
    offers = vault.json("offer", "list", "--request", str(request_id))["offers"]
    assert [(o["sender"], o["price"]["amount"]) for o in offers] == [("Cargo Cycles", "1890.00")]
    replay = vault.error("import", str(offer_file), code=4)
    assert replay["reason"] == "replay"

    tampered = tmp_path / "tampered.jws"
    signed = vendor.send(vendor.offer_document(package, "1.00"), package, encrypt=False)
    head, body, signature = signed.split(".")
    tampered.write_text(".".join((head, body[:-4] + ("AAAA" if body[-4:] != "AAAA" else "BBBB"), signature)))
    assert vault.error("import", str(tampered), code=4)["reason"] == "signature"
    assert len(vault.json("offer", "list", "--request", str(request_id))["offers"]) == 1  # nothing written

    ledger = vault.json("ledger", "--verify")
    assert ledger["verified"] is True and ledger["problems"] == []
    kinds = [(e["type"], e.get("package") or e.get("answers")) for e in ledger["entries"]]
    assert ("share", shared["package_id"]) in kinds and ("received-offer", shared["package_id"]) in kinds


def test_share_with_a_vendor_encrypted_to_its_key(vault: Vault, tmp_path: Path) -> None:
    shop = vault.vendor("Encrypted Outfitters")
    vault.json("profile", "--set", "email=ann@example.org", "--set", "city=Leeds")
    vendor = VendorSide("Encrypted Outfitters")
    key_file = tmp_path / "vendor.jwk"
    key_file.write_text(json.dumps(vendor.enc_public))
    out = tmp_path / "profile.jwe"
    shared = vault.json("share", "vendor", str(shop["id"]), "--fields", "email", "--out", str(out),
                        "--encrypt-to", str(key_file), "--document", str(tmp_path / "doc.json"))
    assert shared["serialization"] == "JWE" and shared["fields"] == ["data.fields.email"]
    _, document = vendor.read(out.read_text().strip())
    assert document["data"]["fields"] == {"email": "ann@example.org"} and "Leeds" not in json.dumps(document)
    assert json.loads((tmp_path / "doc.json").read_text()) == document
    assert vault.error("share", "vendor", str(shop["id"]), "--fields", "shoe_size", "--out", str(out), code=4)["field"] \
        == "fields"
    letter = vault.json("share", "deletion", str(shop["id"]), "--law", "ccpa", "--out", str(tmp_path / "del.jws"),
                        "--no-key-on-file")
    assert letter["kind"] == "deletion-request" and letter["serialization"] == "JWS"


def test_an_altered_ledger_fails_verification_with_exit_5(tmp_path: Path) -> None:
    path = tmp_path / "altered.myvendors"
    assert myvendors("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n").returncode == 0
    vault = Vault(path)
    shop = vault.vendor("Ledger Shop")
    vault.json("profile", "--set", "email=a@b.example")
    for _ in range(3):
        vault.json("share", "vendor", str(shop["id"]), "--fields", "email", "--out", str(tmp_path / "p.jws"))
    from myvendors.vault import Vault as RealVault

    with RealVault.unlock(path, PASSPHRASE) as opened:
        opened.db.execute("DROP TRIGGER ledger_no_update")
        opened.db.execute("UPDATE ledger SET entry = replace(entry, 'Ledger Shop', 'Other Shop') WHERE seq = 2")
    error = vault.error("ledger", "--verify", code=5)
    assert "altered" in error["message"] and "entry 2" in error["detail"]
    check = myvendors("check", str(path), "--json", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert check.returncode == 5 and json.loads(check.stdout)["ledger_problems"]


def test_share_takes_a_plain_choice_of_terms(vault: Vault, tmp_path: Path) -> None:
    """`--terms WORD` names one of the kind's plain choices (`myvendors terms` lists them); ids still work."""
    listed = vault.json("terms")
    words = [c["word"] for c in listed["choices"]["personal-request"]]
    assert words[:2] == ["answer-then-delete", "answer-keep-in-touch"]
    assert {t["id"] for t in listed["terms"]} >= {t["id"] for c in listed["choices"]["profile"] for t in c["terms"]}
    request_id = _request(vault, "A plain choice")
    shared = vault.json("share", "request", str(request_id), "--out", str(tmp_path / "r.jws"),
                        "--terms", "answer-keep-in-touch")
    assert shared["terms"] == ["PDC-INTENT", "MV-PURPOSE-THIS-REQUEST", "MV-NO-THIRD-PARTY", "CC-P2B1",
                               "MV-RETENTION-DAYS"]
    _, package = VendorSide("anyone").read((tmp_path / "r.jws").read_text().strip())
    assert next(t for t in package["terms"] if t["id"] == "MV-RETENTION-DAYS")["params"] == {"days": 365}
    wrong = vault.error("share", "request", str(request_id), "--out", str(tmp_path / "x.jws"), "--terms", "serve-me",
                        code=4)
    assert wrong["field"] == "terms" and "answer-then-delete" in wrong["message"]


def _answered_profile(vault: Vault, tmp_path: Path, name: str) -> tuple[VendorSide, dict, Path, dict]:
    shop = vault.vendor(name)
    vault.json("profile", "--set", "email=ann@example.org")
    vendor = VendorSide(name)
    key_file = tmp_path / "vendor.jwk"
    key_file.write_text(json.dumps(vendor.enc_public))
    out = tmp_path / "profile.jwe"
    shared = vault.json("share", "vendor", str(shop["id"]), "--fields", "email", "--out", str(out),
                        "--encrypt-to", str(key_file))
    _, package = vendor.read(out.read_text())
    return vendor, package, out, shared


def test_the_hash_recorded_is_of_the_file_written_and_a_refusal_reads_as_one(vault: Vault, tmp_path: Path) -> None:
    import hashlib

    vendor, package, out, shared = _answered_profile(vault, tmp_path, "Refusing Outfitters")
    assert shared["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    entry = next(e for e in vault.json("ledger")["entries"] if e.get("package") == shared["package_id"])
    assert entry["sha256"] == shared["sha256"] and entry["sha256_of"] == "file"

    widened = vendor.acknowledgement_document(package, out.read_bytes())
    widened["acknowledgement"]["terms"].append({"id": "SD-BASE-ATP", "version": "1"})  # profiling: never proffered
    (tmp_path / "widened.jwe").write_text(vendor.send(widened, package))
    refused = vault.error("import", str(tmp_path / "widened.jwe"), code=4)
    assert refused["reason"] == "terms" and "SD-BASE-ATP" in refused["message"]

    ack = vendor.acknowledgement_document(package, out.read_bytes(), accepted=False, note="We need analytics.")
    (tmp_path / "ack.jwe").write_text(vendor.send(ack, package))
    checked = vault.json("verify", str(tmp_path / "ack.jwe"))
    assert checked["accepted"] is False and checked["document"]["acknowledgement"]["note"] == "We need analytics."
    assert "REFUSES your terms" in vault.run("verify", str(tmp_path / "ack.jwe")).stdout
    imported = vault.run("import", str(tmp_path / "ack.jwe"))
    assert imported.returncode == 0 and "refusal of the terms" in imported.stdout
    last = vault.json("ledger")["entries"][-1]
    assert last["accepted"] is False and last["note"] == "We need analytics." and last["terms"]
    line = vault.run("ledger").stdout.splitlines()[-1]
    assert "REFUSED the terms" in line and "We need analytics." in line


def test_hostile_documents_exit_4_without_a_traceback(vault: Vault, tmp_path: Path) -> None:
    import tracemalloc

    vendor, package, _, _ = _answered_profile(vault, tmp_path, "Hostile Outfitters")
    never = vendor.offer_document(package, "1.00")
    never["expires"] = "never"
    (tmp_path / "never.jws").write_text(vendor.send(never, package, encrypt=False))
    for command in ("verify", "import"):
        refused = vault.error(command, str(tmp_path / "never.jws"), code=4)
        assert refused["reason"] == "schema", refused

    deep = tmp_path / "deep.jws"
    header = b'{"alg": "Ed25519", "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    deep.write_text(base64.urlsafe_b64encode(header).decode().rstrip("=") + ".e30.AAAA")
    assert vault.error("verify", str(deep), code=4)["reason"] == "malformed"

    big = tmp_path / "big.jws"
    with big.open("wb") as handle:  # sparse: 100 MB that take no room on disk nor in this test
        handle.truncate(100_000_000)
    tracemalloc.start()
    try:
        for command in ("verify", "import"):
            refused = vault.error(command, str(big), code=4)
            assert refused["reason"] == "malformed" and "1000000 bytes" in refused["message"]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # the file was not read


def test_a_pasted_document_on_standard_input_is_capped_too(vault: Vault) -> None:
    done = myvendors("verify", "-", "--vault", str(vault.path), "--json", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n" + "A" * 1_500_000)
    error = json.loads(done.stdout)["error"]
    assert done.returncode == 4 and error["reason"] == "malformed" and "1000000 bytes" in error["message"]


def test_a_look_alike_is_refused_until_she_accepts_the_key_change(vault: Vault, tmp_path: Path) -> None:
    request_id = _request(vault, "A tandem")
    out = tmp_path / "tandem.jws"
    vault.json("share", "request", str(request_id), "--out", str(out))
    genuine = VendorSide("Tandem Works")
    _, package = genuine.read(out.read_text().strip())
    (tmp_path / "genuine.jwe").write_text(genuine.send(genuine.offer_document(package, "900.00"), package))
    assert vault.json("import", str(tmp_path / "genuine.jwe"))["key_status"] == "first use"
    renewed = VendorSide("Tandem  Works ")
    changed = tmp_path / "changed.jwe"
    changed.write_text(renewed.send(renewed.offer_document(package, "880.00"), package))
    for command in ("verify", "import"):
        refused = vault.error(command, str(changed), code=4)
        assert refused["reason"] == "key-mismatch" and "--accept-key-change" in refused["detail"]
    done = vault.json("import", str(changed), "--accept-key-change")
    assert done["key_status"] == "key change" and done["replaced_keys"] == [genuine.sig.thumbprint()]
    entry = vault.json("ledger")["entries"][-1]
    assert entry["key_status"] == "key change" and entry["replaced_keys"][0]["key"] == genuine.sig.thumbprint()


def test_share_request_with_a_pseudonym_per_recipient(vault: Vault, tmp_path: Path) -> None:
    request_id = _request(vault, "A trailer")
    seen = []
    for name in ("Trailer One", "Trailer Two"):
        vendor = VendorSide(name)
        (tmp_path / f"{name}.jwk").write_text(json.dumps(vendor.enc_public))
        shared = vault.json("share", "request", str(request_id), "--out", str(tmp_path), "--pseudonym-per-recipient",
                            "--encrypt-to", str(tmp_path / f"{name}.jwk"))
        header, package = vendor.read(Path(shared["files"][0]).read_text().strip())
        assert package["sender"]["pseudonym"] == shared["pseudonym"] == header["kid"]
        assert package["recipient"]["thumbprint"] == vendor.enc.thumbprint()
        seen.append(package["sender"])
    request_key = vault.json("identity", "--for", f"request:{request_id}")
    assert len({s["pseudonym"] for s in seen} | {request_key["thumbprint"]}) == 3
    assert seen[0]["enc"]["x"] != seen[1]["enc"]["x"]
    assert vault.run("share", "vendor", "1", "--fields", "email", "--out", str(tmp_path / "x.jws"),
                     "--pseudonym-per-recipient").returncode == 2  # vendors have a pseudonym each already
