"""Exports report progress and can be cancelled; a cancelled export leaves no file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from myvendors.domain import agreements, vendors
from myvendors.domain.exporting import ics, json_export
from myvendors.domain.models import AgreementDraft, AgreementKind
from myvendors.errors import Cancelled
from myvendors.storage import Database


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the vault lives in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def three_vendors(db: Database) -> Database:
    for name in ("Acme", "Beta", "Gamma"):
        vendor = vendors.add_vendor(db, name)
        agreements.add_agreement(db, AgreementDraft(vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION,
                                                    title="Plan", renewal=date(2030, 1, 1)))
    vendors.delete_vendor(db, vendors.add_vendor(db, "Trashed").id)
    return db


def test_json_export_counts_five_passes_over_every_vendor(three_vendors: Database, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    counts = json_export.write_json(three_vendors, out / "e.json",
                                    progress=lambda done, total: seen.append((done, total)))
    assert counts["vendors"] == 4 and counts["agreements"] == 3
    assert seen[0] == (0, 20) and seen[-1] == (20, 20)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert json.loads((out / "e.json").read_text("utf-8"))["format"] == json_export.FORMAT


@pytest.mark.parametrize("after", [0, 5, 19, 20])
def test_a_cancelled_json_export_leaves_no_file(three_vendors: Database, out: Path, after: int) -> None:
    seen: list[int] = []
    with pytest.raises(Cancelled):
        json_export.write_json(three_vendors, out / "e.json", progress=lambda done, total: seen.append(done),
                               cancelled=lambda: bool(seen) and seen[-1] >= after)
    assert list(out.iterdir()) == []


def test_a_cancelled_export_keeps_the_file_that_was_there(three_vendors: Database, out: Path) -> None:
    target = out / "e.json"
    target.write_text("the old export", "utf-8")
    with pytest.raises(Cancelled):
        json_export.write_json(three_vendors, target, cancelled=lambda: True)
    assert [p.name for p in out.iterdir()] == ["e.json"] and target.read_text("utf-8") == "the old export"


def test_calendar_counts_agreements_and_can_be_cancelled(three_vendors: Database) -> None:
    items = agreements.all_agreements(three_vendors)
    seen: list[tuple[int, int]] = []
    raw = ics.agreements_calendar(items, progress=lambda done, total: seen.append((done, total)))
    assert raw.count(b"BEGIN:VEVENT") == 3 and seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        ics.agreements_calendar(items, cancelled=lambda: True)
