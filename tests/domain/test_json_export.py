"""The full JSON export: a populated vault exports, validates against the published schema, and
round-trips its values (exact money, dates, trashed vendors, attachment metadata only)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from myvendors.domain import agreements, attachments, reputation, requests, timeline, vendors
from myvendors.domain.exporting import json_export
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
    VendorDraft,
    VendorStatus,
)
from myvendors.storage import Database

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test extra: pip install -e '.[test]'")


@pytest.fixture
def populated(db: Database) -> dict[str, Any]:
    """One of everything, with the awkward cases: a trashed vendor, a yen price, a refund."""
    netflix = vendors.create_vendor(db, VendorDraft(name="Netflix", website="netflix.com", tags=("tv", "monthly")))
    blocked = vendors.create_vendor(db, VendorDraft(name="Spammy Ltd", status=VendorStatus.BLOCKED, notes="no"))
    trashed = vendors.create_vendor(db, VendorDraft(name="Gone GmbH", email="info@gone.example"))
    plan = agreements.add_agreement(db, AgreementDraft(
        vendor_id=netflix.id, kind=AgreementKind.SUBSCRIPTION, title="Premium", price=Money.parse("17.99", "EUR"),
        period=BillingPeriod.MONTHLY, start=date(2024, 1, 1), renewal=date(2026, 1, 1), notice_days=30,
    ))
    agreements.add_agreement(db, AgreementDraft(vendor_id=trashed.id, kind=AgreementKind.WARRANTY, title="Kettle",
                                                price=Money.parse("3000", "JPY")))
    refund = timeline.record(db, InteractionDraft(vendor_id=netflix.id, kind=InteractionKind.PAYMENT,
                                                  at=datetime(2025, 3, 1, 12, tzinfo=UTC),
                                                  amount=Money.parse("-5.00", "EUR"), channel="card", note="refund"))
    timeline.record(db, InteractionDraft(vendor_id=trashed.id, kind=InteractionKind.COMPLAINT,
                                         at=datetime(2025, 4, 1, tzinfo=UTC)))
    reputation.add_note(db, NoteDraft(vendor_id=netflix.id, on=date(2025, 5, 1), text="Fine",
                                      ratings={"quality": 4, "honesty": 2}, tags=("privacy",)))
    reputation.add_note(db, NoteDraft(vendor_id=blocked.id, on=date(2025, 5, 2), ratings={"service": 1}, author="Sam"))
    attachment = attachments.attach(db, netflix.id, io.BytesIO(b"%PDF-1.4 receipt"), "receipt.pdf")
    request = requests.create_request(db, RequestDraft(
        title="Winter tyres", budget_min=Money.parse("300", "EUR"), budget_max=Money.parse("500", "EUR"),
        needed_by=date(2025, 11, 1), location="Berlin",
    ))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    offer = requests.add_offer(db, OfferDraft(request_id=request.id, sender="Reifen Müller",
                                              price=Money.parse("420", "EUR"), valid_until=date(2025, 10, 1)))
    requests.add_offer(db, OfferDraft(request_id=request.id, vendor_id=netflix.id, conditions="odd, but allowed"))
    vendors.delete_vendor(db, trashed.id)
    return {"netflix": netflix, "trashed": trashed, "plan": plan, "refund": refund, "attachment": attachment,
            "request": request, "offer": offer}


def _schema() -> dict[str, Any]:
    text = (resources.files("myvendors.resources") / "schemas" / "export-v1.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _validate(document: dict[str, Any]) -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exports (the vault lives elsewhere under tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _by_id(document: dict[str, Any], section: str) -> dict[int, dict[str, Any]]:
    return {record["id"]: record for record in document[section]}


def test_a_populated_vault_exports_and_validates(db: Database, populated: dict[str, Any]) -> None:
    document = json_export.export_vault(db)
    _validate(document)
    assert (document["format"], document["version"]) == ("myvendors-export", 1)
    assert document["schema"] == _schema()["$id"] == json_export.SCHEMA_ID
    assert [len(document[s]) for s in json_export.SECTIONS[:7]] == [3, 2, 2, 2, 1, 1, 2]


def test_values_round_trip(db: Database, populated: dict[str, Any]) -> None:
    document = json_export.export_vault(db)
    exported_vendors = _by_id(document, "vendors")
    netflix = populated["netflix"]
    assert exported_vendors[netflix.id] == json_export.to_json(vendors.get_vendor(db, netflix.id))
    assert exported_vendors[netflix.id]["tags"] == ["monthly", "tv"]
    assert exported_vendors[populated["trashed"].id]["deleted_at"]  # the trash is exported, and marked
    assert {v["status"] for v in document["vendors"]} == {"active", "blocked"}

    plan = _by_id(document, "agreements")[populated["plan"].id]
    assert plan["price"] == {"minor": 1799, "currency": "EUR", "amount": "17.99"}
    assert (plan["renewal"], plan["cancel_by"], plan["period"]) == ("2026-01-01", "2025-12-02", "monthly")
    yen = next(a for a in document["agreements"] if a["vendor_id"] == populated["trashed"].id)
    assert yen["price"] == {"minor": 3000, "currency": "JPY", "amount": "3000"}

    refund = _by_id(document, "interactions")[populated["refund"].id]
    assert refund["amount"] == {"minor": -500, "currency": "EUR", "amount": "-5.00"}
    assert datetime.fromisoformat(refund["at"]) == datetime(2025, 3, 1, 12, tzinfo=UTC)
    assert {i["vendor_id"] for i in document["interactions"]} == {netflix.id, populated["trashed"].id}

    notes = sorted(document["notes"], key=lambda n: n["on"])
    assert notes[0]["ratings"] == {"quality": 4, "honesty": 2} and notes[0]["author"] is None
    assert notes[1]["author"] == "Sam"

    attachment = document["attachments"][0]
    assert attachment["sha256"] == populated["attachment"].sha256 and attachment["size"] == 16
    assert "data" not in attachment and "content" not in attachment  # metadata only

    request = document["requests"][0]
    assert request["budget_max"]["amount"] == "500.00" and request["status"] == "open"
    offer = _by_id(document, "offers")[populated["offer"].id]
    assert (offer["sender"], offer["vendor_id"], offer["valid_until"]) == ("Reifen Müller", None, "2025-10-01")


def test_notes_of_trashed_vendors_are_exported(db: Database) -> None:
    vendor = vendors.create_vendor(db, VendorDraft(name="Trashed"))
    reputation.add_note(db, NoteDraft(vendor_id=vendor.id, on=date(2025, 1, 1), text="kept"))
    vendors.delete_vendor(db, vendor.id)
    assert [n["text"] for n in json_export.export_vault(db)["notes"]] == ["kept"]


def test_streamed_file_equals_the_document_and_is_private(db: Database, populated: dict[str, Any],
                                                          out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_export, "PAGE", 1)  # every listing paged record by record
    target = out / "export.json"
    target.write_text("old")
    counts = json_export.write_json(db, target)
    written = json.loads(target.read_text("utf-8"))
    expected = json_export.export_vault(db)
    written.pop("exported_at"), expected.pop("exported_at")
    assert written == expected
    assert counts == {name: len(expected[name]) for name in json_export.SECTIONS}
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.iterdir()] == ["export.json"]  # no temp file left behind


def test_an_empty_vault_exports_empty_lists(db: Database, tmp_path: Path) -> None:
    json_export.write_json(db, tmp_path / "empty.json")
    document = json.loads((tmp_path / "empty.json").read_text("utf-8"))
    _validate(document)
    assert all(document[name] == [] for name in json_export.SECTIONS)
    assert tuple(name for name in document if name in json_export.SECTIONS) == json_export.SECTIONS  # in order
    assert tuple(json_export.export_vault(db))[-len(json_export.SECTIONS):] == json_export.SECTIONS


def test_a_failed_write_leaves_the_old_file(db: Database, populated: dict[str, Any], out: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = out / "export.json"
    target.write_text("previous export")

    def broken(db: Database) -> Iterator[Any]:
        yield vendors.get_vendor(db, populated["netflix"].id)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json_export, "_requests", broken)
    with pytest.raises(OSError):
        json_export.write_json(db, target)
    assert target.read_text() == "previous export"
    assert [p.name for p in out.iterdir()] == ["export.json"]
