"""Vendors from a CSV file: read it, suggest a column mapping, preview, parse, find duplicates.

The steps follow the import dialog: `read_csv` decodes the bytes and splits them into a header
and rows (remembering each row's line in the file), `suggest_mapping` proposes which column holds
which vendor field, `preview` shows the first drafts, and `parse` turns every row into a
validated `VendorDraft` — or raises `InvalidInput` naming the line and the field, so the caller
writes nothing. `find_duplicates` compares the drafts with the vault's vendors and each other.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from myvendors.domain.importing.text import check_size, decode_text, fold_name, refuse_binary
from myvendors.domain.models import VendorDraft
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.domain.vendors import validate
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = [
    "FIELDS",
    "MAX_ROWS",
    "CsvParse",
    "CsvTable",
    "Duplicate",
    "find_duplicates",
    "parse",
    "parse_each",
    "preview",
    "read_csv",
    "suggest_mapping",
]

#: the vendor fields a column can be mapped to, in the order the import dialog lists them
FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "tags", "contact", "title")
#: joins the columns of one field, e.g. the contact person "first_name + last_name"
JOIN = " + "
#: the fields as messages name them ("line 4, column 'Homepage' (website)"), marked for translation
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("Errors", "name"), QT_TRANSLATE_NOOP("Errors", "website"), QT_TRANSLATE_NOOP("Errors", "category"),
    QT_TRANSLATE_NOOP("Errors", "email"), QT_TRANSLATE_NOOP("Errors", "phone"), QT_TRANSLATE_NOOP("Errors", "address"),
    QT_TRANSLATE_NOOP("Errors", "notes"), QT_TRANSLATE_NOOP("Errors", "tags"), QT_TRANSLATE_NOOP("Errors", "contact"),
    QT_TRANSLATE_NOOP("Errors", "title"),
)
MAX_ROWS = 200_000
#: `cancelled()` is asked every this many records or drafts inside one step
_CHECK_EVERY_DRAFTS = 1024
MAX_COLUMNS = 1_000
_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_LINE_BREAKS = re.compile(r"\r*\n|\r")

# Header names per field, compared after folding (no case, accents or punctuation). The first
# list holds exact names, best first; the second words that mark a column as a candidate when no
# exact name matches ("email_work", "Telefon geschäftlich").
_EXACT: dict[str, tuple[str, ...]] = {
    "name": (
        "company", "companyname", "company name", "organization", "organisation", "organizationname",
        "org", "vendor", "vendorname", "supplier", "suppliername", "business", "businessname", "merchant",
        "firma", "firmenname", "unternehmen", "lieferant", "anbieter", "handler", "haendler", "name",
        "displayname", "fullname", "nom", "entreprise", "societe",
    ),
    "website": (
        "website", "web site", "url", "homepage", "home page", "webpage", "web page", "web", "www", "site",
        "webseite", "internetseite", "internet", "websiteurl", "companywebsite", "businesswebsite",
        "site web",
    ),
    "category": (
        "category", "kategorie", "industry", "branche", "sector", "sektor", "type", "vendortype", "kind",
        "art", "categorie", "rubrik",
    ),
    "email": (
        "email", "e mail", "mail", "emailaddress", "email address", "e mail address", "e mail adresse",
        "emailadresse", "email work", "work email", "business email", "email1", "courriel",
    ),
    "phone": (
        "phone", "telephone", "tel", "phonenumber", "phone number", "telefon", "telefonnummer", "tel nr",
        "phone work", "work phone", "business phone", "telefon geschaftlich", "mobile", "mobil", "handy",
        "cell", "phone1", "telephone number",
    ),
    "address": (
        "address", "adresse", "anschrift", "postal address", "postaladdress", "business address",
        "work address", "mailing address", "street", "strasse", "street address",
    ),
    "notes": (
        "notes", "note", "comments", "comment", "remarks", "description", "bemerkung", "bemerkungen",
        "notiz", "notizen", "kommentar", "beschreibung", "memo", "anmerkungen",
    ),
    "tags": (
        "tags", "tag", "labels", "label", "categories", "groups", "keywords", "schlagworter",
        "schlagworte", "stichworter",
    ),
    # the person to talk to there, and her job: kept in the notes as "Contact: Jane Doe (Buyer)",
    # as the vCard import does
    "contact": (
        "contact", "contact person", "contact name", "contactperson", "contactname", "ansprechpartner",
        "ansprechpartnerin", "ansprechperson", "kontakt", "kontaktperson", "person", "full name", "fullname",
        "display name", "displayname",
    ),
    "title": ("title", "job title", "jobtitle", "position", "role", "funktion", "berufsbezeichnung"),
}
# A contact person given in two columns, given name first.
_GIVEN = ("first name", "firstname", "given name", "givenname", "first", "vorname", "prenom")
_FAMILY = ("last name", "lastname", "family name", "familyname", "surname", "last", "nachname", "nom de famille")
_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("company", "organization", "organisation", "firma", "vendor", "supplier", "lieferant"),
    "website": ("website", "url", "homepage", "webseite", "web"),
    "email": ("email", "mail"),
    "phone": ("phone", "telephone", "telefon", "tel", "mobile"),
    "address": ("address", "adresse", "anschrift"),
    "notes": ("notes", "note", "comments", "bemerkung", "notizen"),
    "tags": ("tags", "labels"),
}
# A column with one of these words is about a person or a profile, not about the vendor.
_NOT_THE_VENDOR = frozenset(
    {"linkedin", "facebook", "twitter", "xing", "instagram", "avatar", "photo", "picture", "image", "logo",
     "first", "last", "given", "family", "vorname", "nachname", "user", "username", "file"}
)
# Words that make a candidate column the better one ("email_work" over "email_home").
_BUSINESS = frozenset({"work", "business", "office", "company", "geschaftlich", "buro", "firma", "main", "primary"})


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file: its header, its non-empty rows and how it was read."""

    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    encoding: str
    delimiter: str
    #: True when the file did not say its character set and `encoding` is a guess
    encoding_guessed: bool = False
    #: the 1-based line in the file where each row starts (rows may span lines)
    line_numbers: tuple[int, ...] = ()

    def line_of(self, row_index: int) -> int:
        """The line in the file where row `row_index` (0-based, header excluded) starts."""
        if row_index < len(self.line_numbers):
            return self.line_numbers[row_index]
        return row_index + 2


@dataclass(frozen=True)
class CsvParse:
    """Every row that makes a vendor, and why each other row does not (`parse_each`)."""

    drafts: list[VendorDraft]
    #: the line in the file where each draft's row starts
    lines: list[int]
    #: one message per row left out, naming its line, column and field
    problems: list[str]


@dataclass(frozen=True)
class Duplicate:
    """Draft `index` looks like vendor `vendor_id` in the vault (and `similar` - 1 more), or like
    draft `other_index`."""

    index: int
    vendor_id: int | None
    other_index: int | None
    reason: str
    #: how many vault vendors it looks like (`vendor_id` is the first of them); 0 for a draft
    #: that repeats an earlier one
    similar: int = 0


# -- reading ---------------------------------------------------------------------------------
def read_csv(raw: bytes, *, encoding: str | None = None, cancelled: CancelCheck | None = None) -> CsvTable:
    """Decode and split a CSV file; the first non-empty record is the header.

    The character set is `encoding` if given, else the byte order mark, else UTF-8, else a
    guess (flagged in `encoding_guessed`). The delimiter (comma, semicolon or tab) is the one
    that splits the first records into the same number of columns. `cancelled()` is asked
    every few thousand records.
    """
    check = Steps(0, cancelled=cancelled).check
    check_size(raw, "CSV file")
    decoded = decode_text(raw, what="CSV file", encoding=encoding)
    text = decoded.text.removeprefix("\ufeff")
    refuse_binary(text, "CSV file")
    # One line break per line, whatever wrote it: CR LF, LF, CR, and CR CR LF (which naive
    # readers take for an empty row after every record).
    text = _LINE_BREAKS.sub("\n", text)
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The CSV file is empty."), field="file")
    delimiter = _sniff_delimiter(text)
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    for count, (line, record) in enumerate(_records(text, delimiter)):
        if count % _CHECK_EVERY_DRAFTS == 0:
            check()
        cells = tuple(cell.strip() for cell in record)
        if not any(cells):
            continue
        if header is None:
            header = tuple(unicodedata.normalize("NFC", cell) for cell in cells)
            if len(header) > MAX_COLUMNS:
                raise InvalidInput(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {line}: the header has {value} columns; MyVendors reads at most {MAX_COLUMNS}."
                    ), line=line, value=len(header), MAX_COLUMNS=MAX_COLUMNS),
                    field="file",
                )
            continue
        if len(rows) >= MAX_ROWS:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The CSV file has more than {MAX_ROWS:,} rows; split it into smaller files."
                ), MAX_ROWS=MAX_ROWS), field="file"
            )
        rows.append(cells)
        lines.append(line)
    if header is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The CSV file is empty: it has no header row."), field="file")
    return CsvTable(header, rows, decoded.encoding, delimiter, decoded.guessed, tuple(lines))


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, cells) for each record; InvalidInput on broken quoting."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {start}: the CSV file cannot be read there ({error}). Check the quotes on that line."
                ), start=start, error=error),
                field="file",
            ) from None
        yield start, record
        start = reader.line_num + 1


def _sniff_delimiter(text: str) -> str:
    """The delimiter that gives the first records the most consistent number (> 1) of columns."""
    sample_end = 0
    for _ in range(_SNIFF_RECORDS):
        sample_end = text.find("\n", sample_end) + 1
        if sample_end == 0:
            sample_end = len(text)
            break
    sample = text[:sample_end]

    def score(delimiter: str) -> tuple[int, int, int]:
        try:
            records = [r for _, r in _records(sample, delimiter) if r]
        except InvalidInput:
            return (0, 0, 0)
        if not records:
            return (0, 0, 0)
        width = len(records[0])
        agreeing = sum(1 for r in records if len(r) == width)
        return (int(width > 1), agreeing, width)

    scores = {delimiter: score(delimiter) for delimiter in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: scores[d])  # ties go to the first: comma, then semicolon


# -- mapping ---------------------------------------------------------------------------------
def _fold_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain.replace("e-mail", "email")).split())


def suggest_mapping(header: Iterable[str]) -> dict[str, str | None]:
    """For each vendor field, the header column that most likely holds it (or None).

    Exact names come first ("Company", "Firma", "E-Mail", "Homepage"), then columns whose name
    contains a telling word ("email_work", "Telefon geschäftlich"), preferring business columns
    over private ones. No column is suggested for two fields, and columns about a person or a
    profile ("first_name", "linkedin_url") are never the vendor's.
    """
    columns = list(header)
    folded = [_fold_header(column) for column in columns]
    squeezed = [name.replace(" ", "") for name in folded]
    taken: set[int] = set()
    mapping: dict[str, str | None] = dict.fromkeys(FIELDS)

    def pick(field: str) -> int | None:
        for wanted in _EXACT[field]:
            compact = wanted.replace(" ", "")
            for index, name in enumerate(squeezed):
                if index not in taken and name == compact:
                    return index
        candidates: list[tuple[int, int, int]] = []  # (not business, rank of the word, column)
        for rank, word in enumerate(_WORDS.get(field, ())):
            for index, name in enumerate(folded):
                words = set(name.split())
                if index in taken or words & _NOT_THE_VENDOR:
                    continue
                if word in words or (len(word) > 3 and word in squeezed[index]):
                    candidates.append((int(not words & _BUSINESS), rank, index))
        return min(candidates)[2] if candidates else None

    for field in FIELDS:
        index = pick(field)
        if index is not None:
            taken.add(index)
            mapping[field] = columns[index]
    if mapping["contact"] is None:
        given = next((i for i, name in enumerate(folded) if name in _GIVEN and i not in taken), None)
        family = next((i for i, name in enumerate(folded) if name in _FAMILY and i not in taken), None)
        if given is not None and family is not None:
            mapping["contact"] = columns[given] + JOIN + columns[family]
        elif given is not None or family is not None:
            mapping["contact"] = columns[given if given is not None else family]  # type: ignore[index]
    return mapping


# -- parsing ---------------------------------------------------------------------------------
def preview(table: CsvTable, mapping: Mapping[str, str | None], limit: int = 5) -> list[VendorDraft]:
    """The drafts of the first `limit` rows, exactly as `parse` would make them."""
    return _drafts(table, mapping, limit=max(0, limit)).drafts


def parse(table: CsvTable, mapping: Mapping[str, str | None]) -> list[VendorDraft]:
    """Every row as a validated draft; InvalidInput names the first bad row's line and field."""
    return _drafts(table, mapping, limit=None).drafts


def parse_each(
    table: CsvTable,
    mapping: Mapping[str, str | None],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> CsvParse:
    """Every row that makes a valid draft, and a message for each row that does not.

    A mapping without a name column still raises InvalidInput (no row could be read);
    `progress(done, total)` counts rows, and `cancelled()` stops with `Cancelled`.
    """
    return _drafts(table, mapping, limit=None, lenient=True, steps=Steps(len(table.rows), progress, cancelled))


def _column_indexes(table: CsvTable, mapping: Mapping[str, str | None]) -> dict[str, tuple[int, ...]]:
    """For each mapped field, its column (or columns, "first_name + last_name", read joined by a space)."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a vendor field; the fields are {value2}."), value=unknown[0], value2=', '.join(FIELDS)),
                           field=unknown[0])
    indexes: dict[str, tuple[int, ...]] = {}
    for field, column in mapping.items():
        if column is None or column == "":
            continue
        if column in table.header:
            indexes[field] = (table.header.index(column),)
            continue
        parts = column.split(JOIN.strip())
        if len(parts) > 1 and all(part.strip() in table.header for part in parts):
            indexes[field] = tuple(table.header.index(part.strip()) for part in parts)
            continue
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The file has no column {column!r} (chosen for the {field_})."
        ), column=column, field_=field), field=field)
    if "name" not in indexes:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the vendor's name."), field="name")
    return indexes


def _drafts(
    table: CsvTable,
    mapping: Mapping[str, str | None],
    *,
    limit: int | None,
    lenient: bool = False,
    steps: Steps | None = None,
) -> CsvParse:
    indexes = _column_indexes(table, mapping)
    width = len(table.header)
    result = CsvParse([], [], [])
    rows = table.rows if limit is None else table.rows[:limit]
    if steps is not None:
        steps.start()
    for row_index, row in enumerate(rows):
        line = table.line_of(row_index)
        try:
            result.drafts.append(_row_draft(row, line, width, indexes, mapping))
            result.lines.append(line)
        except InvalidInput as error:
            if not lenient:
                raise
            result.problems.append(error.message)
        if steps is not None:
            steps.step()
    return result


def _row_draft(
    row: tuple[str, ...],
    line: int,
    width: int,
    indexes: Mapping[str, tuple[int, ...]],
    mapping: Mapping[str, str | None],
) -> VendorDraft:
    if len(row) > width and any(row[width:]):
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} has {value} fields but the header has {width}: a quote is probably missing or a "
                "value holds an unquoted delimiter."
            ), line=line, value=len(row), width=width),
            field="file",
        )

    def cell(field: str) -> str:
        return " ".join(row[index] for index in indexes.get(field, ()) if index < len(row) and row[index])

    name = cell("name")
    draft = VendorDraft(
        name=name,
        website=cell("website") or None,
        category=cell("category") or None,
        email=cell("email") or None,
        phone=cell("phone") or None,
        address=cell("address") or None,
        notes=_notes(name, " ".join(cell("contact").split()), " ".join(cell("title").split()), cell("notes")),
        tags=tuple(tag.strip() for tag in cell("tags").split(",")),
    )
    try:
        return validate(draft)
    except InvalidInput as error:
        field = error.field or "name"
        column = mapping.get(field)
        where = (Message(QT_TRANSLATE_NOOP("Errors", "line {line}, column {column!r} ({field_})"), line=line, column=column,
                         field_=field) if column
                 else Message(QT_TRANSLATE_NOOP("Errors", "line {line} ({field_})"), line=line, field_=field))
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "In {where}: {message}"), where=where, message=error.message), field=field, detail=error.detail) from None


def _notes(name: str, contact: str, title: str, notes: str) -> str:
    """The row's notes, after the person to talk to there as the vCard import writes it
    ("Contact: Jane Doe (Buyer)"); no contact line when the person is the vendor's name."""
    parts: list[str] = []
    if contact and contact.casefold() != " ".join(name.split()).casefold():
        parts.append(f"Contact: {contact}" + (f" ({title})" if title else ""))
    if notes.strip():
        parts.append(notes)
    return "\n\n".join(parts)


# -- duplicates ------------------------------------------------------------------------------
def website_host(website: str | None) -> str | None:
    """The host a web address points to, without scheme, 'www.', port or path; None if none."""
    if not website or not website.strip():
        return None
    text = website.strip()
    try:
        host = urlsplit(text if "://" in text else f"//{text}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").casefold()
    return host.removeprefix("www.") or None


def find_duplicates(
    drafts: Iterable[VendorDraft],
    existing: Iterable[tuple[int, str, str | None]],
    *,
    origins: Sequence[str] | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Duplicate]:
    """Drafts that look like a vendor already in the vault, or like an earlier draft in the file.

    Alike means the same name once case, accents, punctuation and spaces are folded away
    ("ACME GmbH" and "Acme-GmbH"), or a website on the same host ("https://www.acme.de/" and
    "acme.de"). A draft is reported once: against the first vault vendor it resembles (one with
    the same name and website before one with either), saying how many more it resembles; else
    against the first earlier draft it resembles. `origins` name where each draft came from
    ("a.vcf, card 2") when the drafts come from several files; else an earlier draft is "entry N
    in this file".

    The vault's vendors are indexed by folded name and host once, so the time is linear in the
    drafts plus the vault, however many of them share one name. `cancelled()` is asked every
    few thousand drafts.
    """
    by_name: dict[str, _Alike] = {}
    by_host: dict[str, _Alike] = {}
    by_both: dict[tuple[str, str], _Alike] = {}  # the same name and host
    for vendor_id, name, website in existing:
        key = fold_name(name)
        host = website_host(website)
        if key:
            by_name.setdefault(key, _Alike(vendor_id, name)).count += 1
        if host:
            by_host.setdefault(host, _Alike(vendor_id, name)).count += 1
        if key and host:
            by_both.setdefault((key, host), _Alike(vendor_id, name)).count += 1

    steps = Steps(0, cancelled=cancelled)
    first_by_name: dict[str, int] = {}
    first_by_host: dict[str, int] = {}
    seen: list[str] = []
    found: list[Duplicate] = []
    for index, draft in enumerate(drafts):
        if index % _CHECK_EVERY_DRAFTS == 0:
            steps.check()
        seen.append(draft.name)
        key = fold_name(draft.name)
        host = website_host(draft.website)
        in_vault = _like_in_vault(key, host, by_name, by_host, by_both)
        if in_vault is not None:
            vendor_id, similar, reason = in_vault
            found.append(Duplicate(index, vendor_id, None, reason, similar))
        else:
            earlier_name = first_by_name.get(key) if key else None
            earlier_host = first_by_host.get(host) if host else None
            other = earlier_name if earlier_name is not None else earlier_host
            if other is not None:
                why = _why(earlier_name is not None, earlier_host is not None and earlier_host == other, host)
                where = (origins[other] if origins is not None
                         else Message(QT_TRANSLATE_NOOP("Errors", "entry {number} in this file"), number=other + 1))
                found.append(Duplicate(index, None, other, Message(
                    QT_TRANSLATE_NOOP("Errors", "{why} as {name!r}, {where}."), why=why, name=seen[other], where=where)))
        if key:
            first_by_name.setdefault(key, index)
        if host:
            first_by_host.setdefault(host, index)
    return found


def _why(same_name: bool, same_host: bool, host: str | None) -> str:
    if same_name and same_host:
        return Message(QT_TRANSLATE_NOOP("Errors", "The same name and the same website ({host})"), host=host)
    if same_name:
        return QT_TRANSLATE_NOOP("Errors", "The same name")
    return Message(QT_TRANSLATE_NOOP("Errors", "The same website ({host})"), host=host)


@dataclass(eq=False)
class _Alike:
    """The first vault vendor with one folded name (or host, or both), and how many have it."""

    vendor_id: int
    name: str
    count: int = 0


def _like_in_vault(
    key: str,
    host: str | None,
    by_name: Mapping[str, _Alike],
    by_host: Mapping[str, _Alike],
    by_both: Mapping[tuple[str, str], _Alike],
) -> tuple[int, int, str] | None:
    """(the first vault vendor like it, how many vault vendors are like it, why), or None."""
    name_like = by_name.get(key) if key else None
    host_like = by_host.get(host) if host else None
    both_like = by_both.get((key, host)) if key and host else None
    either = name_like if name_like is not None else host_like
    if either is None:
        return None
    count = sum(alike.count for alike in (name_like, host_like) if alike) - (both_like.count if both_like else 0)
    first = both_like or either
    why = _why(first in (both_like, name_like), first in (both_like, host_like), host)
    if count == 1:
        reason = Message(QT_TRANSLATE_NOOP("Errors", "{why} as {name!r}, already in the vault."), why=why, name=first.name)
    elif count == 2:
        reason = Message(QT_TRANSLATE_NOOP("Errors", "{why} as {name!r} and one other vendor already in the vault."),
                         why=why, name=first.name)
    else:
        reason = Message(QT_TRANSLATE_NOOP("Errors", "{why} as {name!r} and {others} other vendors already in the vault."),
                         why=why, name=first.name, others=count - 1)
    return first.vendor_id, count, reason
