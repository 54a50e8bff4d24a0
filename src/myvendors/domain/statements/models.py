"""Statements in: the typed values the statement services take and return (no SQL, no Qt).

A statement is read (`read_statement`), planned against the vault (`plan_statement`: which
vendor each payee becomes, how many lines are already there) and applied (`apply_statement`:
one transaction). Money out is positive, a refund or other money in is negative, as for every
payment interaction.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from myvendors.domain.models import Money

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
]


class StatementKind(enum.StrEnum):
    OFX = "ofx"
    CSV = "csv"


@dataclass(frozen=True)
class StatementLine:
    """One transaction of a statement."""

    #: where it is in the file: the CSV line number, or the OFX transaction's number (1-based)
    row: int
    posted: date
    #: positive = money out (a purchase, a debit), negative = money in (a refund, a credit)
    amount: Money
    #: the payee as the bank wrote it (OFX NAME, else MEMO; the CSV payee column)
    payee: str
    memo: str
    #: recognises the line again on a later import of the same account: "fitid:<FITID>" for OFX
    #: lines, "sha256:<hex>" of (date, amount, payee, account, occurrence) for CSV lines and
    #: OFX lines without a FITID (see docs/STATEMENTS.md)
    key: str


@dataclass(frozen=True)
class LineProblem:
    """A row that could not be read, refused on its own (the others still import)."""

    row: int
    message: str


@dataclass(frozen=True)
class Statement:
    kind: StatementKind
    #: the account as the file names it (OFX ACCTID; CSV files name none: "")
    account: str
    lines: tuple[StatementLine, ...]
    problems: tuple[LineProblem, ...] = ()
    #: the statement's own currency (OFX CURDEF, the CSV mapping's currency), None if it has none
    currency: str | None = None
    #: caveats for the preview: a guessed character set, a repaired file
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CsvMapping:
    """Which column of a statement CSV holds what, and how its values are written.

    Columns are named by their header text (an unnamed column is "Column N", N from 1). Either
    `amount` or `debit` and/or `credit` is set. The currency is the `currency` column's value,
    else `fixed_currency`.
    """

    date: str
    payee: str
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    memo: str | None = None
    currency: str | None = None
    fixed_currency: str | None = None
    #: a strptime format such as "%d.%m.%Y"; "" = not chosen yet
    date_format: str = ""
    #: "," or "."
    decimal: str = "."
    #: True when the file writes money out as a negative amount (most banks); with debit and
    #: credit columns: whether the debit column's values carry a minus sign (either is read)
    out_negative: bool = True

    def fields(self) -> dict[str, str | None]:
        """The column per field, for showing and for `--map FIELD=COLUMN`."""
        return {
            "date": self.date,
            "payee": self.payee,
            "amount": self.amount,
            "debit": self.debit,
            "credit": self.credit,
            "memo": self.memo,
            "currency": self.currency,
        }


@dataclass(frozen=True)
class CsvLayout:
    """What a statement CSV looks like: found by `csv_layout`, shown in the preview."""

    encoding: str
    #: True when the character set was guessed (say which)
    encoding_guessed: bool
    delimiter: str
    #: the header's line number (1-based); lines before it are the bank's preamble
    header_line: int
    header: tuple[str, ...]
    #: the hash of the normalised header the mapping is remembered under
    header_key: str
    #: the first rows after the header (as many cells as the header), for the preview
    samples: tuple[tuple[str, ...], ...]
    #: the mapping remembered for this header, else a guess from the column names and values
    mapping: CsvMapping
    #: True when `mapping` is the one remembered for this header
    remembered: bool
    #: every format that reads all of the date column's values; more than one = ambiguous (she
    #: chooses); empty = none does (the date column is wrong)
    date_formats: tuple[str, ...]
    #: "," or ".", as the amount columns' values show
    decimal: str
    #: every data row (cells), with its line number: what `date_formats_for` looks at
    rows: tuple[tuple[int, tuple[str, ...]], ...] = field(default=(), repr=False)
    #: the account name her last import of a statement with this header went to ("" when none):
    #: lines are recognised again per account, so the next statement of this bank goes there too
    account: str = ""


class MatchHow(enum.StrEnum):
    """How a payee's vendor was suggested."""

    REMEMBERED = "remembered"  # her past choice for this payee
    WEBSITE = "website"  # a vendor's website host is in the payee ("NETFLIX.COM")
    NAME = "name"  # a vendor's folded name is the payee's
    NEW = "new"  # no vendor: a new one is proposed
    SKIP = "skip"  # she skipped this payee before


@dataclass(frozen=True)
class PayeeChoice:
    """What to do with one payee's lines: an existing vendor, a new vendor, or skip them."""

    vendor_id: int | None = None
    new_vendor: str | None = None

    @property
    def skip(self) -> bool:
        return self.vendor_id is None and self.new_vendor is None

    @classmethod
    def existing(cls, vendor_id: int) -> PayeeChoice:
        return cls(vendor_id=vendor_id)

    @classmethod
    def new(cls, name: str) -> PayeeChoice:
        return cls(new_vendor=name)

    @classmethod
    def skipped(cls) -> PayeeChoice:
        return cls()


@dataclass(frozen=True)
class PayeeGroup:
    """The lines of one payee (grouped by the normalised payee key) and what they are proposed to become."""

    #: the normalised payee key (`payees.payee_key`): what `apply_statement`'s choices are keyed by
    key: str
    #: the payee cleaned for a person ("Netflix"): the proposed new vendor's name
    name: str
    #: the payees as the file wrote them, each once
    spellings: tuple[str, ...]
    lines: tuple[StatementLine, ...]
    #: how many of `lines` are already in the vault (same account and key)
    already_there: int
    #: sum of the lines per currency (money out positive)
    totals: tuple[Money, ...]
    suggested: PayeeChoice
    how: MatchHow
    #: the suggested vendor's name (None when a new vendor or skip is suggested)
    vendor_name: str | None = None


@dataclass(frozen=True)
class StatementPlan:
    """A statement checked against the vault; nothing written."""

    kind: StatementKind
    #: the account the lines are recorded under (recognising them again is per account)
    account: str
    payees: tuple[PayeeGroup, ...]
    problems: tuple[LineProblem, ...]
    warnings: tuple[str, ...]
    #: the line keys of the statement's lines already in the vault for this account
    existing_keys: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def lines(self) -> int:
        return sum(len(group.lines) for group in self.payees)

    @property
    def already_there(self) -> int:
        return sum(group.already_there for group in self.payees)


@dataclass(frozen=True)
class NewVendor:
    id: int
    name: str


@dataclass(frozen=True)
class StatementResult:
    added: int
    already_there: int
    skipped: int
    new_vendors: tuple[NewVendor, ...]
