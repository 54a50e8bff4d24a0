"""Importing vendors, as two steps a person can follow: plan (read, check, preview, find
duplicates — writes nothing), then apply (one transaction: all the planned vendors or none).

The CLI's `import vendors` and the desktop's import dialog both go through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from myvendors.domain import vendors
from myvendors.domain.importers import csv_vendors, vcard
from myvendors.domain.importers.csv_vendors import Duplicate
from myvendors.domain.models import Vendor, VendorDraft
from myvendors.errors import InvalidInput
from myvendors.storage import Database

FORMATS = ("csv", "vcard")


@dataclass(frozen=True)
class ImportPlan:
    format: str
    drafts: list[VendorDraft]
    #: where each draft came from, for messages ("line 14", "card 3")
    origins: list[str]
    duplicates: list[Duplicate]
    #: records left out while reading, each with the reason
    skipped: list[str] = field(default_factory=list)
    #: caveats: a guessed character set, an unreadable line
    warnings: list[str] = field(default_factory=list)
    #: for CSV: which column feeds which vendor field
    mapping: dict[str, str | None] = field(default_factory=dict)

    def duplicate_indexes(self) -> set[int]:
        return {d.index for d in self.duplicates}


@dataclass(frozen=True)
class ImportOutcome:
    created: list[Vendor]
    duplicates_skipped: int


def detect_format(raw: bytes, filename: str | None = None) -> str:
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    head = raw[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n\t").upper().replace(b"\x00", b"")
    return "vcard" if head.startswith(b"BEGIN:VCARD") else "csv"


def plan_vendor_import(
    db: Database,
    raw: bytes,
    *,
    format: str | None = None,
    filename: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    encoding: str | None = None,
) -> ImportPlan:
    """Read and check a file of vendors; nothing is written. Errors name the line or card.

    `encoding` overrides the character set a CSV file is read with (when a guess was wrong).
    """
    kind = format or detect_format(raw, filename)
    if kind not in FORMATS:
        raise InvalidInput(f"Vendors import from {' or '.join(FORMATS)} files, not {kind!r}.", field="format")
    if kind == "csv":
        table = csv_vendors.read_csv(raw, encoding=encoding)
        chosen = csv_vendors.suggest_mapping(table.header)
        if mapping:
            unknown = set(mapping) - set(chosen)
            if unknown:
                raise InvalidInput(
                    f"Vendors have no field {sorted(unknown)[0]!r} to map a column to "
                    f"(fields: {', '.join(chosen)}).",
                    field="map",
                )
            chosen.update(mapping)
        drafts = csv_vendors.parse(table, chosen)
        origins = [f"line {table.line_of(i)}" for i in range(len(drafts))]
        skipped: list[str] = []
        warnings = [f"The file's character set was guessed as {table.encoding}."] if table.encoding_guessed else []
    else:
        result = vcard.parse_vcards(raw)
        drafts, skipped, warnings, chosen = result.drafts, result.skipped, result.warnings, {}
        origins = [f"card {i + 1}" for i in range(len(drafts))]
    for origin, draft in zip(origins, drafts, strict=True):
        try:
            vendors.validate(draft)
        except InvalidInput as exc:
            raise InvalidInput(f"{origin.capitalize()}: {exc.message}", field=exc.field) from None
    duplicates = csv_vendors.find_duplicates(drafts, vendors.identities(db))
    return ImportPlan(kind, drafts, origins, duplicates, skipped, warnings, dict(chosen))


def apply_vendor_import(db: Database, plan: ImportPlan, *, skip_duplicates: bool = True) -> ImportOutcome:
    """Write the planned vendors in one transaction (leaving out duplicates unless told not to)."""
    leave_out = plan.duplicate_indexes() if skip_duplicates else set()
    chosen = [draft for i, draft in enumerate(plan.drafts) if i not in leave_out]
    created = vendors.add_vendors(db, chosen) if chosen else []
    return ImportOutcome(created, len(leave_out))
