"""File names that say what a package is, safe on Windows, macOS and Linux.

`file_name("personal-request", "E-Bike", date(2026, 12, 2), ".myvendors.jws")` is
`request-e-bike-2026-12-02.myvendors.jws`. The subject becomes a slug: letters with accents
lose them (`Café Müller` → `cafe-muller`), letters that do not decompose are spelled out (`ß` →
`ss`, `Ł` → `l`), other scripts are kept as they are (Cyrillic, Greek, CJK are legal in file names
everywhere), and everything else (spaces, `<>:"/\\|?*`, control characters, dots) becomes one
hyphen. The slug is cut at a hyphen to `SUBJECT_LIMIT` characters, so the whole name stays far
below every file system's limit (255 bytes on ext4/APFS, 255 UTF-16 units on NTFS), and it never
is one of Windows' reserved device names (CON, NUL, COM1, …) or ends in a dot or a space.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

SIGNED = ".myvendors.jws"
ENCRYPTED = ".myvendors.jwe"
SUBJECT_LIMIT = 48  # characters of the slug (UTF-8: at most 4 bytes each, so under 200 bytes)

# What each kind is called at the start of its file name.
PREFIX = {
    "personal-request": "request",
    "profile": "profile",
    "feedback": "feedback",
    "reputation": "reputation",
    "deletion-request": "deletion-request",
    "access-request": "access-request",
}

# Letters that NFKD does not reduce to ASCII, spelled the way their languages transliterate them.
_SPELLED = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h", "ŋ": "ng",
    "Ŋ": "ng", "ĸ": "k", "ſ": "s", "&": "and",  # noqa: RUF001 (the long s is one of the letters spelled here)
}
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$"} | {
    f"{name}{n}" for name in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")
}


def slug(text: str, limit: int = SUBJECT_LIMIT) -> str:
    """Lower-case words joined by single hyphens, safe as part of a file name on any system ("" for none)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKC", text):
        if char in _SPELLED:
            out.append(_SPELLED[char])
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if plain.isascii():
            out.append("".join(c if c.isalnum() else "-" for c in plain.lower()) or "-")
        elif unicodedata.category(char)[0] in "LN":  # another script: a letter or digit is a letter or digit
            out.append(char.lower())
        else:
            out.append("-")
    words = re.sub(r"-+", "-", "".join(out)).strip("-")
    if len(words) > limit:
        cut = words[:limit]
        words = (cut.rsplit("-", 1)[0] if "-" in cut[limit // 2:] else cut).strip("-")
    return words


def file_name(kind: str, subject: str, day: date, extension: str = SIGNED) -> str:
    """`<kind>-<subject>-<YYYY-MM-DD><extension>`; the subject is left out when nothing of it is usable."""
    parts = [PREFIX.get(kind, slug(kind, 24) or "package"), slug(subject), day.isoformat()]
    stem = "-".join(p for p in parts if p)
    if stem.split(".")[0] in _WINDOWS_RESERVED:  # cannot happen with a date in it; kept for any caller's prefix
        stem = "package-" + stem
    return stem + extension


def subject(document: dict[str, Any]) -> str:
    """What a package is about, for its file name: a request's title, the notes' vendor, else the recipient."""
    data = document.get("data") or {}
    if document.get("kind") == "personal-request":
        return str(data.get("name", ""))
    if document.get("kind") == "reputation":  # notes about several vendors: named after the first
        groups = data.get("vendors")
        first = groups[0] if isinstance(groups, list) and groups and isinstance(groups[0], dict) else data
        return str((first.get("vendor") or {}).get("name", ""))
    return str((document.get("recipient") or {}).get("name", ""))


def local_day(stamp: str) -> date:
    """The local calendar day of an ISO 8601 UTC stamp ("2026-12-02T21:30:00Z")."""
    try:
        return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone().date()
    except ValueError:
        return datetime.now().astimezone().date()


def default_file_name(document: dict[str, Any], *, encrypted: bool, extension: str | None = None) -> str:
    """The package's file name: its kind, what it is about and the day it was issued (local time);
    `.jwe` when encrypted; `extension` (".pdf", "-qr.svg") names a companion file instead."""
    return file_name(str(document.get("kind", "package")), subject(document), local_day(str(document.get("issued", ""))),
                     extension or (ENCRYPTED if encrypted else SIGNED))
