"""Importers of plain data (CSV, vCard) into vendor drafts: pure functions over bytes, no vault.

Each importer takes the file's bytes and returns validated `VendorDraft`s, or raises
`InvalidInput` naming the line (or card) and the field. Nothing here writes anything: the caller
stores the drafts in one transaction, so a malformed file leaves the vault as it was.

This module holds what the importers share: size limits and the text decoding that refuses
binary data and says when the character set had to be guessed.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = ["MAX_FILE_BYTES", "DecodedText", "check_size", "decode_text", "fold_name", "read_file", "refuse_binary"]

#: files larger than this are refused before they are read
MAX_FILE_BYTES = 50 * 1024 * 1024

# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in a text file: their presence means binary data.
_BINARY_CONTROLS = frozenset(chr(c) for c in range(32)) - frozenset("\t\n\r\f\v\x1a")
# The legacy code page preferred when a guess cannot tell it from another one.
_PREFERRED_LEGACY = "cp1252"


@dataclass(frozen=True)
class DecodedText:
    text: str
    #: the Python codec that decoded the bytes, e.g. "utf-8", "utf-16", "cp1252"
    encoding: str
    #: True when the file did not say and the encoding was guessed (tell the user which)
    guessed: bool


def check_size(raw: bytes, what: str) -> None:
    """Refuse files too large to be what they claim to be."""
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The {what} is {value:.0f} MB; MyVendors imports files of up to {value2} MB. Split it into "
                "smaller files."
            ), what=what, value=len(raw) / 2 ** 20, value2=MAX_FILE_BYTES // 2 ** 20),
            field="file",
        )


def read_file(path: Path) -> bytes:
    """The bytes of a file to import: one too large is refused before it is read, and what the
    system says when it cannot be read (missing, no permission, a folder) becomes a message."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is {size:.0f} MB; MyVendors imports files of up to {limit} MB. Split it into smaller files."
                ), name=path.name, size=size / 2**20, limit=MAX_FILE_BYTES // 2**20),
                field="file",
            )
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}."),
                    name=path.name, reason=error.strerror or str(error)),
            field="file",
        ) from None


def refuse_binary(text: str, what: str) -> None:
    """Refuse text holding control characters no text file has (a picture, an archive, …)."""
    for index, char in enumerate(text[:1_000_000]):
        if char in _BINARY_CONTROLS:
            line = text.count("\n", 0, index) + 1
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "This is not a {what}: line {line} holds binary data (character U+{ord:04X})."
                ), what=what, line=line, ord=ord(char)),
                field="file",
            )


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_ASCII_SAMPLE = bytes(range(9, 14)) + bytes(range(32, 127))


def _ascii_compatible(codec: str) -> bool:
    """True for character sets that read ASCII as ASCII (not EBCDIC, UTF-16, UTF-7, …)."""
    try:
        return _ASCII_SAMPLE.decode(codec) == _ASCII_SAMPLE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def decode_text(raw: bytes, *, what: str, encoding: str | None = None) -> DecodedText:
    """Decode a text file: a given encoding, else a byte order mark, else UTF-8, else a guess.

    A guess is flagged so the caller can show which character set was used (and offer to read
    the file again with another one). Bytes that no candidate decodes are refused rather than
    replaced.
    """
    if encoding is not None:
        codec = _known_codec(encoding)
        if codec is None:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{encoding!r} is not a character set MyVendors knows."), encoding=encoding), field="encoding")
        try:
            return DecodedText(raw.decode(codec), codec, guessed=False)
        except UnicodeDecodeError as error:
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The {what} is not in {encoding}: byte {value} cannot be read in that character set."
                ), what=what, encoding=encoding, value=error.start + 1),
                field="encoding",
            ) from None
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return DecodedText(raw.decode(codec), codec, guessed=False)
            except UnicodeDecodeError as error:
                raise InvalidInput(
                    Message(QT_TRANSLATE_NOOP(
                        "Errors",
                        "The {what} starts with a {upper} byte order mark but byte {value} is not {upper}: the "
                        "file is damaged."
                    ), what=what, upper=codec.upper(), value=error.start + 1),
                    field="file",
                ) from None
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8", guessed=False)
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:65536]:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This is not a {what}: it holds binary data."), what=what), field="file")
    return _guess(raw, what)


def _guess(raw: bytes, what: str) -> DecodedText:
    """The most plausible legacy (8-bit or East Asian) character set.

    charset-normalizer proposes candidates, but on short files it picks code pages that turn
    'Müller' into 'M³ller' (cp850) or 'Crème' into 'Crčme' (cp1250). So each candidate's text
    is scored by how many non-ASCII characters look out of place (a symbol inside a word, an
    unassigned or control character), and cp1252 wins ties: the guess is still only a guess,
    which the result says.
    """
    sample = raw[:2_000_000]
    proposed = [match.encoding for match in charset_normalizer.from_bytes(sample)]
    best: tuple[int, int, str, str] | None = None
    for rank, candidate in enumerate(dict.fromkeys([_PREFERRED_LEGACY, *proposed])):
        codec = _known_codec(candidate)
        if codec is None or not _ascii_compatible(codec):
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        score = (_out_of_place(text[:200_000]), rank, codec, text)
        if best is None or score[:2] < best[:2]:
            best = score
    if best is None:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "MyVendors cannot tell which character set the {what} uses. Save it as UTF-8 and import it "
                "again."
            ), what=what),
            field="encoding",
        )
    return DecodedText(best[3], best[2], guessed=True)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _out_of_place(text: str) -> int:
    """How many characters of `text` are unlikely in real text in its character set.

    Symbols inside words and control characters count, and so do Latin words made mostly of
    accented letters ('Ïðèâåò' is Russian read in the wrong code page).
    """
    score = 0
    for word in _WORD.findall(text):
        accented = sum(1 for char in word if not char.isascii() and "LATIN" in unicodedata.name(char, ""))
        if accented * 2 > len(word):
            score += 1
    for index, char in enumerate(text):
        if char.isascii():
            continue
        category = unicodedata.category(char)
        if category[0] == "C":
            score += 3
        elif category[0] not in "LM":
            neighbours = text[max(0, index - 1):index] + text[index + 1:index + 2]
            if any(neighbour.isalpha() for neighbour in neighbours):
                score += 1
    return score


def fold_name(name: str) -> str:
    """A name reduced for comparison: no case, accents, punctuation or spaces ('ACME GmbH' == 'Acme-GmbH')."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if char.isalnum() and not unicodedata.combining(char))
