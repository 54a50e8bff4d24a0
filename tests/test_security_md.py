"""SECURITY.md states the cryptographic parameters exactly: each figure it gives is read here from
the code, so changing a parameter without the page (or the page without the code) fails."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from myvendors.domain import settings
from myvendors.domain.sharing import packages
from myvendors.storage import db
from myvendors.vault import constants, envelope, keystore, recovery

ROOT = Path(__file__).resolve().parents[1]
TEXT = re.sub(r"\s+", " ", (ROOT / "SECURITY.md").read_text(encoding="utf-8"))


def _gib(kib: int) -> str:
    assert kib % (1024 * 1024) == 0
    return f"{kib // (1024 * 1024)} GiB"


def _claims() -> list[tuple[str, str]]:
    kdf = envelope.KdfParams
    calibrate = inspect.signature(envelope.calibrate).parameters
    envelope_source = inspect.getsource(envelope)
    package_source = inspect.getsource(packages)
    clipboard = next(s for s in settings.SETTINGS if s.key == "clipboard_clear_seconds")
    return [
        ("floor", f"Floor: {kdf.FLOOR_MEMORY_KIB // 1024} MiB and {kdf.FLOOR_ITERATIONS} passes"),
        ("ceiling", f"Ceiling: {_gib(kdf.CEILING_MEMORY_KIB)}, {kdf.CEILING_ITERATIONS} passes, "
                    f"{kdf.CEILING_LANES} lanes"),
        ("calibration", f"about {constants.DEFAULT_KDF_SECONDS} s on her machine (`--kdf-seconds`): "
                        f"{calibrate['lanes'].default} lanes, memory raised first, in steps, up to "
                        f"{_gib(calibrate['max_memory_kib'].default)}, then passes"),
        ("passphrase length", f"at least {constants.MIN_PASSPHRASE_CHARS} characters"),
        ("slot sizes", f"{envelope.SALT_BYTES}-byte salt, {envelope.NONCE_BYTES}-byte random nonce, "
                       f"{envelope.DATA_KEY_BYTES + 16}-byte sealed key"),
        ("data key", f"{envelope.DATA_KEY_BYTES} random bytes"),
        ("slot count", f"MyVendors adds at most {envelope.MAX_SLOTS - 2}). A file with more than "
                       f"{envelope.MAX_SLOTS} slots"),
        ("envelope size", f"at most {envelope.MAX_ENVELOPE_BYTES // (1 << 20)} MiB"),
        ("recovery key", f"{recovery.SECRET_BYTES * 8} random bits plus a {recovery.CHECK_BYTES * 8}-bit checksum"),
        ("keyring service", f"service `{keystore.SERVICE}`"),
        ("page size", f"AES-256-CBC per {db.PAGE_SIZE}-byte page"),
        ("signing algorithms", f"`alg` `{packages.ALGS[0]}` (RFC 9864; `{packages.ALGS[1]}` when"),
        ("clipboard", f"cleared after {clipboard.default} seconds by default"),
        *[(f"HKDF info {info}", f"info `{info}`") for info in
          ("myvendors/envelope-mac/v1", "myvendors/recovery-slot/v1", "myvendors/device-slot/v1")
          if (info in envelope_source or 'f"myvendors/{kind}-slot/v1"' in envelope_source)],
        *[(f"JWE {value}", f"`{value}`") for value in ("ECDH-ES+A256KW", "A256GCM")
          if f'"{value}"' in package_source],
    ]


@pytest.mark.parametrize(("what", "claim"), _claims(), ids=[what for what, _ in _claims()])
def test_security_md_states_the_parameters_the_code_uses(what: str, claim: str) -> None:
    assert claim in TEXT, f"SECURITY.md should say {claim!r} ({what}, as the code has it): update SECURITY.md"


def test_the_jwe_and_hkdf_labels_are_the_codes() -> None:
    """The two lists above are filtered by the source: make sure nothing was filtered away."""
    labels = [what for what, _ in _claims()]
    assert sum(label.startswith("HKDF info") for label in labels) == 3
    assert sum(label.startswith("JWE") for label in labels) == 2
