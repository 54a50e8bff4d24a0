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
from myvendors.vault import Vault, envelope
from myvendors.vault.constants import MAX_KDF_SECONDS
from myvendors.vault.envelope import Envelope, KdfParams, new_envelope, normalise_passphrase, use_test_kdf

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


def _as_written(data: dict) -> bytes:  # type: ignore[type-arg]
    """`data` spelled exactly as MyVendors writes an envelope (so only the edit itself is judged)."""
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _edited(mutate) -> bytes:  # type: ignore[no-untyped-def]
    data = json.loads(FIXTURE.read_bytes())
    mutate(data)
    return _as_written(data)


def _passphrase_slot(data: dict) -> dict:  # type: ignore[type-arg]
    return next(s for s in data["slots"] if s["kind"] == "passphrase")


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (32 * 1024, 3, 4),
        (64 * 1024, 1, 4),
        (8, 1, 4),
        (64 * 1024 * 1024, 3, 4),
        (64 * 1024, 10_000, 4),
        # Within what once was allowed, beyond anything MyVendors writes: minutes of Argon2id.
        (2 * 1024 * 1024, 32, 4),
        (1024 * 1024 + 4096, 3, 4),
        (64 * 1024, 33, 4),
        (64 * 1024, 3, 5),
        (2 * 1024 * 1024, 32, 64),
        (64 * 1024, 3, 0),
    ],
)
def test_kdf_parameters_outside_floor_and_ceiling_are_refused_before_any_kdf(
    memory_kib: int, iterations: int, lanes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        _passphrase_slot(data)["kdf"].update(memory_kib=memory_kib, iterations=iterations, lanes=lanes)

    monkeypatch.setattr(envelope, "argon2id", _no_kdf)
    with pytest.raises(VaultDamaged):
        Envelope.from_bytes(_edited(edit))


def _no_kdf(*args: object) -> bytes:
    raise AssertionError("a key was derived from parameters that should have been refused first")


def test_the_ceilings_are_what_the_app_can_write() -> None:
    """Every parameter is capped at what `calibrate` can produce: 1 GiB, 32 passes, 4 lanes."""
    assert (KdfParams.CEILING_MEMORY_KIB, KdfParams.CEILING_ITERATIONS, KdfParams.CEILING_LANES) == (1 << 20, 32, 4)
    KdfParams(1 << 20, 32, 4).check()  # the most costly envelope the app can write still opens


def test_calibration_never_writes_beyond_the_ceilings(monkeypatch: pytest.MonkeyPatch) -> None:
    """On an implausibly fast machine, the longest allowed target still gives readable parameters."""
    clock = iter(range(0, 10**9, 1))
    monkeypatch.setattr(envelope.time, "perf_counter", lambda: next(clock) * 1e-6)
    monkeypatch.setattr(envelope, "argon2id", lambda *args: b"k" * 32)
    with use_test_kdf(False):
        params = envelope.calibrate(MAX_KDF_SECONDS, max_memory_kib=8 << 20, lanes=64)
    assert params == KdfParams(1 << 20, 32, 4)
    params.check()


@pytest.mark.parametrize("seconds", [-1, 30.5, float("nan"), float("inf")])
def test_calibration_targets_outside_0_to_30_seconds_are_refused(seconds: float) -> None:
    with pytest.raises(InvalidInput, match="between 0 and 30 seconds"):
        envelope.calibrate(seconds)


def _fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


# Edits that change only the text, not what the MAC is computed over: each is refused on read,
# before any key is derived.
NOT_AS_WRITTEN = {
    "unknown top-level key": lambda t: t.replace('  "format"', '  "comment": "hi",\n  "format"', 1),
    "unknown slot key": lambda t: t.replace('      "created"', '      "color": "red",\n      "created"', 1),
    "unknown kdf key": lambda t: t.replace('        "iterations"', '        "extra": 1,\n        "iterations"', 1),
    "memory as a string": lambda t: t.replace('"memory_kib": 65536', '"memory_kib": "65536"', 1),
    "memory as a fraction": lambda t: t.replace('"memory_kib": 65536', '"memory_kib": 65536.9', 1),
    "memory as a float": lambda t: t.replace('"memory_kib": 65536', '"memory_kib": 65536.0', 1),
    "memory in exponent form": lambda t: t.replace('"memory_kib": 65536', '"memory_kib": 6.5536e4', 1),
    "lanes as true": lambda t: t.replace('"lanes": 4', '"lanes": true', 1).replace(
        '"memory_kib": 65536', '"memory_kib": 65536', 1),
    "version as a float": lambda t: t.replace('"version": 1', '"version": 1.0', 1),
    "reordered keys": lambda t: t.replace(
        '"format": "myvendors-key-envelope",\n  "mac"', '"mac"', 1).replace(
        '"version": 1', '"version": 1,\n  "format": "myvendors-key-envelope"', 1),
    "extra whitespace": lambda t: t.replace('"lanes": 4', '"lanes":  4', 1),
    "compact": lambda t: json.dumps(json.loads(t), sort_keys=True),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "no final newline": lambda t: t.rstrip("\n"),
    "two final newlines": lambda t: t + "\n",
    "byte order mark": lambda t: "\ufeff" + t,
    "a duplicated key": lambda t: t.replace('  "format"', '  "version": 2,\n  "format"', 1),
    "escaped letters": lambda t: t.replace('"passphrase"', '"p\\u0061ssphrase"', 1),
    "created as a number": lambda t: t.replace('"created": "2026-11-25T18:51:10+00:00"', '"created": 20261125', 1),
}


@pytest.mark.parametrize("name", sorted(NOT_AS_WRITTEN))
def test_an_envelope_not_byte_for_byte_as_written_is_refused_before_any_kdf(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _fixture_text()
    edited = NOT_AS_WRITTEN[name](text)
    assert edited != text, "the edit must change the file"
    monkeypatch.setattr(envelope, "argon2id", _no_kdf)
    with pytest.raises(VaultDamaged):
        Envelope.from_bytes(edited.encode("utf-8"))


def test_a_number_too_long_to_read_is_damage_not_a_crash() -> None:
    raw = _fixture_text().replace('"lanes": 4', '"lanes": ' + "4" * 5000, 1).encode()
    with pytest.raises(VaultDamaged):
        Envelope.from_bytes(raw)


def test_envelopes_the_current_code_writes_read_back_byte_for_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every kind of slot the app writes, as the vault writes it to disk, passes the strict read."""
    key = b"k" * 32
    monkeypatch.setattr(envelope, "argon2id", lambda *args: b"x" * 32)  # (the ceiling's cost, without spending it)
    env = new_envelope(key, "passphrase one", b"r" * 20, KdfParams(1 << 20, 32, 4))
    env = env.adding(env.seal(key, "device", b"d" * 32), key)
    vault_file = tmp_path / "v.myvendors"
    Vault.create(vault_file, "a long passphrase", kdf=KdfParams.floor())[0].close()
    for raw in (env.to_bytes(), (tmp_path / "v.myvendors.envelope").read_bytes()):
        assert Envelope.from_bytes(raw).to_bytes() == raw


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
