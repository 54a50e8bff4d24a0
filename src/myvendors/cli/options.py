"""How the arguments of a command are declared (`Opt`) and how their text becomes values (`Conv`).

Nothing here imports the domain when it is imported: converters that need it (enums, sharing
scopes, profile fields) import it when they parse, which happens only when the command runs.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from myvendors.errors import InvalidInput

if TYPE_CHECKING:  # imported by the converters when a command runs, not to build the parser
    from datetime import date, datetime
    from pathlib import Path


class Converter(Protocol):
    """Turns an argument's text into a value (ValueError if it cannot); `expects` completes
    "--flag 'x' is not …"."""

    def parse(self, text: str) -> Any: ...

    @property
    def expects(self) -> str: ...


@dataclass(frozen=True)
class Conv:
    """A converter from a function and the words for what it expects."""

    parse: Callable[[str], Any]
    expects: str


@dataclass(frozen=True)
class EnumConv:
    """One of the values of an enum of `myvendors.domain.models`, named (not imported) here."""

    enum_name: str

    def _enum(self) -> Any:
        return getattr(importlib.import_module("myvendors.domain.models"), self.enum_name)

    @property
    def _values(self) -> list[str]:
        return [member.value for member in self._enum()]

    @property
    def expects(self) -> str:
        return f"one of {', '.join(self._values)}"

    def parse(self, text: str) -> Any:
        if text.strip().lower() not in self._values:
            raise ValueError(text)
        return self._enum()(text.strip().lower())


@dataclass(frozen=True)
class Opt:
    """One argument of a command: `--flag` (or a positional name), help, parsing.

    Values with a `convert` are parsed after argparse (not by its `type=`), so a bad value is
    invalid input (exit 4) naming the flag, while a missing or unknown flag stays a usage error
    (exit 2). `usage_type` is argparse's own `type=`: a bad value is a usage error.
    """

    name: str
    help: str
    convert: Converter | None = None
    metavar: str | None = None
    required: bool = False
    many: bool = False  # may be given again; the values are collected in a list
    switch: bool = False  # takes no value
    default: Any = None
    optional: bool = False  # a positional that may be left out
    usage_type: Callable[[str], Any] | None = None

    @property
    def dest(self) -> str:
        return self.name.lstrip("-").replace("-", "_")

    @property
    def label(self) -> str:
        return self.name if self.name.startswith("--") else self.name.upper()

    def add_to(self, parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup) -> None:
        if not self.name.startswith("--"):
            extra: dict[str, Any] = {"nargs": "?"} if self.optional else {}
            parser.add_argument(self.dest, metavar=self.label, help=self.help, **extra)
        elif self.switch:
            parser.add_argument(self.name, action="store_true", help=self.help)
        else:
            extra = {"type": self.usage_type} if self.usage_type else {}
            parser.add_argument(
                self.name, help=self.help, metavar=self.metavar or self.dest.split("_")[-1].upper(),
                action="append" if self.many else "store", default=self.default, required=self.required, **extra,
            )

    def parse(self, args: argparse.Namespace) -> None:
        """Replace the text in `args` by its parsed value (InvalidInput naming the flag if bad)."""
        raw, convert = getattr(args, self.dest), self.convert
        if convert is None or raw is None or isinstance(raw, bool):
            return
        value = [self._parse_one(convert, item) for item in raw] if self.many else self._parse_one(convert, raw)
        setattr(args, self.dest, value)

    def _parse_one(self, convert: Converter, text: str) -> Any:
        try:
            return convert.parse(text)
        except (ValueError, OverflowError):
            raise InvalidInput(f"{self.label} {text!r} is not {convert.expects}.", field=self.dest) from None


# -- converters ----------------------------------------------------------------------------
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> date:
    from datetime import date

    if not _DATE.fullmatch(text.strip()):
        raise ValueError(text)
    return date.fromisoformat(text.strip())


def instant(text: str) -> datetime:
    """A date (noon local time, so it stays that day in any time zone) or a date and time
    (local time unless it names its offset)."""
    from datetime import datetime, time

    clean = text.strip()
    moment = datetime.combine(iso_date(clean), time(12)) if _DATE.fullmatch(clean) else datetime.fromisoformat(clean)
    return moment if moment.tzinfo else moment.astimezone()


def whole(low: int, high: int, expects: str | None = None) -> Conv:
    def parse(text: str) -> int:
        value = int(text.strip())
        if not low <= value <= high:
            raise ValueError(text)
        return value

    return Conv(parse, expects or f"a whole number from {low} to {high}")


def choice(values: Sequence[str]) -> Conv:
    def parse(text: str) -> str:
        if text.strip().lower() not in values:
            raise ValueError(text)
        return text.strip().lower()

    return Conv(parse, f"one of {', '.join(values)}")


def mapping(text: str) -> tuple[str, str]:
    field_name, equals, column = text.partition("=")
    if not equals or not field_name.strip():
        raise ValueError(text)
    return field_name.strip().lower(), column.strip()


def existing_file(text: str) -> Path:
    from pathlib import Path

    path = Path(text).expanduser()
    if not path.is_file():
        raise ValueError(text)
    return path


def new_file(text: str) -> Path:
    from pathlib import Path

    path = Path(text).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise ValueError(text)
    return path


def new_file_or_folder(text: str) -> Path:
    """A new file's path, or a folder that exists (the command then names the file inside it)."""
    from pathlib import Path

    path = Path(text).expanduser()
    if not (path.is_dir() or path.parent.is_dir()):
        raise ValueError(text)
    return path


def csv_words(text: str) -> tuple[str, ...]:
    words = tuple(w.strip() for w in text.split(",") if w.strip())
    if not words:
        raise ValueError(text)
    return words


def days_list(text: str) -> tuple[int, ...]:
    """Days before a date, e.g. "14,3,0" ("" for none), largest first, each once."""
    from myvendors.domain.settings import days_list as parse

    return parse(text)


def csv_ids(text: str) -> tuple[int, ...]:
    return tuple(ID.parse(w) for w in csv_words(text))


def scope(text: str) -> Any:
    """A sharing scope (vendor:ID, request:ID, contact:NAME); the sharing code is imported to parse it."""
    from myvendors.domain.sharing.keys import Scope

    try:
        return Scope.parse(text)
    except InvalidInput:
        raise ValueError(text) from None


def profile_pair(text: str) -> tuple[str, str]:
    from myvendors.domain.sharing.packages import PROFILE_FIELDS

    name, equals, value = text.partition("=")
    if not equals or name.strip() not in PROFILE_FIELDS:
        raise ValueError(text)
    return name.strip(), value.strip()


DATE = Conv(iso_date, "a date (YYYY-MM-DD)")
DAYS_LIST = Conv(days_list, "whole numbers of days from 0 to 366, separated by commas (e.g. 14,3,0)")
INSTANT = Conv(instant, "a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][+HH:MM])")
ID = whole(1, 2**63 - 1, "an id (a whole number from 1)")
LIMIT = whole(1, 10_000)
RATING = whole(1, 5)
RATING_OR_NONE = whole(0, 5)  # edit: 0 removes the rating
EXISTING_FILE = Conv(existing_file, "a file that exists")
NEW_FILE = Conv(new_file, "a file in a folder that exists")
NEW_FILE_OR_FOLDER = Conv(new_file_or_folder, "a file in a folder that exists, or a folder")


def id_opt(name: str, what: str, *, required: bool = True) -> Opt:
    return Opt(name, f"id of the {what}", ID, metavar="ID", required=required)


def money_opts(*amounts: tuple[str, str]) -> tuple[Opt, ...]:
    return (
        *(Opt(flag, help_text) for flag, help_text in amounts),
        Opt("--currency", "ISO 4217 code of the amount(s), e.g. EUR", metavar="CODE"),
    )
