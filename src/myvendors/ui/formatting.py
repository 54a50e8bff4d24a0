"""Dates, numbers and amounts as she writes them: the one place the app turns them into text.

Which locale: `QLocale()`, the default that `i18n.install` sets at start-up — the language she
chose in Settings (German → de_DE; her system's region when it speaks that language, so de_AT
stays Austrian), or the system's (LC_TIME, LC_NUMERIC as Qt reads them) when she left it at "Same
as the system". So an en_GB system shows 03/12/2026 and en_US 12/3/2026.

- `date_text`: a date in a table or a short line — the locale's short format, always with the
  four-digit year (en_US's own short format has two). `long_date_text` for a sentence.
- `datetime_text`: a moment in her local time, with the locale's short time.
- `month_text`: "December 2026", "Dezember 2026", for months and charts.
- `number_text`, `money_text`/`amount_text`: digits grouped; amounts with the currency's sign
  where it goes in her locale (CLDR's, through `domain.formats`: Qt knows only the locale's own
  currency's sign).

The C/POSIX locale (no locale set, as in containers and CI) keeps the neutral forms the app always
showed: ISO dates (2026-12-03) and plain amounts (1234.50 EUR).

Tables sort by value, never by this text: their models give the value itself in `SORT_ROLE`.
The command line and every file format keep ISO dates and plain amounts (scripts read them).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QDate, QLocale, Qt, QTime

from myvendors.domain import formats
from myvendors.domain.models import Money

ISO_DATE = "yyyy-MM-dd"
# the value a table sorts by (a date, a Decimal, an int), beside the text it shows
SORT_ROLE = Qt.ItemDataRole.UserRole + 50


def sort_value(value: date | Decimal | float | str | None) -> QDate | float | str | None:
    """A value as Qt compares it in `SORT_ROLE` (a date as QDate, an amount as a float)."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return _qdate(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


def locale() -> QLocale:
    return QLocale()


def is_plain(where: QLocale | None = None) -> bool:
    """The C/POSIX locale: no locale set, neutral forms."""
    return (where or QLocale()).language() == QLocale.Language.C


def date_format(where: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year, for tables and date fields."""
    here = where or QLocale()
    if is_plain(here):
        return ISO_DATE
    pattern = here.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date | None, where: QLocale | None = None) -> str:
    """03/12/2026 (en_GB), 12/3/2026 (en_US), 03.12.2026 (de_DE); "" for no date."""
    if day is None:
        return ""
    here = where or QLocale()
    return here.toString(_qdate(day), date_format(here))


def stamp_date_text(stamp: str | None, where: QLocale | None = None) -> str:
    """The day of a stored ISO time stamp ("2026-12-03T09:00:00Z"), in her time zone: date_text."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:10]
    return date_text(moment.astimezone().date() if moment.tzinfo is not None else moment.date(), where)


def stamp_datetime_text(stamp: str | None, where: QLocale | None = None) -> str:
    """A stored ISO time stamp to the minute, in her time zone: datetime_text."""
    if not stamp:
        return ""
    try:
        return datetime_text(datetime.fromisoformat(stamp.replace("Z", "+00:00")), where)
    except ValueError:
        return stamp[:16].replace("T", " ")


def long_date_text(day: date | None, where: QLocale | None = None) -> str:
    """The date in a sentence: "Thursday, 3 December 2026", "Donnerstag, 3. Dezember 2026"."""
    if day is None:
        return ""
    here = where or QLocale()
    if is_plain(here):
        return day.isoformat()
    return here.toString(_qdate(day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime, where: QLocale | None = None) -> str:
    here = where or QLocale()
    local = moment.astimezone() if moment.tzinfo is not None else moment
    if is_plain(here):
        return local.strftime("%H:%M")
    return here.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime | None, where: QLocale | None = None) -> str:
    """A moment in her local time: 03/12/2026 14:05; 12/3/2026 2:05 PM."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{date_text(local.date(), where)} {time_text(local, where)}"


def month_text(month: date, where: QLocale | None = None, *, short: bool = False) -> str:
    """"December 2026", "Dezember 2026"; `short`: "Dec" (without the abbreviation's dot)."""
    here = where or QLocale()
    if short:
        return here.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat).rstrip(".")
    return f"{here.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)} {month.year}"


def number_text(number: int | float | Decimal, places: int | None = None, where: QLocale | None = None) -> str:
    """1,234 (en), 1.234 (de), 1 234 (fr); `places`: that many decimals."""
    here = where or QLocale()
    if places is None and isinstance(number, int):
        return here.toString(number)
    if places is None:
        exponent = Decimal(str(number)).normalize().as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    return here.toString(float(number), "f", places)


def stars_text(value: float | Decimal | Fraction, where: QLocale | None = None) -> str:
    """A standing or a mean rating: "4.2 ★" (en), "4,2 ★" (de, fr)."""
    return f"{number_text(float(value), 1, where)} ★"


def money_text(money: Money, where: QLocale | None = None) -> str:
    """€1,234.50 (en_GB), -1.234,50 € (de_DE), 1 234,50 € (fr_FR), ¥1,234 (en_US); 1234.50 EUR (C)."""
    return formats.money_text(money, (where or QLocale()).name())


def amount_text(amount: Decimal, currency: str, where: QLocale | None = None) -> str:
    return formats.amount_text(amount, currency, (where or QLocale()).name())


def amount_edit_text(amount: Decimal, where: QLocale | None = None) -> str:
    """An amount as an amount field shows it for editing: the locale's digits, no currency
    ("1.234,50" in German); `amount_input` reads it back exactly."""
    here = where or QLocale()
    if is_plain(here):
        return f"{amount}"
    exponent = amount.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return here.toString(float(amount), "f", places) if places <= 6 else f"{amount}"


def amount_input(text: str, where: QLocale | None = None) -> str:
    """What she typed in an amount field, in the plain form `Money.parse` reads ("1234.50"): her
    locale's decimal comma and digit groups are understood ("12,50", "1.234,50" in German,
    "1 234,50" in French), and so is the plain form in any locale ("12.50"). A sign written only
    once is the decimal sign unless it is her locale's group sign followed by exactly three digits
    ("1.234" is 1234 in German, 1.234 in English). Anything else is left for Money.parse to refuse."""
    here = where or QLocale()
    plain = "".join(text.split()).replace("'", "")  # spaces of any kind (no-break, narrow) and Swiss ' group digits
    commas, dots = plain.count(","), plain.count(".")
    if commas and dots:  # both: the last one is the decimal sign, the other groups digits
        decimal = "," if plain.rfind(",") > plain.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = plain.rpartition(decimal)
        return f"{whole.replace(group, '')}.{fraction}" if _grouped(whole, group) else plain
    if commas + dots == 0:
        return plain
    sign = "," if commas else "."
    if commas + dots > 1:  # one sign several times: digit groups
        return plain.replace(sign, "") if _grouped(plain, sign) else plain
    after = plain.split(sign, 1)[1]
    group_sign = here.groupSeparator() if not is_plain(here) else ","
    if sign == group_sign and len(after) == 3 and after.isdigit():
        return plain.replace(sign, "")
    return plain.replace(sign, ".")


def _grouped(number: str, sign: str) -> bool:
    """Whether `sign` separates groups of three digits in `number` ("1.234.567"), as digit groups do."""
    head, *groups = number.split(sign)
    return 1 <= len(head.lstrip("+-")) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups)


def qdatetime_format(where: QLocale | None = None) -> str:
    """The format of a date-and-time field: the short date (four-digit year) and the short time."""
    here = where or QLocale()
    time = "HH:mm" if is_plain(here) else here.timeFormat(QLocale.FormatType.ShortFormat)
    return f"{date_format(here)} {time}"
