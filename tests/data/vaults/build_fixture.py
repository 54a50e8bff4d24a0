"""Build one old-vault fixture with the code of the commit where its schema version was the newest.

Run with that commit's sources first on the path, never today's (the point is a file today's code did not make):

    git worktree add --detach /tmp/mf-vN <commit>
    PYTHONPATH=/tmp/mf-vN/src .venv/bin/python tests/data/vaults/build_fixture.py tests/data/vaults/vN.myvendors

It adds the rows each version's services know (vendors from v2; agreements, the timeline, notes,
requests and offers from v3; a shared package and its ledger entry from v5) and prints the recovery
key for the README. This script is kept to say how the files were made, not to remake them.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, UTC
from pathlib import Path

from myvendors.domain import vendors
from myvendors.storage.migrations import LATEST_VERSION
from myvendors.vault.envelope import KdfParams
from myvendors.vault.vault import Vault

PASSPHRASE = "old vault fixture passphrase"
#: sorts after "Velo Works" by step 4's fold (U+200B kept) and before it by step 9's (dropped)
ZERO_WIDTH_NAME = "Ve\u200bla Cafe"


def main(target: Path) -> None:
    vault, recovery_key = Vault.create(target, PASSPHRASE, kdf=KdfParams.floor())
    db = vault.db
    if LATEST_VERSION < 3:
        vendors.add_vendor(db, "Émile Bakery", website="https://emile.example", notes="sourdough on fridays")
        vendors.add_vendor(db, "Velo Works", notes="bike repairs")
        vendors.add_vendor(db, "Zeta Plumbing")
        vendors.add_vendor(db, ZERO_WIDTH_NAME)
    else:
        from myvendors.domain import agreements, reputation, requests, timeline
        from myvendors.domain.models import (
            AgreementDraft, AgreementKind, BillingPeriod, InteractionDraft, InteractionKind, Money, NoteDraft,
            OfferDraft, RequestDraft, VendorDraft, VendorStatus,
        )

        emile = vendors.create_vendor(db, VendorDraft(
            name="Émile Bakery", website="https://emile.example", notes="sourdough on fridays", tags=("food",)))
        velo = vendors.create_vendor(db, VendorDraft(
            name="Velo Works", category="bikes", email="shop@velo.example", notes="bike repairs", tags=("bike", "local")))
        vendors.create_vendor(db, VendorDraft(name="Zeta Plumbing", status=VendorStatus.FORMER))
        vendors.create_vendor(db, VendorDraft(name=ZERO_WIDTH_NAME))
        agreements.add_agreement(db, AgreementDraft(
            vendor_id=velo.id, kind=AgreementKind.SUBSCRIPTION, title="Service plan",
            price=Money(1299, "EUR"), period=BillingPeriod.MONTHLY, renewal=date(2027, 1, 1)))
        timeline.record(db, InteractionDraft(
            vendor_id=velo.id, kind=InteractionKind.PAYMENT, at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
            amount=Money(4500, "EUR"), note="new zucchini-green chain"))
        timeline.record(db, InteractionDraft(
            vendor_id=emile.id, kind=InteractionKind.PAYMENT, at=datetime(2026, 11, 21, 8, 0, tzinfo=UTC),
            amount=Money(650, "EUR"), note="two loaves"))
        reputation.add_note(db, NoteDraft(
            vendor_id=velo.id, on=date(2026, 11, 20), text="friendly mechanic", ratings={"quality": 5, "price": 4}))
        request = requests.create_request(db, RequestDraft(title="Fix the roof", description="leaking gutter"))
        requests.add_offer(db, OfferDraft(request_id=request.id, price=Money(30000, "EUR"), sender="Roof & Co"))
        if LATEST_VERSION >= 5:
            from myvendors.domain.sharing import packages

            packages.set_profile(db, {"email": "me@example.org"})
            packages.share(db, packages.ShareSpec("profile", vendor_id=velo.id, fields=("email",)))
    if LATEST_VERSION >= 10:
        from myvendors.domain import follow_ups, statements

        plan = agreements.all_agreements(db)[0][0]
        agreements.update_agreement(db, plan.id, reference="VW-1", trial_end=date(2026, 12, 1))
        follow_ups.add(db, velo.id, date(2027, 1, 15), "Service plan renewed?", agreement_id=plan.id)
        ofx = (b"<OFX><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>DE01</BANKACCTFROM><BANKTRANLIST>"
               b"<STMTTRN><DTPOSTED>20261101<TRNAMT>-12.99<FITID>F1<NAME>VELO WORKS BERLIN</STMTTRN>"
               b"</BANKTRANLIST></STMTRS></OFX>")
        statement = statements.read_statement(ofx)
        planned = statements.plan_statement(db, statement)
        statements.apply_statement(db, planned, {g.key: statements.PayeeChoice.existing(velo.id) for g in planned.payees})
    if LATEST_VERSION >= 11:
        import tempfile

        from myvendors.domain import contacts, leaks, reputation as notes_of
        from myvendors.domain.contacts import bundles, keyfile
        from myvendors.domain.models import NoteDraft as Note
        from myvendors.domain.sharing import packages as shared

        # A friend's vault gives her key and a bundle with a note about Velo Works (matched by name).
        with tempfile.TemporaryDirectory() as folder:
            friend, _ = Vault.create(Path(folder) / "friend.myvendors", PASSPHRASE, kdf=KdfParams.floor())
            shop = vendors.create_vendor(friend.db, VendorDraft(name="Velo Works"))
            note = notes_of.add_note(friend.db, Note(vendor_id=shop.id, on=date(2026, 11, 25), text="fair prices",
                                                     ratings={"price": 4}))
            key = keyfile.read_key_text(keyfile.key_text(keyfile.key_document(friend.db, "Me")))
            bundle = shared.share(friend.db, shared.ShareSpec("reputation", contact="Me", note_ids=(note.id,)))
            friend.close()
        contacts.add_contact(db, "Friend", key, trust=3)
        bundles.import_bundle(db, bundle.compact, undecided_new=True)
        alias = leaks.add_alias(db, velo.id, "me+velo@example.org", field="email")
        leaks.record_from_headers(db, (
            "From: Prize Desk <win@prizes.example>\n"
            f"To: {alias.address}\n"
            "Subject: You won\n"
            "Date: Tue, 01 Dec 2026 09:00:00 +0000\n"
        ))
    db.execute("VACUUM")  # the smallest file those rows make
    vault.close()
    print(f"v{LATEST_VERSION}: {target.name} recovery key: {recovery_key}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
