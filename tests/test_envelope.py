"""The key envelope: known answers, the committed format, tampering, normalisation, recovery keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given
from hypothesis import strategies as st

from myvendors.errors import InvalidInput, NotAVault, VaultDamaged, WrongSecret
from myvendors.vault import recovery
from myvendors.vault.envelope import Envelope, KdfParams, new_envelope, normalise_passphrase

pytestmark = pytest.mark.real_kdf  # the envelope's own tests derive with the real Argon2id

FIXTURE = Path(__file__).parent / "data" / "envelope-v1.json"
FIXTURE_PASSPHRASE = "Fixture passphrase \u00e9t\u00e9"  # NFC form
FIXTURE_DATA_KEY = bytes(range(32))
FIXTURE_RECOVERY = "AEBAG-BAFAY-DQQCI-KBMGA-2DQPC-AIREE-YUBMR-52FKM"


def test_rfc9106_argon2id_vector() -> None:
    """RFC 9106 §5.3: the Argon2id test vector, through the same library the vault uses."""
    kdf = Argon2id(
        salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32, ad=b"\x04" * 12, secret=b"\x03" * 8
    )
    assert kdf.derive(b"\x01" * 32).hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_committed_envelope_still_opens() -> None:
    """A version-1 envelope written by an earlier build opens with its passphrase and recovery key."""
    raw = FIXTURE.read_bytes()
    env = Envelope.from_bytes(raw)
    key, slot = env.unseal("passphrase", normalise_passphrase(FIXTURE_PASSPHRASE))
    assert key == FIXTURE_DATA_KEY and slot.kind == "passphrase"
    key, _ = env.unseal("recovery", recovery.parse(FIXTURE_RECOVERY))
    assert key == FIXTURE_DATA_KEY
    assert env.to_bytes() == raw, "serialising a read envelope must reproduce the file exactly"


def test_decomposed_passphrase_opens_composed_slot() -> None:
    decomposed = FIXTURE_PASSPHRASE.replace("\u00e9", "e\u0301")
    assert decomposed != FIXTURE_PASSPHRASE
    env = Envelope.from_bytes(FIXTURE.read_bytes())
    assert env.unseal("passphrase", normalise_passphrase(decomposed))[0] == FIXTURE_DATA_KEY


def _edited(mutate) -> bytes:  # type: ignore[no-untyped-def]
    data = json.loads(FIXTURE.read_bytes())
    mutate(data)
    return json.dumps(data).encode()


def _passphrase_slot(data: dict) -> dict:  # type: ignore[type-arg]
    return next(s for s in data["slots"] if s["kind"] == "passphrase")


@pytest.mark.parametrize(
    ("memory_kib", "iterations"), [(32 * 1024, 3), (64 * 1024, 1), (8, 1), (64 * 1024 * 1024, 3), (64 * 1024, 10_000)]
)
def test_kdf_parameters_outside_floor_and_ceiling_are_refused(memory_kib: int, iterations: int) -> None:
    def weaken(data: dict) -> None:  # type: ignore[type-arg]
        _passphrase_slot(data)["kdf"].update(memory_kib=memory_kib, iterations=iterations)

    with pytest.raises(VaultDamaged):
        Envelope.from_bytes(_edited(weaken))


def test_raised_kdf_parameters_break_the_seal() -> None:
    """Parameters are associated data: even a stronger edit no longer opens the slot."""

    def strengthen(data: dict) -> None:  # type: ignore[type-arg]
        _passphrase_slot(data)["kdf"]["iterations"] = 4

    env = Envelope.from_bytes(_edited(strengthen))
    with pytest.raises(WrongSecret):
        env.unseal("passphrase", normalise_passphrase(FIXTURE_PASSPHRASE))


def test_removed_slot_is_caught_by_the_envelope_mac() -> None:
    def drop_recovery(data: dict) -> None:  # type: ignore[type-arg]
        data["slots"] = [s for s in data["slots"] if s["kind"] != "recovery"]

    env = Envelope.from_bytes(_edited(drop_recovery))
    with pytest.raises(VaultDamaged, match="changed outside MyVendors"):
        env.unseal("passphrase", normalise_passphrase(FIXTURE_PASSPHRASE))


def test_second_passphrase_slot_is_refused_on_read() -> None:
    def duplicate(data: dict) -> None:  # type: ignore[type-arg]
        data["slots"].append({**_passphrase_slot(data), "id": "p-000000000000"})

    with pytest.raises(VaultDamaged, match="more than one passphrase slot"):
        Envelope.from_bytes(_edited(duplicate))


def test_too_many_slots_are_refused_before_any_kdf() -> None:
    def flood(data: dict) -> None:  # type: ignore[type-arg]
        device = {**_passphrase_slot(data), "kind": "device"}
        del device["kdf"]
        data["slots"] += [{**device, "id": f"d-{i:012d}"} for i in range(40)]

    with pytest.raises(VaultDamaged, match="slots"):
        Envelope.from_bytes(_edited(flood))


def test_changed_vault_id_breaks_every_seal() -> None:
    env = Envelope.from_bytes(_edited(lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000")))
    with pytest.raises(WrongSecret):
        env.unseal("passphrase", normalise_passphrase(FIXTURE_PASSPHRASE))


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"", VaultDamaged),
        (b"{not json", VaultDamaged),
        (b"\xff\xfe\x00garbage", VaultDamaged),
        (b'{"format": "something-else"}', NotAVault),
        (b'{"format": "myvendors-key-envelope", "version": 99}', VaultDamaged),
        (b'{"format": "myvendors-key-envelope", "version": 1, "vault_id": "x", "slots": []}', VaultDamaged),
        (b"[1, 2, 3]", NotAVault),
        (b"[" * 200_000, VaultDamaged),
        (
            b'{"format": "myvendors-key-envelope", "version": 1, "vault_id": "x", "mac": "", "slots": [{"id": "p-1", '
            b'"kind": "passphrase", "kdf": {"name": "argon2id", "memory_kib": 1e999, "iterations": 3, "lanes": 4}}]}',
            VaultDamaged,
        ),
    ],
)
def test_malformed_envelopes_are_named(raw: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        Envelope.from_bytes(raw)


@given(st.binary(max_size=2048))
def test_arbitrary_bytes_never_crash_the_reader(raw: bytes) -> None:
    with pytest.raises((VaultDamaged, NotAVault)):
        Envelope.from_bytes(raw)


def test_slots_cannot_be_moved_between_vaults() -> None:
    key = b"k" * 32
    a = new_envelope(key, "passphrase one", b"r" * 20, KdfParams.floor())
    b = new_envelope(key, "passphrase one", b"r" * 20, KdfParams.floor())
    moved = Envelope(vault_id=b.vault_id, slots=a.slots, mac=b.mac)
    with pytest.raises(WrongSecret):
        moved.unseal("recovery", b"r" * 20)


def test_recovery_key_round_trip_and_forgiving_input() -> None:
    text, secret = recovery.generate()
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert recovery.parse(text) == secret
    assert recovery.parse(" " + text.lower().replace("-", " ") + "\n") == secret
    assert recovery.parse(text.replace("O", "0").replace("I", "1").replace("B", "8")) == secret


def test_recovery_key_typos_are_named() -> None:
    text, _ = recovery.generate()
    flipped = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(InvalidInput, match="typo"):
        recovery.parse(flipped)
    with pytest.raises(InvalidInput, match="8 groups"):
        recovery.parse(text[:-3])
    with pytest.raises(InvalidInput, match="A–Z"):
        recovery.parse("9" * 40)
