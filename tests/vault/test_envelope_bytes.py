"""Every byte of the key envelope counts: any single-byte edit is refused, on read or on unlock."""

from __future__ import annotations

import pytest

from myvendors.errors import NotAVault, VaultDamaged, WrongSecret
from myvendors.vault.envelope import Envelope, KdfParams, new_envelope, normalise_passphrase

PASSPHRASE = "passphrase one"
RECOVERY = b"r" * 20
KEY = b"k" * 32


def _open(raw: bytes) -> bytes:
    env = Envelope.from_bytes(raw)
    return env.unseal("passphrase", normalise_passphrase(PASSPHRASE))[0]


def test_every_single_byte_edit_of_an_envelope_is_refused() -> None:
    """With the cheap test KDF: the file round-trips exactly, and the MAC covers what it parses,
    so no edit anywhere (spacing, key names, numbers, base64, dates, the MAC) opens."""
    env = new_envelope(KEY, PASSPHRASE, RECOVERY, KdfParams.floor())
    env = env.adding(env.seal(KEY, "device", b"d" * 32), KEY)
    raw = env.to_bytes()
    assert _open(raw) == KEY
    opened = []
    for i in range(len(raw)):
        for replacement in {raw[i] ^ 1, ord("0") if raw[i] != ord("0") else ord("1"), ord(" ") if raw[i] != 32 else ord("x")}:
            edited = raw[:i] + bytes([replacement]) + raw[i + 1 :]
            try:
                _open(edited)
            except (VaultDamaged, NotAVault, WrongSecret):
                continue
            opened.append((i, bytes([replacement])))
    assert not opened, f"edits that still opened: {opened[:5]}"


@pytest.mark.parametrize("where", [0, -1])
def test_a_byte_added_or_removed_is_refused(where: int) -> None:
    raw = new_envelope(KEY, PASSPHRASE, RECOVERY, KdfParams.floor()).to_bytes()
    for edited in (raw[:where] + b" " + raw[where:] if where else b" " + raw, raw[1:] if where == 0 else raw[:-1]):
        with pytest.raises((VaultDamaged, NotAVault, WrongSecret)):
            _open(edited)
