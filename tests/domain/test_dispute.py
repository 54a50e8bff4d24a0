"""The dispute pack: the ticks (a pure rule), what goes in and what stays out, the signed manifest,
and docs/verify_dispute_pack.py (standard library only) accepting a pack and refusing any changed
byte in any member; its Ed25519 code is cross-checked against `cryptography`."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from vendor_side import VendorSide

from myvendors.domain import agreements, attachments, dispute, reputation, timeline, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, InteractionDraft, InteractionKind, Money, NoteDraft
from myvendors.domain.sharing import answers, keys, ledger, packages
from myvendors.errors import InvalidInput
from myvendors.storage import Database

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "verify_dispute_pack.py"
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
# A leak's evidence: the headers of a message sent to an alias by someone else (made up, in the
# form real mail clients show them).
HEADERS = """Return-Path: <bounce@mailer.offers.example>
Received: from mailer.offers.example (mailer.offers.example [192.0.2.10])
\tby mx.example.net with ESMTPS id 4Xy; Tue, 01 Dec 2026 08:12:40 +0000
From: "Best Offers" <news@offers.example>
To: ann+bikeshop@example.org
Subject: You have won a cruise
Date: Tue, 01 Dec 2026 08:12:38 +0000
Message-ID: <20261201081238.1234@offers.example>
"""


def _verifier() -> ModuleType:
    spec = importlib.util.spec_from_file_location("verify_dispute_pack", SCRIPT)
    if spec is None or spec.loader is None:
        raise RuntimeError(SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(target: Path) -> subprocess.CompletedProcess[str]:
    """The script as a person runs it: isolated (-I) and without site-packages (-S)."""
    return subprocess.run([sys.executable, "-I", "-S", str(SCRIPT), str(target)], capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.fixture
def world(db: Database) -> dict[str, Any]:
    packages.set_profile(db, {"name": "Ann Example", "email": "ann@example.org", "city": "Leeds"})
    shop = vendors.add_vendor(db, "Bike Shop", website="bikes.example", email="hello@bikes.example",
                              address="1 High Street, Leeds")
    other = vendors.add_vendor(db, "Bank")
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    timeline.record(db, InteractionDraft(shop.id, InteractionKind.COMPLAINT, at, channel="e-mail",
                                         note="The brakes failed a week after the repair. " * 6))
    for n, amount in enumerate(("120.00", "35.50", "-20.00")):
        timeline.record(db, InteractionDraft(shop.id, InteractionKind.PAYMENT, at.replace(day=2 + n),
                                             amount=Money.parse(amount, "EUR"), note=f"Invoice {n}"))
    timeline.record(db, InteractionDraft(shop.id, InteractionKind.TIP, at.replace(day=9), amount=Money.parse("5", "GBP")))
    timeline.record(db, InteractionDraft(other.id, InteractionKind.PAYMENT, at, amount=Money.parse("9", "EUR")))
    agreements.add_agreement(db, AgreementDraft(shop.id, AgreementKind.WARRANTY, "Two-year warranty",
                                                start=date(2026, 1, 10), end=date(2028, 1, 10)))
    agreements.add_agreement(db, AgreementDraft(shop.id, AgreementKind.SUBSCRIPTION, "Service plan",
                                                price=Money.parse("9.99", "EUR"), period=BillingPeriod.MONTHLY,
                                                reference="SP-1234"))
    mine = reputation.add_note(db, NoteDraft(shop.id, date(2026, 3, 5), "Slow to answer", {"service": 2}))
    reputation.add_note(db, NoteDraft(shop.id, date(2026, 3, 6), "A friend's view", {"service": 5}, author="Bea"))
    side = VendorSide("Bike Shop")
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=shop.id, fields=("email", "city")),
                            encrypt_to=side.enc_public)
    _, package = side.read(shared.compact)
    answers.import_document(db, side.send(side.acknowledgement_document(package, shared.file_bytes), package,
                                          encrypt=False))
    unanswered = packages.share(db, packages.ShareSpec("feedback", vendor_id=shop.id, subject="Brakes",
                                                       text="They failed again."))
    receipt = attachments.attach(db, shop.id, io.BytesIO(b"%PDF-1.4 receipt\n" * 100), "Rechnung März 2026.pdf")
    photo = attachments.attach(db, shop.id, io.BytesIO(bytes(range(256)) * 50), "brakes.jpg")
    with db.transaction():
        db.execute("INSERT INTO aliases(uid, vendor_id, kind, address, address_key, package_id, field, created_at) "
                   "VALUES ('a1', ?, 'email', 'ann+bikeshop@example.org', 'ann+bikeshop@example.org', ?, 'email', "
                   "'2026-02-01T10:00:00Z')", (shop.id, shared.package_id))
        alias_id = db.query("SELECT id FROM aliases WHERE uid = 'a1'")[0][0]
        db.execute("INSERT INTO leaks(uid, alias_id, vendor_id, seen_on, used_by, subject, how, evidence, "
                   "evidence_sha256, recorded_at) VALUES ('l1', ?, ?, '2026-12-01', 'news@offers.example', "
                   "'You have won a cruise', 'headers', ?, ?, '2026-12-02T09:00:00Z')",
                   (alias_id, shop.id, HEADERS, hashlib.sha256(HEADERS.encode()).hexdigest()))
        db.execute("INSERT INTO leaks(uid, alias_id, vendor_id, seen_on, used_by, how, channel, recorded_at) "
                   "VALUES ('l2', ?, ?, '2026-12-05', 'Prize Line', 'manual', 'sms', '2026-12-05T18:00:00Z')",
                   (alias_id, shop.id))
    return {"shop": shop, "other": other, "shared": shared, "unanswered": unanswered, "note": mine,
            "receipt": receipt, "photo": photo}


def _everything(world: dict[str, Any], **extra: Any) -> dispute.PackSpec:
    return dispute.PackSpec(world["shop"].id, frozenset(dispute.RECORD_PARTS),
                            attachment_ids=(world["receipt"].id, world["photo"].id),
                            statement="I ask for my money back: the repair did not hold.", **extra)


# -- the ticks ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("counts", "ticked", "tickable"), [
    ({}, set(), {"statement"}),
    ({"timeline": 3, "payments": 0, "attachments": 2}, {"timeline"}, {"timeline", "attachments", "statement"}),
    ({p: 1 for p in dispute.PARTS}, set(dispute.RECORD_PARTS), set(dispute.PARTS)),
])
def test_choices_tick_what_there_is_and_never_attachments_at_first(
    counts: dict[str, int], ticked: set[str], tickable: set[str],
) -> None:
    parts = dispute.choices(counts)
    assert [p.key for p in parts] == list(dispute.PARTS)
    assert {p.key for p in parts if p.default} == ticked
    assert {p.key for p in parts if p.available} == tickable


@pytest.mark.parametrize(("include", "exclude", "expected"), [
    (None, None, {"timeline", "payments"}),
    (["agreements", "leaks"], None, {"agreements", "leaks"}),
    (None, ["payments"], {"timeline"}),
    (["timeline", "notes"], ["notes"], {"timeline"}),
])
def test_parts_from_include_and_exclude(include: list[str] | None, exclude: list[str] | None, expected: set[str]) -> None:
    parts = dispute.choices({"timeline": 2, "payments": 1})
    assert dispute.parts_from(include, exclude, parts) == expected


def test_an_unknown_part_is_refused() -> None:
    with pytest.raises(InvalidInput, match="'ledger' is not a part"):
        dispute.parts_from(["ledger"], None, dispute.choices({}))


def test_facts_count_each_part(db: Database, world: dict[str, Any]) -> None:
    facts = dispute.facts(db, world["shop"].id)
    counts = {p.key: p.count for p in facts.parts}
    assert counts == {"timeline": 1, "payments": 4, "agreements": 2, "notes": 1, "packages": 2, "documents": 1,
                      "leaks": 3, "attachments": 2, "statement": 0}
    assert {a.id for a in facts.attachments} == {world["receipt"].id, world["photo"].id}


# -- the pack ------------------------------------------------------------------------------------------
def test_the_pack_holds_what_was_ticked_and_verifies(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    out, pdf = tmp_path / "pack.zip", tmp_path / "pack.pdf"
    made = dispute.make(db, _everything(world), out, pdf_out=pdf, now=NOW)
    assert not (tmp_path / "pack.zip.partial").exists()
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        data = json.loads(archive.read("data.json"))
        assert archive.read("dispute-pack.pdf") == pdf.read_bytes()
        assert archive.read(made.members[-2].path) == b"%PDF-1.4 receipt\n" * 100
        [evidence] = [n for n in names if n.startswith("evidence/")]
        assert archive.read(evidence).decode() == HEADERS
        [package_file] = [n for n in names if n.startswith("packages/01-")]
        assert archive.read(package_file) == world["shared"].file_bytes  # as sent: the ledger's hash is of it
    assert names[:2] == ["manifest.json", "manifest.jws"]
    assert names[2:] == [m["path"] for m in manifest["members"]]
    assert [n for n in names if n.startswith("attachments/")] == [
        "attachments/01-rechnung-marz-2026.pdf", "attachments/02-brakes.jpg"]
    assert manifest["format"] == "myvendors-dispute-pack" and manifest["version"] == 1
    assert manifest["made_at"] == "2026-12-03T10:00:00Z"
    assert manifest["included"] == list(dispute.PARTS)
    assert manifest["signed_by"] == keys.find_pseudonym(db, keys.Scope("vendor", world["shop"].id)).thumbprint
    assert [json.loads(e["entry"])["type"] for e in manifest["ledger"]["entries"]] == [
        "share", "received-acknowledgement", "share"]
    assert manifest["ledger"]["head"] == db.get_meta(ledger.LEDGER_HEAD)
    # data.json: the records of the ticked parts, hers only, totals per currency
    assert [i["kind"] for i in data["timeline"]] == ["complaint"]
    assert [p["amount"]["amount"] for p in data["payments"]] == ["120.00", "35.50", "-20.00", "5.00"]
    assert data["payment_totals"] == [{"minor": 13550, "currency": "EUR", "amount": "135.50", "payments": 3},
                                      {"minor": 500, "currency": "GBP", "amount": "5.00", "payments": 1}]
    assert [n["text"] for n in data["notes"]] == ["Slow to answer"]  # not the contact's
    assert {p["kind"] for p in data["packages"]} == {"profile", "feedback"}
    assert all(t["title"] and t["text"] for p in data["packages"] for t in p["terms"])
    # what she shared, readable although the profile package went out encrypted to the vendor
    profile = next(p for p in data["packages"] if p["kind"] == "profile")
    assert profile["file"].endswith(".myvendors.jwe") and profile["document"]["data"]["fields"] == {
        "email": "ann@example.org", "city": "Leeds"}
    assert data["documents"][0]["acknowledgement"]["accepted"] is True
    assert data["leaks"][0]["evidence_file"] == evidence and data["aliases"][0]["address"] == "ann+bikeshop@example.org"
    assert [leak["channel"] for leak in data["leaks"]] == ["email", "sms"]  # how each reached her
    assert data["statement"].startswith("I ask for my money back")
    assert made.size == out.stat().st_size

    done = _run(out)
    assert (done.returncode, done.stdout) == (0, "OK\n"), done.stderr
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    done = _run(folder)
    assert (done.returncode, done.stdout) == (0, "OK\n"), done.stderr


def test_the_same_pack_made_again_is_the_same_archive(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    first = dispute.make(db, _everything(world), tmp_path / "one.zip", now=NOW)
    second = dispute.make(db, _everything(world), tmp_path / "two.zip", now=NOW)
    assert first.members == second.members
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()


def test_a_changed_byte_in_any_member_fails_the_check(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    dispute.make(db, _everything(world), out, now=NOW)
    clean = tmp_path / "clean"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(clean)
        names = archive.namelist()
    verifier = _verifier()
    assert verifier.check(clean) == []
    assert len(names) == 10
    for name in names:
        for where in (0, -2):  # the first byte, and one near the end (a signature's last characters)
            folder = tmp_path / "changed"
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(clean, folder)
            target = folder / name
            data = bytearray(target.read_bytes())
            data[where] = (data[where] + 1) % 256 if chr(data[where]) not in "{\n" else ord("x")
            target.write_bytes(bytes(data))
            assert verifier.check(folder), (name, where)
    # one run of the script itself on a changed folder: exit 1 and the problem named
    done = _run(folder)
    assert done.returncode == 1 and names[-1] in done.stdout


def test_a_missing_or_extra_member_fails_the_check(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    dispute.make(db, _everything(world), out, now=NOW)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    verifier = _verifier()
    (folder / "attachments" / "extra.txt").write_text("added later")
    assert verifier.check(folder) == ["attachments/extra.txt is not listed in the manifest (added after the pack was made)"]
    (folder / "attachments" / "extra.txt").unlink()
    (folder / "data.json").unlink()
    assert verifier.check(folder) == ["data.json is missing"]


def test_a_manifest_signed_by_another_key_or_resigned_fails(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    """Someone who changes a file and writes a new manifest cannot sign it with her key: signed with
    their own, the key is not the vendor's pseudonym (kid and signed_by show it)."""
    from jwcrypto import jwk, jws
    from jwcrypto.common import json_encode

    out = tmp_path / "pack.zip"
    dispute.make(db, _everything(world), out, now=NOW)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "data.json").write_text("{}\n")
    member = next(m for m in manifest["members"] if m["path"] == "data.json")
    member.update(size=3, sha256=hashlib.sha256(b"{}\n").hexdigest())
    raw = (json.dumps(manifest, indent=2) + "\n").encode()
    (folder / "manifest.json").write_bytes(raw)
    other = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    token = jws.JWS(raw)
    token.add_signature(other, None, json_encode({"alg": "Ed25519", "kid": other.thumbprint(),
                                                  "jwk": other.export_public(as_dict=True)}))
    (folder / "manifest.jws").write_text(token.serialize(compact=True) + "\n")
    assert _verifier().check(folder) == ["manifest.json names another key than the one that signed it"]


def test_a_changed_ledger_entry_fails_the_check(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    verifier = _verifier()
    out = tmp_path / "pack.zip"
    dispute.make(db, _everything(world), out, now=NOW)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    entries = manifest["ledger"]["entries"]
    assert entries[1]["seq"] == entries[0]["seq"] + 1
    assert verifier.entry_hash(entries[0]["seq"], entries[0]["prev_hash"], entries[0]["entry"]) == entries[0]["hash"]
    assert verifier.entry_hash(entries[1]["seq"], entries[0]["hash"], entries[1]["entry"]) == entries[1]["hash"]


def test_unticked_parts_are_absent(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    spec = dispute.PackSpec(world["shop"].id, frozenset({"agreements", "notes"}))
    made = dispute.make(db, spec, out, now=NOW)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        data = json.loads(archive.read("data.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert names == ["manifest.json", "manifest.jws", "data.json", "dispute-pack.pdf"]
    assert set(data) == {"format", "version", "made_at", "vendor", "agreements", "notes"}
    assert manifest["included"] == ["agreements", "notes"] == list(made.included)
    assert manifest["ledger"]["entries"] == []
    for secret in (b"Invoice", b"ann+bikeshop", b"cruise", b"brakes failed"):
        assert secret not in out.read_bytes()
    assert _run(out).returncode == 0


@pytest.mark.parametrize(("change", "field"), [
    ({"parts": frozenset({"ledger"})}, "include"),
    ({"statement": "x" * (dispute.STATEMENT_LIMIT + 1)}, "statement"),
    ({"language": "it"}, "language"),
    ({"attachment_ids": (999,)}, "attachments"),
])
def test_a_refusal_writes_nothing(db: Database, world: dict[str, Any], tmp_path: Path, change: dict[str, Any],
                                  field: str) -> None:
    from dataclasses import replace

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InvalidInput) as refused:
        dispute.make(db, replace(_everything(world), **change), folder / "pack.zip", pdf_out=folder / "pack.pdf", now=NOW)
    assert refused.value.field == field
    assert list(folder.iterdir()) == []


def test_another_vendors_attachment_and_a_trashed_vendor_are_refused(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    theirs = attachments.attach(db, world["other"].id, io.BytesIO(b"x"), "bank.txt")
    with pytest.raises(InvalidInput, match="has no attachment with id"):
        dispute.plan(db, dispute.PackSpec(world["shop"].id, frozenset(), attachment_ids=(theirs.id,)))
    vendors.delete_vendor(db, world["other"].id)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="in the trash"):
        dispute.make(db, dispute.PackSpec(world["other"].id, frozenset()), folder / "p.zip")
    assert list(folder.iterdir()) == []


def test_a_cancel_leaves_no_file(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    from myvendors.errors import Cancelled

    seen: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        dispute.make(db, _everything(world), folder / "pack.zip", progress=lambda d, t: seen.append((d, t)),
                     cancelled=lambda: len(seen) > 3)
    assert list(folder.iterdir()) == []


# what each language's PDF must show: its title, a payment's date and amount, the total, a size
# (French groups digits with CLDR's narrow no-break space, U+202F; pdftotext reads both no-break
# spaces back as plain ones, so the font's own table proves they are drawn: test_the_fonts_draw_…)
PDF_WORDS = {
    "en": ("Dispute pack: Bike Shop", "2 Mar 2026", "€120.00", "€135.50 (3 payments)", "12,800"),
    "de": ("Bike Shop", "02.03.2026", "120,00\u00a0€", "135,50\u00a0€", "12.800"),
    "fr": ("Bike Shop", "2 mars 2026", "120,00\u00a0€", "135,50\u00a0€", "12\u202f800"),
}


def test_the_pdf_renders_in_english_german_and_french(db: Database, world: dict[str, Any], tmp_path: Path) -> None:
    from myvendors.domain.dispute import pdf

    for language, words in PDF_WORDS.items():
        ready = dispute.plan(db, _everything(world, language=language), now=NOW)
        ready = dispute._with_pseudonym(db, ready)
        data = pdf.render(ready)
        assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
        assert f"/Lang ({language})".encode() in data and b"DejaVuSans" in data
        assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page ") >= 2 or \
            data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 2
        (tmp_path / f"pack-{language}.pdf").write_bytes(data)
        if os.environ.get("MYVENDORS_KEEP_PDF"):  # to look at by hand: pdftoppm -png FILE out
            Path(os.environ["MYVENDORS_KEEP_PDF"]).mkdir(exist_ok=True)
            shutil.copy(tmp_path / f"pack-{language}.pdf", os.environ["MYVENDORS_KEEP_PDF"])
        _read_back(tmp_path / f"pack-{language}.pdf", words)


def _read_back(path: Path, words: Sequence[str]) -> None:
    """The PDF as a reader shows it: poppler (CI installs it) draws page 1 and reads the text back."""
    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed; .ci/run installs it")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "SHA-256" in text
    for expected in words:
        assert _spaced(expected) in text, f"{expected!r} is not in {path.name}"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(path.with_suffix(""))],
                   check=True)
    from PIL import Image

    page = Image.open(next(path.parent.glob(path.stem + "*.png"))).convert("L")
    inked = sum(page.histogram()[:128])  # pixels darker than mid grey
    assert 0.005 < inked / (page.width * page.height) < 0.5, "page 1 is blank or black"


def _spaced(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_fonts_draw_the_spaces_and_signs_of_amounts() -> None:
    from importlib import resources

    from fontTools.ttLib import TTFont

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        drawn = TTFont(str(resources.files("myvendors.resources") / "fonts" / name)).getBestCmap()
        assert {0x00A0, 0x202F, 0x20AC, 0x00A3, 0x00A5} <= set(drawn), name  # no-break spaces, € £ ¥


# -- the verifier's Ed25519, against a real implementation -----------------------------------------------
def test_the_rfc_8032_code_agrees_with_cryptography() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    verifier = _verifier()
    for n in range(6):
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        message = os.urandom(n * 37)
        signature = key.sign(message)
        assert verifier.verify(public, message, signature)
        assert not verifier.verify(public, message + b"x", signature)
        broken = bytearray(signature)
        broken[n * 9] ^= 1 << n
        assert not verifier.verify(public, message, bytes(broken))
        assert not verifier.verify(public, message, signature[:63])
    # RFC 8032 section 7.1, TEST 2: a one-byte message
    public = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
    signature = bytes.fromhex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                              "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")
    assert verifier.verify(public, bytes.fromhex("72"), signature)


def test_the_verifier_thumbprint_is_rfc_7638(db: Database, world: dict[str, Any]) -> None:
    pseudonym = keys.pseudonym_for(db, keys.Scope("vendor", world["shop"].id))
    assert _verifier().thumbprint(pseudonym.sig_public) == pseudonym.thumbprint


@pytest.mark.parametrize(("row", "language", "expected"), [
    ({"used_by": "news@offers.example", "subject": "You have won a cruise", "channel": "email"}, "en",
     "news@offers.example, by e-mail — You have won a cruise"),
    ({"used_by": "Prize Line", "subject": "", "channel": "sms"}, "en", "Prize Line, by text message"),
    ({"used_by": "", "subject": "", "channel": "phone"}, "en", "?, by phone call"),
    ({"used_by": "news@offers.example", "subject": "Gewinn", "channel": "email"}, "de",
     "news@offers.example, per E-Mail — Gewinn"),
    ({"used_by": "Prize Line", "subject": "", "channel": "sms"}, "de", "Prize Line, per SMS"),
    ({"used_by": "Energy Deals", "subject": "", "channel": "phone"}, "de", "Energy Deals, per Anruf"),
])
def test_the_pdf_says_how_each_leak_reached_her(row: dict[str, str], language: str, expected: str) -> None:
    from myvendors.domain import letters
    from myvendors.domain.dispute import pdf

    assert pdf.used_by(row, letters.translator(language, "DisputePack")) == expected


def test_the_pdf_leaks_table_has_the_channel(db: Database, world: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from myvendors.domain.dispute import pdf

    tables: list[list[tuple[str, ...]]] = []
    original = pdf._Writer.table

    def keep(self: Any, heads: Any, widths: Any, rows: list[tuple[str, ...]], *args: Any, **kwargs: Any) -> Any:
        tables.append(list(rows))
        return original(self, heads, widths, rows, *args, **kwargs)

    monkeypatch.setattr(pdf._Writer, "table", keep)
    ready = dispute._with_pseudonym(db, dispute.plan(db, _everything(world), now=NOW))
    assert pdf.render(ready).startswith(b"%PDF-1.")
    cells = {cell for rows in tables for row in rows for cell in row}
    assert "news@offers.example, by e-mail — You have won a cruise" in cells and "Prize Line, by text message" in cells
