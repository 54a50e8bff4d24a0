"""Dates and amounts written the way a language or locale writes them, without Qt (Babel: CLDR data).

Two users. The documents the app writes for someone else — the cancellation letter, the dispute
PDF, the access request after a leak — are in a language chosen per document ("en", "de", "fr"),
and the command line writes them too, so their "3. Dezember 2026" and "1.234,50 €" cannot come from
Qt: `long_date`, `table_date` and `money_text` take that language. The desktop app writes amounts
with `money_text` as well (Qt has no currency symbols but the locale's own), given its QLocale's name
("de_DE", "en_GB"); its dates come from QLocale itself (ui/formatting.py).

A document's English is British: "3 December 2026", as letters were always dated; amounts in
English show the symbol before the number ("€1,234.50"). The C/POSIX locale (no locale set: the
plain form scripts and containers expect) keeps the machine-neutral writing: "1234.50 EUR".
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import NumberPattern, format_decimal, parse_pattern

from myvendors.domain.models import Money, currency_exponent

# the locale a document in each language is written in (its language code → a CLDR locale)
DOCUMENT_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
_LETTER_DIGIT = re.compile(r"([^\W\d_])(\d)")
_DIGIT_LETTER = re.compile(r"(\d)([^\W\d_])")
PLAIN = ("", "C", "POSIX", "c")  # locale names that mean "no locale": the plain, machine-neutral form


def document_locale(language: str) -> str:
    """The CLDR locale of a document written in `language` ("de" → "de_DE"; "de_AT" stays)."""
    return DOCUMENT_LOCALES.get(language, language)


@functools.cache
def _locale(name: str) -> Locale | None:
    """Babel's locale for a name ("de_DE", "fr", "en-GB", "de_DE.UTF-8"); None for C/POSIX and unknown names."""
    clean = name.split(".", maxsplit=1)[0].split("@", maxsplit=1)[0].replace("-", "_")
    if clean in PLAIN:
        return None
    try:
        return Locale.parse(clean)
    except (UnknownLocaleError, ValueError):
        language = clean.split("_", maxsplit=1)[0]
        try:
            return Locale.parse(language) if language != clean else None
        except (UnknownLocaleError, ValueError):
            return None


def long_date(day: date, language: str) -> str:
    """A date in a sentence or a letter's head: "3 December 2026", "3. Dezember 2026", "3 décembre 2026"."""
    locale = _locale(document_locale(language))
    return day.isoformat() if locale is None else format_date(day, "long", locale=locale)


def table_date(day: date, language: str) -> str:
    """A date in a document's table: short and unambiguous for a reader anywhere ("3 Dec 2026",
    "03.12.2026", "3 déc. 2026": CLDR's medium format)."""
    locale = _locale(document_locale(language))
    return day.isoformat() if locale is None else format_date(day, "medium", locale=locale)


def number_text(number: int | Decimal, language: str) -> str:
    """A number with the language's digit groups and decimal sign: "1,234", "1.234", "1 234"."""
    locale = _locale(document_locale(language))
    return str(number) if locale is None else str(format_decimal(number, locale=locale))


@functools.cache
def _currency_pattern(locale: Locale, places: int) -> NumberPattern:
    pattern = parse_pattern(locale.currency_formats["standard"].pattern)
    pattern.frac_prec = (places, places)  # the currency's decimals as MyVendors keeps them: never rounded away
    return pattern


def amount_text(amount: Decimal, currency: str, locale_name: str) -> str:
    """An amount of `currency` as `locale_name` writes it: "€1,234.50" (en_GB), "-1.234,50 €" (de_DE),
    "1 234,50 €" (fr_FR, a narrow no-break space between the groups), "¥1,234" (en_US, JPY has no cents)."""
    places = currency_exponent(currency)
    locale = _locale(document_locale(locale_name))
    if locale is None:
        return f"{amount:.{places}f} {currency}"
    text = str(_currency_pattern(locale, places).apply(
        amount, locale, currency=currency, currency_digits=False, decimal_quantization=True))
    # CLDR's currency spacing, which Babel leaves out: a code of letters ("CHF", "BHD") is kept off the digits
    return _LETTER_DIGIT.sub("\\1\u00a0\\2", _DIGIT_LETTER.sub("\\1\u00a0\\2", text))


def money_text(money: Money, locale_name: str) -> str:
    """`amount_text` of a `Money`."""
    return amount_text(money.amount, money.currency, locale_name)
