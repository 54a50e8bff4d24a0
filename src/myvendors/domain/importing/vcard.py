"""Vendors from vCard files (2.1, 3.0, 4.0) as address books, phones and CRMs write them.

The file is split into cards here, so one unreadable card (a broken PHOTO, a wrong character
set) costs that card or that line, never the others. Each card is decoded on its own (UTF-8,
else the CHARSET it declares, else a flagged guess) and unfolded here into logical lines (folded
lines and vCard 2.1 quoted-printable soft line breaks, in one pass: vobject's own unfolding copies
the growing line once per physical line, minutes for one long folded value). Pictures and keys
are dropped unread, every property line is checked on its own, and vobject (with
`ignoreUnreadable`) reads what is left, one logical line per physical line.

Time stays linear in the file: a card larger than `MAX_CARD_BYTES` is left out unread (with the
reason), and `cancelled()` is asked between cards and every few thousand lines inside one.

The vendor's name is the card's organisation (ORG, first component), else its formatted name
(FN), else its structured name (N). When the organisation is the name, the person on the card
goes into the notes as the contact.
"""

from __future__ import annotations

import codecs
import logging
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import vobject
from vobject.base import ContentLine, textLineToContentLine

from myvendors.domain.importing.text import DecodedText, check_size, decode_text
from myvendors.domain.models import VendorDraft
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.domain.vendors import normalise_website, validate
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = ["MAX_CARDS", "MAX_CARD_BYTES", "VcardImport", "parse_vcards"]

MAX_CARDS = 200_000
#: a card larger than this is left out unread (a vendor's card is a few KB; photos make it ~1 MB)
MAX_CARD_BYTES = 5 * 1024 * 1024
#: `cancelled()` is asked every this many physical lines inside one step (splitting, unfolding)
_CHECK_EVERY_LINES = 4096
# Properties holding pictures, sounds or keys: never needed for a vendor, and the usual cause of
# a card vobject cannot read (bad base64, data on the property line, no blank line after it).
_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"})
_BEGIN = re.compile(rb"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE)
_END = re.compile(rb"^[ \t]*END[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE)
_CHARSET_PARAM = re.compile(rb";[ \t]*CHARSET[ \t]*=[ \t]*\"?([A-Za-z0-9_.-]+)", re.IGNORECASE)
_PROPERTY_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")
_LINE_BREAK = re.compile(r"\r*\n|\r")  # CR CR LF, CR LF, LF or a lone CR
_FALLBACK_CHARSET = "cp1252"  # for quoted-printable text that declares no character set


@dataclass(frozen=True)
class VcardImport:
    """What a vCard file yielded: drafts, the cards left out (each with why), and warnings."""

    drafts: list[VendorDraft]
    #: cards that could not be imported, e.g. "Card 2 (line 7): it has no name (no ORG, FN or N)."
    skipped: list[str]
    #: things imported with a caveat: a guessed character set, an unreadable line left out
    warnings: list[str] = field(default_factory=list)
    #: each draft's card number in the file (1-based; cards left out make gaps)
    card_numbers: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _RawCard:
    number: int  # 1-based position in the file
    line: int  # line of its BEGIN:VCARD
    data: bytes
    closed: bool

    @property
    def label(self) -> str:
        return Message(QT_TRANSLATE_NOOP("Errors", "Card {number} (line {line})"), number=self.number, line=self.line)


def parse_vcards(raw: bytes, *, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> VcardImport:
    """Read every card of a vCard file into a validated draft, or say why a card was left out.

    Raises InvalidInput only for a file that is not a vCard file at all (binary data, no
    BEGIN:VCARD, too large); a card that cannot be read is listed in `skipped`.
    `progress(done, total)` counts cards; `cancelled()` stops with `Cancelled`.
    """
    check_size(raw, "vCard file")
    check = Steps(0, cancelled=cancelled).check  # inside long steps
    raw = _as_utf8_if_marked(raw)
    if b"\x00" in raw:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This is not a vCard file: it holds binary data."), field="file")
    cards = list(_split_cards(raw, check))
    if not cards:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This is not a vCard file: it has no BEGIN:VCARD line."), field="file")
    if len(cards) > MAX_CARDS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The file has more than {MAX_CARDS:,} cards; split it into smaller files."
        ), MAX_CARDS=MAX_CARDS), field="file")
    drafts: list[VendorDraft] = []
    numbers: list[int] = []
    skipped: list[str] = []
    warnings: list[str] = []
    steps = Steps(len(cards), progress, cancelled)
    steps.start()
    with _vobject_log_captured() as vobject_messages:
        for card in cards:
            try:
                drafts.append(_read_card(card, warnings, check))
                numbers.append(card.number)
            except _Skip as reason:
                skipped.append(Message(QT_TRANSLATE_NOOP("Errors", "{label}: {reason}"), label=card.label, reason=reason.args[0]))
            warnings.extend(f"{card.label}: {message}" for message in vobject_messages)
            vobject_messages.clear()
            steps.step()
    return VcardImport(drafts, skipped, warnings, numbers)


class _Skip(Exception):
    """This card cannot become a vendor; the message says why."""


# -- splitting and decoding ------------------------------------------------------------------
def _as_utf8_if_marked(raw: bytes) -> bytes:
    """UTF-16/32 files (they start with a byte order mark) as UTF-8; a UTF-8 mark removed."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = decode_text(raw, what="vCard file")
        return decoded.text.removeprefix("\ufeff").encode("utf-8")
    return raw


def _split_cards(raw: bytes, check: Callable[[], None]) -> Iterator[_RawCard]:
    """The top-level BEGIN:VCARD … END:VCARD blocks (nested cards stay inside their parent)."""
    lines = raw.split(b"\n")
    depth = 0
    start = 0
    number = 0
    for index, line in enumerate(lines):
        if index % _CHECK_EVERY_LINES == 0:
            check()
        bare = line.rstrip(b"\r")
        if _BEGIN.match(bare):
            if depth == 0:
                start = index
            depth += 1
        elif depth and _END.match(bare):
            depth -= 1
            if depth == 0:
                number += 1
                yield _RawCard(number, start + 1, b"\n".join(lines[start:index + 1]), closed=True)
    if depth:
        yield _RawCard(number + 1, start + 1, b"\n".join(lines[start:]), closed=False)


def _decode_card(card: _RawCard, warnings: list[str]) -> str:
    """The card's text: UTF-8, else the character set its lines declare, else a flagged guess."""
    try:
        return card.data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = dict.fromkeys(match.group(1).decode("ascii").lower() for match in _CHARSET_PARAM.finditer(card.data))
    for name in declared:
        try:
            return card.data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        guess: DecodedText = decode_text(card.data, what="vCard")
    except InvalidInput as error:
        raise _Skip(error.message) from None
    warnings.append(Message(QT_TRANSLATE_NOOP(
        "Errors",
        "{label}: the card does not say its character set; it was read as {encoding}."
    ), label=card.label, encoding=guess.encoding))
    return guess.text


# -- reading one card ------------------------------------------------------------------------
def _read_card(card: _RawCard, warnings: list[str], check: Callable[[], None] = lambda: None) -> VendorDraft:
    if not card.closed:
        raise _Skip(QT_TRANSLATE_NOOP(
            "Errors",
            "the file ends inside this card (END:VCARD is missing); the file may be cut short."
        ))
    if len(card.data) > MAX_CARD_BYTES:
        raise _Skip(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "the card is {value:.1f} MB; MyVendors reads cards of up to {MAX_CARD_MB} MB, so it was left out."
        ), value=len(card.data) / 2 ** 20, MAX_CARD_MB=MAX_CARD_BYTES // 2 ** 20))
    text = _decode_card(card, warnings)
    kept = list(_readable_lines(text, card, warnings, check))
    check()
    try:
        # The lines are unfolded already, one logical line each, so vobject is told not to join
        # quoted-printable lines again (`allowQP` only changes how it unfolds; it still decodes
        # quoted-printable values). vobject raises many kinds of exceptions for malformed input
        # (ParseError, ValueError, binascii.Error, UnicodeError, AttributeError, …): any of them
        # means "this card is unreadable", which is reported, never a crash of the whole import.
        component = vobject.readOne("\r\n".join(kept) + "\r\n", allowQP=False, ignoreUnreadable=True)
    except Exception as error:  # noqa: BLE001 (see above)
        raise _Skip(Message(QT_TRANSLATE_NOOP("Errors", "vobject cannot read it ({name}: {error})."), name=type(error).__name__, error=error)) from None
    if getattr(component, "name", "") != "VCARD":
        raise _Skip(QT_TRANSLATE_NOOP("Errors", "it is not a vCard."))
    return _draft(component, card, warnings)


def _logical_lines(text: str, check: Callable[[], None] = lambda: None) -> Iterator[str]:
    """The card's logical lines, unfolded in one pass (time linear in the text).

    A line that starts with a space or tab continues the one before (that character dropped); a
    quoted-printable value (its parameters say QUOTED-PRINTABLE) that ends in "=" continues on
    the next line, the soft line break removed; a blank line ends a logical line. This is how
    vobject's getLogicalLines reads vCard 2.1 and 3.0, except that a line joins the next as
    quoted-printable only when its parameters declare it (not when the value merely mentions
    it), and the pieces are joined once at the end instead of once per physical line.
    """
    parts: list[str] = []
    quoted_printable = False
    for number, line in enumerate(_LINE_BREAK.split(text)):
        if number % _CHECK_EVERY_LINES == 0:
            check()
        if not line.strip():
            if parts:
                yield "".join(parts)
            parts = []
            continue
        if parts and quoted_printable and parts[-1].endswith("="):
            parts[-1] = parts[-1][:-1]
            parts.append(line)
        elif parts and line[0] in " \t":
            parts.append(line[1:])
        else:
            if parts:
                yield "".join(parts)
            first = line.lstrip(" \t")  # (only the card's first line can start with a space here)
            parts = [first]
            quoted_printable = "QUOTED-PRINTABLE" in first[: first.find(":")].upper()
    if parts:
        yield "".join(parts)


def _readable_lines(
    text: str, card: _RawCard, warnings: list[str], check: Callable[[], None] = lambda: None
) -> Iterator[str]:
    """The card's logical lines that vobject can read, pictures and comment lines left out.

    A quoted-printable value that declares no character set and is not UTF-8 is read as cp1252
    (older Outlook versions write such files) with a warning; any other unreadable line is left
    out with a warning, so the rest of the card survives.
    """
    for logical in _logical_lines(text, check):
        match = _PROPERTY_NAME.match(logical)
        # A property line has a colon. Without one, vobject's line pattern backtracks for a time
        # that grows exponentially with the line (a 60-character line took half a minute), so such a
        # line never reaches it.
        if match is None or ":" not in logical:
            if not logical.lstrip().startswith("#"):  # a comment line: vCard has none, some apps write them
                warnings.append(Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: a line that is not a property was left out: {value!r}."
                ), label=card.label, value=logical[:40]))
            continue
        name = match.group(1).upper()
        if name in _BINARY_PROPERTIES:
            continue
        # A soft line break that ends the value (Android writes them before a blank line)
        # means nothing, but vobject would join the next property onto this one.
        soft_break = logical.endswith("=") and "QUOTED-PRINTABLE" in logical[: logical.find(":")].upper()
        line = logical[:-1] if soft_break else logical
        try:
            textLineToContentLine(line)
        except UnicodeDecodeError:
            if "CHARSET" not in line[: line.find(":")].upper():
                fallback = f"{line[: match.end()]};CHARSET={_FALLBACK_CHARSET}{line[match.end():]}"
                if _parses(fallback):
                    warnings.append(Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: {name} does not say its character set; it was read as {FALLBACK_CHARSET}."
                    ), label=card.label, name=name, FALLBACK_CHARSET=_FALLBACK_CHARSET))
                    yield fallback
                    continue
            warnings.append(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: {name} is not in the character set it declares and was left out."
            ), label=card.label, name=name))
            continue
        except Exception as error:  # noqa: BLE001 (vobject's line parser raises many kinds)
            warnings.append(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: {name} cannot be read and was left out ({error})."
            ), label=card.label, name=name, error=error))
            continue
        yield line


def _parses(line: str) -> bool:
    try:
        textLineToContentLine(line)
    except Exception:  # noqa: BLE001 (any failure means "not readable")
        return False
    return True


# -- from vobject's component to a draft -----------------------------------------------------
def _lines(component: Any, name: str) -> list[ContentLine]:
    return list(component.contents.get(name.lower(), []))


def _is_preferred(line: ContentLine, *kinds: str) -> int:
    """Sort key: preferred lines first, then lines of the wanted kinds (WORK, …), then the rest."""
    types = {t.upper() for t in line.singletonparams}
    for value in line.params.get("TYPE", []):
        types.update(part.strip().upper() for part in str(value).split(","))
    if "PREF" in types or "PREF" in line.params:
        return 0
    return 1 if types & set(kinds) else 2


def _ordered(component: Any, name: str, *kinds: str) -> list[ContentLine]:
    return sorted(_lines(component, name), key=lambda line: _is_preferred(line, *kinds))


def _text(value: Any) -> str:
    """A property value as text; vCard 2.1 commas, which vobject splits into lists, rejoined."""

    def joined(part: Any) -> str:
        if isinstance(part, str):
            return part
        if isinstance(part, Sequence):
            return ",".join(joined(item) for item in part)
        return str(part)

    return joined(value).strip()


def _unescape(value: str) -> str:
    """Undo vCard 3.0 escapes that vobject leaves in URL values (iPhone writes 'http\\://')."""
    return re.sub(r"\\([\\:;,])", r"\1", value)


def _organisation(component: Any) -> str:
    for line in _lines(component, "ORG"):
        value = line.value
        first = value[0] if isinstance(value, list) and value else value
        name = " ".join(_text(first).split())
        if name:
            return name
    return ""


def _person(component: Any) -> str:
    for line in _lines(component, "FN"):
        name = " ".join(_text(line.value).split())
        if name:
            return name
    for line in _lines(component, "N"):
        value = line.value
        parts = [getattr(value, attribute, "") for attribute in ("prefix", "given", "additional", "family", "suffix")]
        name = " ".join(" ".join(_text(part) for part in parts if part).split())
        if name:
            return name
    return ""


def _website(component: Any) -> str | None:
    for line in _ordered(component, "URL", "WORK"):
        candidate = _unescape(_text(line.value))
        if not candidate:
            continue
        try:
            return normalise_website(candidate)
        except InvalidInput:
            continue
    return None


def _first(component: Any, name: str, *kinds: str, strip_prefix: str = "") -> str | None:
    for line in _ordered(component, name, *kinds):
        value = _text(line.value)
        if strip_prefix and value.lower().startswith(strip_prefix):
            value = value[len(strip_prefix):]
        value = " ".join(value.split())
        if value:
            return value
    return None


def _email(component: Any) -> str | None:
    for line in _ordered(component, "EMAIL", "WORK", "INTERNET"):
        value = _text(line.value).removeprefix("mailto:")
        if "@" in value and " " not in value:
            return value
    return None


def _address(component: Any) -> str | None:
    for line in _ordered(component, "ADR", "WORK"):
        value = line.value
        text = str(value) if not isinstance(value, str) else value.replace(";", "\n")
        parts = [" ".join(part.split()).strip(" ,") for part in text.splitlines()]
        joined = ", ".join(part for part in parts if part)
        if joined:
            return joined
    return None


def _tags(component: Any) -> tuple[str, ...]:
    tags: list[str] = []
    for line in _lines(component, "CATEGORIES"):
        values = line.value if isinstance(line.value, list) else str(line.value).split(",")
        tags.extend(" ".join(_text(value).split()) for value in values)
    return tuple(tag for tag in tags if tag)


def _notes(component: Any, organisation: str, person: str) -> str:
    parts: list[str] = []
    if organisation and person and person.casefold() != organisation.casefold():
        title = _first(component, "TITLE")
        parts.append(f"Contact: {person}" + (f" ({title})" if title else ""))
    for line in _lines(component, "NOTE"):
        note = _text(line.value).replace("\r\n", "\n").replace("\r", "\n").strip()
        if note:
            parts.append(note)
    return "\n\n".join(parts)


def _draft(component: Any, card: _RawCard, warnings: list[str]) -> VendorDraft:
    organisation = _organisation(component)
    person = _person(component)
    name = organisation or person
    if not name:
        raise _Skip(QT_TRANSLATE_NOOP("Errors", "it has no name (no ORG, FN or N)."))
    draft = VendorDraft(
        name=name,
        website=_website(component),
        email=_email(component),
        phone=_first(component, "TEL", "WORK", "VOICE", strip_prefix="tel:"),
        address=_address(component),
        notes=_notes(component, organisation, person),
        tags=_tags(component),
    )
    # A value our rules refuse (an e-mail address without a domain, a 600-character phone
    # number) is left out with a warning; the card is skipped only when its name is refused.
    for _ in range(len(VendorDraft.__dataclass_fields__)):
        try:
            return validate(draft)
        except InvalidInput as error:
            if error.field in (None, "name", "status") or not hasattr(draft, error.field):
                raise _Skip(error.message) from None
            empty: Any = () if error.field == "tags" else ("" if error.field == "notes" else None)
            warnings.append(Message(QT_TRANSLATE_NOOP("Errors", "{label} ({name}): {message} It was left out."), label=card.label, name=name, message=error.message))
            draft = replace(draft, **{error.field: empty})
    raise _Skip(QT_TRANSLATE_NOOP("Errors", "its values cannot be read."))  # pragma: no cover - every field was emptied above


# -- vobject's log --------------------------------------------------------------------------
class _Collect(logging.Filter):
    """Swallows vobject's 'Skipped line …' errors logged by this thread (they become warnings)."""

    def __init__(self) -> None:
        super().__init__()
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.thread == self.thread:
            self.messages.append(record.getMessage())
            return False
        return True


class _vobject_log_captured:  # noqa: N801 - used like a function, as a context manager
    def __enter__(self) -> list[str]:
        self._filter = _Collect()
        logging.getLogger("vobject.base").addFilter(self._filter)
        return self._filter.messages

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("vobject.base").removeFilter(self._filter)
