"""Vaults written by every released schema version open with today's code and keep their rows.

tests/data/vaults holds one vault per version (vN.myvendors and its envelope), each made by the code
of the commit where that version was the newest (README.md there says which and how), never rebuilt
with today's code: a step that changed behaviour after it shipped shows here. Each test migrates a
copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from myvendors import paths
from myvendors.domain import search, vendors
from myvendors.domain.sharing import ledger
from myvendors.storage.migrations import LATEST_VERSION
from myvendors.vault.vault import Vault

FIXTURES = Path(__file__).parent / "data" / "vaults"
PASSPHRASE = "old vault fixture passphrase"
#: the recovery key each fixture was made with (unlocking by it skips the passphrase's Argon2id)
RECOVERY_KEYS = {
    2: "7E5JZ-HSMBE-NGXTM-XHV3M-AEANE-5VJUK-ZO274-KZG43",
    3: "O4N5V-ELSGJ-Y4JEK-W3D6X-7WHAO-2VM63-2XRVF-KPRYA",
    4: "R266F-CXSW7-FXHAC-DZY6O-3UCYV-VLDFH-OWEE4-ANNZH",
    5: "EQ5QY-CJNFH-FQVLW-EJYO2-U66AZ-XROUK-7APQ6-DZE6P",
    6: "SUFPL-I4HH5-2GQLV-DPYV5-4BID2-W7KSV-DZ6VN-7X4BW",
    7: "Z757Z-3J2ZS-KYUOQ-G4F4Q-KKRQW-P2ANH-L7V5U-SYY4J",
    8: "ABCXW-OUAPO-7WIGV-WNEZM-5FS5I-C4MZ6-V7KHD-AMIRV",
    9: "BY7QD-HADBI-C3BXY-TLVKF-XJP3Y-S5REM-N6OFO-T7GRH",
    10: "3T5ZG-Y3V5A-JLQ52-KJHK5-TYZJU-DDWVK-CQMTD-FJ3M2",
    11: "S3UWX-G4ECZ-7YA6Q-DVQL3-ELRMG-6VOXJ-XKSWL-QISVS",
}


def test_a_fixture_for_every_released_version() -> None:
    """v1 never shipped alone (steps 1 and 2 came in one commit); every later version did, and the
    newest must get its fixture when a step is added (build_fixture.py, under that commit's code)."""
    made = {int(p.name[1:].split(".")[0]) for p in FIXTURES.glob("v*.myvendors")}
    assert made == set(range(2, LATEST_VERSION + 1)) == set(RECOVERY_KEYS)


def _copy(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"v{version}.myvendors"
    shutil.copyfile(FIXTURES / target.name, target)
    shutil.copyfile(FIXTURES / paths.envelope_path(target).name, paths.envelope_path(target))
    return target


@pytest.mark.parametrize("version", sorted(RECOVERY_KEYS))
def test_an_old_vault_migrates_to_the_newest_with_its_rows(version: int, tmp_path: Path) -> None:
    path = _copy(version, tmp_path)
    with Vault.unlock_with_recovery(path, RECOVERY_KEYS[version]) as vault:
        db = vault.db
        assert db.schema_version() == LATEST_VERSION
        report = vault.check(ledger=ledger.chain_problems)
        assert report.ok, report.problems()
        # Sorted by today's fold: É beside E, and the zero-width space step 9 drops from the stored
        # key (step 4 kept it, which sorted the name after "Velo Works").
        names = [v.name for v in vendors.page_vendors(db, sort="name")]
        assert names == ["Émile Bakery", "Ve\u200bla Cafe", "Velo Works", "Zeta Plumbing"]
        assert vendors.count_vendors(db) == 4
        assert {h.title for h in search.search(db, "sourdough").groups["vendors"]} == {"Émile Bakery"}
        if version >= 3:
            velo = next(v for v in vendors.page_vendors(db) if v.name == "Velo Works")
            assert set(velo.tags) == {"bike", "local"} and velo.email == "shop@velo.example"
            hits = search.search(db, "zucchini").groups
            assert [h.kind for hits_ in hits.values() for h in hits_] == ["interactions"]
            assert search.search(db, "mechanic").groups.keys() == {"notes"}
            assert search.search(db, "roof").groups.keys() == {"requests", "offers"}
        if version >= 5:
            chain = ledger.verify(db)
            assert chain.ok and chain.entries == 1
        if version >= 10:
            from myvendors.domain import agreements, follow_ups, statements

            plan = next(a for a, _ in agreements.all_agreements(db) if a.title == "Service plan")
            assert (plan.reference, str(plan.trial_end)) == ("VW-1", "2026-12-01")
            assert [f.title for f, _ in follow_ups.open_follow_ups(db)] == ["Service plan renewed?"]
            again = statements.read_statement(
                b"<OFX><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>DE01</BANKACCTFROM><BANKTRANLIST><STMTTRN>"
                b"<DTPOSTED>20261101<TRNAMT>-12.99<FITID>F1<NAME>VELO WORKS BERLIN</STMTTRN></BANKTRANLIST></STMTRS></OFX>")
            assert statements.plan_statement(db, again).already_there == 1  # the imported line is known again
        if version >= 11:
            from myvendors.domain import contacts, leaks
            from myvendors.domain.contacts import voices

            velo = next(v for v in vendors.page_vendors(db) if v.name == "Velo Works")
            assert [(c.name, c.trust, c.notes) for c in contacts.list_contacts(db)] == [("Friend", 3, 1)]
            assert voices.contacts_standing(db, velo.id).contacts == 1  # the friend's note found her Velo Works
            assert [(a.address, a.vendor_id) for a in leaks.aliases(db)] == [("me+velo@example.org", velo.id)]
            assert [(x.used_by, x.closed_at) for x in leaks.leaks(db, vendor_id=velo.id)] == [("prizes.example", None)]


@pytest.mark.real_kdf
def test_the_oldest_fixture_opens_with_its_passphrase(tmp_path: Path) -> None:
    with Vault.unlock(_copy(2, tmp_path), PASSPHRASE) as vault:
        assert vault.db.schema_version() == LATEST_VERSION
