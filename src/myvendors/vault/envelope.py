"""The key envelope: the vault's data key, sealed once per way of opening it.

The envelope is a small JSON file beside the database (format in docs/VAULT-FORMAT.md):

* a header: ``format``, ``version``, ``vault_id``;
* ``slots``: the 256-bit data key sealed with AES-256-GCM under a key-encryption key (KEK)
  that comes from a passphrase (Argon2id, parameters stored in the slot), the recovery key
  (HKDF) or a random device key held in the OS keyring (HKDF). Each slot's associated data
  is the header plus that slot's id, kind and KDF parameters, so no slot can be moved to
  another vault or have its parameters edited without the seal failing;
* ``mac``: HMAC-SHA256 under a key derived from the data key over everything else, so that
  once a slot opens, any other edit (a slot removed, added or changed) is noticed.

The file must be byte for byte what `Envelope.to_bytes` writes for what was read from it: no
unknown keys, no values of another type (``"65536"``, ``65536.9``), no other key order, spacing
or line ends. So the MAC, computed over the parsed fields, covers every byte of the file, and an
edit that only changes the text is refused before any key is derived.

All cryptography is `cryptography`'s; nothing here is home-made beyond the JSON layout.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import json
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from myvendors.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    Message,
    NotAVault,
    PlatformUnsupported,
    VaultDamaged,
    WrongSecret,
)
from myvendors.vault.constants import MAX_KDF_SECONDS, MIN_PASSPHRASE_CHARS

FORMAT = "myvendors-key-envelope"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_ENVELOPE_BYTES = 1 << 20
MAX_SLOTS = 2 + 30  # one passphrase, one recovery, and remembered devices

SlotKind = Literal["passphrase", "recovery", "device"]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, as stored in a passphrase slot."""

    memory_kib: int
    iterations: int
    lanes: int

    # Never accept less than RFC 9106's second recommended option (64 MiB, t=3, p=4 is what we
    # calibrate up from); never accept more than `calibrate` can ever write (1 GiB, 32 passes,
    # 4 lanes): an edited file must not make an unlock allocate gigabytes or spend minutes.
    FLOOR_MEMORY_KIB = 64 * 1024
    FLOOR_ITERATIONS = 3
    CEILING_MEMORY_KIB = 1024 * 1024
    CEILING_ITERATIONS = 32
    CEILING_LANES = 4

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        name = data.get("name") if isinstance(data, dict) else None
        if name == TEST_KDF_NAME:
            kind: type[KdfParams] = InsecureTestKdf  # check() below refuses it outside the test suite
        elif name == "argon2id":
            kind = KdfParams
        else:
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "The key envelope names an unknown key-derivation function; it was edited or damaged."
            ))
        values = [data.get(key) for key in ("memory_kib", "iterations", "lanes")]
        # Whole JSON numbers only: "65536", 65536.9 or true are not what MyVendors writes.
        if set(data) != {"name", "memory_kib", "iterations", "lanes"} or not all(type(v) is int for v in values):
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "The key envelope's key-derivation parameters are unreadable."
            ))
        params = kind(*values)
        params.check()
        return params

    def check(self) -> None:
        """Refuse parameters under the floor (a downgrade) or absurdly high (a denial of service)."""
        if self.memory_kib < self.FLOOR_MEMORY_KIB or self.iterations < self.FLOOR_ITERATIONS or self.lanes < 1:
            raise VaultDamaged(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key envelope asks for a weaker passphrase protection than MyVendors ever writes "
                    "({memory_kib} KiB, {iterations} passes). It has been tampered with; refusing to use it."
                ), memory_kib=self.memory_kib, iterations=self.iterations),
            )
        if (
            self.memory_kib > self.CEILING_MEMORY_KIB
            or self.iterations > self.CEILING_ITERATIONS
            or self.lanes > self.CEILING_LANES
            or self.memory_kib < 8 * self.lanes
        ):
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "The key envelope's key-derivation parameters are out of range; it was edited or damaged."
            ))

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(cls.FLOOR_MEMORY_KIB, cls.FLOOR_ITERATIONS, 4)


# -- the test suite's cheap KDF ------------------------------------------------------------
# Argon2id at the floor costs ~0.15 s per derivation, and the test suite derives keys hundreds
# of times. Tests install a policy, from Python only, under which every passphrase slot written
# is sealed with InsecureTestKdf instead: Argon2id with 8 KiB and one pass, named
# "argon2id-insecure-test-only" in the envelope. Nothing a user can set (no environment variable,
# no file, no option) installs it; a process without it refuses such an envelope on read and
# refuses to derive with such parameters, so a vault written under it never opens outside tests.
TEST_KDF_NAME = "argon2id-insecure-test-only"


@dataclass(frozen=True)
class InsecureTestKdf(KdfParams):
    """The test suite's Argon2id cost, far below the floor; valid only inside `use_test_kdf()`."""

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "name": TEST_KDF_NAME}

    def check(self) -> None:
        if _test_kdf is None:
            raise VaultDamaged(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "This vault's key envelope uses the test suite's deliberately weak key derivation "
                    "({TEST_KDF_NAME!r}). MyVendors never opens or writes such a vault outside its tests; "
                    "refusing to use it."
                ), TEST_KDF_NAME=TEST_KDF_NAME),
            )
        if self.lanes < 1 or self.iterations < 1 or self.memory_kib < 8 * self.lanes or self.memory_kib > 1024:
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "The key envelope's key-derivation parameters are out of range; it was edited or damaged."
            ))


TEST_KDF = InsecureTestKdf(memory_kib=8, iterations=1, lanes=1)
_test_kdf: InsecureTestKdf | None = None  # the installed policy; only use_test_kdf() changes it


@contextlib.contextmanager
def use_test_kdf(enabled: bool = True) -> Iterator[None]:
    """Within the block, passphrase slots are sealed with `TEST_KDF` and such slots can be read.

    For the test suite (tests/conftest.py installs it for every test not marked ``real_kdf``)
    and test plugins. Process-wide (the UI derives keys in worker threads), not thread-local;
    nests, and restores what was installed before on exit. ``use_test_kdf(False)`` is the real
    Argon2id again inside the block (for tests that must exercise it). While it is installed:
    ``calibrate()`` returns `TEST_KDF` without measuring, and `Envelope.seal` seals every
    passphrase slot with `TEST_KDF`, whatever parameters the caller asked for (the floor, a
    calibration, explicit ones). Vaults with real Argon2id parameters still open as usual.
    """
    global _test_kdf  # noqa: PLW0603 (process-wide on purpose: the UI derives keys in worker threads)
    previous = _test_kdf
    _test_kdf = TEST_KDF if enabled else None
    try:
        yield
    finally:
        _test_kdf = previous


def using_test_kdf() -> bool:
    """Whether `use_test_kdf()` is in force (e.g. to pass it on to a child process in a test)."""
    return _test_kdf is not None


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that the same passphrase typed on macOS and Windows gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def validate_new_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The passphrase must be at least {MIN_PASSPHRASE_CHARS} characters long."
            ), MIN_PASSPHRASE_CHARS=MIN_PASSPHRASE_CHARS),
            field="passphrase",
        )


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    try:
        kdf = Argon2id(
            salt=salt, length=32, iterations=params.iterations, lanes=params.lanes, memory_cost=params.memory_kib
        )
        return kdf.derive(secret)
    except UnsupportedAlgorithm:
        raise PlatformUnsupported(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This installation's OpenSSL has no Argon2id (it needs OpenSSL 3.2 or newer inside the "
                "cryptography package), so vaults cannot be opened safely."
            ),
            detail=QT_TRANSLATE_NOOP(
                "Errors",
                "Reinstall with `make run`, which installs a current cryptography wheel."
            ),
        ) from None


def check_argon2_available() -> None:
    """Fail early, with a plain message, when cryptography's OpenSSL lacks Argon2id."""
    try:
        Argon2id(salt=b"0" * SALT_BYTES, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except UnsupportedAlgorithm:
        raise PlatformUnsupported(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This installation's OpenSSL has no Argon2id (OpenSSL 3.2 or newer is needed inside the "
                "cryptography package), so MyVendors cannot protect a vault."
            ),
            detail=QT_TRANSLATE_NOOP(
                "Errors",
                "Reinstall with `make run`, which installs a current cryptography wheel."
            ),
        ) from None


def check_kdf_seconds(target_seconds: float) -> None:
    """Refuse a calibration target that is not a number of seconds from 0 to `MAX_KDF_SECONDS`."""
    if not (0 <= target_seconds <= MAX_KDF_SECONDS):  # (NaN fails every comparison)
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The time to spend deriving the key must be between 0 and {MAX_KDF_SECONDS} seconds."
            ), MAX_KDF_SECONDS=MAX_KDF_SECONDS),
            field="kdf_seconds",
        )


def calibrate(target_seconds: float, *, max_memory_kib: int = KdfParams.CEILING_MEMORY_KIB, lanes: int = 4) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` here, never below the floor.

    Memory is raised first (it is what makes GPUs expensive), up to `max_memory_kib`; then passes.
    Never above `KdfParams`' ceilings: what this writes is what every reader accepts.
    """
    check_kdf_seconds(target_seconds)
    if _test_kdf is not None:
        return _test_kdf
    max_memory_kib = min(max_memory_kib, KdfParams.CEILING_MEMORY_KIB)
    lanes = max(1, min(lanes, KdfParams.CEILING_LANES))
    base = KdfParams.floor()
    base = replace(base, lanes=lanes)
    if target_seconds <= 0:
        return base
    started = time.perf_counter()
    argon2id(b"calibration", secrets.token_bytes(SALT_BYTES), base)
    elapsed = max(time.perf_counter() - started, 1e-3)
    scale = target_seconds / elapsed
    if scale <= 1:
        return base
    step = 1024 * lanes
    memory = min(max_memory_kib, int(base.memory_kib * scale) // step * step)
    memory = max(memory, base.memory_kib)
    left = scale * base.memory_kib / memory
    iterations = min(KdfParams.CEILING_ITERATIONS, max(base.iterations, round(base.iterations * left)))
    return KdfParams(memory, iterations, lanes)


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The key envelope's {what} is missing or not text; it was edited or damaged."
        ), what=what))
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The key envelope's {what} is not valid base64; it was edited or damaged."
        ), what=what)) from None


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass(frozen=True)
class Slot:
    """One sealed copy of the data key."""

    id: str
    kind: SlotKind
    salt: bytes
    nonce: bytes
    sealed_key: bytes
    created: str
    kdf: KdfParams | None = None  # passphrase slots only

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "salt": _b64e(self.salt),
            "nonce": _b64e(self.nonce),
            "sealed_key": _b64e(self.sealed_key),
            "created": self.created,
        }
        if self.kdf is not None:
            out["kdf"] = self.kdf.to_json()
        return out

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "A slot of the key envelope is not an object; the envelope was edited or damaged."
            ))
        kind = data.get("kind")
        if kind not in ("passphrase", "recovery", "device"):
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "The key envelope has a slot of unknown kind {kind!r}."), kind=kind))
        slot_id = data.get("id")
        if not isinstance(slot_id, str) or not slot_id:
            raise VaultDamaged(QT_TRANSLATE_NOOP("Errors", "A slot of the key envelope has no id."))
        expected = {"id", "kind", "salt", "nonce", "sealed_key", "created"} | ({"kdf"} if kind == "passphrase" else set())
        if set(data) != expected or not isinstance(data.get("created"), str):
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "A slot of the key envelope has fields MyVendors never writes, or lacks some; it was edited."
            ))
        kdf = KdfParams.from_json(data.get("kdf")) if kind == "passphrase" else None
        slot = cls(
            id=slot_id,
            kind=kind,
            salt=_b64d(data.get("salt"), "slot salt"),
            nonce=_b64d(data.get("nonce"), "slot nonce"),
            sealed_key=_b64d(data.get("sealed_key"), "sealed key"),
            created=data["created"],
            kdf=kdf,
        )
        if len(slot.salt) != SALT_BYTES or len(slot.nonce) != NONCE_BYTES or len(slot.sealed_key) != DATA_KEY_BYTES + 16:
            raise VaultDamaged(QT_TRANSLATE_NOOP(
                "Errors",
                "A slot of the key envelope has the wrong length; it was edited or damaged."
            ))
        return slot


@dataclass(frozen=True)
class Envelope:
    vault_id: str
    slots: tuple[Slot, ...]
    mac: bytes = field(default=b"", repr=False)

    # -- (de)serialisation -----------------------------------------------------------------
    def header(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id}

    def _body(self) -> dict[str, Any]:
        return {**self.header(), "slots": [slot.to_json() for slot in self.slots]}

    def to_bytes(self) -> bytes:
        body = self._body()
        body["mac"] = _b64e(self.mac)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, *, where: str = "the key envelope") -> Envelope:
        if len(raw) > MAX_ENVELOPE_BYTES:
            raise NotAVault(Message(QT_TRANSLATE_NOOP("Errors", "{where} is far too large to be a MyVendors key envelope."), where=where))
        if not raw.strip():
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} is empty: it was truncated. A backup holds a good copy."
            ), where=where))
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: also a number too long to read
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} is not readable JSON: it is damaged or truncated."
            ), where=where)) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotAVault(Message(QT_TRANSLATE_NOOP("Errors", "{where} is not a MyVendors key envelope."), where=where))
        if data.get("version") != VERSION:
            raise VaultDamaged(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where} has format version {get!r}; this MyVendors reads version {VERSION}."
                ), where=where, get=data.get('version'), VERSION=VERSION)
            )
        vault_id = data.get("vault_id")
        raw_slots = data.get("slots")
        if not isinstance(vault_id, str) or not vault_id.isascii() or not isinstance(raw_slots, list) or not raw_slots:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} has no vault id or no slots; it was edited or damaged."
            ), where=where))
        if len(raw_slots) > MAX_SLOTS:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} has {value} slots; MyVendors never writes more than {MAX_SLOTS}."
            ), where=where, value=len(raw_slots), MAX_SLOTS=MAX_SLOTS))
        slots = tuple(Slot.from_json(item) for item in raw_slots)
        if len({slot.id for slot in slots}) != len(slots):
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP("Errors", "{where} has two slots with the same id; it was edited."), where=where))
        for kind in ("passphrase", "recovery"):
            if sum(1 for slot in slots if slot.kind == kind) > 1:
                raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{where} has more than one {kind} slot; MyVendors never writes that. It was edited."
                ), where=where, kind=kind))
        if set(data) != {"format", "version", "vault_id", "slots", "mac"}:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} has fields MyVendors never writes, or lacks some; it was edited."
            ), where=where))
        envelope = cls(vault_id=vault_id, slots=slots, mac=_b64d(data.get("mac"), "checksum"))
        # The MAC is over the parsed fields; demanding that the file be exactly what they
        # serialise to makes it cover every byte (spacing, key order, number spelling included).
        if envelope.to_bytes() != raw:
            raise VaultDamaged(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{where} is not byte for byte as MyVendors writes it (its text was edited); refusing to use it."
            ), where=where))
        return envelope

    # -- sealing ---------------------------------------------------------------------------
    def _aad(self, slot_id: str, kind: str, kdf: KdfParams | None) -> bytes:
        return _canonical({**self.header(), "slot": {"id": slot_id, "kind": kind, "kdf": kdf.to_json() if kdf else None}})

    def _mac_key(self, data_key: bytes) -> bytes:
        return hkdf(data_key, self.vault_id.encode("ascii"), b"myvendors/envelope-mac/v1")

    def _compute_mac(self, data_key: bytes) -> bytes:
        h = crypto_hmac.HMAC(self._mac_key(data_key), hashes.SHA256())
        h.update(_canonical(self._body()))
        return h.finalize()

    def with_mac(self, data_key: bytes) -> Envelope:
        return replace(self, mac=self._compute_mac(data_key))

    def verify_mac(self, data_key: bytes) -> None:
        if not hmac.compare_digest(self._compute_mac(data_key), self.mac):
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The key envelope has been changed outside MyVendors (a slot was added, removed or "
                    "edited); refusing to use it."
                ),
            )

    def seal(self, data_key: bytes, kind: SlotKind, kek_source: bytes, *, kdf: KdfParams | None = None) -> Slot:
        """A new slot holding `data_key` under a KEK from `kek_source` (passphrase bytes or a key)."""
        if kind == "passphrase" and _test_kdf is not None:
            kdf = _test_kdf  # the test suite's policy (use_test_kdf); never installed in the app
        slot_id = f"{kind[0]}-{secrets.token_hex(6)}"
        salt = secrets.token_bytes(SALT_BYTES)
        kek = _kek(kind, kek_source, salt, kdf)
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(kek).encrypt(nonce, data_key, self._aad(slot_id, kind, kdf))
        created = datetime.now(UTC).isoformat(timespec="seconds")
        return Slot(slot_id, kind, salt, nonce, sealed, created, kdf)

    def open_slot(self, slot: Slot, kek_source: bytes) -> bytes | None:
        """The data key if `kek_source` opens `slot`, else None."""
        kek = _kek(slot.kind, kek_source, slot.salt, slot.kdf)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.sealed_key, self._aad(slot.id, slot.kind, slot.kdf))
        except InvalidTag:
            return None

    def unseal(self, kind: SlotKind, kek_source: bytes, *, slot_id: str | None = None) -> tuple[bytes, Slot]:
        """Try every slot of `kind` (or just `slot_id`); verify the whole envelope once one opens."""
        candidates = [s for s in self.slots if s.kind == kind and (slot_id is None or s.id == slot_id)]
        for slot in candidates:
            data_key = self.open_slot(slot, kek_source)
            if data_key is not None:
                self.verify_mac(data_key)
                return data_key, slot
        if kind == "passphrase":
            raise WrongSecret(QT_TRANSLATE_NOOP("Errors", "That passphrase does not open this vault."))
        if kind == "recovery":
            raise WrongSecret(QT_TRANSLATE_NOOP("Errors", "That recovery key does not open this vault."))
        raise WrongSecret(QT_TRANSLATE_NOOP("Errors", "This device's remembered key no longer opens this vault."))

    def replacing(self, kind: SlotKind, new_slot: Slot | None, data_key: bytes) -> Envelope:
        """A new envelope with every slot of `kind` replaced by `new_slot` (or removed), re-MACed."""
        kept = tuple(s for s in self.slots if s.kind != kind)
        slots = kept + ((new_slot,) if new_slot else ())
        return replace(self, slots=slots).with_mac(data_key)

    def adding(self, new_slot: Slot, data_key: bytes) -> Envelope:
        return replace(self, slots=(*self.slots, new_slot)).with_mac(data_key)

    def removing(self, slot_id: str, data_key: bytes) -> Envelope:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id)).with_mac(data_key)

    def kinds(self) -> set[str]:
        return {slot.kind for slot in self.slots}


#: A way to open an envelope (a passphrase, the recovery key, a device key): returns the data key.
Unlocker = Callable[[Envelope], bytes]


def _kek(kind: str, source: bytes, salt: bytes, kdf: KdfParams | None) -> bytes:
    if kind == "passphrase":
        if kdf is None:
            raise VaultDamaged(QT_TRANSLATE_NOOP("Errors", "A passphrase slot has no key-derivation parameters."))
        kdf.check()
        return argon2id(source, salt, kdf)
    return hkdf(source, salt, f"myvendors/{kind}-slot/v1".encode("ascii"))


def new_envelope(data_key: bytes, passphrase: str, recovery_secret: bytes, kdf: KdfParams) -> Envelope:
    """A fresh envelope with one passphrase slot and one recovery slot."""
    kdf.check()
    env = Envelope(vault_id=str(uuid.uuid4()), slots=())
    pass_slot = env.seal(data_key, "passphrase", normalise_passphrase(passphrase), kdf=kdf)
    recovery_slot = env.seal(data_key, "recovery", recovery_secret)
    return replace(env, slots=(pass_slot, recovery_slot)).with_mac(data_key)
