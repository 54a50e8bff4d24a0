"""Leak canaries: aliases (normal form, one vendor each, the suggestion), leaks recorded from
public message headers (tests/data/headers/README.md) and by hand, closing, standing, and the
access request a leak calls for."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest

from myvendors.domain import leaks, settings, vendors
from myvendors.domain.sharing import packages
from myvendors.errors import InvalidInput
from myvendors.storage import Database

HEADERS = Path(__file__).resolve().parents[1] / "data" / "headers"


def _read(name: str) -> str:
    return (HEADERS / name).read_bytes().decode("utf-8")


def _vendor(db: Database, name: str) -> int:
    return vendors.add_vendor(db, name).id


def _count(db: Database, table: str) -> int:
    return int(db.query(f"SELECT count(*) FROM {table}")[0][0])


@pytest.mark.parametrize(("address", "kind", "key"), [
    ("Anna+Acme@Mail.Example", "email", "anna+acme@mail.example"),
    ("  mary@example.net ", "email", "mary@example.net"),
    ("+49 (170) 123-4567", "phone", "+491701234567"),
    ("0049 170 1234567", "phone", "+491701234567"),
    ("+1 415.555.0100", "phone", "+14155550100"),
])
def test_address_key(address: str, kind: str, key: str) -> None:
    assert leaks.address_key(address, kind) == key


@pytest.mark.parametrize(("address", "kind"), [
    ("not an address", "email"), ("anna@", "email"), ("@example.net", "email"), ("a@b", "email"),
    ("0170 1234567", "phone"), ("+49 12", "phone"), ("+49 170 12345678901234", "phone"), ("x", "fax"),
])
def test_address_key_refuses(address: str, kind: str) -> None:
    with pytest.raises(InvalidInput):
        leaks.address_key(address, kind)


@pytest.mark.parametrize(("name", "expected"), [
    ("Acme", "acme"),
    ("Müller & Söhne GmbH", "muller-sohne"),
    ("Straßenbahn Verkehrs AG", "strassenbahn-verkehrs"),
    ("example.com", "example"),
    ("ACME Corp.", "acme"),
    ("Inc", "inc"),  # a legal form alone is the name
    ("The Very Long Name Of A Company That Goes On", "the-very-long-name-of-a"),
    ("東京", "vendor"),
    ("3M", "3m"),
])
def test_slug(name: str, expected: str) -> None:
    assert leaks.slug(name) == expected
    assert len(leaks.slug(name)) <= leaks.SLUG_MAX


@pytest.mark.parametrize(("name", "email", "domain", "expected"), [
    ("Acme", "anna@mail.example", None, "anna+acme@mail.example"),
    ("Acme", "Anna.Berg+news@mail.example", "", "Anna.Berg+acme@mail.example"),  # her own plus part replaced
    ("Acme", "anna@mail.example", "anna.example", "acme@anna.example"),  # the catch-all domain wins
    ("Acme", None, "@Anna.Example", "acme@anna.example"),
    ("Acme", None, None, None),
    ("Acme", "no-at-sign", None, None),
])
def test_suggest(name: str, email: str | None, domain: str | None, expected: str | None) -> None:
    assert leaks.suggest(name, email=email, alias_domain=domain) == expected


def test_alias_belongs_to_one_vendor(db: Database) -> None:
    acme, other = _vendor(db, "Acme"), _vendor(db, "Other")
    alias = leaks.add_alias(db, acme, "Anna+Acme@mail.example", note="newsletter sign-up")
    assert (alias.address_key, alias.vendor_name, alias.kind) == ("anna+acme@mail.example", "Acme", "email")
    for vendor_id, message in ((other, "already Acme's alias: an alias is given to one vendor only"),
                               (acme, "already Acme's alias.")):
        with pytest.raises(InvalidInput, match=message):
            leaks.add_alias(db, vendor_id, "anna+ACME@Mail.example")
    phone = leaks.add_alias(db, other, "+49 170 1234567", kind="phone")
    with pytest.raises(InvalidInput, match="already Other's"):
        leaks.add_alias(db, acme, "0049 170 1234567", kind="phone")
    assert [a.id for a in leaks.aliases(db)] == [alias.id, phone.id]
    assert leaks.find_alias(db, "0049-170-1234567").id == phone.id
    assert leaks.find_alias(db, str(alias.id)).id == alias.id


def test_her_own_address_is_no_alias(db: Database) -> None:
    packages.set_profile(db, {"email": "anna@mail.example"})
    with pytest.raises(InvalidInput, match="your own address"):
        leaks.add_alias(db, _vendor(db, "Acme"), "ANNA@mail.example")
    assert _count(db, "aliases") == 0


def test_suggest_for_a_vendor(db: Database) -> None:
    acme, acme2 = _vendor(db, "Acme GmbH"), _vendor(db, "ACME")
    assert leaks.suggest_for(db, acme) is None  # no e-mail, no alias domain
    packages.set_profile(db, {"email": "anna@mail.example"})
    assert leaks.suggest_for(db, acme) == "anna+acme@mail.example"
    leaks.add_alias(db, acme, "anna+acme@mail.example")
    assert leaks.suggest_for(db, acme) is None  # it has one
    assert leaks.suggest_for(db, acme2) == "anna+acme-2@mail.example"  # another vendor's already
    settings.set_value(db, "alias_domain", "@Anna.Example.")
    assert settings.get(db, "alias_domain") == "anna.example"
    assert leaks.suggest_for(db, acme2) == "acme@anna.example"
    with pytest.raises(InvalidInput):
        settings.set_value(db, "alias_domain", "not a domain")


def test_read_headers_of_public_samples() -> None:
    trace = leaks.read_headers(_read("rfc5322-a4-trace.eml"))
    assert trace.addresses == (("To", "mary@example.net"),)  # the Received "for" names the same address
    assert (trace.used_by, trace.seen_on, trace.subject) == ("node.example", date(1997, 11, 21), "Saying Hello")
    assert "This is a message" not in trace.text and trace.text.endswith("Message-ID: <1234@local.node.example>")
    assert trace.sha256 == hashlib.sha256(trace.text.encode("utf-8")).hexdigest()

    mailboxes = leaks.read_headers(_read("rfc5322-a12-mailboxes.txt"))
    assert [a for _h, a in mailboxes.addresses] == [
        "mary@x.test", "jdoe@example.org", "one@y.test", "boss@nil.test", "sysservices@example.net"]
    assert (mailboxes.used_by, mailboxes.seen_on) == ("example.com", date(2003, 7, 1))

    encoded = leaks.read_headers(_read("rfc2047-s8-encoded-words.txt"))
    assert encoded.subject == "If you can read this you understand the example."
    assert [a for _h, a in encoded.addresses] == ["keld@dkuug.dk", "PIRARD@vm1.ulg.ac.be"]
    assert (encoded.used_by, encoded.seen_on) == ("cs.utk.edu", None)

    plus = leaks.read_headers(_read("plus-address-delivered-to.eml"))
    assert plus.addresses[0] == ("Delivered-To", "ken+mta-filters@example.com")
    assert len(plus.addresses) == 1
    assert (plus.used_by, plus.seen_on, plus.subject) == ("offers.test", date(2026, 9, 14),
                                                           "Ihr Geschenk wartet – nur heute")
    assert "\r" not in plus.text  # line ends made "\n": the same message from a file or a paste hashes the same
    assert leaks.read_headers(plus.text.replace("\n", "\r\n") + "\r\n\r\nbody").sha256 == plus.sha256


def test_received_date_when_there_is_no_date() -> None:
    found = leaks.read_headers("Received: from a.test by b.test; Tue, 3 Mar 2026 23:59:00 +0100\nTo: x@example.org\n")
    assert found.seen_on == date(2026, 3, 3)


@pytest.mark.parametrize("raw", ["", "   \n\n", "Hello, this is not a header line\n", "\nBody only"])
def test_not_headers(raw: str) -> None:
    with pytest.raises(InvalidInput, match="not a message's headers"):
        leaks.read_headers(raw)


def test_leak_from_real_headers_lands_on_the_right_vendor(db: Database) -> None:
    acme, shop = _vendor(db, "Acme"), _vendor(db, "Shop")
    leaks.add_alias(db, acme, "someone+acme@example.net")
    mary = leaks.add_alias(db, shop, "Mary@Example.net")
    ken = leaks.add_alias(db, acme, "Ken+MTA-filters@example.com")

    leak = leaks.record_from_headers(db, _read("rfc5322-a4-trace.eml"), note="from a list")
    assert (leak.vendor_id, leak.alias_id, leak.used_by, leak.seen_on) == (shop, mary.id, "node.example",
                                                                           date(1997, 11, 21))
    assert (leak.how, leak.channel, leak.subject, leak.is_open, leak.note) == (
        "headers", "email", "Saying Hello", True, "from a list")
    kept = leaks.evidence_of(db, leak.id)
    assert kept is not None and hashlib.sha256(kept.encode("utf-8")).hexdigest() == leak.evidence_sha256

    plus = leaks.record_from_headers(db, _read("plus-address-delivered-to.eml"))
    assert (plus.vendor_id, plus.alias_id, plus.used_by) == (acme, ken.id, "offers.test")
    assert [x.id for x in leaks.leaks(db)] == [plus.id, leak.id]  # newest first
    assert leaks.standing(db, acme) == leaks.LeakStanding(total=1, open=1)


def test_same_headers_twice_are_refused(db: Database) -> None:
    leaks.add_alias(db, _vendor(db, "Shop"), "mary@example.net")
    first = leaks.record_from_headers(db, _read("rfc5322-a4-trace.eml"))
    pasted = _read("rfc5322-a4-trace.eml").replace("\n", "\r\n")  # the same headers from a window
    with pytest.raises(InvalidInput, match=f"recorded already: leak {first.id} of Shop, seen on 1997-11-21"):
        leaks.record_from_headers(db, pasted)
    assert _count(db, "leaks") == 1


def test_headers_naming_no_alias_say_what_they_saw(db: Database) -> None:
    leaks.add_alias(db, _vendor(db, "Shop"), "mary@example.net")
    with pytest.raises(InvalidInput, match=re.escape("none of your aliases. The addresses in them: mary@x.test, jdoe@example.org")):
        leaks.record_from_headers(db, _read("rfc5322-a12-mailboxes.txt"))
    with pytest.raises(InvalidInput, match=re.escape("not addressed to mary@example.net; the addresses in them: keld@dkuug.dk")):
        leaks.record_from_headers(db, _read("rfc2047-s8-encoded-words.txt"), alias="mary@example.net")
    assert _count(db, "leaks") == 0


def test_named_alias_among_several(db: Database) -> None:
    first, second = _vendor(db, "First"), _vendor(db, "Second")
    leaks.add_alias(db, first, "mary@x.test")
    chosen = leaks.add_alias(db, second, "boss@nil.test")
    assert leaks.record_from_headers(db, _read("rfc5322-a12-mailboxes.txt")).vendor_id == first  # the first named
    again = leaks.record_from_headers(db, _read("rfc5322-a12-mailboxes.txt"), alias=chosen.id)
    assert again.vendor_id == second  # the same headers once per alias


def test_headers_without_a_date_are_seen_today(db: Database) -> None:
    leaks.add_alias(db, _vendor(db, "Keld's shop"), "keld@dkuug.dk")
    leak = leaks.record_from_headers(db, _read("rfc2047-s8-encoded-words.txt"), today=date(2026, 12, 3))
    assert leak.seen_on == date(2026, 12, 3)


def test_leak_by_hand(db: Database) -> None:
    acme = _vendor(db, "Acme")
    leaks.add_alias(db, acme, "anna+acme@mail.example")
    leaks.add_alias(db, acme, "+49 170 1234567", kind="phone")
    call = leaks.record_by_hand(db, "+491701234567", seen_on=date(2026, 11, 2), used_by="  Energy   Deals ltd ",
                                today=date(2026, 12, 3))
    assert (call.channel, call.used_by, call.how, call.evidence_sha256) == ("phone", "Energy Deals ltd", "manual", None)
    sms = leaks.record_by_hand(db, "+491701234567", seen_on=date(2026, 11, 3), used_by="+44 7700 900123",
                               channel="sms", today=date(2026, 12, 3))
    assert sms.channel == "sms"
    refusals = [
        ({"alias": "anna+acme@mail.example", "channel": "sms"}, "came by e-mail"),
        ({"alias": "+491701234567", "channel": "email"}, "came by phone call or SMS"),
        ({"alias": "anna+acme@mail.example", "used_by": "  "}, "Say who used the alias"),
        ({"alias": "anna+acme@mail.example", "seen_on": date(2026, 12, 4)}, "after today"),
        ({"alias": "nobody@mail.example"}, "none of your aliases"),
    ]
    for changes, message in refusals:
        values = {"alias": "x", "seen_on": date(2026, 12, 1), "used_by": "Someone", "channel": None, **changes}
        alias = str(values.pop("alias"))
        with pytest.raises(InvalidInput, match=message):
            leaks.record_by_hand(db, alias, today=date(2026, 12, 3), **values)  # type: ignore[arg-type]
    assert _count(db, "leaks") == 2


def test_close_reopen_standing_and_overview(db: Database) -> None:
    acme, shop = _vendor(db, "Acme"), _vendor(db, "Shop")
    leaks.add_alias(db, acme, "a@acme.example")
    leaks.add_alias(db, shop, "s@shop.example")
    one = leaks.record_by_hand(db, "a@acme.example", seen_on=date(2026, 1, 1), used_by="x")
    leaks.record_by_hand(db, "a@acme.example", seen_on=date(2026, 1, 2), used_by="y")
    leaks.record_by_hand(db, "s@shop.example", seen_on=date(2026, 1, 3), used_by="z")
    assert leaks.open_by_vendor(db) == [(acme, "Acme", 2), (shop, "Shop", 1)]
    closed = leaks.close(db, one.id)
    assert not closed.is_open
    assert leaks.standing(db, acme) == leaks.LeakStanding(total=2, open=1)
    assert [x.id for x in leaks.leaks(db, open_only=True, vendor_id=acme)] != [one.id]
    assert leaks.close(db, one.id, reopen=True).is_open
    vendors.delete_vendor(db, shop)  # in the trash: not listed across vendors
    assert leaks.open_by_vendor(db) == [(acme, "Acme", 2)]


def test_an_alias_with_leaks_stays(db: Database) -> None:
    acme = _vendor(db, "Acme")
    kept = leaks.add_alias(db, acme, "a@acme.example")
    gone = leaks.add_alias(db, acme, "b@acme.example")
    leaks.record_by_hand(db, kept.id, seen_on=date(2026, 1, 1), used_by="x")
    with pytest.raises(InvalidInput, match="1 leak"):
        leaks.remove_alias(db, kept.id)
    leaks.remove_alias(db, gone.id)
    assert [a.id for a in leaks.aliases(db, acme)] == [kept.id]


@pytest.mark.parametrize(("law", "cites"), [("GDPR", "Article 15(1)(c)"), ("ccpa", "section 1798.110")])
def test_access_request_names_the_alias_and_the_leak(db: Database, law: str, cites: str) -> None:
    shop = _vendor(db, "Shop")
    leaks.add_alias(db, shop, "mary@example.net")
    leak = leaks.record_from_headers(db, _read("rfc5322-a4-trace.eml"))
    spec = leaks.access_request(db, leak.id, law)
    assert (spec.kind, spec.vendor_id, spec.law, spec.concerning) == ("access-request", shop, law.upper(), ())
    assert cites in spec.text and "mary@example.net" in spec.text and "21 November 1997" in spec.text
    assert "by node.example in an e-mail (subject “Saying Hello”)" in spec.text
    letter = packages.build(db, spec).document["data"]["letter"]
    assert spec.text in letter
    with pytest.raises(InvalidInput, match="GDPR or CCPA"):
        leaks.access_request(db, leak.id, "LGPD")


def _shared_state(db: Database) -> tuple[int, int, int]:
    return _count(db, "aliases"), _count(db, "packages"), _count(db, "ledger")


def test_a_share_gives_the_alias_in_place_of_her_email(db: Database) -> None:
    packages.set_profile(db, {"email": "anna@mail.example", "name": "Anna Berg"})
    acme = _vendor(db, "Acme")
    alias = leaks.suggest_for(db, acme)
    assert alias == "anna+acme@mail.example"
    spec = packages.ShareSpec("profile", vendor_id=acme, fields=("name", "email"), aliases=(("email", alias),))
    draft = packages.build(db, spec)
    assert draft.document["data"]["fields"] == {"name": "Anna Berg", "email": alias}  # the preview shows the alias
    assert _shared_state(db) == (0, 0, 0)  # building writes nothing
    shared = packages.share_draft(db, draft)
    recorded = leaks.aliases(db, acme)
    assert [(a.address, a.package_id, a.field) for a in recorded] == [(alias, shared.package_id, "email")]
    entry = db.query("SELECT entry FROM ledger ORDER BY seq DESC LIMIT 1")[0][0]
    assert '"aliases":{"email":"anna+acme@mail.example"}' in entry
    again = packages.share(db, spec)  # the vendor's own alias again: no second row
    assert again.draft.document["data"]["fields"]["email"] == alias and _count(db, "aliases") == 1

    leak = leaks.record_by_hand(db, alias, seen_on=date(2026, 1, 5), used_by="spam.example")
    request = leaks.access_request(db, leak.id)
    assert request.concerning == (shared.package_id,) and f"in the package {shared.package_id}" in request.text


def test_a_refused_share_writes_no_alias(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    packages.set_profile(db, {"email": "anna@mail.example", "phone": "+49 30 1234567"})
    acme, other = _vendor(db, "Acme"), _vendor(db, "Other")
    leaks.add_alias(db, other, "anna+other@mail.example")
    before = _shared_state(db)
    refusals = [
        (packages.ShareSpec("profile", vendor_id=acme, fields=("email",), aliases=(("email", "anna+other@mail.example"),)),
         "already Other's alias"),
        (packages.ShareSpec("profile", vendor_id=acme, fields=("phone",), aliases=(("email", "anna+acme@mail.example"),)),
         "when you share it"),  # e-mail not shared
        (packages.ShareSpec("profile", vendor_id=acme, fields=("email",), aliases=(("email", "+49 170 1234567"),)),
         "not an e-mail address"),
        (packages.ShareSpec("profile", vendor_id=acme, fields=("email", "city"), aliases=(("email", "a+acme@mail.example"),)),
         "no city"),  # refused for another reason: nothing is written either
    ]
    for spec, message in refusals:
        with pytest.raises(InvalidInput, match=message):
            packages.share(db, spec)
        assert _shared_state(db) == before

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk failed while writing the ledger")

    monkeypatch.setattr(packages.ledger, "append", broken)
    spec = packages.ShareSpec("profile", vendor_id=acme, fields=("email",), aliases=(("email", "anna+acme@mail.example"),))
    with pytest.raises(RuntimeError):
        packages.share(db, spec)
    assert _shared_state(db) == before  # the alias goes in the share's transaction, or not at all


def test_the_demo_vault_shows_leak_canaries(tmp_path: Path) -> None:
    from myvendors import demo
    from myvendors.vault import Vault

    built = demo.build(tmp_path / "demo.myvendors", "small", 3, date(2025, 6, 1))
    with Vault.unlock(built.path, demo.PASSPHRASE) as vault:
        found = leaks.leaks(vault.db)
        assert [(x.vendor_name, x.how, x.is_open) for x in found] == [
            ("Nordlicht Mobilfunk", "headers", True), ("SwiftParcel Couriers Ltd", "manual", False)]
        assert (found[0].used_by, found[0].seen_on, found[0].subject) == (
            "gewinn-zentrale.example", date(2025, 5, 20), "Sie haben gewonnen!")
        given = leaks.aliases(vault.db, found[0].vendor_id)[0]
        assert given.package_id is not None and given.field == "email"  # the profile share gave it
        assert "in the package" in leaks.access_request(vault.db, found[0].id).text


def test_aliases_and_leaks_are_exported_and_validate(db: Database) -> None:
    from test_json_export import _validate

    from myvendors.domain.exporting import json_export

    shop = _vendor(db, "Shop")
    leaks.add_alias(db, shop, "mary@example.net", note="loyalty card")
    leak = leaks.record_from_headers(db, _read("rfc5322-a4-trace.eml"))
    leaks.add_alias(db, shop, "+49 170 1234567", kind="phone")
    leaks.close(db, leaks.record_by_hand(db, "+49 170 1234567", seen_on=date(2026, 1, 2), used_by="x").id)
    vendors.delete_vendor(db, shop)  # in the trash: still exported
    document = json_export.export_vault(db)
    _validate(document)
    assert [a["address_key"] for a in document["aliases"]] == ["mary@example.net", "+491701234567"]
    exported = {x["id"]: x for x in document["leaks"]}[leak.id]
    assert exported["evidence"] == leaks.evidence_of(db, leak.id)
    assert hashlib.sha256(exported["evidence"].encode("utf-8")).hexdigest() == exported["evidence_sha256"]
    assert [x["how"] for x in document["leaks"]] == ["manual", "headers"]  # newest first


def test_a_retired_alias_is_kept_with_its_leaks_but_no_longer_given_out(db: Database) -> None:
    from datetime import UTC, datetime

    packages.set_profile(db, {"email": "anna@mail.example"})
    acme = _vendor(db, "Acme")
    alias = leaks.add_alias(db, acme, "anna+acme@mail.example")
    leaks.record_by_hand(db, alias.id, seen_on=date(2026, 1, 5), used_by="spam.example")
    with pytest.raises(InvalidInput, match="retire it instead"):
        leaks.remove_alias(db, alias.id)
    assert leaks.suggest_for(db, acme) is None  # it has one in use
    retired = leaks.retire_alias(db, alias.id, at=datetime(2026, 2, 1, 8, 0, tzinfo=UTC))
    assert retired.is_retired and retired.retired_at == "2026-02-01T08:00:00+00:00" and retired.leaks == 1
    assert leaks.retire_alias(db, alias.id) == retired  # retired already: unchanged
    assert leaks.suggest_for(db, acme) == "anna+acme-2@mail.example"  # a new one may be given
    spec = packages.ShareSpec("profile", vendor_id=acme, fields=("email",), aliases=(("email", alias.address),))
    before = _shared_state(db)
    with pytest.raises(InvalidInput, match="is retired: it is no longer given out"):
        packages.share(db, spec)
    assert _shared_state(db) == before
    late = leaks.record_by_hand(db, alias.id, seen_on=date(2026, 3, 1), used_by="more-spam.example")
    assert late.alias_id == alias.id  # a retired canary still sings
    back = leaks.retire_alias(db, alias.id, back=True)
    assert not back.is_retired and back.leaks == 2 and leaks.suggest_for(db, acme) is None


def _a_leak(**changes: object) -> leaks.Leak:
    from dataclasses import replace

    leak = leaks.Leak(id=1, uid="u", alias_id=1, alias_address="anna+acme@mail.example", vendor_id=1,
                      vendor_name="Acme", seen_on=date(2026, 3, 2), used_by="spam.example", subject="",
                      how="manual", channel="email", evidence_sha256=None, note="", recorded_at="2026-03-02T10:00:00",
                      closed_at=None, alias_package_id="pkg-1", alias_created_at="2026-01-15T09:00:00+00:00")
    return replace(leak, **changes)


@pytest.mark.parametrize(("leak", "law", "language", "expected"), [
    (_a_leak(), "GDPR", "en",
     "Under Article 15(1)(c) of the General Data Protection Regulation I ask you in particular to name the recipients "
     "to whom my personal data have been or will be disclosed. I gave the address anna+acme@mail.example to you alone "
     "on 15 January 2026 in the package pkg-1; it was given to no one else. On 2 March 2026 it was used by spam.example in an "
     "e-mail, who did not have it from me. Please tell me to whom you disclosed it, when, and on what basis."),
    (_a_leak(), "GDPR", "de",
     "Nach Art. 15 Abs. 1 lit. c der Datenschutz-Grundverordnung bitte ich Sie insbesondere, mir die Empfänger zu "
     "nennen, gegenüber denen meine personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden. Die "
     "Adresse anna+acme@mail.example habe ich am 15. Januar 2026 im Paket pkg-1 nur Ihnen gegeben; sonst hat sie niemand "
     "von mir bekommen. Am 2. März 2026 hat spam.example sie in einer E-Mail benutzt, ohne sie von mir zu haben. Bitte "
     "teilen Sie mir mit, wem Sie sie offengelegt haben, wann und auf welcher Grundlage."),
    (_a_leak(alias_package_id=None, used_by="", channel="sms", subject="Gewinn!"), "CCPA", "de",
     "Nach Section 1798.110 des California Consumer Privacy Act bitte ich Sie insbesondere, mir die Dritten zu nennen, "
     "denen Sie meine personenbezogenen Informationen offengelegt haben. Die Adresse anna+acme@mail.example habe ich "
     "am 15. Januar 2026 nur Ihnen gegeben; sonst hat sie niemand von mir bekommen. Am 2. März 2026 hat jemand anderes sie in "
     "einer SMS (Betreff „Gewinn!“) benutzt, ohne sie von mir zu haben. Bitte teilen Sie mir mit, wem Sie sie "
     "offengelegt haben, wann und auf welcher Grundlage."),
    (_a_leak(alias_package_id=None, used_by="", channel="phone", alias_created_at=""), "CCPA", "en",
     "Under section 1798.110 of the California Consumer Privacy Act I ask you in particular to name the third parties "
     "to whom you disclosed my personal information. I gave the address anna+acme@mail.example to you alone; it was "
     "given to no one else. On 2 March 2026 it was used by someone else in a phone call, who did not have it from me. "
     "Please tell me to whom you disclosed it, when, and on what basis."),
])
def test_the_access_requests_paragraph_in_the_shares_language(leak: leaks.Leak, law: str, language: str,
                                                               expected: str) -> None:
    assert leaks.request_paragraph(leak, law, language) == expected


def test_the_access_request_is_written_in_the_language_asked_or_the_apps(db: Database,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    acme = _vendor(db, "Acme")
    leaks.add_alias(db, acme, "anna+acme@mail.example")
    leak = leaks.record_by_hand(db, "anna+acme@mail.example", seen_on=date(2026, 3, 2), used_by="spam.example")
    german = leaks.access_request(db, leak.id, language="de")
    assert german.language == "de" and "Die Adresse anna+acme@mail.example habe ich am" in german.text
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert leaks.access_request(db, leak.id).language == "de"  # the app's language on this device
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    english = leaks.access_request(db, leak.id)
    assert english.language == "en" and "I gave the address anna+acme@mail.example to you alone on" in english.text
    with pytest.raises(InvalidInput):
        leaks.access_request(db, leak.id, language="it")


def test_a_date_no_calendar_holds_leaves_the_day_to_the_received_line() -> None:
    """Found by the fuzz test: a year too large for a date raised OverflowError out of the reading."""
    raw = ("Received: from mx.spam.example by mx.example.org for <me+shop@example.org>; "
           "Tue, 1 Dec 2026 09:00:00 +0000\n"
           "From: Spam <a@spam.example>\nTo: me+shop@example.org\n"
           "Date: Tue, 1 Jul 9999999999999999999999999999992003 10:52:37 +0200\n")
    assert leaks.read_headers(raw).seen_on == date(2026, 12, 1)
