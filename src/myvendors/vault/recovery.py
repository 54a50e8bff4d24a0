"""Recovery keys: 160 random bits the user writes down, with a checksum that catches typos.

Shown as eight groups of five characters from the RFC 4648 base32 alphabet
(``ABCDE-FGHIJ-...``). Reading is forgiving: case, spaces and dashes are ignored and the
digits 0, 1 and 8 are read as the letters O, I and B they are easily mistaken for.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

SECRET_BYTES = 20
CHECK_BYTES = 5
GROUP = 5
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"myvendors-recovery-key" + secret).digest()[:CHECK_BYTES]


def generate() -> tuple[str, bytes]:
    """A new recovery key: (text to show the user, secret bytes to derive from)."""
    secret = secrets.token_bytes(SECRET_BYTES)
    return format_key(secret), secret


def format_key(secret: bytes) -> str:
    text = base64.b32encode(secret + _checksum(secret)).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse(text: str) -> bytes:
    """The secret bytes of a typed recovery key, or `InvalidInput` saying what is wrong with it."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-").translate(_CONFUSABLE)
    expected = len(base64.b32encode(bytes(SECRET_BYTES + CHECK_BYTES)))
    if len(cleaned) != expected:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery key has {expected} letters and digits (8 groups of 5); this one has {value}."
            ), expected=expected, value=len(cleaned)),
            field="recovery_key",
        )
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery key uses only the letters A–Z and the digits 2–7; this one has other characters."
            ),
            field="recovery_key",
        ) from None
    secret, check = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if _checksum(secret) != check:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This recovery key has a typo: its checksum does not match. Check each group against your "
                "saved copy."
            ),
            field="recovery_key",
        )
    return secret
