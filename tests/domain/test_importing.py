"""Plan then apply: vendor imports from real files, duplicates, and nothing written on failure."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myvendors.cli.cmd_transfer import _import_text
from myvendors.domain import importing, vendors
from myvendors.domain.importing import csv_vendors, vcard
from myvendors.domain.models import VendorDraft
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


# -- time linear in the file (timed on purpose: the promise is about growth, not speed) -------
def _cpu_seconds(run: Callable[[], object], runs: int) -> float:
    """The least process CPU time of `runs` calls (the least is the one least disturbed)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def _growth(make: Callable[[int], object], run: Callable[[object], object], size: int) -> float:
    """How much longer `run` takes on `make(10 * size)` than on `make(size)`: about 10 when
    linear, 100 when quadratic."""
    small, large = make(size), make(10 * size)
    run(small)  # warm up (imports, regex caches)
    return _cpu_seconds(lambda: run(large), 3) / _cpu_seconds(lambda: run(small), 5)


def _folded_card(lines: int) -> bytes:
    """One card whose note is folded over `lines` lines (vCard 3.0 folding)."""
    note = "NOTE:" + "\r\n ".join(["folded note text " * 4] * lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme\r\n{note}\r\nEND:VCARD\r\n".encode()


def _soft_broken_card(lines: int) -> bytes:
    """One vCard 2.1 card whose quoted-printable note has `lines` soft line breaks."""
    note = "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + "=\r\n".join(["Caf=C3=A9 au lait "] * lines)
    return f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Acme\r\n{note}\r\nEND:VCARD\r\n".encode()


@pytest.mark.parametrize(("make", "lines"), [(_folded_card, 500), (_soft_broken_card, 1_000)])
def test_one_long_vcard_value_takes_time_linear_in_its_lines(make: Callable[[int], bytes], lines: int) -> None:
    (draft,) = vcard.parse_vcards(make(3)).drafts
    assert draft.notes.count("Café au lait") == 3 or draft.notes.count("folded") == 12  # read whole
    growth = _growth(make, vcard.parse_vcards, lines)  # type: ignore[arg-type]
    assert growth < 25, f"10x the lines took {growth:.0f}x the time"


def test_duplicates_of_one_company_take_time_linear_in_the_drafts() -> None:
    def make(n: int) -> tuple[list[VendorDraft], list[tuple[int, str, str | None]]]:
        existing = [(i, "ACME GmbH", "https://www.acme.example/") for i in range(n)]
        return [VendorDraft(name="Acme GmbH", website="acme.example")] * n, existing

    growth = _growth(make, lambda pair: csv_vendors.find_duplicates(*pair), 100)  # type: ignore[misc]
    assert growth < 25, f"10x the drafts took {growth:.0f}x the time"


def test_a_csv_file_of_one_company_plans_in_time_linear_in_its_rows(db: Database) -> None:
    def make(n: int) -> bytes:
        return ("Company,Website\n" + "Acme GmbH,https://acme.example/\n" * n).encode()

    growth = _growth(make, lambda raw: importing.plan_vendor_import(db, raw, filename="a.csv"), 100)  # type: ignore[arg-type]
    assert growth < 25, f"10x the rows took {growth:.0f}x the time"


def test_importing_a_thousand_rows_of_one_company_again_reports_each_row_once(db: Database) -> None:
    raw = ("Company,Website\n" + "Acme GmbH,https://www.acme.example/\n" * 1000).encode()
    first = importing.plan_vendor_import(db, raw, filename="acme.csv")
    assert len(first.duplicates) == 999  # each row repeats the first
    importing.apply_vendor_import(db, first, skip_duplicates=False)
    again = importing.plan_vendor_import(db, raw, filename="acme.csv")
    assert len(again.duplicates) == 1000  # once per row, not once per row and similar vendor
    first_id = min(v.id for v in vendors.list_vendors(db, limit=2000))
    assert {(d.vendor_id, d.similar) for d in again.duplicates} == {(first_id, 1000)}
    assert again.duplicates[0].reason == (
        "The same name and the same website (acme.example) as 'Acme GmbH' and 999 other vendors already in the vault."
    )
    text = _import_text(again, {"count": 0, "duplicates_skipped": 1000, "dry_run": True, "file": "acme.csv"})
    assert len(text.splitlines()) <= 1_030
