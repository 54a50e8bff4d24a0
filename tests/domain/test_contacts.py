"""Trusted contacts: two vaults exchange keys and bundles; refusals write nothing; matching,
replacement by newer bundles, removal, and the contacts' standing with exact numbers."""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors.domain import contacts, reputation, vendors
from myvendors.domain.contacts import bundles, keyfile, voices
from myvendors.domain.contacts.keyfile import ContactKey
from myvendors.domain.models import NoteDraft
from myvendors.domain.sharing import keys as share_keys
from myvendors.domain.sharing import packages
from myvendors.domain.sharing.answers import DocumentRefused
from myvendors.errors import InvalidInput
from myvendors.storage import Database
from myvendors.storage import contacts as contacts_sql
from myvendors.vault import KdfParams, Vault

TODAY = date(2026, 12, 1)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """A second vault: the contact's."""
    vault, _ = Vault.create(tmp_path / "bea" / "bea.myvendors", PASSPHRASE, kdf=KdfParams.floor())
    try:
        yield vault.db
    finally:
        vault.close()


def _key_for(db: Database, contact_name: str, goes_by: str | None = None) -> ContactKey:
    """Her key file for `contact_name`, read back as the contact reads it."""
    return keyfile.read_key_text(keyfile.key_text(keyfile.key_document(db, contact_name, goes_by=goes_by)), source="file")


def _counts(db: Database) -> dict[str, int]:
    return contacts_sql.note_counts(db)


def _bundle(db: Database, contact: str, note_ids: tuple[int, ...] = (), vendor_ids: tuple[int, ...] = (),
            disclose: tuple[str, ...] = (), now: datetime | None = None) -> str:
    spec = packages.ShareSpec("reputation", contact=contact, note_ids=note_ids, vendor_ids=vendor_ids, disclose=disclose)
    return packages.share(db, spec, now=now).compact


@pytest.fixture
def pair(db: Database, other: Database) -> dict:
    """Ann (db) and Bea (other) have each other's keys; both have vendors and notes."""
    ann_bike = vendors.add_vendor(db, "Velo Works", website="https://veloworks.example/shop")
    ann_bank = vendors.add_vendor(db, "Sparbank")
    bea_bike = vendors.add_vendor(other, "VeloWorks GmbH", website="www.veloworks.example")
    bea_bank = vendors.add_vendor(other, "Sparbank", category="Bank")
    bea_cafe = vendors.add_vendor(other, "Café Lumen", website="lumen.example")
    n1 = reputation.add_note(other, NoteDraft(bea_bike.id, date(2026, 5, 1), "Quick repair", {"service": 5, "price": 3}, ("repairs",)))
    n2 = reputation.add_note(other, NoteDraft(bea_bank.id, date(2025, 1, 1), "Hidden fees", {"honesty": 1}))
    n3 = reputation.add_note(other, NoteDraft(bea_cafe.id, date(2026, 11, 1), "Great coffee", {"quality": 5}))
    m1 = reputation.add_note(db, NoteDraft(ann_bike.id, date(2026, 6, 1), "Good", {"service": 4}))
    packages.set_profile(other, {"name": "Bea"})
    ann = contacts.add_contact(db, "Bea", _key_for(other, "Ann", goes_by="Bea B."), trust=3)
    bea = contacts.add_contact(other, "Ann", _key_for(db, "Bea"), trust=2)
    return {"ann_bike": ann_bike, "ann_bank": ann_bank, "bea_bike": bea_bike, "bea_bank": bea_bank,
            "bea_cafe": bea_cafe, "notes": (n1, n2, n3), "mine": m1, "bea_in_ann": ann, "ann_in_bea": bea}


def test_two_vaults_exchange_keys_and_bundles_both_ways(db: Database, other: Database, pair: dict) -> None:
    n1, n2, n3 = pair["notes"]
    text = _bundle(other, "Ann", note_ids=(n1.id, n2.id, n3.id), disclose=("name",))
    plan = bundles.read_bundle(db, text)
    assert plan.contact is not None and plan.contact.name == "Bea"
    by_name = {v.name: v for v in plan.vendors}
    assert by_name["VeloWorks GmbH"].status == bundles.MATCHED
    assert by_name["VeloWorks GmbH"].vendor_id == pair["ann_bike"].id
    assert by_name["Sparbank"].status == bundles.MATCHED and by_name["Sparbank"].vendor_id == pair["ann_bank"].id
    assert by_name["Café Lumen"].status == bundles.NEW and by_name["Café Lumen"].vendor_id is None
    mine_before = reputation.standing(db, pair["ann_bike"].id)
    done = bundles.apply_bundle(db, plan)
    assert done.notes_added == 3 and done.new_to_me == ("lumen.example",)
    assert reputation.standing(db, pair["ann_bike"].id) == mine_before  # her standing never counts theirs
    assert [n.text for n in voices.contact_notes(db, done.contact.id)] == ["Great coffee", "Quick repair", "Hidden fees"]
    assert [v.name for v in voices.new_to_me(db)] == ["Café Lumen"]

    # and back: Ann sends Bea her note about the bike shop
    back = bundles.import_bundle(other, _bundle(db, "Bea", vendor_ids=(pair["ann_bike"].id,)))
    assert back.contact.name == "Ann" and back.matched == (("veloworks.example", pair["bea_bike"].id),)
    assert [v.note.text for v in voices.voices(other, pair["bea_bike"].id)] == ["Good"]


def test_the_one_vendor_form_stays_and_several_use_the_list(db: Database, other: Database, pair: dict) -> None:
    n1, n2, _ = pair["notes"]
    one = packages.build(other, packages.ShareSpec("reputation", contact="Ann", note_ids=(n1.id,)))
    assert set(one.document["data"]) == {"vendor", "notes"}
    two = packages.build(other, packages.ShareSpec("reputation", contact="Ann", note_ids=(n1.id, n2.id)))
    assert [g["vendor"]["name"] for g in two.document["data"]["vendors"]] == ["VeloWorks GmbH", "Sparbank"]


def _tampered(text: str) -> str:
    head, payload, sig = text.split(".")
    document = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    document["data"]["vendors"][0]["notes"][0]["ratings"]["service"] = 1
    raw = base64.urlsafe_b64encode(json.dumps(document, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return f"{head}.{raw}.{sig}"


def test_refused_bundles_write_nothing(db: Database, other: Database, tmp_path: Path, pair: dict) -> None:
    n1, n2, _ = pair["notes"]
    good = _bundle(other, "Ann", note_ids=(n1.id, n2.id))
    # a third vault, unknown to Ann, whose owner says she is Bea
    stranger_vault, _ = Vault.create(tmp_path / "cy" / "cy.myvendors", PASSPHRASE, kdf=KdfParams.floor())
    try:
        cy = stranger_vault.db
        shop = vendors.add_vendor(cy, "Velo Works", website="veloworks.example")
        note = reputation.add_note(cy, NoteDraft(shop.id, date(2026, 7, 1), "Awful", {"service": 1}))
        packages.set_profile(cy, {"name": "Bea"})
        unknown = _bundle(cy, "Ann", note_ids=(note.id,))
        claiming = _bundle(cy, "Ann", note_ids=(note.id,), disclose=("name",))
        cy_key = _key_for(cy, "Ann")
    finally:
        stranger_vault.close()
    before = _counts(db)
    for text, kwargs, reason in [
        (_tampered(good), {}, "signature"),
        (unknown, {}, "unknown-key"),
        (claiming, {"as_contact": "Cy"}, "claims-another"),  # a new contact whose bundle says it is Bea
        (unknown, {"as_contact": "Bea"}, "key-mismatch"),  # Bea's key on file did not sign it
        (good, {"as_contact": "Cy"}, "claims-another"),  # Bea's bundle cannot be taken as someone else's
    ]:
        with pytest.raises(DocumentRefused) as refused:
            bundles.import_bundle(db, text, **kwargs)
        assert refused.value.reason == reason
        assert _counts(db) == before
    contacts.add_contact(db, "Cy", cy_key, trust=1)
    before = _counts(db)
    with pytest.raises(DocumentRefused) as refused:
        bundles.import_bundle(db, claiming)  # Cy's key, saying it is Bea's
    assert refused.value.reason == "claims-another" and _counts(db) == before
    bundles.import_bundle(db, good)
    before = _counts(db)
    with pytest.raises(DocumentRefused) as refused:
        bundles.import_bundle(db, good)
    assert refused.value.reason == "replay" and _counts(db) == before


def test_unknown_key_taken_deliberately_as_a_new_contact_or_a_changed_key(db: Database, other: Database, pair: dict) -> None:
    n1 = pair["notes"][0]
    share_keys.rotate(other, share_keys.Scope("contact", name="Ann"))  # Bea made a new key
    text = _bundle(other, "Ann", note_ids=(n1.id,))
    with pytest.raises(DocumentRefused) as refused:
        bundles.read_bundle(db, text)
    assert refused.value.reason == "unknown-key"
    done = bundles.import_bundle(db, text, as_contact="Bea", replace_key=True)
    assert done.key_changed and done.contact.id == pair["bea_in_ann"].id
    assert done.contact.thumbprint != pair["bea_in_ann"].thumbprint


def test_newer_bundle_replaces_older_notes_and_older_never_overwrites(db: Database, other: Database, pair: dict) -> None:
    n1 = pair["notes"][0]
    start = datetime.now(UTC) - timedelta(days=2)
    old = _bundle(other, "Ann", note_ids=(n1.id,), now=start)
    reputation.edit_note(other, n1.id, text="Now slow", ratings={"service": 2})
    new = _bundle(other, "Ann", note_ids=(n1.id,), now=start + timedelta(days=1))
    first = bundles.import_bundle(db, new)
    assert first.notes_added == 1
    later = bundles.import_bundle(db, old)
    assert later.kept_newer == ("veloworks.example",) and later.notes_added == 0
    assert [v.note.text for v in voices.voices(db, pair["ann_bike"].id)] == ["Now slow"]
    # a newer one again replaces
    reputation.edit_note(other, n1.id, text="Better again")
    newest = bundles.import_bundle(db, _bundle(other, "Ann", note_ids=(n1.id,)))
    assert newest.notes_replaced == 1
    assert [v.note.text for v in voices.voices(db, pair["ann_bike"].id)] == ["Better again"]


def test_removing_a_contact_leaves_none_of_their_notes(db: Database, other: Database, pair: dict) -> None:
    bundles.import_bundle(db, _bundle(other, "Ann", note_ids=tuple(n.id for n in pair["notes"])))
    assert _counts(db)["contact_notes"] == 3
    contacts.remove_contact(db, pair["bea_in_ann"].id)
    assert _counts(db) == {"contacts": 0, "contact_bundles": 0, "contact_notes": 0}
    assert voices.new_to_me(db) == []


def test_same_key_or_same_name_twice_is_refused(db: Database, other: Database) -> None:
    key = _key_for(other, "Ann")
    contacts.add_contact(db, "Bea", key)
    for name, kind, field in [("bea", key, "name"), ("Bea Two", key, "key"), ("Me", _key_for(db, "Anyone"), "key")]:
        with pytest.raises(InvalidInput) as refused:
            contacts.add_contact(db, name, kind)
        assert refused.value.field == field


@pytest.mark.parametrize(("name", "website", "status", "expected"), [
    ("Velo Works", "veloworks.example", bundles.MATCHED, 1),  # same host, same name
    ("VeloWorks GmbH", "https://www.veloworks.example/x", bundles.MATCHED, 1),  # same host, similar name
    ("Totally Different", "veloworks.example", bundles.REVIEW, 1),  # same host, name differs a lot
    ("Sparbank", None, bundles.REVIEW, 2),  # two of hers have that name
    ("Lumen", None, bundles.MATCHED, 5),  # one name, no websites to disagree
    ("Lumen", "lumen.other", bundles.REVIEW, 5),  # same name, both have websites, different hosts
    ("Nowhere", "nowhere.example", bundles.NEW, None),
])
def test_matching(name: str, website: str | None, status: str, expected: int | None) -> None:
    mine = [(1, "Velo Works", "https://veloworks.example"), (2, "Sparbank", None), (3, "SPARBANK", "spar.example"),
            (5, "Lumen", "lumen.example")]
    got_status, vendor_id, candidates, _ = bundles.match_vendor(name, website, mine)
    assert (got_status, vendor_id) == (status, expected)
    assert (got_status == bundles.REVIEW) == bool(candidates)


def test_a_review_needs_a_decision(db: Database, other: Database, pair: dict) -> None:
    vendors.add_vendor(db, "SPARBANK", website="spar.example")  # now two of hers are called Sparbank
    text = _bundle(other, "Ann", note_ids=(pair["notes"][1].id,))
    plan = bundles.read_bundle(db, text)
    assert [v.key for v in plan.to_review] == ["sparbank"]
    before = _counts(db)
    with pytest.raises(InvalidInput) as refused:
        bundles.apply_bundle(db, plan)
    assert refused.value.field == "match" and _counts(db) == before
    done = bundles.apply_bundle(db, plan, {"sparbank": pair["ann_bank"].id})
    assert done.matched == (("sparbank", pair["ann_bank"].id),)


# -- keys ----------------------------------------------------------------------------------------------
def test_safety_number_is_six_groups_of_five_digits() -> None:
    zero = base64.urlsafe_b64encode(bytes(32)).rstrip(b"=").decode()
    assert keyfile.safety_number(zero) == "00000 00000 00000 00000 00000 00000"
    ones = base64.urlsafe_b64encode(bytes([255] * 32)).rstrip(b"=").decode()
    assert keyfile.safety_number(ones) == " ".join([f"{(2**40 - 1) % 100000:05d}"] * 6)
    counting = base64.urlsafe_b64encode(bytes(range(32))).rstrip(b"=").decode()
    assert keyfile.safety_number(counting) == " ".join(
        f"{int.from_bytes(bytes(range(i * 5, i * 5 + 5)), 'big') % 100000:05d}" for i in range(6))
    with pytest.raises(InvalidInput):
        keyfile.safety_number("short")


def test_key_read_from_file_text_bare_jwk_and_refusing_private(db: Database) -> None:
    document = keyfile.key_document(db, "Bea", goes_by="Ann")
    key = keyfile.read_key_text(keyfile.key_text(document))
    assert key.name == "Ann" and key.thumbprint == document["thumbprint"]
    bare = keyfile.read_key_text(json.dumps(document["jwk"]))
    assert bare.thumbprint == key.thumbprint and bare.name is None
    identity = share_keys.pseudonym_for(db, share_keys.Scope("contact", name="Bea")).public_jwks()
    assert keyfile.read_key_text(json.dumps(identity)).thumbprint == key.thumbprint
    private = share_keys.signing_key(db, share_keys.pseudonym_for(db, share_keys.Scope("contact", name="Bea")))
    secret = json.loads(private.export_private())
    for text in (json.dumps(secret), json.dumps({**document, "jwk": secret})):
        with pytest.raises(InvalidInput) as refused:
            keyfile.read_key_text(text)
        assert "private key" in str(refused.value) and secret["d"] not in str(refused.value)
    altered = {**document, "thumbprint": "A" * 43}
    with pytest.raises(InvalidInput):
        keyfile.read_key_text(json.dumps(altered))
    with pytest.raises(InvalidInput):
        keyfile.read_key_text('{"kty": "OKP", "crv": "X25519", "x": "' + document["jwk"]["x"] + '"}')


def test_key_read_from_a_qr_image_and_a_photo_of_it(db: Database) -> None:
    from PIL import Image, ImageDraw, ImageFilter

    text = keyfile.key_text(keyfile.key_document(db, "Bea", goes_by="Ann"))
    png = keyfile.qr_png(text)
    assert keyfile.read_key_bytes(png).source == "qr"
    # a photo of a screen: scaled, turned a little, on a grey textured background, slightly blurred
    import io

    code = Image.open(io.BytesIO(png)).convert("L").resize((300, 300))
    code = code.rotate(9, expand=True, fillcolor=255)
    photo = Image.new("L", (900, 700), 150)
    draw = ImageDraw.Draw(photo)
    for x in range(0, 900, 37):
        draw.line([(x, 0), (x + 200, 700)], fill=120, width=3)
    photo.paste(code, (260, 170))
    photo = photo.filter(ImageFilter.GaussianBlur(1.0)).convert("RGB")
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80)
    key = keyfile.read_key_bytes(out.getvalue())
    assert key.thumbprint == keyfile.read_key_text(text).thumbprint and key.source == "qr"
    blank = io.BytesIO()
    Image.new("RGB", (200, 200), "white").save(blank, "PNG")
    with pytest.raises(InvalidInput, match="No QR code"):
        keyfile.read_key_bytes(blank.getvalue())


# -- standing ------------------------------------------------------------------------------------------
def test_weights() -> None:
    assert [voices.age_weight(TODAY - timedelta(days=d), TODAY) for d in (-3, 0, 365, 366, 1095, 1096, 4000)] == [
        1, 1, 1, Fraction(1, 2), Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)]
    assert voices.weight(3, TODAY - timedelta(days=400), TODAY) == Fraction(3, 2)


def _contact_with_notes(db: Database, name: str, trust: int, notes: list[tuple[date, dict[str, int]]], vendor_id: int) -> None:
    from jwcrypto import jwk

    public = json.loads(jwk.JWK.generate(kty="OKP", crv="Ed25519").export_public())
    key = keyfile.read_key_text(json.dumps(public))
    contact = contacts.add_contact(db, name, key, trust=trust)
    with db.transaction():
        bundle = contacts_sql.insert_bundle(db, {"contact_id": contact.id, "document_id": f"urn:test:{name}",
                                                 "issued_at": "2026-11-30T00:00:00Z", "compact": "-", "sha256": "-"})
        for on, ratings in notes:
            contacts_sql.insert_note(db, contact_id=contact.id, bundle_id=bundle, values={
                "vendor_id": vendor_id, "vendor_key": "v.example", "vendor_name": "V", "on_date": on.isoformat(),
                "text": "", "tags": "[]", **ratings})


def test_standing_with_and_without_contacts_voices_exact(db: Database) -> None:
    vendor = vendors.add_vendor(db, "V", website="v.example")
    reputation.add_note(db, NoteDraft(vendor.id, date(2026, 3, 1), "mine", {"quality": 3}))
    without = voices.side_by_side(db, vendor.id, today=TODAY)
    assert without.mine.per_dimension == {"quality": (3.0, 1)} and without.mine.overall == 3.0
    assert without.contacts == voices.ContactsStanding(vendor.id, {}, None, 0, 0)

    _contact_with_notes(db, "A", 3, [(date(2026, 6, 1), {"quality": 5, "service": 4})], vendor.id)  # w = 3
    _contact_with_notes(db, "B", 1, [(date(2024, 6, 1), {"quality": 2, "price": 3})], vendor.id)  # 913 days: w = 1/2
    _contact_with_notes(db, "C", 2, [(date(2020, 1, 1), {"quality": 1, "service": 2, "honesty": 4}),  # old: w = 1/2
                                     (date(2026, 11, 1), {})], vendor.id)  # no rating: counts for n only
    side = voices.side_by_side(db, vendor.id, today=TODAY)
    assert side.mine == without.mine  # hers unchanged
    expected = {
        "quality": (Fraction(33, 8), 3),  # (3*5 + 1/2*2 + 1/2*1) / (3 + 1/2 + 1/2)
        "price": (Fraction(3), 1),
        "service": (Fraction(26, 7), 2),  # (3*4 + 1/2*2) / (3 + 1/2)
        "honesty": (Fraction(4), 1),
    }
    assert side.contacts == voices.ContactsStanding(vendor.id, expected, Fraction(831, 224), 3, 4)
    # the same rule over single notes agrees
    listed = voices.voices(db, vendor.id, today=TODAY)
    assert sorted(v.weight for v in listed) == [Fraction(1, 2), Fraction(1, 2), 2, 3]
    again = voices.weighted_standing(vendor.id, [(v.trust, v.note.on, v.note.ratings) for v in listed], TODAY, contacts=3)
    assert again == side.contacts
    assert voices.voice_counts(db, [vendor.id, 999]) == {vendor.id: 3}
    # trust changes the weights
    contacts.edit_contact(db, contacts.find_contact(db, "A").id, trust=1)
    assert voices.contacts_standing(db, vendor.id, today=TODAY).per_dimension["quality"] == (Fraction(13, 4), 3)  # (1*5 + 1/2*2 + 1/2*1) / 2


def test_a_bundle_about_several_vendors_renders_and_is_named(db: Database, other: Database, pair: dict) -> None:
    from myvendors.domain.sharing import files, render

    n1, n2, _ = pair["notes"]
    draft = packages.build(other, packages.ShareSpec("reputation", contact="Ann", note_ids=(n1.id, n2.id)))
    text = render.to_text(draft.document)
    assert "VeloWorks GmbH" in text and "Sparbank" in text and "Hidden fees" in text
    assert files.subject(draft.document) == "VeloWorks GmbH"


def test_the_demo_vault_has_trusted_contacts(tmp_path: Path) -> None:
    from myvendors import demo

    built = demo.build(tmp_path / "demo.myvendors", "small", 3, TODAY)
    with Vault.unlock(built.path, demo.PASSPHRASE) as vault:
        db = vault.db
        assert [(c.name, c.trust, c.notes) for c in contacts.list_contacts(db)] == [("Anaïs Moreau", 3, 3),
                                                                                   ("Jörg Weiß", 2, 2)]
        cafe = next(v for v in vendors.page_vendors(db, limit=100) if v.name == "Café Müller")
        side = voices.side_by_side(db, cafe.id, today=TODAY)
        assert side.contacts.contacts == 2 and side.contacts.per_dimension["quality"] == (Fraction(23, 5), 2)  # (3*5 + 2*4) / 5
        assert [v.name for v in voices.new_to_me(db)] == ["Velo Rückenwind"]


def test_the_json_export_has_the_contacts_their_bundles_and_notes(db: Database, other: Database, pair: dict) -> None:
    import jsonschema

    from myvendors.domain.exporting import json_export

    bundles.import_bundle(db, _bundle(other, "Ann", note_ids=tuple(n.id for n in pair["notes"])))
    document = json_export.export_vault(db)
    schema = json.loads((Path(__file__).resolve().parents[2] / "resources" / "schemas" / "export-v1.schema.json").read_text())
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
    [bea] = document["contacts"]
    assert (bea["name"], bea["trust"], len(bea["bundles"])) == ("Bea", 3, 1)
    assert keyfile.read_key_text(json.dumps(bea["jwk"])).thumbprint == bea["thumbprint"]
    assert sorted(n["text"] for n in document["contact_notes"]) == ["Great coffee", "Hidden fees", "Quick repair"]
    assert {n["bundle"] for n in document["contact_notes"]} == {bea["bundles"][0]["document_id"]}
    assert json.loads("".join(json_export.iter_json(db))) | {"exported_at": document["exported_at"]} == document


def test_renaming_a_contact_keeps_the_key_they_were_given(db: Database, other: Database) -> None:
    given = _key_for(db, "Bea")  # her key, as Bea has it
    _key_for(db, "Beatrice")  # a key once exported for a Beatrice never added
    bea = contacts.add_contact(db, "Bea", _key_for(other, "Ann"))
    contacts.edit_contact(db, bea.id, name="Beatrice", trust=3)
    current = share_keys.find_pseudonym(db, share_keys.Scope("contact", name="Beatrice"))
    assert current is not None and current.thumbprint == given.thumbprint
    assert share_keys.find_pseudonym(db, share_keys.Scope("contact", name="Bea")) is None


def test_garbage_is_refused_for_people_never_crashes(db: Database) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                               lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                               max_leaves=20)

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.one_of(st.text(max_size=300), json_values.map(json.dumps),
                     st.dictionaries(st.sampled_from(["format", "version", "jwk", "kty", "crv", "x", "d", "sig", "name",
                                                      "thumbprint", "use"]), json_values, max_size=6).map(json.dumps)))
    def check(text: str) -> None:
        for read in (keyfile.read_key_text, lambda t: bundles.read_bundle(db, t)):
            with contextlib.suppress(InvalidInput):
                read(text)

    check()
    for data in (b"", b"\x89PNG\r\n\x1a\n" + b"0" * 40, b"\xff\xd8\xff\xe0garbage", bytes(range(256))):
        with pytest.raises(InvalidInput):
            keyfile.read_key_bytes(data)


def test_a_vendor_new_to_her_becomes_hers(db: Database, other: Database, pair: dict) -> None:
    bundles.import_bundle(db, _bundle(other, "Ann", note_ids=(pair["notes"][2].id,)))
    [lumen] = voices.new_to_me(db)
    mine = vendors.add_vendor(db, "Café Lumen", website="lumen.example")
    assert voices.link_new_to_me(db, lumen.vendor_key, mine.id) == 1
    assert voices.new_to_me(db) == [] and [v.note.text for v in voices.voices(db, mine.id)] == ["Great coffee"]
    with pytest.raises(InvalidInput):
        voices.link_new_to_me(db, lumen.vendor_key, mine.id)  # nothing new to her any more
