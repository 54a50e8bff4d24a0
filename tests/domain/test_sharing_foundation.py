"""Pseudonyms, the terms library and the ledger: the ground packages stand on."""

from __future__ import annotations

import json

import pytest
from joserfc.jwk import OKPKey
from joserfc.jwk import thumbprint as rfc7638_thumbprint

from myvendors.domain import requests, vendors
from myvendors.domain.models import RequestDraft
from myvendors.domain.sharing import keys, ledger, terms
from myvendors.domain.sharing.keys import Scope
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def test_a_pseudonym_is_made_on_first_use_and_kept(db: Database) -> None:
    shop = vendors.add_vendor(db, "Shop")
    assert keys.find_pseudonym(db, Scope("vendor", shop.id)) is None
    first = keys.pseudonym_for(db, Scope("vendor", shop.id))
    again = keys.pseudonym_for(db, Scope("vendor", shop.id))
    assert again == first
    public = first.public_jwks()
    assert set(public) == {"sig", "enc", "thumbprint"}
    assert public["sig"]["kty"] == "OKP" and public["sig"]["crv"] == "Ed25519" and "d" not in public["sig"]
    assert public["enc"]["crv"] == "X25519" and "d" not in public["enc"]
    # RFC 7638, computed by an independent implementation
    assert public["thumbprint"] == rfc7638_thumbprint({k: public["sig"][k] for k in ("kty", "crv", "x")})
    assert OKPKey.import_key(public["sig"]).thumbprint() == public["thumbprint"]


def test_rotation_retires_the_old_pair_and_keeps_it_for_replies(db: Database) -> None:
    request = requests.create_request(db, RequestDraft(title="A bike"))
    scope = Scope("request", request.id)
    old = keys.pseudonym_for(db, scope)
    new = keys.rotate(db, scope)
    assert new.thumbprint != old.thumbprint and new.sig_public["x"] != old.sig_public["x"]
    assert keys.pseudonym_for(db, scope) == new
    retired = keys.by_thumbprint(db, old.thumbprint)
    assert retired is not None and retired.retired_at is not None
    assert keys.decryption_key(db, old.enc_public["kid"]) is not None


def test_relationships_never_share_a_key(db: Database) -> None:
    made = [keys.pseudonym_for(db, Scope("vendor", vendors.add_vendor(db, f"V{n}").id)) for n in range(20)]
    made += [keys.pseudonym_for(db, Scope("request", requests.create_request(db, RequestDraft(title=f"R{n}")).id)) for n in range(5)]
    values = [v for p in made for v in (p.thumbprint, p.sig_public["x"], p.enc_public["x"], p.enc_public["kid"])]
    assert len(values) == len(set(values))


def test_scopes_are_checked(db: Database) -> None:
    with pytest.raises(InvalidInput) as missing:
        keys.pseudonym_for(db, Scope("vendor", 999))
    assert missing.value.field == "for"
    for text in ("vendor", "vendor:x", "shop:1", ""):
        with pytest.raises(InvalidInput):
            Scope.parse(text)
    assert Scope.parse("request:12") == Scope("request", 12)


def test_a_vendors_key_must_be_a_public_okp_key() -> None:
    from jwcrypto import jwk

    private = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    with pytest.raises(InvalidInput, match="private"):
        keys.public_key_from_jwk(private.export_private(as_dict=True), use="sig")
    with pytest.raises(InvalidInput, match="X25519"):
        keys.public_key_from_jwk(private.export_public(as_dict=True), use="enc")
    with pytest.raises(InvalidInput, match="JWK"):
        keys.public_key_from_jwk("{not json", use="sig")
    assert keys.public_key_from_jwk(private.export_public(), use="sig").thumbprint() == private.thumbprint()


def test_every_kind_has_default_terms_that_fit_together() -> None:
    for kind in terms.KINDS:
        chosen = terms.defaults(kind)
        assert chosen and len({c.term.group for c in chosen}) == len(chosen)
        for c in chosen:
            document = c.to_json()
            assert document["id"] and document["version"] and "{" not in document["text"]
            json.dumps(document)
    request_terms = {c.term.id for c in terms.defaults("personal-request")}
    assert "PDC-INTENT" in request_terms


def test_the_library_has_the_roster_and_clause_terms() -> None:
    lib = terms.library()
    roster = {"SD-BASE", "SD-BASE-DP", "SD-BASE-A", "SD-BASE-AT", "SD-BASE-ATP", "SD-BASE-ATP-S3P", "PDC-INTENT"}
    assert roster <= set(lib.terms)
    assert {"DataDeletionRequired", "PortabilityRequiredOnRequest", "DataTransparencyOnRequest", "CC-P2B1"} <= set(lib.terms)
    assert all(t.id.endswith("-DP") is t.machine.get("portability", False) for t in lib.terms.values() if t.id.startswith("SD-BASE"))


def test_choosing_terms_checks_groups_and_parameters() -> None:
    chosen = terms.choose([terms.parse_choice("MV-RETENTION-DAYS:days=30"), ("SD-BASE", {})])
    assert chosen[0].text == "Delete what I shared within 30 days of receiving it."
    assert chosen[0].to_json()["machine"] == {"retentionDays": 30}
    assert terms.retention_days(chosen) == 30
    with pytest.raises(InvalidInput, match="choose one"):
        terms.choose([("SD-BASE", {}), ("SD-BASE-ATP", {})])
    with pytest.raises(InvalidInput, match="between 1 and 3650"):
        terms.choose([("MV-RETENTION-DAYS", {"days": 0})])
    with pytest.raises(InvalidInput, match="no parameter"):
        terms.choose([("SD-BASE", {"days": 3})])
    with pytest.raises(InvalidInput, match="no term"):
        terms.choose([("NOT-A-TERM", {})])
    with pytest.raises(InvalidInput, match="NAME=NUMBER"):
        terms.parse_choice("MV-RETENTION-DAYS:days=ninety")


def _append(db: Database, n: int) -> None:
    for i in range(n):
        with db.transaction():
            ledger.append(db, {"kind": "share", "n": i, "recipient": f"Vendor {i}", "fields": ["email"]})


def test_the_ledger_chain_verifies(db: Database) -> None:
    assert ledger.verify(db).ok and ledger.verify(db).entries == 0
    _append(db, 5)
    report = ledger.verify(db)
    assert report.ok and report.entries == 5
    assert [e.seq for e in ledger.entries(db)] == [1, 2, 3, 4, 5]
    with pytest.raises(RuntimeError):
        ledger.append(db, {"outside": "a transaction"})


def _tamper(db: Database, *statements: str) -> ledger.ChainReport:
    db.execute("DROP TRIGGER ledger_no_update")
    db.execute("DROP TRIGGER ledger_no_delete")
    for statement in statements:
        db.execute(statement)
    return ledger.verify(db)


def test_the_storage_refuses_edits_and_deletes(db: Database) -> None:
    _append(db, 2)
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE ledger SET entry = '{}' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM ledger WHERE seq = 2")


def test_an_edited_entry_breaks_the_chain(db: Database) -> None:
    _append(db, 4)
    report = _tamper(db, """UPDATE ledger SET entry = replace(entry, 'Vendor 2', 'Vendor X') WHERE seq = 3""")
    assert not report.ok and any("entry 3 was changed" in p for p in report.problems)


def test_a_deleted_entry_breaks_the_chain(db: Database) -> None:
    _append(db, 4)
    report = _tamper(db, "DELETE FROM ledger WHERE seq = 2")
    assert any("entry 3" in p for p in report.problems)


def test_a_deleted_last_entry_shows(db: Database) -> None:
    _append(db, 4)
    report = _tamper(db, "DELETE FROM ledger WHERE seq = 4")
    assert any("should end at entry 4 but ends at entry 3" in p for p in report.problems)


def test_reordered_entries_break_the_chain(db: Database) -> None:
    _append(db, 4)
    report = _tamper(
        db,
        "UPDATE ledger SET seq = 100 WHERE seq = 2",
        "UPDATE ledger SET seq = 2 WHERE seq = 3",
        "UPDATE ledger SET seq = 3 WHERE seq = 100",
    )
    assert not report.ok and any("does not follow" in p for p in report.problems)


def test_the_vaults_check_reports_an_altered_ledger(new_vault) -> None:  # type: ignore[no-untyped-def]
    vault, _ = new_vault
    _append(vault.db, 3)
    assert vault.check(ledger=ledger.chain_problems).ok
    _tamper(vault.db, "UPDATE ledger SET entry = replace(entry, 'Vendor 1', 'Vendor Z') WHERE seq = 2")
    result = vault.check(ledger=ledger.chain_problems)
    assert not result.ok and result.integrity.ok
    assert any("ledger entry 2 was changed" in p for p in result.ledger_problems)


def test_names_compare_by_one_fold() -> None:
    from myvendors.storage.vendors import sort_key

    same = ["Velo Works", "Velo Works ", " Velo  Works", "VELO WORKS", "Velo\u200b Works", "Velo\u00a0Works",
            "Velo\tWorks", "Ve\u00adlo Works", "\u200fVelo Works"]
    assert {sort_key(name) for name in same} == {"velo works"}
    assert sort_key("Émile") == "emile" and sort_key("Velo-Works") != "velo works"


def test_step_9_refolds_stored_names(tmp_path) -> None:
    """A vault from before the wider fold: names holding invisible characters sort and match by the new one."""
    import os

    from myvendors.storage.migrations import LATEST_VERSION

    db = Database._connect(tmp_path / "old.myvendors", os.urandom(32))
    try:
        db.migrate(target=8)
        with db.transaction():
            for uid, name, old_fold in (("a", "Velo\u200b Works", "velo\u200b works"), ("b", "Oak", "oak")):
                db.execute("INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
                           (uid, name, old_fold))
        db.migrate()
        assert db.schema_version() == LATEST_VERSION
        assert [r[0] for r in db.query("SELECT sort_name FROM vendors ORDER BY uid")] == ["velo works", "oak"]
    finally:
        db.close()
