"""`myvendors.vault` names its service lazily: its light modules import without cryptography or
SQLCipher (the app's first window uses them), and every exported name still resolves."""

from __future__ import annotations

import subprocess
import sys

import myvendors.vault as vault_package

_LIGHT = """
import sys
import myvendors.vault, myvendors.vault.process, myvendors.vault.recent, myvendors.vault.unlocking
import myvendors.vault.keystore, myvendors.vault.constants
print(" ".join(m for m in ("myvendors.vault.envelope", "myvendors.vault.vault", "cryptography", "sqlcipher3",
                           "myvendors.storage", "concurrent.futures") if m in sys.modules))
"""


def test_the_light_modules_do_not_import_the_service() -> None:
    done = subprocess.run([sys.executable, "-c", _LIGHT], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_every_exported_name_resolves_to_its_module() -> None:
    from myvendors.vault.envelope import KdfParams
    from myvendors.vault.vault import Vault

    assert vault_package.Vault is Vault and vault_package.KdfParams is KdfParams
    for name in vault_package.__all__:
        assert getattr(vault_package, name) is not None
        assert name in dir(vault_package)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        vault_package.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
