"""Importing vendors, as two steps a person can follow: plan (read, check, preview, find
duplicates — writes nothing), then apply (one transaction: all the planned vendors or none).

The CLI's `import vendors` and the desktop's import dialog both go through here. The CLI
refuses a CSV file with a bad row; the dialog plans with `skip_bad_rows`, lists those rows as
left out, and lets the person import the rest. Both steps take optional `progress(done, total)`
and `cancelled()` callables (see `domain.progress`); a cancelled apply writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from myvendors.domain import vendors
from myvendors.domain.importing import csv_vendors, vcard
from myvendors.domain.importing.csv_vendors import Duplicate
from myvendors.domain.models import Vendor, VendorDraft
from myvendors.domain.progress import CancelCheck, Progress
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
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
    #: for CSV: the file's header, for choosing another column for a field
    header: tuple[str, ...] = ()
    #: the files read, when several were imported at once (`combine_plans`); () for one
    files: tuple[str, ...] = ()
    #: files of those that could not be read at all, each as "name: why"
    failed_files: list[str] = field(default_factory=list)

    def duplicate_indexes(self) -> set[int]:
        return {d.index for d in self.duplicates}


@dataclass(frozen=True)
class ImportOutcome:
    created: list[Vendor]
    duplicates_skipped: int


#: the origins at the start of a sentence ("Line 14: …"), marked for translation
_CAPITALISED = (QT_TRANSLATE_NOOP("Errors", "Line {line}"), QT_TRANSLATE_NOOP("Errors", "Card {number}"))


def _capitalised(origin: str) -> str:
    if isinstance(origin, Message):
        return Message(origin.template[:1].upper() + origin.template[1:], **origin.params)
    return origin.capitalize()


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
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPlan:
    """Read and check a file of vendors; nothing is written. Errors name the line or card.

    `encoding` overrides the character set a CSV file is read with (when a guess was wrong).
    With `skip_bad_rows`, a CSV row that is not a valid vendor is listed in `skipped` (with its
    line, column and why) instead of refusing the whole file. `progress` counts rows or cards.
    """
    kind = format or detect_format(raw, filename)
    if kind not in FORMATS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Vendors import from {value} files, not {kind!r}."), value=' or '.join(FORMATS), kind=kind), field="format")
    if kind == "csv":
        table = csv_vendors.read_csv(raw, encoding=encoding, cancelled=cancelled)
        chosen = csv_vendors.suggest_mapping(table.header)
        if mapping:
            unknown = set(mapping) - set(chosen)
            if unknown:
                raise InvalidInput(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "Vendors have no field {value!r} to map a column to (fields: {value2})."
                    ), value=sorted(unknown)[0], value2=', '.join(chosen)),
                    field="map",
                )
            chosen.update(mapping)
        header = table.header
        if skip_bad_rows:
            parsed = csv_vendors.parse_each(table, chosen, progress=progress, cancelled=cancelled)
            drafts, skipped = parsed.drafts, parsed.problems
            origins: list[str] = [Message(QT_TRANSLATE_NOOP("Errors", "line {line}"), line=line) for line in parsed.lines]
        else:
            drafts = csv_vendors.parse(table, chosen)
            origins = [Message(QT_TRANSLATE_NOOP("Errors", "line {line}"), line=table.line_of(i)) for i in range(len(drafts))]
            skipped = []
        warnings: list[str] = [Message(QT_TRANSLATE_NOOP("Errors", "The file's character set was guessed as {encoding}."),
                            encoding=table.encoding)] if table.encoding_guessed else []
    else:
        result = vcard.parse_vcards(raw, progress=progress, cancelled=cancelled)
        drafts, skipped, warnings, chosen, header = result.drafts, result.skipped, result.warnings, {}, ()
        origins = [Message(QT_TRANSLATE_NOOP("Errors", "card {number}"), number=number) for number in result.card_numbers]
    for origin, draft in zip(origins, drafts, strict=True):
        try:
            vendors.validate(draft)
        except InvalidInput as exc:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{value}: {message}"), value=_capitalised(origin), message=exc.message), field=exc.field) from None
    duplicates = csv_vendors.find_duplicates(drafts, vendors.identities(db), cancelled=cancelled)
    return ImportPlan(kind, drafts, origins, duplicates, skipped, warnings, dict(chosen), tuple(header))


def combine_plans(
    db: Database,
    parts: Sequence[tuple[str, ImportPlan]],
    failures: Sequence[tuple[str, str]] = (),
    *,
    cancelled: CancelCheck | None = None,
) -> ImportPlan:
    """One plan for several files imported at once, so that they are added in one transaction.

    `parts` are (file name, plan) for the files that could be read, `failures` (file name, why)
    for those that could not. Origins, left-out records and notes name their file; duplicates
    are found again over all the files together (a vendor in two files is a duplicate too).
    """
    drafts: list[VendorDraft] = []
    origins: list[str] = []
    skipped: list[str] = []
    warnings: list[str] = []
    for name, plan in parts:
        drafts += plan.drafts
        origins += [Message("{name}, {origin}", name=name, origin=origin) for origin in plan.origins]
        skipped += [Message("{name}: {message}", name=name, message=message) for message in plan.skipped]
        warnings += [Message("{name}: {message}", name=name, message=message) for message in plan.warnings]
    kinds = {plan.format for _, plan in parts}
    duplicates = csv_vendors.find_duplicates(drafts, vendors.identities(db), origins=origins, cancelled=cancelled)
    return ImportPlan(
        kinds.pop() if len(kinds) == 1 else "mixed",
        drafts,
        origins,
        duplicates,
        skipped,
        warnings,
        files=tuple(name for name, _ in parts),
        failed_files=[Message("{name}: {why}", name=name, why=why) for name, why in failures],
    )


def apply_vendor_import(
    db: Database,
    plan: ImportPlan,
    *,
    skip_duplicates: bool = True,
    leave_out: Iterable[int] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportOutcome:
    """Write the planned vendors in one transaction (leaving out duplicates unless told not to).

    `leave_out`, when given, names exactly the drafts (indexes into `plan.drafts`) not to
    import, whether duplicates or not, and `skip_duplicates` is not used. `progress(done,
    total)` counts vendors written; when `cancelled()` answers True, `Cancelled` is raised and
    the transaction is rolled back: a cancelled import adds nothing.
    """
    left_out = set(leave_out) if leave_out is not None else plan.duplicate_indexes() if skip_duplicates else set()
    outside = [i for i in left_out if not 0 <= i < len(plan.drafts)]
    if outside:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The plan has no record {value} to leave out."), value=min(outside)), field="leave_out")
    chosen = [draft for i, draft in enumerate(plan.drafts) if i not in left_out]
    created = vendors.add_vendors(db, chosen, progress=progress, cancelled=cancelled) if chosen else []
    return ImportOutcome(created, len(left_out & plan.duplicate_indexes()))
