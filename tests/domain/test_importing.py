"""Plan then apply: vendor imports from real files, duplicates, and nothing written on failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myvendors.domain import importing, vendors
from myvendors.errors import InvalidInput
from myvendors.storage import Database

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")


@needs_real_files
def test_csv_plan_apply_then_duplicates(db: Database) -> None:
    raw = (REAL / "csv-vendors" / "contacts_export.csv").read_bytes()
    plan = importing.plan_vendor_import(db, raw, filename="contacts_export.csv")
    assert plan.format == "csv" and plan.drafts and vendors.count_vendors(db) == 0  # planning writes nothing
    outcome = importing.apply_vendor_import(db, plan)
    assert len(outcome.created) + outcome.duplicates_skipped == len(plan.drafts)
    again = importing.plan_vendor_import(db, raw, filename="contacts_export.csv")
    assert {d.index for d in again.duplicates} == set(range(len(again.drafts)))  # everything is known now
    before = vendors.count_vendors(db)
    assert importing.apply_vendor_import(db, again).created == []
    assert vendors.count_vendors(db) == before


@needs_real_files
@pytest.mark.parametrize("card_file", sorted(p.name for p in (REAL / "vcard").glob("*.vcf")) if REAL.is_dir() else [])
def test_every_real_vcard_plans_or_is_refused_cleanly(db: Database, card_file: str) -> None:
    raw = (REAL / "vcard" / card_file).read_bytes()
    try:
        plan = importing.plan_vendor_import(db, raw, filename=card_file)
    except InvalidInput as exc:
        assert exc.message  # refused, with a reason
        return
    assert plan.format == "vcard"
    created = importing.apply_vendor_import(db, plan, skip_duplicates=False).created
    assert [v.name for v in created] == [d.name for d in plan.drafts]


def test_a_bad_row_names_its_line_and_writes_nothing(db: Database) -> None:
    raw = b"Company,Website\nAcme,acme.example\nBroken,not a website\nFine,fine.example\n"
    with pytest.raises(InvalidInput) as info:
        importing.plan_vendor_import(db, raw, filename="v.csv")
    assert "line 3" in info.value.message.lower() and info.value.field == "website"
    assert vendors.count_vendors(db) == 0


def test_column_mapping_can_be_chosen(db: Database) -> None:
    raw = b"Shop;Homepage;Kind\nB\xc3\xa4cker Schmidt;baecker.example;Food\n"
    plan = importing.plan_vendor_import(db, raw, filename="x.csv", mapping={"category": "Kind", "name": "Shop"})
    assert [(d.name, d.category) for d in plan.drafts] == [("Bäcker Schmidt", "Food")]
    with pytest.raises(InvalidInput) as info:
        importing.plan_vendor_import(db, raw, filename="x.csv", mapping={"colour": "Kind"})
    assert info.value.field == "map"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=3000), name=st.sampled_from(["x.csv", "x.vcf", None]))
def test_arbitrary_bytes_plan_or_refuse_and_never_write(db: Database, raw: bytes, name: str | None) -> None:
    before = vendors.count_vendors(db)
    try:
        plan = importing.plan_vendor_import(db, raw, filename=name)
    except InvalidInput:
        assert vendors.count_vendors(db) == before
        return
    assert vendors.count_vendors(db) == before
    importing.apply_vendor_import(db, plan)


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.lists(st.sampled_from(["Company", "Name", "Website", "E-mail", "Tags", "Notes", "Phone", "Zeug", ""]),
                    min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, max_size=7), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_arbitrary_csv_shapes_import_all_or_nothing(db: Database, header: list[str], rows: list[list[str]],
                                                    delimiter: str) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    before = vendors.count_vendors(db)
    try:
        plan = importing.plan_vendor_import(db, out.getvalue().encode(), filename="shape.csv")
    except InvalidInput as exc:
        assert exc.message
        assert vendors.count_vendors(db) == before
        return
    outcome = importing.apply_vendor_import(db, plan)
    assert vendors.count_vendors(db) == before + len(outcome.created)
