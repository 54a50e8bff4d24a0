"""Progress, cancel and choices for long imports: a cancelled apply writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from myvendors.domain import importing, vendors
from myvendors.domain.importing import csv_vendors, vcard
from myvendors.domain.progress import Steps
from myvendors.errors import Cancelled, InvalidInput
from myvendors.storage import Database

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")

CSV = b"Company,Website,E-Mail\nAcme,acme.example,\nBeta,beta.example,\nGamma,gamma.example,\n"


def test_steps_report_then_stop_when_asked() -> None:
    seen: list[tuple[int, int]] = []
    stop = False
    steps = Steps(3, lambda done, total: seen.append((done, total)), lambda: stop)
    steps.start()
    steps.step()
    stop = True
    with pytest.raises(Cancelled) as info:
        steps.step()
    assert seen == [(0, 3), (1, 3), (2, 3)] and info.value.exit_code == 130
    assert "nothing was changed" in info.value.message


def test_apply_reports_each_vendor_written(db: Database) -> None:
    plan = importing.plan_vendor_import(db, CSV, filename="v.csv")
    seen: list[tuple[int, int]] = []
    outcome = importing.apply_vendor_import(db, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [v.name for v in outcome.created] == ["Acme", "Beta", "Gamma"]


@pytest.mark.parametrize("after", [0, 1, 3])
def test_a_cancelled_apply_leaves_the_vault_unchanged(db: Database, after: int) -> None:
    vendors.add_vendor(db, "Already here")
    plan = importing.plan_vendor_import(db, CSV, filename="v.csv")
    written: list[int] = []
    with pytest.raises(Cancelled):
        importing.apply_vendor_import(
            db, plan, progress=lambda done, total: written.append(done), cancelled=lambda: len(written) > after
        )
    assert [v.name for v in vendors.list_vendors(db)] == ["Already here"]
    assert not db.in_transaction
    assert [v.name for v in importing.apply_vendor_import(db, plan).created] == ["Acme", "Beta", "Gamma"]


def test_leave_out_names_exactly_the_drafts_not_imported(db: Database) -> None:
    vendors.add_vendor(db, "Beta")
    plan = importing.plan_vendor_import(db, CSV, filename="v.csv")
    assert plan.duplicate_indexes() == {1}
    outcome = importing.apply_vendor_import(db, plan, leave_out={0})  # keep the duplicate, drop Acme
    assert [v.name for v in outcome.created] == ["Beta", "Gamma"] and outcome.duplicates_skipped == 0
    with pytest.raises(InvalidInput) as info:
        importing.apply_vendor_import(db, plan, leave_out={7})
    assert info.value.field == "leave_out"


def test_skip_bad_rows_lists_each_bad_line_and_plans_the_rest(db: Database) -> None:
    raw = b"Company,Website,E-Mail\nAcme,acme.example,\nBroken,not a website,\n,nameless.example,\nFine,,x@\n"
    with pytest.raises(InvalidInput):
        importing.plan_vendor_import(db, raw, filename="v.csv")  # the CLI's way: refuse the file
    plan = importing.plan_vendor_import(db, raw, filename="v.csv", skip_bad_rows=True)
    assert [d.name for d in plan.drafts] == ["Acme"] and plan.origins == ["line 2"]
    assert len(plan.skipped) == 3
    assert "line 3" in plan.skipped[0] and "'Website'" in plan.skipped[0]
    assert "line 4" in plan.skipped[1] and "line 5" in plan.skipped[2] and "'E-Mail'" in plan.skipped[2]
    assert plan.header == ("Company", "Website", "E-Mail")
    assert vendors.count_vendors(db) == 0


def test_skip_bad_rows_still_refuses_a_file_without_a_name_column(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        importing.plan_vendor_import(db, b"Date,Amount\n2020-01-01,3\n", filename="s.csv", skip_bad_rows=True)
    assert info.value.field == "name"


def test_planning_reports_rows_and_can_be_cancelled(db: Database) -> None:
    table = csv_vendors.read_csv(CSV)
    seen: list[tuple[int, int]] = []
    parsed = csv_vendors.parse_each(table, csv_vendors.suggest_mapping(table.header),
                                    progress=lambda done, total: seen.append((done, total)))
    assert len(parsed.drafts) == 3 and seen[0] == (0, 3) and seen[-1] == (3, 3)
    with pytest.raises(Cancelled):
        importing.plan_vendor_import(db, CSV, filename="v.csv", skip_bad_rows=True, cancelled=lambda: True)


def test_reading_a_long_csv_file_can_be_cancelled_before_its_rows_are_checked(db: Database) -> None:
    raw = b"Company,Website\n" + b"".join(b"Vendor %d,v%d.example\n" % (i, i) for i in range(20_000))
    asked: list[int] = []
    csv_vendors.read_csv(raw, cancelled=lambda: bool(asked.append(1)))
    assert len(asked) >= 10  # every few thousand records, not once per file
    asked.clear()
    with pytest.raises(Cancelled):
        importing.plan_vendor_import(db, raw, filename="v.csv", skip_bad_rows=True,
                                     cancelled=lambda: bool(asked.append(1)) or len(asked) >= 5)
    assert len(asked) == 5 and vendors.count_vendors(db) == 0


@needs_real_files
def test_vcard_planning_counts_cards(db: Database) -> None:
    raw = (REAL / "vcard" / "John_Doe_ANDROID.vcf").read_bytes()
    seen: list[tuple[int, int]] = []
    result = vcard.parse_vcards(raw, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert len(result.drafts) + len(result.skipped) == 6
    calls = 0

    def cancel_after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(Cancelled):
        importing.plan_vendor_import(db, raw, filename="a.vcf", cancelled=cancel_after_two)


def test_vcard_origins_name_the_card_in_the_file_when_cards_are_left_out(db: Database) -> None:
    raw = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+49 30 1\r\nEND:VCARD\r\n"
           b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Acme\r\nEND:VCARD\r\n")
    plan = importing.plan_vendor_import(db, raw, filename="a.vcf")
    assert [d.name for d in plan.drafts] == ["Acme"] and plan.origins == ["card 2"]
    assert plan.skipped[0].startswith("Card 1 (line 1)")
