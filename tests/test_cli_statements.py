"""`import statement` as scripts use it: JSON keys, the dry run, re-import, an ambiguous date
format refused with the candidates and the flag, exit codes. Runs in this process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, run_cli

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")
QUIET_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
KEYS = {"file", "kind", "account", "dry_run", "mapping", "lines", "already_there", "added", "skipped", "new_vendors",
        "payees", "problems", "warnings"}
PAYEE_KEYS = {"key", "name", "spellings", "lines", "already_there", "totals", "how", "vendor_id", "vendor_name",
              "new_vendor", "skip"}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "v.myvendors"
    done = run_cli("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n", env=QUIET_ENV)
    assert done.returncode == 0, done.stderr
    return path


def _json(vault: Path, *args: str, code: int = 0) -> dict[str, Any]:
    done = run_cli(*args, "--vault", str(vault), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n", env=QUIET_ENV)
    assert done.returncode == code, (args, done.returncode, done.stderr, done.stdout)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@needs_real_files
def test_an_ofx_statement_imports_once(vault: Path) -> None:
    ofx = str(REAL / "statements-ofx" / "bank_medium.ofx")
    preview = _json(vault, "import", "statement", ofx, "--dry-run")
    assert set(preview) == KEYS and all(set(p) == PAYEE_KEYS for p in preview["payees"])
    assert (preview["kind"], preview["account"], preview["lines"], preview["added"]) == ("ofx", "12300 000012345678", 3, 3)
    assert preview["mapping"] is None
    done = _json(vault, "import", "statement", ofx)
    assert done["added"] == 3 and len(done["new_vendors"]) == 3
    again = _json(vault, "import", "statement", ofx)
    assert (again["added"], again["already_there"]) == (0, 3)
    assert {p["how"] for p in again["payees"]} == {"remembered"}
    elsewhere = _json(vault, "import", "statement", ofx, "--account", "Other bank", "--dry-run")
    assert (elsewhere["added"], elsewhere["already_there"]) == (3, 0)


@needs_real_files
def test_a_csv_statement_remembers_its_mapping(vault: Path) -> None:
    csv = str(REAL / "statements-csv" / "20180226-1000594757-umsatz.CSV")
    done = _json(vault, "import", "statement", csv, "--account", "Giro", "--skip-unmatched")
    assert (done["added"], done["skipped"]) == (0, 1)
    assert done["mapping"]["date_format"] == "%d.%m.%y" and done["mapping"]["decimal"] == ","
    again = _json(vault, "import", "statement", csv, "--account", "Giro", "--dry-run")
    assert (again["added"], again["payees"][0]["new_vendor"]) == (1, "Vodafone Kabel Deutschland GmbH")
    _json(vault, "import", "statement", csv, "--account", "Giro")
    later = _json(vault, "import", "statement", csv)  # no --account: this bank's statements went to "Giro"
    assert (later["account"], later["added"], later["already_there"]) == ("Giro", 0, 1)


def test_an_ambiguous_date_format_is_refused_naming_the_flag(vault: Path, tmp_path: Path) -> None:
    statement = tmp_path / "bank.csv"
    statement.write_text("Date;Payee;Amount\n01/02/2025;Netflix;-9,99\n03/04/2025;Netflix;-9,99\n", encoding="utf-8")
    error = _json(vault, "import", "statement", str(statement), "--currency", "EUR", code=4)["error"]
    assert "%d/%m/%Y, %m/%d/%Y" in error["message"] and "--date-format" in error["message"]
    done = _json(vault, "import", "statement", str(statement), "--currency", "EUR", "--date-format", "%m/%d/%Y")
    assert done["added"] == 2 and [p["name"] for p in done["payees"]] == ["Netflix"]
    assert _json(vault, "import", "statement", str(statement), "--dry-run")["mapping"]["date_format"] == "%m/%d/%Y"


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (("--map", "price=Amount"), "no field 'price'"),
        (("--map", "date=Nope"), "no column 'Nope'"),
        ((), "currency"),
    ],
)
def test_bad_options_are_invalid_input(vault: Path, tmp_path: Path, args: tuple[str, ...], text: str) -> None:
    statement = tmp_path / "bank.csv"
    statement.write_text("Date;Payee;Amount\n2025-01-02;Netflix;-9,99\n", encoding="utf-8")
    error = _json(vault, "import", "statement", str(statement), *args, code=4)["error"]
    assert text in error["message"]
