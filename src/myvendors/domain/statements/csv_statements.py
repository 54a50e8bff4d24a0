"""Statement CSVs: the layout found (character set, delimiter, the header after a bank's
preamble, date formats, decimal comma or point) and the lines read with a `CsvMapping`.

What real bank exports do, and what is done about it:
- a preamble (account details, balances) before the header: the header is the first row as wide
  as most rows, with no date or amount in it;
- CR CR LF line ends, a byte order mark, legacy character sets (`importing.text.decode_text`);
- a transaction split over two rows (the second has no date and no amount): its text is added
  to the payee of the row before;
- amounts as `-36,99`, `+5257,28`, `"£1,183.23"`, `"+ £1,100.00"`, `(12.00)`, `12.00-`, with
  `'` or spaces between thousands, a currency symbol or code, a `CR`/`DR` mark (in the amount or
  a cell of its own): CR is money in, DR money out, whatever the sign;
- rows whose date is not a date (`Pending`): refused one by one, the others still import.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from myvendors.domain.importing.text import check_size, decode_text, refuse_binary
from myvendors.domain.models import Money, check_currency
from myvendors.domain.statements.models import CsvLayout, CsvMapping, LineProblem, Statement, StatementKind, StatementLine
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = ["DATE_FORMATS", "Table", "date_formats", "guess_mapping", "header_key", "read_lines", "read_table"]

_WHAT = QT_TRANSLATE_NOOP("Errors", "statement CSV file")
#: the date formats tried, most common first; a column's candidates are those that read every value
DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y", "%d-%m-%Y",
    "%m-%d-%Y", "%d-%m-%y", "%Y/%m/%d", "%Y%m%d", "%d-%b-%Y", "%d-%b-%y", "%d %b %Y", "%d %b %y", "%b %d, %Y",
    "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M",
)
_DELIMITERS = (";", ",", "\t", "|")
_SYMBOLS = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "CHF": "CHF", "zł": "PLN"}
_CODE_IN_HEADER = re.compile(r"\(([A-Z]{3})\)|\b(EUR|USD|GBP|CHF|SGD|AUD|CAD|NZD|SEK|NOK|DKK|PLN|JPY)\b")
_MAX_COLUMNS = 200


class Table:
    """A statement CSV's rows, with where the header is."""

    def __init__(self, encoding: str, guessed: bool, delimiter: str, rows: list[tuple[int, list[str]]], header_at: int) -> None:
        self.encoding = encoding
        self.guessed = guessed
        self.delimiter = delimiter
        self.rows = rows  # (line number, cells), blank rows left out
        self.header_at = header_at  # index into rows

    @property
    def header(self) -> tuple[str, ...]:
        return column_names(self.rows[self.header_at][1])

    @property
    def data(self) -> list[tuple[int, list[str]]]:
        return self.rows[self.header_at + 1:]


def column_names(cells: Sequence[str]) -> tuple[str, ...]:
    """Header cells as column names: stripped, an empty one "Column N", a repeated one "Name (N)"."""
    names: list[str] = []
    for index, cell in enumerate(cells, start=1):
        name = " ".join(cell.split()) or f"Column {index}"
        names.append(f"{name} ({index})" if name in names else name)
    return tuple(names)


def header_key(header: Sequence[str]) -> str:
    """The key a mapping is remembered under: the header's cells folded, trailing empty cells dropped."""
    cells = [" ".join(c.split()).casefold() for c in header]
    while cells and (not cells[-1] or cells[-1].startswith("column ")):
        cells.pop()
    return hashlib.sha256("\x1f".join(cells).encode("utf-8")).hexdigest()


def _looks_like_value(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and (parse_amount(text, ".") is not None or parse_amount(text, ",") is not None or
                           any(_parse_date(text, f) for f in DATE_FORMATS[:9]))


def read_table(data: bytes, *, encoding: str | None = None) -> Table:
    """Decode and split a statement CSV and find its header; refuses what is not a table."""
    check_size(data, _WHAT)
    decoded = decode_text(data, what=_WHAT, encoding=encoding)
    text = re.sub(r"\r+\n", "\n", decoded.text).replace("\r", "\n").lstrip("\ufeff")
    refuse_binary(text, _WHAT)
    sample = text[:65536]
    best: tuple[int, str] = (0, ",")
    for delimiter in _DELIMITERS:
        widths = Counter(len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in row))
        if widths:
            width, count = widths.most_common(1)[0]
            score = count * (width > 1)
            if score > best[0]:
                best = (score, delimiter)
    delimiter = best[1]
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells[:_MAX_COLUMNS]))
    except csv.Error as error:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This CSV file is damaged at line {line}: {reason}"), line=reader.line_num, reason=str(error)), field="file") from None
    widths = Counter(len(cells) for _, cells in rows)
    if not rows or widths.most_common(1)[0][0] < 2:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This is not a statement: a statement CSV has rows of at least two columns (date, amount, …).")), field="file")
    width = widths.most_common(1)[0][0]
    header_at = 0
    for index, (_, cells) in enumerate(rows[:50]):
        named = [c for c in cells if c.strip()]
        if len(cells) >= width - 1 and len(named) >= 2 and not any(_looks_like_value(c) for c in named):
            header_at = index
            break
    return Table(decoded.encoding, decoded.guessed, delimiter, rows, header_at)


def _parse_date(text: str, fmt: str) -> date | None:
    try:
        return datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        return None


def date_formats(values: Sequence[str]) -> tuple[str, ...]:
    """Every format that reads all the values holding a digit (a "Pending" is not a date to fit)."""
    dated = list(dict.fromkeys(v.strip() for v in values if any(c.isdigit() for c in v)))
    if not dated:
        return ()
    return tuple(f for f in DATE_FORMATS if all(_parse_date(v, f) is not None for v in dated))


_AMOUNT_NOISE = re.compile(r"[^\d.,'+\-()\u2212 ]")


@functools.lru_cache(maxsize=65536)
def parse_amount(text: str, decimal: str) -> Decimal | None:
    """'-36,99' (decimal ',') -> -36.99; '"+ £1,100.00"' -> 1100.00; '(12.00)' and '12.00-' -> -12.00.

    CR/DR marks are the caller's; currency symbols and codes are ignored here."""
    clean = text.strip().upper()
    for mark in ("CR", "DR"):
        clean = clean.removeprefix(mark).removesuffix(mark)
    clean = _AMOUNT_NOISE.sub("", clean).replace("\u2212", "-").replace(" ", "").replace("'", "")
    if not clean:
        return None
    negative = False
    if clean.startswith("(") and clean.endswith(")"):
        clean, negative = clean[1:-1], True
    if clean.endswith("-"):
        clean, negative = clean[:-1], not negative
    if clean.startswith(("+", "-")):
        negative ^= clean[0] == "-"
        clean = clean[1:]
    thousands = "." if decimal == "," else ","
    clean = clean.replace(thousands, "")
    if decimal == ",":
        clean = clean.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", clean):
        return None
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    return -value if negative else value


def _decimal_of(values: Sequence[str]) -> str:
    comma = point = 0
    for value in values:
        match = re.search(r"([.,])\d{1,2}\s*(?:[A-Za-z]{2,3})?\)?-?\s*$", value.strip())
        if match:
            comma += match.group(1) == ","
            point += match.group(1) == "."
    return "," if comma > point else "."


_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "date": ("buchungstag", "transaction date", "date processed", "posting date", "posted", "booking date", "datum", "date"),
    "amount": ("betrag", "bedrag", "amount", "montant", "importe", "value", "sum"),
    "debit": ("withdrawal", "debit", "paid out", "money out", "soll", "ausgang", "af"),
    "credit": ("deposit", "credit", "paid in", "money in", "haben", "eingang", "bij"),
    "payee": ("beguenstigter", "begünstigter", "zahlungsempfänger", "auftraggeber", "naam tegenpartij", "payee",
              "merchant", "name", "description", "counterparty", "beschreibung", "omschrijving"),
    "memo": ("verwendungszweck", "omschrijving-1", "memo", "reference", "details", "buchungstext", "notes"),
    "currency": ("waehrung", "währung", "munt", "currency", "ccy"),
}


def _column_for(header: Sequence[str], field: str, taken: set[str]) -> str | None:
    for word in _FIELD_WORDS[field]:
        for name in header:
            folded = name.casefold()
            if name not in taken and (folded == word or folded.startswith(word) or word in folded.split()):
                return name
    for word in _FIELD_WORDS[field]:
        for name in header:
            if name not in taken and word in name.casefold():
                return name
    return None


def guess_mapping(table: Table) -> CsvMapping:
    """A mapping from the column names (German, Dutch and English banks' words) and values."""
    header = table.header
    taken: set[str] = set()
    found: dict[str, str | None] = {}
    for name in ("date", "debit", "credit", "amount", "currency", "payee", "memo"):
        column = _column_for(header, name, taken)
        if name == "amount" and (found.get("debit") or found.get("credit")):
            column = None if column is None or not _column_for([column], "amount", set()) else column
            if found.get("debit") and found.get("credit"):
                column = None
        found[name] = column
        if column:
            taken.add(column)
    if found["amount"]:
        found["debit"] = found["credit"] = None
    date_column = found["date"] or header[0]
    values = column_values(table, date_column)
    formats = date_formats(values)
    amount_columns = [c for c in (found["amount"], found["debit"], found["credit"]) if c]
    amounts = [v for c in amount_columns for v in column_values(table, c)]
    decimal = _decimal_of(amounts)
    fixed = None
    if not found["currency"]:
        for column in amount_columns:
            match = _CODE_IN_HEADER.search(column)
            if match:
                fixed = match.group(1) or match.group(2)
        for symbol, code in _SYMBOLS.items():
            if fixed is None and any(symbol in v for v in amounts[:200]):
                fixed = code
    # a card statement writes purchases as positive amounts: most values unsigned means money out is positive
    signs = [v.strip().lstrip("\"'")[:1] for v in amounts[:500] if v.strip()]
    out_negative = not found["amount"] or sum(s == "-" for s in signs) * 3 >= len(signs) or not signs
    return CsvMapping(
        date=date_column,
        payee=found["payee"] or header[min(1, len(header) - 1)],
        amount=found["amount"],
        debit=found["debit"],
        credit=found["credit"],
        memo=found["memo"],
        currency=found["currency"],
        fixed_currency=fixed,
        date_format=formats[0] if len(formats) == 1 else "",
        decimal=decimal,
        out_negative=out_negative,
    )


def column_values(table: Table, column: str) -> list[str]:
    header = table.header
    if column not in header:
        return []
    at = header.index(column)
    return [cells[at] for _, cells in table.data if at < len(cells)]


def layout_of(table: Table, mapping: CsvMapping, remembered: bool) -> CsvLayout:
    header = table.header
    width = len(header)
    amounts = [v for c in (mapping.amount, mapping.debit, mapping.credit) if c for v in column_values(table, c)]
    return CsvLayout(
        encoding=table.encoding,
        encoding_guessed=table.guessed,
        delimiter=table.delimiter,
        header_line=table.rows[table.header_at][0],
        header=header,
        header_key=header_key(table.rows[table.header_at][1]),
        samples=tuple(tuple((cells + [""] * width)[:width]) for _, cells in table.data[:10]),
        mapping=mapping,
        remembered=remembered,
        date_formats=date_formats(column_values(table, mapping.date)),
        decimal=_decimal_of(amounts),
        rows=tuple((line, tuple(cells)) for line, cells in table.data),
    )


def _check_mapping(header: Sequence[str], mapping: CsvMapping) -> None:
    for field, column in mapping.fields().items():
        if column is not None and column not in header:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP("Errors", "The file has no column {column!r} for the {field_} (columns: {columns})."),
                        column=column, field_=field, columns=", ".join(header)),
                field="map",
            )
    if not mapping.amount and not (mapping.debit or mapping.credit):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Say which column holds the amount, or the debit and credit columns.")), field="map")
    if not mapping.date_format:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Say which date format the file uses.")), field="date_format")
    if mapping.decimal not in (",", "."):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The decimal mark is a comma or a point, not {mark!r}."), mark=mapping.decimal), field="decimal")
    if not mapping.currency and not mapping.fixed_currency:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The file has no currency column: say which currency its amounts are in (--currency).")), field="currency")
    if mapping.fixed_currency:
        check_currency(mapping.fixed_currency)


def _cell(cells: Sequence[str], at: int | None) -> str:
    return cells[at].strip() if at is not None and at < len(cells) else ""


def read_lines(table: Table, mapping: CsvMapping) -> Statement:
    """The statement's lines by `mapping`; rows that cannot be read are listed as problems."""
    header = table.header
    _check_mapping(header, mapping)

    def at(column: str | None) -> int | None:
        return header.index(column) if column else None

    date_at, payee_at, memo_at, currency_at = at(mapping.date), at(mapping.payee), at(mapping.memo), at(mapping.currency)
    amount_at, debit_at, credit_at = at(mapping.amount), at(mapping.debit), at(mapping.credit)
    mapped = {i for i in (date_at, payee_at, memo_at, currency_at, amount_at, debit_at, credit_at) if i is not None}
    pending: list[tuple[int, date, Money, list[str], str]] = []
    dates: dict[str, date | None] = {}
    problems: list[LineProblem] = []
    for line, cells in table.data:
        raw_date = _cell(cells, date_at)
        money_cells = [_cell(cells, i) for i in (amount_at, debit_at, credit_at) if i is not None]
        if not raw_date and not any(money_cells):
            text = " ".join(c.strip() for c in cells if c.strip())
            if pending and text:
                pending[-1][3].append(text)  # the rest of the row before's description
            continue
        if raw_date not in dates:
            dates[raw_date] = _parse_date(raw_date, mapping.date_format)
        posted = dates[raw_date]
        if posted is None:
            problems.append(LineProblem(line, Message(QT_TRANSLATE_NOOP("Errors", "Line {line}: {value!r} is not a date in the format {format}."), line=line, value=raw_date, format=mapping.date_format)))
            continue
        marks = {c.strip().upper() for i, c in enumerate(cells) if i not in mapped} | {
            m for cell in money_cells for m in ("CR", "DR") if cell.upper().rstrip().endswith(m) or cell.upper().lstrip().startswith(m)}
        value: Decimal | None
        if amount_at is not None:
            value = parse_amount(_cell(cells, amount_at), mapping.decimal)
            if value is not None:
                value = -value if mapping.out_negative else value
        else:
            debit = parse_amount(_cell(cells, debit_at), mapping.decimal) if _cell(cells, debit_at) else None
            credit = parse_amount(_cell(cells, credit_at), mapping.decimal) if _cell(cells, credit_at) else None
            value = None if debit is None and credit is None else abs(debit or Decimal(0)) - abs(credit or Decimal(0))
        if value is None:
            problems.append(LineProblem(line, Message(QT_TRANSLATE_NOOP("Errors", "Line {line}: {value!r} is not an amount."), line=line, value=" ".join(money_cells))))
            continue
        if "CR" in marks:
            value = -abs(value)
        elif "DR" in marks:
            value = abs(value)
        code = _cell(cells, currency_at).upper() or (mapping.fixed_currency or "").upper()
        try:
            money = _money(value, code)
        except InvalidInput as error:
            problems.append(LineProblem(line, Message(QT_TRANSLATE_NOOP("Errors", "Line {line}: {message}"), line=line, message=error.message)))
            continue
        pending.append((line, posted, money, [_cell(cells, payee_at)], _cell(cells, memo_at)))
    lines: list[StatementLine] = []
    seen: Counter[tuple[date, int, str, str]] = Counter()
    for line, posted, money, payee_parts, memo in pending:
        payee = "  ".join(p for p in payee_parts if p) or memo
        if not payee.split():
            problems.append(LineProblem(line, Message(QT_TRANSLATE_NOOP("Errors", "Line {line} names no payee."), line=line)))
            continue
        identity = (posted, money.minor, money.currency, " ".join(payee.split()).casefold())
        seen[identity] += 1
        lines.append(StatementLine(line, posted, money, payee, memo if memo != payee else "", line_key(*identity, seen[identity])))
    currency = mapping.fixed_currency.upper() if mapping.fixed_currency else None
    warnings = (Message(QT_TRANSLATE_NOOP("Errors", "The file's character set was guessed as {encoding}."), encoding=table.encoding),) if table.guessed else ()
    problems.sort(key=lambda p: p.row)
    return Statement(StatementKind.CSV, "", tuple(lines), tuple(problems), currency, warnings)


@functools.lru_cache(maxsize=65536)
def _money(value: Decimal, code: str) -> Money:
    """Money.parse, once per distinct amount (a statement repeats its amounts)."""
    return Money.parse(value, code)


def line_key(posted: date, minor: int, currency: str, payee: str, occurrence: int) -> str:
    """A CSV line's key: sha256 of its date, amount, currency and folded payee, and which of the
    identical lines of that day it is (two equal coffees on one day are two payments). The
    account is the other half of what is unique (statement_lines: account + key)."""
    text = "\x1f".join((posted.isoformat(), str(minor), currency, payee, str(occurrence)))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
