"""A contact's key: the public Ed25519 key of the pseudonym someone keeps for her, as a small file,
pasted text or a QR code, and its safety number to compare by phone.

The key file (`myvendors contact export-key NAME`) is JSON::

    {"format": "myvendors-contact-key", "version": 1, "name": "Ann",
     "jwk": {"kty": "OKP", "crv": "Ed25519", "x": "…", "use": "sig"},
     "thumbprint": "…"}

`name` is the name its owner goes by (optional), `jwk` the public signing key of her pseudonym
for that one contact (so two contacts cannot link her by it), `thumbprint` its RFC 7638 SHA-256
thumbprint (checked when present). Read back are that document, a bare public JWK, the
`myvendors identity` output ({"sig", "enc", "thumbprint"}), or an image of the QR code of any of
them. Only public Ed25519 (OKP) keys are taken; a private key pasted by mistake is refused with a
message that names no part of it, and is never stored.

The safety number (`safety_number`) is the thumbprint as six groups of five digits: both read
theirs aloud and compare (docs/SHARING.md says why digits).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database

if TYPE_CHECKING:
    from jwcrypto import jwk

FORMAT = "myvendors-contact-key"
VERSION = 1
SOURCES = ("file", "text", "qr")
MAX_KEY_BYTES = 20_000  # a key file is some 300 bytes; a QR image a few hundred kilobytes (MAX_IMAGE_BYTES)
MAX_IMAGE_BYTES = 20_000_000
MAX_IMAGE_PIXELS = 40_000_000  # a 40-megapixel photo; more is refused before it is decoded
SAFETY_GROUPS = 6
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF", b"II*\x00", b"MM\x00*")


@dataclass(frozen=True)
class ContactKey:
    """A contact's public signing key as read (nothing stored yet)."""

    jwk: dict[str, Any]  # the public JWK: kty, crv, x
    thumbprint: str  # RFC 7638, SHA-256, base64url
    name: str | None  # the name its owner says they go by (from a key file), if any
    source: str  # "file" | "text" | "qr"

    @property
    def safety_number(self) -> str:
        return safety_number(self.thumbprint)

    def jwk_json(self) -> str:
        return json.dumps(self.jwk, sort_keys=True, separators=(",", ":"))


def safety_number(thumbprint: str) -> str:
    """The thumbprint as digits to compare by phone: SAFETY_GROUPS groups of five, space-separated.

    The thumbprint's SHA-256 bytes are read five at a time (40 bits each, big-endian); each
    group is that number modulo 100000, written with leading zeros, as Signal's safety numbers
    are. Six groups keep about 99.7 bits of the thumbprint: finding another key with the same
    digits costs about 2^99 tries. Digits read the same in every language, unlike a word list."""
    try:
        raw = base64.urlsafe_b64decode(thumbprint + "=" * (-len(thumbprint) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{thumbprint!r} is not a key thumbprint (43 characters of base64url)."
        ), thumbprint=thumbprint[:60]), field="thumbprint")
    groups = [int.from_bytes(raw[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(SAFETY_GROUPS)]
    return " ".join(f"{g:05d}" for g in groups)


# -- making her key file -------------------------------------------------------------------------------
def key_document(db: Database, contact_name: str, *, goes_by: str | None = None) -> dict[str, Any]:
    """Her key file for the contact named `contact_name` (her pseudonym for that contact, made on
    first use): what `export-key` writes and the QR code holds. `goes_by`: the name she wants to
    appear under (default: none; the contact names her as they like)."""
    from myvendors.domain.sharing import keys as share_keys  # jwcrypto: only when keys are made or read

    pseudonym = share_keys.pseudonym_for(db, share_keys.Scope("contact", name=" ".join(contact_name.split())))
    sig = {k: pseudonym.sig_public[k] for k in ("kty", "crv", "x")}
    sig["use"] = "sig"
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    name = " ".join((goes_by or "").split())
    if len(name) > 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The name you go by is at most 200 characters."), field="name")
    if name:
        document["name"] = name
    document["jwk"] = sig
    document["thumbprint"] = pseudonym.thumbprint
    return document


def key_text(document: dict[str, Any]) -> str:
    """The key file's text: compact JSON and a newline (small enough for a QR code)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def qr_svg(text: str) -> str:
    import segno

    out = io.BytesIO()
    segno.make(text.strip(), error="m", micro=False).save(out, kind="svg", scale=4, border=4)
    return out.getvalue().decode("utf-8")


def qr_png(text: str, *, scale: int = 6) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(text.strip(), error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


# -- reading a contact's key ----------------------------------------------------------------------------
def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message, field="key")


def _private_refusal() -> InvalidInput:
    return _refuse(QT_TRANSLATE_NOOP(
        "Errors",
        "That is a private key: it must never leave its owner, and it was not stored. Ask for their contact key "
        "instead (the public key MyVendors exports for a contact)."
    ))


def _public_key(value: dict[str, Any]) -> jwk.JWK:
    from myvendors.domain.sharing import keys as share_keys

    if "d" in value:
        raise _private_refusal()
    if value.get("use") not in (None, "sig"):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That key is for encryption: a contact's signing key is needed."))
    try:
        return share_keys.public_key_from_jwk({k: v for k, v in value.items() if k in ("kty", "crv", "x")}, use="sig")
    except InvalidInput as exc:
        raise _refuse(exc.message) from None


def read_key_text(text: str, *, source: str = "text") -> ContactKey:
    """A contact's key from text: their key file, a bare public JWK, or `identity` output."""
    if source not in SOURCES:
        raise ValueError(source)
    if len(text) > MAX_KEY_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That is far longer than a contact key: it is not read."))
    try:
        value = json.loads(text.strip())
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors",
            "That is not a contact key: expected the JSON of a key file (myvendors-contact-key) or of a public "
            "Ed25519 JWK."
        ))
    name: str | None = None
    claimed: Any = None
    if "format" in value:
        if value.get("format") != FORMAT:
            raise _refuse(Message(QT_TRANSLATE_NOOP(
                "Errors", "That is a {format!r} document, not a contact key."
            ), format=str(value.get("format"))[:60]))
        if value.get("version") != VERSION:
            raise _refuse(Message(QT_TRANSLATE_NOOP(
                "Errors", "That contact key is of version {version}; this MyVendors reads version 1."
            ), version=str(value.get("version"))[:20]))
        body = value.get("jwk")
        raw_name = value.get("name")
        if raw_name is not None and (not isinstance(raw_name, str) or len(raw_name) > 200):
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The contact key's name is not a name (at most 200 characters)."))
        name = " ".join(raw_name.split()) if isinstance(raw_name, str) and raw_name.strip() else None
        claimed = value.get("thumbprint")
    elif "kty" in value or "d" in value:
        body = value
    elif isinstance(value.get("sig"), dict):  # `myvendors identity` output
        body = value["sig"]
        claimed = value.get("thumbprint")
    else:
        body = None
    if not isinstance(body, dict):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That contact key holds no JWK."))
    if "d" in value or (isinstance(value.get("enc"), dict) and "d" in value["enc"]):
        raise _private_refusal()
    key = _public_key(body)
    thumbprint = str(key.thumbprint())
    if claimed is not None and claimed != thumbprint:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors",
            "The key file's thumbprint does not belong to its key: the file was altered. Ask for it again."
        ))
    public = {"kty": "OKP", "crv": "Ed25519", "x": str(key.get("x"))}
    return ContactKey(public, thumbprint, name, source)


def read_key_image(data: bytes) -> ContactKey:
    """A contact's key from an image (PNG, JPEG, …) of its QR code: a screenshot or a photo of
    their screen. zxing-cpp finds the code even scaled, turned or on a background."""
    from PIL import Image, UnidentifiedImageError

    import zxingcpp

    if len(data) > MAX_IMAGE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That image is larger than 20 MB: it is not read."))
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise _refuse(QT_TRANSLATE_NOOP("Errors", "That image has more than 40 megapixels: it is not read."))
            image.load()
            found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That image could not be read (not a PNG, JPEG or other picture).")) from None
    texts = [r.text for r in found if r.valid and r.text.strip()]
    if not texts:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors",
            "No QR code was found in that image. Take it again closer, straight on and in focus, or use the key "
            "file."
        ))
    last: InvalidInput | None = None
    for text in texts:
        try:
            return read_key_text(text, source="qr")
        except InvalidInput as exc:
            last = exc
    raise last if last is not None else _refuse("")


def looks_like_image(data: bytes) -> bool:
    return data.startswith(_IMAGE_MAGIC)


def read_key_bytes(data: bytes, *, source: str = "file") -> ContactKey:
    """A key from a file's bytes: an image of its QR code, or the key's text."""
    if looks_like_image(data):
        return read_key_image(data)
    if len(data) > MAX_KEY_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That is far longer than a contact key: it is not read."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "That file is neither a contact key nor an image of its QR code.")) from None
    return read_key_text(text, source=source)


def read_key_file(path: Path) -> ContactKey:
    """A key from a file: a key file (JSON) or an image of its QR code."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "That file is larger than 20 MB: it is not read."))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(path)), field="key") from None
    except (IsADirectoryError, PermissionError):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{path} cannot be read."), path=str(path)), field="key") from None
    return read_key_bytes(data, source="file")
