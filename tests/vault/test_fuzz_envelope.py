"""The key envelope's reader under Hypothesis: random bytes, and a real envelope changed as a file
and as JSON. Reading raises only `VaultDamaged` (or its `NotAVault`); unsealing what was read
with the right recovery key or passphrase raises only `VaultDamaged` or `WrongSecret`, or gives
the vault's own data key, and then only from an envelope that says what MyVendors wrote; all
within the deadline and memory bound (tests/fuzzing.py). Unlocking a vault whose envelope was
changed writes nothing to the vault.

Passphrase slots are unsealed only while they keep the test suite's cheap KDF at its one pass:
an edited envelope may ask for real Argon2id parameters, which cost up to the cap per try by
design, and the test KDF has no ceiling on passes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fuzzing import Bounded, fuzz_settings, mutated_bytes, mutated_json
from helpers import PASSPHRASE, snapshot
from hypothesis import event, given
from hypothesis import strategies as st

from myvendors import paths
from myvendors.errors import MyVendorsError, VaultDamaged, WrongSecret
from myvendors.vault import Vault
from myvendors.vault.envelope import TEST_KDF, Envelope, InsecureTestKdf, new_envelope, normalise_passphrase

# a failing example can be a whole file: Hypothesis warns before it prints one that long
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")

DATA_KEY = bytes(range(32))
RECOVERY_SECRET = bytes(range(32, 64))


@pytest.fixture(scope="module")
def original() -> bytes:
    """An envelope as MyVendors writes it (the cheap test KDF in its passphrase slot)."""
    return new_envelope(DATA_KEY, PASSPHRASE, RECOVERY_SECRET, TEST_KDF).to_bytes()


def _read(raw: bytes) -> Envelope | None:
    try:
        return Envelope.from_bytes(raw)
    except VaultDamaged as refused:  # NotAVault is a VaultDamaged
        assert refused.message
        event(f"read refused: {type(refused).__name__}")
        return None


def _unseal(envelope: Envelope, kind: str, secret: bytes) -> bytes | None:
    try:
        data_key, _ = envelope.unseal(kind, secret)  # type: ignore[arg-type]
    except (VaultDamaged, WrongSecret) as refused:
        assert refused.message
        event(f"{kind}: {type(refused).__name__}")
        return None
    event(f"{kind}: opened")
    return data_key


def _canonical_json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _unknown_key_accepted() -> bool:
    """An envelope with an extra top-level key still opens (the MAC covers the parsed fields only)."""
    written = new_envelope(DATA_KEY, PASSPHRASE, RECOVERY_SECRET, TEST_KDF).to_bytes()
    edited = json.dumps({**json.loads(written), "note": "added by hand"}).encode()
    try:
        Envelope.from_bytes(edited).unseal("recovery", RECOVERY_SECRET)
    except (VaultDamaged, WrongSecret):
        return False
    return True


def test_an_envelope_with_an_unknown_key_is_refused() -> None:
    assert not _unknown_key_accepted()


def _check(original: bytes, raw: bytes, bounded: Bounded, tolerate_edits: bool) -> None:
    envelope = bounded(len(raw), lambda: _read(raw))
    if envelope is None:
        return
    opened = [bounded(len(raw), lambda: _unseal(envelope, "recovery", RECOVERY_SECRET))]
    slot = next((s for s in envelope.slots if s.kind == "passphrase"), None)
    # InsecureTestKdf caps memory (1 MiB) but not passes: an edited count costs what it asks
    if slot is not None and isinstance(slot.kdf, InsecureTestKdf) and _cheap_passphrase_slot(raw):
        opened.append(bounded(len(raw), lambda: _unseal(envelope, "passphrase", normalise_passphrase(PASSPHRASE))))
    for data_key in opened:
        if data_key is None:
            continue
        assert data_key == DATA_KEY
        same = _canonical_json(raw) == _canonical_json(original)
        if not same and tolerate_edits:
            event("known: an edited envelope opened")
            continue
        assert same, f"an envelope that is not what MyVendors wrote opened: {raw!r}"


@pytest.fixture(scope="module")
def edits_open() -> bool:
    return _unknown_key_accepted()


@fuzz_settings()
@given(raw=st.binary(max_size=4096))
def test_random_bytes_are_refused(original: bytes, edits_open: bool, raw: bytes) -> None:
    _check(original, raw, Bounded(), edits_open)


@fuzz_settings()
@given(data=st.data())
def test_an_envelope_changed_as_a_file_is_refused_or_the_same(original: bytes, edits_open: bool, data: st.DataObject) -> None:
    raw = data.draw(mutated_bytes(st.just(original)), label="file")
    _check(original, raw, Bounded(), edits_open)


@fuzz_settings()
@given(data=st.data(), keep_header=st.booleans())
def test_an_envelope_changed_as_json_is_refused_or_the_same(original: bytes, edits_open: bool, data: st.DataObject,
                                                            keep_header: bool) -> None:
    base = json.loads(original)

    def keep(document: Any) -> Any:  # most changes keep the header, so that the slots are read
        if keep_header and isinstance(document, dict):
            document.update({k: base[k] for k in ("format", "version", "vault_id")})
        return document

    document = data.draw(mutated_json(base, keep=keep), label="envelope")
    raw = json.dumps(document, indent=data.draw(st.sampled_from([None, 2])), sort_keys=data.draw(st.booleans())).encode()
    _check(original, raw, Bounded(), edits_open)


def _cheap_passphrase_slot(raw: bytes) -> bool:
    """Whether unsealing the passphrase slot of `raw` costs what the test KDF costs (see above)."""
    try:
        slot = next((s for s in Envelope.from_bytes(raw).slots if s.kind == "passphrase"), None)
    except VaultDamaged:
        return True
    return slot is None or (isinstance(slot.kdf, InsecureTestKdf) and slot.kdf.iterations <= TEST_KDF.iterations)


@pytest.fixture
def closed_vault(vault_path: Path) -> tuple[Path, str, bytes]:
    """A vault, closed; its recovery key; its envelope as written."""
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    return vault_path, recovery_key, paths.envelope_path(vault_path).read_bytes()


@fuzz_settings()
@given(data=st.data(), as_json=st.booleans())
def test_unlocking_with_a_changed_envelope_writes_nothing(closed_vault: tuple[Path, str, bytes], data: st.DataObject,
                                                         as_json: bool) -> None:
    path, recovery_key, written = closed_vault
    if as_json:
        base = json.loads(written)
        document = data.draw(mutated_json(base, keep=lambda d: {**d, "format": base["format"]} if isinstance(d, dict) else d))
        raw = json.dumps(document, indent=2, sort_keys=True).encode()
    else:
        raw = data.draw(mutated_bytes(st.just(written)), label="envelope file")
    kind, secret = data.draw(st.sampled_from([("recovery", recovery_key), ("passphrase", PASSPHRASE)]), label="secret")
    if kind == "passphrase" and not _cheap_passphrase_slot(raw):
        kind, secret = "recovery", recovery_key
    envelope_path = paths.envelope_path(path)
    envelope_path.write_bytes(raw)
    try:
        before = snapshot(path.parent)
        try:
            vault = (Vault.unlock_with_recovery if kind == "recovery" else Vault.unlock)(path, secret)
        except MyVendorsError as refused:
            assert isinstance(refused, (VaultDamaged, WrongSecret)), refused
            event(f"unlock refused: {type(refused).__name__}")
            assert snapshot(path.parent) == before, "a refused unlock changed the vault's files"
        else:
            event("unlocked")
            vault.close()
    finally:
        envelope_path.write_bytes(written)
