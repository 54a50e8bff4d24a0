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

from collections.abc import Mapping

from myvendors.domain.progress import CancelCheck, Progress
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
from myvendors.storage import Database

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
    "plan_statement",
    "read_statement",
    "remember_mapping",
]


def detect_kind(data: bytes, name: str = "") -> StatementKind:
    """OFX when the content says so (an OFXHEADER line, an <OFX> element), else CSV; the name
    is not trusted (banks save OFX as .qfx, .txt or .csv)."""
    raise NotImplementedError


def read_statement(
    data: bytes,
    name: str = "",
    *,
    mapping: CsvMapping | None = None,
    encoding: str | None = None,
    cancelled: CancelCheck | None = None,
) -> Statement:
    """Read an OFX/QFX (1.x SGML or 2.x XML) or CSV statement; writes nothing.

    A CSV needs `mapping` (with its `date_format` chosen): without one, or with a column the
    header does not have, `InvalidInput` is raised. A file that is not a statement at all is
    refused with `InvalidInput`; single rows that cannot be read are listed in `problems`.
    `encoding` overrides the guessed character set of a CSV.
    """
    raise NotImplementedError


def csv_layout(db: Database, data: bytes, *, encoding: str | None = None) -> CsvLayout:
    """Find a statement CSV's character set, delimiter, header row (after a bank's preamble),
    sample rows and date formats; propose the mapping remembered for this header (by the
    hash of its normalised cells) or one guessed from the column names and values."""
    raise NotImplementedError


def date_formats_for(layout: CsvLayout, column: str) -> tuple[str, ...]:
    """Every date format that reads all of `column`'s non-empty values (for when she picks
    another date column in the preview). More than one: ambiguous, she chooses."""
    raise NotImplementedError


def remember_mapping(db: Database, layout: CsvLayout, mapping: CsvMapping) -> None:
    """Remember `mapping` for every CSV with this layout's header (the bank's next statement)."""
    raise NotImplementedError


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
    raise NotImplementedError


def apply_statement(
    db: Database,
    plan: StatementPlan,
    choices: Mapping[str, PayeeChoice] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> StatementResult:
    """Write the plan's new lines as payment interactions, in one transaction.

    `choices` maps a `PayeeGroup.key` to what its lines become; a payee not in it takes the
    plan's suggestion. Every choice is checked first (an unknown vendor, an empty new name is
    refused, nothing written); then new vendors are made, lines are inserted in batches with
    `progress(done, total)` and `cancelled()` between batches (a cancel rolls everything back),
    and the choices are remembered for the next statement. Lines already there are left out.
    """
    raise NotImplementedError
