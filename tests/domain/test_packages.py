"""Packages round-trip through an independent JOSE implementation; answers come back checked."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vendor_side import VendorSide

from myvendors.domain import reputation, requests, vendors
from myvendors.domain.models import Money, NoteDraft, RequestDraft
from myvendors.domain.sharing import answers, keys, ledger
from myvendors.domain.sharing import packages
from myvendors.domain.sharing.answers import DocumentRefused
from myvendors.errors import InvalidInput
from myvendors.storage import Database

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_SCHEMA = json.loads((ROOT / "resources" / "schemas" / "package-v1.schema.json").read_text())
VENDOR_SCHEMA = json.loads((ROOT / "resources" / "schemas" / "vendor-document-v1.schema.json").read_text())


def _valid(document: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)


@pytest.fixture
def world(db: Database) -> dict:
    packages.set_profile(db, {"name": "Ann Example", "email": "ann@example.org", "phone": "+44 20 7946 0000",
                       "city": "Leeds"})
    shop = vendors.add_vendor(db, "Bike Shop", website="bikes.example", email="hello@bikes.example")
    bank = vendors.add_vendor(db, "Bank")
    request = requests.create_request(db, RequestDraft(
        title="A city bike", description="Step-through frame", category="Bikes", location="Leeds",
        budget_max=Money.parse("600", "EUR"), needed_by=date(2027, 3, 1), conditions="Test ride first",
    ))
    requests.change_status(db, request.id, "open")
    note = reputation.add_note(db, NoteDraft(shop.id, date(2026, 5, 1), "Fixed my brakes for free",
                                             {"service": 5, "price": 4}, ("repairs",)))
    return {"shop": shop, "bank": bank, "request": request, "note": note}


def _specs(world: dict) -> list[packages.ShareSpec]:
    shop = world["shop"].id
    return [
        packages.ShareSpec("personal-request", request_id=world["request"].id),
        packages.ShareSpec("profile", vendor_id=shop, fields=("email", "city")),
        packages.ShareSpec("feedback", vendor_id=shop, subject="Opening hours", text="Open on Sundays?", idea=True),
        packages.ShareSpec("reputation", contact="Bea Friend", note_ids=(world["note"].id,)),
        packages.ShareSpec("deletion-request", vendor_id=shop, disclose=("email",)),
        packages.ShareSpec("access-request", vendor_id=shop, law="CCPA", alg="EdDSA"),
    ]


@pytest.mark.parametrize("encrypted", [False, True])
def test_every_kind_is_read_by_an_independent_jose_library(db: Database, world: dict, encrypted: bool) -> None:
    vendor = VendorSide("Bike Shop")
    for spec in _specs(world):
        shared = packages.share(db, spec, encrypt_to=vendor.enc_public if encrypted else None, use_key_on_file=False)
        assert (shared.compact.count(".") == 4) is encrypted
        header, document = vendor.read(shared.compact)
        assert header["alg"] == spec.alg and document["kind"] == spec.kind
        _valid(document, PACKAGE_SCHEMA)
        assert document == shared.draft.document
        assert isinstance(document["consent"]["consentTimestamp"], int)
        assert document["consent"]["piiPrincipalId"] == document["sender"]["pseudonym"]
        assert document["terms"] and all(t["text"] for t in document["terms"])
        if not encrypted:  # read back: within the nesting cap, its schema and its dates
            assert answers.inspect(db, shared.compact).kind == "package"
    assert ledger.verify(db).ok and ledger.verify(db).entries == len(_specs(world))


def test_nothing_leaves_that_was_not_chosen(db: Database, world: dict) -> None:
    vendor = VendorSide("Bike Shop")
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    _, document = vendor.read(shared.compact)
    text = json.dumps(document)
    assert "ann@example.org" in text
    for kept in ("Ann Example", "7946", "Leeds", "Step-through", "brakes"):
        assert kept not in text
    assert document["data"] == {"fields": {"email": "ann@example.org"}}
    assert shared.draft.fields == ("data.fields.email",)
    entry = ledger.entries(db)[-1].data
    assert entry["fields"] == ["data.fields.email"] and entry["package"] == shared.package_id

    request_only_title = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id, fields=("title",)))
    _, demand = vendor.read(request_only_title.compact)
    assert demand["data"] == {"@context": "https://schema.org", "@type": "Demand", "name": "A city bike"}
    assert "Leeds" not in json.dumps(demand) and "Ann" not in json.dumps(demand)


def test_bad_shares_are_refused_and_nothing_is_written(db: Database, world: dict) -> None:
    before = (len(ledger.entries(db)), len(packages.sent_packages(db)))
    bad = [
        (packages.ShareSpec("profile", vendor_id=world["shop"].id), "fields"),
        (packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("postal_code",)), "fields"),
        (packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("shoe_size",)), "fields"),
        (packages.ShareSpec("personal-request", request_id=world["request"].id, fields=("budget",)), "fields"),
        (packages.ShareSpec("feedback", vendor_id=world["shop"].id, text="  "), "text"),
        (packages.ShareSpec("reputation", contact="", note_ids=(world["note"].id,)), "contact"),
        (packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",), terms=(("SD-BASE", {}), ("SD-BASE-A", {}))),
         "terms"),
        (packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",), terms=()), "terms"),
        (packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",), alg="RS256"), "alg"),
        (packages.ShareSpec("recipe", vendor_id=world["shop"].id), "kind"),
        (packages.ShareSpec("personal-request", request_id=world["request"].id, disclose=("email",)), "disclose"),
    ]
    for spec, field in bad:
        with pytest.raises(InvalidInput) as refused:
            packages.share(db, spec)
        assert refused.value.field == field, spec
    with pytest.raises(InvalidInput):
        packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)), encrypt_to={"kty": "RSA"})
    assert (len(ledger.entries(db)), len(packages.sent_packages(db))) == before


def test_two_vendors_see_nothing_in_common(db: Database, world: dict) -> None:
    """Keys, kids, thumbprints, package and receipt ids: no value appears in two vendors' packages."""
    seen: dict[str, set[str]] = {}
    for n in range(12):
        vendor = vendors.add_vendor(db, f"Vendor {n}")
        for _ in range(2):
            shared = packages.share(db, packages.ShareSpec("profile", vendor_id=vendor.id, fields=("email",)))
            header = json.loads(base64.urlsafe_b64decode(shared.compact.split(".")[0] + "=="))
            document = shared.draft.document
            values = {header["kid"], header["jwk"]["x"], document["id"], document["sender"]["pseudonym"],
                      document["sender"]["enc"]["x"], document["sender"]["enc"]["kid"],
                      document["consent"]["consentReceiptID"]}
            seen.setdefault(f"v{vendor.id}", set()).update(values - {document["id"], document["consent"]["consentReceiptID"]})
            for other, theirs in seen.items():
                if other != f"v{vendor.id}":
                    assert not (values & theirs)
    ids = [p.package_id for p in packages.sent_packages(db)]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") and i[23] == "4" for i in ids)


def _offer_flow(db: Database, world: dict) -> tuple[VendorSide, dict, str]:
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    vendor = VendorSide("Velo Works")
    _, package = vendor.read(shared.compact)
    return vendor, package, shared.compact


def _counts(db: Database, request_id: int) -> tuple[int, int, int]:
    received = db.query("SELECT count(*) FROM received_documents")[0][0]
    return len(requests.offers_for(db, request_id)), len(ledger.entries(db)), received


def test_an_offer_comes_back_encrypted_and_its_key_goes_on_file(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    document = vendor.offer_document(package, "549.00")
    _valid(document, VENDOR_SCHEMA)
    compact = vendor.send(document, package)
    seen = answers.inspect(db, compact)
    assert seen.kind == "offer" and seen.key_status == "first use" and seen.encrypted
    done = answers.import_document(db, compact)
    offers = requests.offers_for(db, world["request"].id)
    assert [(o.sender, str(o.price)) for o in offers] == [("Velo Works", "549.00 EUR")]
    assert done.offer_id == offers[0].id
    assert ledger.entries(db)[-1].data["type"] == "received-offer"
    assert ledger.entries(db)[-1].data["key_status"] == "first use"

    second = vendor.send(vendor.offer_document(package, "529.00"), package)
    assert answers.inspect(db, second).key_status == "on file"
    answers.import_document(db, second)
    impostor = VendorSide("Velo Works")  # same name, another key
    with pytest.raises(DocumentRefused) as refused:
        answers.import_document(db, impostor.send(impostor.offer_document(package, "1.00"), package))
    assert refused.value.reason == "key-mismatch"

    # accepting makes the vendor, and the key on file becomes that vendor's
    offer = requests.offers_for(db, world["request"].id)[0]
    _, _, vendor_id = requests.accept_offer(db, offer.id)
    assert [k["vendor_id"] for k in db.rows("SELECT vendor_id FROM counterpart_keys")] == [vendor_id]


def test_an_acknowledgement_countersigns_the_package(db: Database, world: dict) -> None:
    vendor = VendorSide("Bike Shop")
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)),
                     encrypt_to=vendor.enc_public)
    _, package = vendor.read(shared.compact)
    ack = vendor.send(vendor.acknowledgement_document(package, shared.file_bytes), package, encrypt=False)
    done = answers.import_document(db, ack)
    entry = ledger.entries(db)[-1].data
    assert done.inspected.kind == "acknowledgement"
    assert entry["type"] == "received-acknowledgement" and entry["package_sha256"] == shared.sha256
    assert entry["accepted"] is True and ledger.verify(db).ok
    assert entry["terms"] == [{"id": t["id"], "version": t["version"]} for t in package["terms"]]
    # the key is now on file for the shop, with its encryption key: the next package is encrypted to it
    later = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",)))
    assert later.encrypted_to == vendor.enc.thumbprint()
    vendor.read(later.compact)


def _flip(compact: str, part: int, at: int = 10) -> str:
    parts = compact.split(".")
    chars = list(parts[part])
    chars[at] = "A" if chars[at] != "A" else "B"
    parts[part] = "".join(chars)
    return ".".join(parts)


def test_tampered_and_wrong_documents_are_refused_each_with_its_reason(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    good_signed = vendor.send(vendor.offer_document(package, "500.00"), package, encrypt=False)
    sealed_document = vendor.offer_document(package, "500.00")
    good_sealed = vendor.send(sealed_document, package)
    expired_doc = vendor.offer_document(package, "500.00")
    expired_doc["expires"] = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    wrong_recipient = vendor.offer_document(package, "500.00")
    wrong_recipient["recipient"]["pseudonym"] = keys.pseudonym_for(db, keys.Scope("vendor", world["bank"].id)).thumbprint
    unknown = vendor.offer_document(package, "500.00")
    unknown["inReplyTo"] = "urn:uuid:00000000-0000-4000-8000-000000000000"
    schema_bad = vendor.offer_document(package, "500.00")
    schema_bad["offer"]["price"] = "five hundred"
    stranger = VendorSide("Elsewhere")
    cases = {
        "payload": (_flip(good_signed, 1, 40), "signature"),
        "signature": (_flip(good_signed, 2), "signature"),
        "header": (_flip(good_signed, 0, 5), None),  # an unreadable header or a changed one: refused either way
        "ciphertext": (_flip(good_sealed, 3), "decrypt"),
        "tag": (_flip(good_sealed, 4, 3), "decrypt"),
        "not for me": (stranger.send(stranger.offer_document(package, "1.00"), {"sender": {"enc": stranger.enc_public | {"kid": stranger.enc.thumbprint()}}}), "encrypted-elsewhere"),
        "expired": (vendor.send(expired_doc, package), "expired"),
        "wrong recipient": (vendor.send(wrong_recipient, package), "recipient"),
        "unknown package": (vendor.send(unknown, package), "unknown-package"),
        "schema": (vendor.send(schema_bad, package), "schema"),
        "garbage": ("hello there", "malformed"),
        "no key": (vendor.send(vendor.offer_document(package, "5.00"), package, carry_key=False), "signature"),
    }
    before = _counts(db, world["request"].id)
    reasons = {}
    for name, (text, reason) in cases.items():
        with pytest.raises(DocumentRefused) as refused:
            answers.import_document(db, text)
        reasons[name] = refused.value.reason
        if reason is not None:
            assert refused.value.reason == reason, (name, refused.value.message)
        assert refused.value.message
    assert reasons["header"] in ("malformed", "signature")
    assert _counts(db, world["request"].id) == before  # nothing written

    answers.import_document(db, good_sealed)
    with pytest.raises(DocumentRefused) as replay:
        answers.import_document(db, good_sealed)
    assert replay.value.reason == "replay"
    with pytest.raises(DocumentRefused) as replay_plain:  # the same document, sent again unencrypted
        answers.import_document(db, vendor.send(sealed_document, package, encrypt=False))
    assert replay_plain.value.reason == "replay"


def test_her_own_package_reads_back(db: Database, world: dict) -> None:
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    seen = answers.inspect(db, shared.compact)
    assert seen.kind == "package" and seen.key_status == "ours" and seen.document["id"] == shared.package_id
    with pytest.raises(DocumentRefused):
        answers.import_document(db, shared.compact)


def test_retention_ending_brings_a_ready_deletion_request(db: Database, world: dict) -> None:
    spec = packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",),
                       terms=(("SD-BASE", {}), ("MV-RETENTION-DAYS", {"days": 10})))
    shared = packages.share(db, spec)
    today = datetime.now(UTC).date()
    assert packages.retention_due(db, within_days=5, today=today) == []
    due = packages.retention_due(db, within_days=14, today=today)
    assert [r.package.package_id for r in due] == [shared.package_id]
    assert due[0].ends == today + timedelta(days=10)
    letter = packages.share(db, due[0].spec)
    assert letter.draft.document["data"]["concerning"] == [shared.package_id]
    assert "Article 17" in letter.draft.document["data"]["letter"]
    assert packages.retention_due(db, within_days=14, today=today) == []  # asked already


def test_a_short_package_fits_a_qr_code_and_a_long_one_says_so(db: Database, world: dict) -> None:
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    assert packages.qr_svg(shared.compact) is None  # signed packages with terms and receipt are several kilobytes
    assert packages.qr_svg("x" * 500) is not None and "<svg" in packages.qr_svg("x" * 500)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["profile", "feedback", "access-request"]),
                               st.booleans()), min_size=2, max_size=8))
def test_property_no_identifier_is_shared_between_vendors(db: Database, plan: list[tuple[int, str, bool]]) -> None:
    """Whatever she shares with whom (and the vault keeps growing across examples), every value that
    identifies her to one vendor — key, kid, thumbprint — appears to no other, and ids never repeat."""
    if not packages.get_profile(db):
        packages.set_profile(db, {"email": "ann@example.org"})
    existing = {v.name: v for v in vendors.page_vendors(db, limit=100)}
    for slot, kind, encrypted in plan:
        name = f"Property vendor {slot}"
        vendor = existing.get(name) or vendors.add_vendor(db, name)
        existing[name] = vendor
        spec = packages.ShareSpec(kind, vendor_id=vendor.id, fields=("email",) if kind == "profile" else (),
                           text="Thanks" if kind == "feedback" else "")
        packages.share(db, spec, encrypt_to=VendorSide(name).enc_public if encrypted else None, use_key_on_file=False)
    by_vendor: dict[int, set[str]] = {}
    ids: list[str] = []
    for package in packages.sent_packages(db):
        if package.vendor_id is None:
            continue
        document = package.document
        header = json.loads(base64.urlsafe_b64decode(package.compact.split(".")[0] + "=="))
        identifying = {document["sender"]["pseudonym"], document["sender"]["sig"]["x"], document["sender"]["enc"]["x"],
                       document["sender"]["enc"]["kid"], document["consent"]["piiPrincipalId"]}
        if "jwk" in header:
            identifying |= {header["kid"], header["jwk"]["x"]}
        by_vendor.setdefault(package.vendor_id, set()).update(identifying)
        ids += [document["id"], document["consent"]["consentReceiptID"]]
    for vendor_id, values in by_vendor.items():
        for other_id, other in by_vendor.items():
            if other_id != vendor_id:
                assert not values & other
    assert len(ids) == len(set(ids))


def test_a_built_draft_is_shared_exactly_as_previewed(db: Database, world: dict) -> None:
    """The wizard previews a Draft and shares that same Draft: id, times and receipt do not change."""
    draft = packages.build(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",)))
    assert ledger.entries(db) == [] and packages.sent_packages(db) == []  # building writes nothing but the pseudonym
    shared = packages.share_draft(db, draft, use_key_on_file=False)
    _, document = VendorSide("Bike Shop").read(shared.compact)
    assert document == draft.document and shared.package_id == draft.package_id
    assert packages.encryption_key_on_file(db, draft.spec) is None
    assert packages.encryption_key_on_file(db, packages.ShareSpec("personal-request", request_id=world["request"].id)) is None


# -- what an acknowledgement may say ------------------------------------------------------------------
def _shared_profile(db: Database, world: dict, vendor: VendorSide) -> tuple[packages.Shared, dict]:
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)),
                     encrypt_to=vendor.enc_public)
    _, package = vendor.read(shared.compact)
    return shared, package


def test_the_recorded_hash_is_of_the_file_as_written_and_pasted_text_matches_too(db: Database, world: dict) -> None:
    """The ledger's SHA-256 is over the exact bytes of the package file (text and newline); an
    acknowledgement may name that, or the hash of the text alone as pasted, trimmed."""
    import hashlib

    vendor = VendorSide("Bike Shop")
    shared, package = _shared_profile(db, world, vendor)
    assert shared.file_bytes == shared.compact.encode("ascii") + b"\n"
    assert shared.sha256 == hashlib.sha256(shared.file_bytes).hexdigest()
    share_entry = ledger.entries(db)[-1].data
    assert share_entry["sha256"] == shared.sha256 and share_entry["sha256_of"] == "file"
    assert packages.sent_package(db, shared.package_id).sha256 == shared.sha256
    pasted = vendor.acknowledgement_document(package, "\n  " + shared.compact + " \n")
    assert pasted["acknowledgement"]["packageSha256"] == hashlib.sha256(shared.compact.encode()).hexdigest()
    answers.import_document(db, vendor.send(pasted, package))
    wrapped = vendor.acknowledgement_document(package, shared.file_bytes + b"\n")  # not the file that left
    with pytest.raises(DocumentRefused) as refused:
        answers.inspect(db, vendor.send(wrapped, package))
    assert refused.value.reason == "recipient"


def test_a_package_recorded_before_by_the_hash_of_its_text_still_matches(db: Database, world: dict) -> None:
    import hashlib

    vendor = VendorSide("Bike Shop")
    shared, package = _shared_profile(db, world, vendor)
    text_hash = hashlib.sha256(shared.compact.encode("ascii")).hexdigest()
    db.execute("UPDATE packages SET sha256 = ? WHERE package_id = ?", (text_hash, shared.package_id))  # as kept before
    for received in (shared.compact, shared.file_bytes):  # a vendor hashing the text, or the file the CLI wrote
        seen = answers.inspect(db, vendor.send(vendor.acknowledgement_document(package, received), package))
        assert seen.kind == "acknowledgement"


def test_an_acknowledgement_of_terms_she_never_proffered_is_refused_naming_them(db: Database, world: dict) -> None:
    vendor = VendorSide("Bike Shop")
    shared, package = _shared_profile(db, world, vendor)
    before = _counts(db, world["request"].id)
    proffered = [{"id": t["id"], "version": t["version"]} for t in package["terms"]]
    cases = {
        "profiling allowed": ([*proffered, {"id": "SD-BASE-ATP", "version": "1"}], "SD-BASE-ATP"),
        "one left out": (proffered[1:], proffered[0]["id"]),
        "another version": ([dict(proffered[0], version="99"), *proffered[1:]], "v99"),
        "none": ([], proffered[-1]["id"]),
    }
    for name, (named, expected) in cases.items():
        document = vendor.acknowledgement_document(package, shared.file_bytes)
        document["acknowledgement"]["terms"] = named
        with pytest.raises(DocumentRefused) as refused:
            answers.import_document(db, vendor.send(document, package))
        assert refused.value.reason == "terms", name
        assert expected in refused.value.text(), (name, refused.value.text())
    assert _counts(db, world["request"].id) == before
    reordered = vendor.acknowledgement_document(package, shared.file_bytes)
    reordered["acknowledgement"]["terms"].reverse()  # the same terms in another order: the same answer
    assert answers.inspect(db, vendor.send(reordered, package)).kind == "acknowledgement"


def test_a_refusal_is_recorded_as_one_with_its_terms_and_note(db: Database, world: dict) -> None:
    vendor = VendorSide("Bike Shop")
    shared, package = _shared_profile(db, world, vendor)
    document = vendor.acknowledgement_document(package, shared.file_bytes, accepted=False,
                                               note="We need analytics to serve you.")
    answers.import_document(db, vendor.send(document, package))
    entry = ledger.entries(db)[-1].data
    assert entry["type"] == "received-acknowledgement" and entry["accepted"] is False
    assert entry["note"] == "We need analytics to serve you."
    assert [t["id"] for t in entry["terms"]] == [t["id"] for t in package["terms"]]


# -- dates ------------------------------------------------------------------------------------------
def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(("key", "value"), [
    ("expires", "never"),
    ("issued", "yesterday"),
    ("expires", "2099-01-01"),
    ("expires", "2099-01-01T00:00:00"),
    ("expires", "2099-01-01 00:00:00Z"),
    ("expires", "2099-02-30T00:00:00Z"),
    ("issued", "in the future"),
])
def test_dates_that_are_not_rfc3339_with_an_offset_are_refused_as_schema(
    db: Database, world: dict, key: str, value: str,
) -> None:
    vendor, package, _ = _offer_flow(db, world)
    document = vendor.offer_document(package, "10.00")
    document[key] = _stamp(datetime.now(UTC) + timedelta(days=3 * 365)) if value == "in the future" else value
    before = _counts(db, world["request"].id)
    with pytest.raises(DocumentRefused) as refused:
        answers.import_document(db, vendor.send(document, package))
    assert refused.value.reason == "schema", refused.value.text()
    assert _counts(db, world["request"].id) == before


def test_an_issue_time_a_little_ahead_is_within_the_clock_skew(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    now = datetime.now(UTC)
    document = vendor.offer_document(package, "10.00")
    document["issued"] = _stamp(now + timedelta(minutes=5))
    assert answers.inspect(db, vendor.send(document, package), now=now).kind == "offer"
    document["issued"] = _stamp(now + timedelta(minutes=15))
    with pytest.raises(DocumentRefused) as refused:
        answers.inspect(db, vendor.send(document, package), now=now)
    assert refused.value.reason == "schema"


def test_her_own_package_read_back_is_checked_against_its_schema_and_dates(db: Database, world: dict) -> None:
    import dataclasses

    draft = packages.build(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    for key, value in (("expires", "never"), ("issued", _stamp(datetime.now(UTC) + timedelta(days=400)))):
        altered = dataclasses.replace(draft, document={**draft.document, key: value})
        with pytest.raises(DocumentRefused) as refused:
            answers.inspect(db, packages.sign(db, altered))
        assert refused.value.reason == "schema", key
    assert answers.inspect(db, packages.sign(db, draft)).kind == "package"


# -- hostile documents ------------------------------------------------------------------------------
def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _signed_raw(vendor: VendorSide, payload: bytes, **header: object) -> str:
    """A compact JWS over any payload bytes, signed by the vendor's key (carried in the header)."""
    from jwcrypto import jwk as jwcrypto_jwk
    from jwcrypto import jws as jwcrypto_jws
    from jwcrypto.common import json_encode

    key = jwcrypto_jwk.JWK(**vendor.sig.as_dict(private=True))
    token = jwcrypto_jws.JWS(payload)
    token.add_signature(key, None, json_encode({"alg": "Ed25519", "jwk": key.export_public(as_dict=True), **header}))
    return str(token.serialize(compact=True))


def test_deep_nesting_is_refused_as_malformed_before_the_parser_recurses(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    deep = b"[" * 10_000 + b"]" * 10_000
    in_payload = _signed_raw(vendor, b'{"id": ' + deep + b"}")
    in_header = ".".join((_b64url(b'{"alg": "Ed25519", "x": ' + deep + b"}"), _b64url(b"{}"), _b64url(b"s" * 64)))
    nine = _signed_raw(vendor, json.dumps(vendor.offer_document(package, "1.00") | {"x": [[[[[[[[1]]]]]]]]}).encode())
    before = _counts(db, world["request"].id)
    for text in (in_payload, in_header, nine):
        with pytest.raises(DocumentRefused) as refused:
            answers.import_document(db, text)
        assert refused.value.reason == "malformed" and "8 levels" in refused.value.text()
    strings = vendor.offer_document(package, "1.00")  # brackets inside strings are text, not nesting
    strings["offer"]["description"] = "[[[[[[[[[[{{{{{{{{{{ ]]]] \\\" [[["
    assert answers.inspect(db, vendor.send(strings, package)).kind == "offer"
    assert _counts(db, world["request"].id) == before


def test_compressed_documents_are_refused(db: Database, world: dict) -> None:
    from jwcrypto import jwe as jwcrypto_jwe
    from jwcrypto import jwk as jwcrypto_jwk
    from jwcrypto.common import json_encode

    vendor, package, _ = _offer_flow(db, world)
    before = _counts(db, world["request"].id)
    signed = vendor.send(vendor.offer_document(package, "1.00"), package, encrypt=False)
    theirs = package["sender"]["enc"]
    header = {"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "zip": "DEF", "cty": "JOSE", "kid": theirs["kid"]}
    token = jwcrypto_jwe.JWE(signed.encode("ascii"), json_encode(header))
    token.add_recipient(jwcrypto_jwk.JWK(**theirs))
    deflated = token.serialize(compact=True)
    zipped_jws = _signed_raw(vendor, json.dumps(vendor.offer_document(package, "2.00")).encode(), zip="DEF")
    for text in (deflated, zipped_jws):
        with pytest.raises(DocumentRefused) as refused:
            answers.import_document(db, text)
        assert refused.value.reason == "malformed" and "zip" in refused.value.text()
    assert _counts(db, world["request"].id) == before


def test_a_document_larger_than_the_cap_is_refused_unread(db: Database, world: dict, tmp_path: Path) -> None:
    import tracemalloc

    big = tmp_path / "big.jws"
    with big.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk or in this test's memory
        handle.truncate(100_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentRefused) as refused:
            answers.read_document(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.reason == "malformed" and "1000000 bytes" in refused.value.text()
    assert peak < 2_000_000
    with pytest.raises(DocumentRefused) as pasted:
        answers.inspect(db, "a" * (answers.MAX_DOCUMENT_BYTES + 1))
    assert pasted.value.reason == "malformed" and "1000000 bytes" in pasted.value.text()
    vendor, package, _ = _offer_flow(db, world)
    fits = tmp_path / "offer.jws"
    fits.write_text(vendor.send(vendor.offer_document(package, "3.00"), package) + "\n")
    assert answers.inspect(db, answers.read_document(fits)).kind == "offer"


def test_letters_and_digits_of_other_scripts_in_a_segment_are_malformed_not_a_crash(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    signed = vendor.send(vendor.offer_document(package, "4.00"), package, encrypt=False)
    sealed = vendor.send(vendor.offer_document(package, "4.00"), package)
    for text, part in ((signed, 0), (signed, 1), (signed, 2), (sealed, 1), (sealed, 3)):
        for odd in ("é", "٣", "Ⅻ", "ß"):
            parts = text.split(".")
            parts[part] = parts[part][:8] + odd + parts[part][9:]
            with pytest.raises(DocumentRefused) as refused:
                answers.inspect(db, ".".join(parts))
            assert refused.value.reason == "malformed", (part, odd)


def test_base64url_that_does_not_re_encode_to_the_same_text_is_malformed(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    signed = vendor.send(vendor.offer_document(package, "5.00"), package, encrypt=False)
    assert answers.inspect(db, signed).kind == "offer"
    head, body, signature = signed.split(".")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(signature[-1])  # 64 bytes: the last character carries 2 bits and 4 that must be 0
    stray = alphabet[last | 0b0001]
    assert stray != signature[-1]
    variants = [
        ".".join((head, body, signature[:-1] + stray)),  # the same signature bytes, another text
        ".".join((head + "=" * (-len(head) % 4 or 4), body, signature)),  # padded
        ".".join((head, body, signature + "AAA")),  # a length base64 cannot have
    ]
    for text in variants:
        with pytest.raises(DocumentRefused) as refused:
            answers.inspect(db, text)
        assert refused.value.reason == "malformed", text[-8:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_property_a_changed_character_is_refused_with_a_reason_never_a_crash(db: Database, data: st.DataObject) -> None:
    """Any one character of a signed or encrypted answer replaced by any other (letters and digits
    of every script included): refused as a DocumentRefused, never another exception, and never
    taken, unless the new character is whitespace (pasted text may be wrapped)."""
    if not packages.sent_packages(db):
        request = requests.create_request(db, RequestDraft(title="Fuzzed"))
        packages.share(db, packages.ShareSpec("personal-request", request_id=request.id))
    sent = packages.sent_packages(db)[0]
    vendor = VendorSide("Fuzz Works")
    text = vendor.send(vendor.offer_document(sent.document, "1.00"), sent.document, encrypt=data.draw(st.booleans()))
    at = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.characters(blacklist_categories=("Cs",)).filter(lambda c: c != text[at]))
    changed = text[:at] + replacement + text[at + 1:]
    try:
        seen = answers.inspect(db, changed)
    except DocumentRefused as refused:
        assert refused.reason and refused.message
    else:
        assert replacement.isspace() and seen.document["offer"]["price"] == "1.00", repr(changed)


# -- trust on first use: one fold for names, keys bound to vendors, key changes approved ---------------
@pytest.mark.parametrize("look_alike", ["Velo Works ", "Velo  Works", "VELO WORKS", "Velo\u200b Works", "Velo\u00a0Works"])
def test_a_look_alike_name_with_another_key_is_a_key_change_never_a_first_use(
    db: Database, world: dict, look_alike: str
) -> None:
    vendor, package, _ = _offer_flow(db, world)
    answers.import_document(db, vendor.send(vendor.offer_document(package, "549.00"), package))
    impostor = VendorSide(look_alike)
    forged = impostor.send(impostor.offer_document(package, "1.00"), package)
    before = _counts(db, world["request"].id)
    for check in (answers.inspect, answers.import_document):
        with pytest.raises(DocumentRefused) as refused:
            check(db, forged)
        assert refused.value.reason == "key-mismatch" and "'Velo Works'" in refused.value.text()
        assert repr(look_alike) in refused.value.text()  # the difference shows, invisible characters too
        assert refused.value.replaces == (vendor.sig.thumbprint(),)
    assert _counts(db, world["request"].id) == before


def test_an_answer_listed_under_a_vendor_must_carry_that_vendors_key(db: Database, world: dict) -> None:
    """An offer shows under the vendor with the same website host or folded name: a key other than
    that vendor's is refused, whatever name it signs with."""
    shop = VendorSide("Bike Shop")
    profile = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    _, sent = shop.read(profile.compact)
    answers.import_document(db, shop.send(shop.acknowledgement_document(sent, profile.compact), sent, encrypt=False))
    _, package = shop.read(packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id)).compact)
    for name, website in (("Bike-Shop", None), ("Totally Different", "https://bikes.example/deals")):
        impostor = VendorSide(name)
        document = impostor.offer_document(package, "1.00")
        document["sender"].pop("website")
        if website:
            document["sender"]["website"] = website
        with pytest.raises(DocumentRefused) as refused:
            answers.import_document(db, impostor.send(document, package))
        assert refused.value.reason == "key-mismatch"
    genuine = answers.import_document(db, shop.send(shop.offer_document(package, "500.00"), package))
    assert genuine.inspected.key_status == "on file"
    assert requests.get_offer(db, genuine.offer_id).vendor_id == world["shop"].id


def test_she_approves_a_key_change_and_the_ledger_keeps_the_old_key(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    answers.import_document(db, vendor.send(vendor.offer_document(package, "549.00"), package))
    renewed = VendorSide("Velo  Works")  # the vendor's new key (and a stray space)
    changed = renewed.send(renewed.offer_document(package, "540.00"), package)
    seen = answers.inspect(db, changed, accept_key_change=True)
    assert seen.key_status == "key change" and seen.replaces == (vendor.sig.thumbprint(),)
    done = answers.import_document(db, changed, accept_key_change=True)
    entry = ledger.entries(db)[-1].data
    assert entry["key_status"] == "key change" and entry["key"] == renewed.sig.thumbprint()
    assert [k["key"] for k in entry["replaced_keys"]] == [vendor.sig.thumbprint()] and ledger.verify(db).ok
    assert [r["thumbprint"] for r in db.rows("SELECT thumbprint FROM counterpart_keys")] == [renewed.sig.thumbprint()]
    assert done.offer_id is not None
    # the old key is not on file any more: a document signed by it is now the mismatch
    with pytest.raises(DocumentRefused) as refused:
        answers.import_document(db, vendor.send(vendor.offer_document(package, "530.00"), package))
    assert refused.value.reason == "key-mismatch"
    assert answers.inspect(db, renewed.send(renewed.offer_document(package, "520.00"), package)).key_status == "on file"


def test_the_first_answer_to_a_request_binds_the_key_when_its_offer_is_accepted(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    done = answers.import_document(db, vendor.send(vendor.offer_document(package, "549.00"), package))
    _, _, vendor_id = requests.accept_offer(db, done.offer_id)
    # from now on she encrypts to the key it sent (sender.enc), as SHARING.md promises
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=vendor_id, fields=("email",)))
    assert shared.encrypted_to == vendor.enc.thumbprint()
    _, sent = vendor.read(shared.compact)
    assert sent["recipient"]["thumbprint"] == vendor.enc.thumbprint()
    # another key under that name answering the vendor's package is a key change, not a first use
    impostor = VendorSide("velo works")
    with pytest.raises(DocumentRefused) as refused:
        answers.inspect(db, impostor.send(impostor.acknowledgement_document(sent, shared.compact), sent))
    assert refused.value.reason == "key-mismatch"
    ack = answers.import_document(db, vendor.send(vendor.acknowledgement_document(sent, shared.compact), sent))
    assert ack.inspected.key_status == "on file"


def test_a_key_that_answered_a_request_is_bound_when_it_answers_the_vendors_package(db: Database, world: dict) -> None:
    """Whatever it answered first: the key binds the first time the vendor's own document is taken."""
    shop = VendorSide("Bike Shop")
    _, request_package = shop.read(packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id)).compact)
    first = answers.import_document(db, shop.send(shop.offer_document(request_package, "500.00"), request_package))
    assert first.inspected.key_status == "first use"
    assert db.rows("SELECT vendor_id FROM counterpart_keys") == [{"vendor_id": None}]
    profile = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    assert profile.encrypted_to is None  # not bound yet: signed only
    _, sent = shop.read(profile.compact)
    answers.import_document(db, shop.send(shop.acknowledgement_document(sent, profile.compact), sent, encrypt=False))
    assert db.rows("SELECT vendor_id FROM counterpart_keys") == [{"vendor_id": world["shop"].id}]
    assert packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",))).encrypted_to == \
        shop.enc.thumbprint()


def test_accepting_an_offer_for_a_vendor_bound_to_another_key_is_refused(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    done = answers.import_document(db, vendor.send(vendor.offer_document(package, "549.00"), package))
    velo = vendors.add_vendor(db, "Velo Works GmbH")  # made after the offer came: it did not list under it
    other = VendorSide("Velo Works GmbH")
    profile = packages.share(db, packages.ShareSpec("profile", vendor_id=velo.id, fields=("email",)))
    _, sent = other.read(profile.compact)
    answers.import_document(db, other.send(other.acknowledgement_document(sent, profile.compact), sent, encrypt=False))
    with pytest.raises(DocumentRefused) as refused:
        requests.accept_offer(db, done.offer_id, vendor_name="Velo Works GmbH")
    assert refused.value.reason == "key-mismatch"
    assert requests.get_offer(db, done.offer_id).vendor_id is None  # nothing changed


# -- a JWE without kid, the recipient's thumbprint, one pseudonym per recipient ------------------------
def _without_kid(vendor: VendorSide, document: dict, to: dict) -> str:
    from joserfc import jwe as joserfc_jwe
    from joserfc.jwk import OKPKey

    signed = vendor.send(document, encrypt=False)
    header = {"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "cty": "JOSE"}
    return joserfc_jwe.encrypt_compact(header, signed.encode("ascii"), OKPKey.import_key(to),
                                       algorithms=["ECDH-ES+A256KW", "A256GCM"])


def test_an_answer_encrypted_without_a_key_id_is_tried_against_her_open_packages(db: Database, world: dict) -> None:
    vendor, package, _ = _offer_flow(db, world)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["bank"].id, fields=("email",)))  # another open package
    compact = _without_kid(vendor, vendor.offer_document(package, "549.00"), package["sender"]["enc"])
    seen = answers.inspect(db, compact)
    assert seen.encrypted and seen.kind == "offer"
    assert answers.import_document(db, compact).offer_id is not None
    elsewhere = _without_kid(vendor, vendor.offer_document(package, "1.00"), VendorSide("x").enc_public)
    with pytest.raises(DocumentRefused) as refused:
        answers.inspect(db, elsewhere)
    assert refused.value.reason == "encrypted-elsewhere"


def test_an_encrypted_package_names_its_recipients_key_and_no_placeholder_policy(db: Database, world: dict) -> None:
    vendor = VendorSide("Bike Shop")
    draft = packages.build(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",)))
    shared = packages.share_draft(db, draft, encrypt_to=vendor.enc_public)
    _, document = vendor.read(shared.compact)
    assert document["recipient"]["thumbprint"] == vendor.enc.thumbprint() == shared.encrypted_to
    assert "policyUrl" not in document["consent"]
    _valid(document, PACKAGE_SCHEMA)
    _, plain = vendor.read(packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",)),
                                   use_key_on_file=False).compact)
    assert "thumbprint" not in plain["recipient"]
    old = dict(plain, consent={**plain["consent"], "policyUrl": "https://myvendors.example/terms/v1"})
    _valid(old, PACKAGE_SCHEMA)  # packages sent before stay valid


def test_one_pseudonym_per_recipient_of_a_request(db: Database, world: dict) -> None:
    first, second = VendorSide("Velo Works"), VendorSide("Cargo Cycles")
    spec = packages.ShareSpec("personal-request", request_id=world["request"].id, own_pseudonym=True)
    shares = [packages.share(db, spec, encrypt_to=v.enc_public) for v in (first, second)]
    documents = [v.read(s.compact)[1] for v, s in zip((first, second), shares, strict=True)]
    shared_key = keys.pseudonym_for(db, keys.Scope("request", world["request"].id))
    senders = [p["sender"] for p in documents]
    assert len({s["pseudonym"] for s in senders} | {shared_key.thumbprint}) == 3
    assert len({s["sig"]["x"] for s in senders} | {s["enc"]["x"] for s in senders}) == 4
    entries = [e.data for e in ledger.entries(db)]
    assert [e["pseudonym"] for e in entries] == [s["pseudonym"] for s in senders]
    assert all(e["pseudonym_per_recipient"] for e in entries)
    # each answers under its own pseudonym, encrypted to it
    for vendor, package in zip((first, second), documents, strict=True):
        done = answers.import_document(db, vendor.send(vendor.offer_document(package, "500.00"), package))
        assert done.inspected.encrypted and done.offer_id is not None
    with pytest.raises(InvalidInput):
        packages.build(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",), own_pseudonym=True))
