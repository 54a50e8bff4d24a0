"""Child process for test_crash: writes to a vault in a loop until it is killed.

Usage: python crash_child.py VAULT PASSPHRASE_A PASSPHRASE_B MODE [test-kdf]
MODE "rows": add vendors, printing each id after its transaction committed; each also gets an
interaction and a note, and every fifth goes to the trash (the maintained totals move with them).
MODE "passwd": switch the passphrase A -> B -> A ..., printing the one in force after each switch.
MODE "backup": add vendors and back up after each, printing the id once both are done.
"test-kdf": the child installs the test suite's cheap KDF too (the parent has it unless the test
is marked real_kdf), so that it can open the vault the parent made and switch its passphrase.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from myvendors.domain import reputation, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money, NoteDraft
from myvendors.errors import WrongSecret
from myvendors.vault import KdfParams, Vault
from myvendors.vault.envelope import use_test_kdf


def main() -> None:
    with use_test_kdf(sys.argv[5:] == ["test-kdf"]):
        _write_until_killed()


def _write_until_killed() -> None:
    path, first, second, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    try:
        vault = Vault.unlock(path, first)
        current, other = first, second
    except WrongSecret:
        vault = Vault.unlock(path, second)
        current, other = second, first
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if mode in ("rows", "backup"):
            vendor = vendors.add_vendor(vault.db, f"Crash vendor {n}", notes="n" * (n % 900))
            if mode == "backup":
                vault.backup(keep=3)
            print(vendor.id, flush=True)
            if mode == "rows":
                timeline.record(vault.db, InteractionDraft(vendor_id=vendor.id, kind=InteractionKind.PAYMENT,
                                                           at=datetime(2026, 1, 1, tzinfo=UTC), amount=Money(n, "EUR")))
                reputation.add_note(vault.db, NoteDraft(vendor_id=vendor.id, on=date(2026, 1, 1), ratings={"quality": n % 5 + 1}))
                if n % 5 == 0:
                    vendors.delete_vendor(vault.db, vendor.id)
        else:
            vault.change_passphrase(current, other, kdf=KdfParams.floor())
            current, other = other, current
            print(current, flush=True)


if __name__ == "__main__":
    main()
