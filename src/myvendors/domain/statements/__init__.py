"""Statements in: bank and card statements (OFX/QFX, CSV) imported as payment interactions.

Three steps, the same in the CLI (`import statement`) and the app's import dialog:

1. read: `read_statement(data, name, mapping=...)` gives a `Statement` (its lines, and the rows
   refused one by one). OFX is recognised by its content; a CSV needs a `CsvMapping`, which
   `csv_layout(db, data)` proposes (the one remembered for the file's header, else a guess) with
   every date format that fits (more than one: she chooses; never guessed silently).
2. plan: `plan_statement(db, statement, account)` groups the lines by payee, suggests a vendor
   for each (her past choice, a website host, the name) or a new vendor, and counts the lines
   already in the vault. Nothing is written.
3. apply: `apply_statement(db, plan, choices)` validates everything, then writes in one
   transaction in batches, with progress and cancel (a cancelled import writes nothing). Lines
   already there (same account and line key) are never added twice; choices are remembered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from datetime import UTC, datetime, time

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid
from myvendors.domain.importing.text import fold_name
from myvendors.domain.models import Money, VendorDraft
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.domain.statements import csv_statements, ofx, payees
from myvendors.domain.statements.models import (
    CsvLayout,
    CsvMapping,
    LineProblem,
    MatchHow,
    NewVendor,
    PayeeChoice,
    PayeeGroup,
    Statement,
    StatementKind,
    StatementLine,
    StatementPlan,
    StatementResult,
)
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import statements as sql
from myvendors.storage.db import now_iso

__all__ = [
    "CsvLayout",
    "CsvMapping",
    "LineProblem",
    "MatchHow",
    "NewVendor",
    "PayeeChoice",
    "PayeeGroup",
    "Statement",
    "StatementKind",
    "StatementLine",
    "StatementPlan",
    "StatementResult",
    "apply_statement",
    "csv_layout",
    "date_formats_for",
    "detect_kind",
    "payees",
    "plan_statement",
    "read_statement",
    "remember_mapping",
]


#: lines written per executemany batch; progress and cancel are checked between batches
BATCH = 2000
#: the time of day a line's payment is recorded at: noon UTC keeps the bank's date in every time zone but the farthest
_NOON = time(12, 0, tzinfo=UTC)
#: the channel of every payment a statement brings in
CHANNEL = "statement"


#: a payment's note is at most this long, as for every interaction (domain._convert.text)
_NOTE_LIMIT = 20_000


def _is_website(host: str) -> bool:
    try:
        return vendors.normalise_website(host) is not None
    except InvalidInput:
        return False


def detect_kind(data: bytes, name: str = "") -> StatementKind:
    """OFX when the content says so (an OFXHEADER line, an <OFX> element), else CSV; the name
    is not trusted (banks save OFX as .qfx, .txt or .csv)."""
    return StatementKind.OFX if ofx.looks_like_ofx(data) else StatementKind.CSV


def read_statement(
    data: bytes,
    name: str = "",
    *,
    mapping: CsvMapping | None = None,
    encoding: str | None = None,
    currency: str | None = None,
    cancelled: CancelCheck | None = None,
) -> Statement:
    """Read an OFX/QFX (1.x SGML or 2.x XML) or CSV statement; writes nothing.

    A CSV needs `mapping` (with its `date_format` chosen): without one, or with a column the
    header does not have, `InvalidInput` is raised. A file that is not a statement at all is
    refused with `InvalidInput`; single rows that cannot be read are listed in `problems`.
    `encoding` overrides the guessed character set of a CSV; `currency` is the currency of an
    OFX file that names none (a CSV's is in its mapping).
    """
    Steps(0, None, cancelled).check()
    if detect_kind(data, name) is StatementKind.OFX:
        return ofx.read_ofx(data, currency=currency)
    if mapping is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A statement CSV needs its columns mapped (date, amount, payee).")), field="map")
    return csv_statements.read_lines(csv_statements.read_table(data, encoding=encoding), mapping)


def _mapping_from_json(text: str | None) -> CsvMapping | None:
    if not text:
        return None
    try:
        values = json.loads(text)
        known = {f.name for f in fields(CsvMapping)}
        return CsvMapping(**{k: v for k, v in values.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        return None  # a remembered mapping that no longer reads is as good as none


def csv_layout(db: Database, data: bytes, *, encoding: str | None = None) -> CsvLayout:
    """Find a statement CSV's character set, delimiter, header row (after a bank's preamble),
    sample rows and date formats; propose the mapping remembered for this header (by the
    hash of its normalised cells) or one guessed from the column names and values."""
    table = csv_statements.read_table(data, encoding=encoding)
    key = csv_statements.header_key(table.rows[table.header_at][1])
    stored = sql.get_format(db, key)
    remembered = _mapping_from_json(stored)
    account = _account_from_json(stored)
    if remembered is not None and all(c is None or c in table.header for c in remembered.fields().values()):
        return replace(csv_statements.layout_of(table, remembered, True), account=account)
    return replace(csv_statements.layout_of(table, csv_statements.guess_mapping(table), False), account=account)


def _account_from_json(text: str | None) -> str:
    try:
        account = json.loads(text).get("account", "") if text else ""
    except (ValueError, TypeError, AttributeError):
        return ""
    return account if isinstance(account, str) else ""


def date_formats_for(layout: CsvLayout, column: str) -> tuple[str, ...]:
    """Every date format that reads all of `column`'s non-empty values (for when she picks
    another date column in the preview). More than one: ambiguous, she chooses."""
    if column not in layout.header:
        return ()
    at = layout.header.index(column)
    return csv_statements.date_formats([cells[at] for _, cells in layout.rows if at < len(cells)])


def remember_mapping(db: Database, layout: CsvLayout, mapping: CsvMapping, account: str = "") -> None:
    """Remember `mapping`, and the `account` the lines went to, for every CSV with this layout's
    header (the bank's next statement: `csv_layout` proposes both)."""
    remembered = {**asdict(mapping), "account": " ".join(account.split())}
    with db.transaction():
        sql.save_format(db, layout.header_key, json.dumps(remembered, sort_keys=True))


def plan_statement(
    db: Database,
    statement: Statement,
    account: str | None = None,
    *,
    cancelled: CancelCheck | None = None,
) -> StatementPlan:
    """Group the statement's lines by payee and suggest what each payee becomes; count the lines
    already in the vault. `account` defaults to the statement's own (OFX ACCTID; "" for CSV).
    Nothing is written."""
    steps = Steps(0, None, cancelled)
    where = " ".join((statement.account if account is None else account).split())
    groups: dict[str, list[StatementLine]] = {}
    for line in statement.lines:
        groups.setdefault(payees.payee_key(line.payee), []).append(line)
    steps.check()
    existing = sql.existing_keys(db, where, [line.key for line in statement.lines])
    # A line whose key came earlier in the same file (an OFX listing one FITID twice) is that line
    # again: it counts as already there, as applying the statement will find it.
    seen: set[str] = set()
    repeated: set[int] = set()
    for line in statement.lines:
        if line.key in seen:
            repeated.add(id(line))
        seen.add(line.key)
    remembered = sql.payee_choices(db, groups)
    index = payees.VendorIndex.of(vendors.identities(db))
    steps.check()
    planned: list[PayeeGroup] = []
    for key, lines in groups.items():
        spellings = tuple(dict.fromkeys(" ".join(line.payee.split()) for line in lines))
        name = payees.clean_payee(lines[0].payee)[:vendors.MAX_NAME].strip()
        totals: dict[str, int] = {}
        for line in lines:
            totals[line.amount.currency] = totals.get(line.amount.currency, 0) + line.amount.minor
        how, vendor_id = MatchHow.NEW, None
        if key in remembered:
            vendor_id = remembered[key]
            how = MatchHow.REMEMBERED if vendor_id is not None else MatchHow.SKIP
        else:
            for spelling in spellings:
                found = index.by_website(spelling)
                if found:
                    how, vendor_id = MatchHow.WEBSITE, found[0]
                    break
            else:
                found = index.by_folded_name(name)
                if found:
                    how, vendor_id = MatchHow.NAME, found[0]
        if vendor_id is not None:
            suggested = PayeeChoice.existing(vendor_id)
        elif how is MatchHow.SKIP:
            suggested = PayeeChoice.skipped()
        else:
            suggested = PayeeChoice.new(name)
        planned.append(PayeeGroup(
            key=key,
            name=name,
            spellings=spellings,
            lines=tuple(lines),
            already_there=sum(line.key in existing or id(line) in repeated for line in lines),
            totals=tuple(Money(total, code) for code, total in sorted(totals.items())),
            suggested=suggested,
            how=how,
            vendor_name=index.names.get(vendor_id) if vendor_id is not None else None,
        ))
    planned.sort(key=lambda g: (-len(g.lines), g.name.casefold()))
    return StatementPlan(statement.kind, where, tuple(planned), statement.problems, statement.warnings, frozenset(existing))


def _checked_choices(db: Database, plan: StatementPlan, choices: Mapping[str, PayeeChoice]) -> dict[str, PayeeChoice]:
    known = {group.key for group in plan.payees}
    unknown = sorted(set(choices) - known)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The statement has no payee {key!r}."), key=unknown[0]), field="choices")
    live = {vendor_id for vendor_id, _, _ in vendors.identities(db)}
    chosen: dict[str, PayeeChoice] = {}
    for group in plan.payees:
        choice = choices.get(group.key, group.suggested)
        if choice.vendor_id is not None and choice.vendor_id not in live:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no vendor with id {record_id} (chosen for {payee})."), record_id=choice.vendor_id, payee=group.name), field="choices")
        if choice.vendor_id is None and choice.new_vendor is not None:
            name = " ".join(choice.new_vendor.split())
            try:
                vendors.validate(VendorDraft(name=name))
            except InvalidInput as error:
                raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The new vendor for {payee}: {message}"), payee=group.name, message=error.message), field="choices") from None
            choice = PayeeChoice.new(name)
        chosen[group.key] = choice
    return chosen


def apply_statement(
    db: Database,
    plan: StatementPlan,
    choices: Mapping[str, PayeeChoice] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    remember_skips: bool = True,
) -> StatementResult:
    """Write the plan's new lines as payment interactions, in one transaction.

    `choices` maps a `PayeeGroup.key` to what its lines become; a payee not in it takes the
    plan's suggestion. Every choice is checked first (an unknown vendor, an empty new name is
    refused, nothing written); then new vendors are made, lines are inserted in batches with
    `progress(done, total)` and `cancelled()` between batches (a cancel rolls everything back),
    and the choices are remembered for the next statement. Lines already there are left out
    (those the plan counted, and any another import added since). With `remember_skips` False,
    a payee skipped this time is not remembered as one to skip (the CLI's --skip-unmatched).
    """
    chosen = _checked_choices(db, plan, choices or {})
    skipped = sum(len(g.lines) - g.already_there for g in plan.payees if chosen[g.key].skip)
    wanted = [g for g in plan.payees if not chosen[g.key].skip]
    total = sum(len(g.lines) for g in wanted)
    steps = Steps(total, progress, cancelled)
    steps.start()
    made: list[NewVendor] = []
    added = already = 0
    with db.transaction():
        existing = sql.existing_keys(db, plan.account, [line.key for g in wanted for line in g.lines])
        by_name: dict[str, int] = {}
        index = payees.VendorIndex.of(vendors.identities(db))
        targets: dict[str, int] = {}
        for group in wanted:
            choice = chosen[group.key]
            if choice.vendor_id is not None:
                targets[group.key] = choice.vendor_id
                continue
            name = choice.new_vendor or group.name
            folded = fold_name(name)
            if folded not in by_name:
                found = index.by_folded_name(name)
                if found is not None:
                    by_name[folded] = found[0]
                else:
                    website = next((h for h in map(payees.host_of, group.spellings) if h and _is_website(h)), None)
                    vendor_id = vendors.insert_in(db, VendorDraft(name=name, website=website))
                    by_name[folded] = vendor_id
                    made.append(NewVendor(vendor_id, name))
            targets[group.key] = by_name[folded]
        steps.check()
        next_id = sql.next_interaction_id(db)
        stamp = now_iso()
        rows: list[tuple[object, ...]] = []
        links: list[tuple[object, ...]] = []

        def flush() -> None:
            sql.insert_lines(db, rows, links)
            steps.step(len(rows))
            rows.clear()
            links.clear()

        for group in wanted:
            vendor_id = targets[group.key]
            for line in group.lines:
                if line.key in existing:
                    already += 1
                    continue
                existing.add(line.key)
                at = datetime.combine(line.posted, _NOON).isoformat(timespec="microseconds")
                note = (line.payee if not line.memo else f"{line.payee}\n{line.memo}")[:_NOTE_LIMIT]
                rows.append((next_id, new_uid(), vendor_id, "payment", at, line.amount.minor, line.amount.currency, CHANNEL, note.strip(), stamp))
                links.append((next_id, plan.account, line.key, line.payee, line.memo, stamp))
                next_id += 1
                added += 1
                if len(rows) >= BATCH:
                    flush()
        if rows:
            flush()
        steps.step(0)
        sql.save_payee_choices(db, [(key, targets.get(key)) for key in chosen if remember_skips or key in targets])
    return StatementResult(added=added, already_there=already + sum(g.already_there for g in plan.payees if chosen[g.key].skip), skipped=skipped, new_vendors=tuple(made))


def with_date_format(mapping: CsvMapping, date_format: str) -> CsvMapping:
    """The mapping with another date format (what she chose in the preview)."""
    return replace(mapping, date_format=date_format)
