"""The command line's layout holds: the table names real handlers and repeats the domain's
constants faithfully, and a command imports only what it uses (checked in fresh interpreters),
so that `myvendors --version` and `myvendors vendor list` stay cheap."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from myvendors import cli
from myvendors.cli import names, table
from myvendors.cli.runner import handler_of

# Modules no command needs before it runs (the project's heavy parts and the libraries behind them).
HEAVY = ("myvendors.domain", "myvendors.storage", "myvendors.vault", "myvendors.ui", "myvendors.app",
         "myvendors.cli.common", "myvendors.cli.cmd_", "PySide6", "cryptography", "sqlcipher3", "jwcrypto",
         "jsonschema", "vobject", "icalendar", "segno", "zxcvbn", "charset_normalizer", "keyring", "filelock")
# What `vendor list` needs none of: the other commands' libraries and the desktop app.
NOT_FOR_A_LIST = ("myvendors.ui", "myvendors.app", "myvendors.domain.sharing", "myvendors.domain.importing",
                  "myvendors.domain.importing.text", "myvendors.domain.exporting.ics", "myvendors.cli.cmd_sharing",
                  "myvendors.cli.cmd_transfer", "myvendors.cli.cmd_vault", "PySide6", "jwcrypto", "jsonschema",
                  "vobject", "icalendar", "segno", "zxcvbn", "charset_normalizer")

_CHILD = r"""
import io, json, sys
from contextlib import redirect_stdout
what, argv = sys.argv[1], json.loads(sys.argv[2])
sys.stdin = io.StringIO(sys.argv[3] + "\n")
with redirect_stdout(io.StringIO()):
    if what == "main":
        from myvendors.__main__ import main
        code = main(argv)
    else:  # parse only
        from myvendors.cli.parser import build_parser
        build_parser(only=argv[0]).parse_args(argv)
        code = 0
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(what: str, *argv: str, stdin: str = "") -> tuple[int, list[str]]:
    """Run `argv` in a fresh interpreter; its exit code and every module it had imported by the end."""
    done = subprocess.run([sys.executable, "-c", _CHILD, what, json.dumps(argv), stdin], capture_output=True, text=True,
                          timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["code"], result["modules"]


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p if p.endswith("_") else p + ".") for p in prefixes)]


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ("vendor", "--help"), ("vendor", "list", "--help")])
def test_version_and_help_import_nothing_heavy(argv: tuple[str, ...]) -> None:
    code, modules = _modules_after("main", *argv)
    assert code == 0
    assert _loaded(modules, HEAVY) == [], argv
    if "--help" not in argv:  # only a command's help shows the default vault's path
        assert _loaded(modules, ("platformdirs", "myvendors.paths")) == [], argv


def test_parsing_vendor_list_imports_nothing_heavy(tmp_path: Path) -> None:
    code, modules = _modules_after("parse", "vendor", "list", "--vault", str(tmp_path / "v.myvendors"),
                                   "--passphrase-stdin", "--json", "--limit", "5", "--status", "active")
    assert code == 0 and _loaded(modules, HEAVY) == []


@pytest.mark.real_kdf  # the vault is made here and opened by a real process, which refuses the cheap KDF
def test_vendor_list_imports_only_what_it_uses(vault_path: Path) -> None:
    from myvendors.vault import KdfParams, Vault

    Vault.create(vault_path, PASSPHRASE, kdf=KdfParams.floor())[0].close()
    code, modules = _modules_after("main", "vendor", "list", "--vault", str(vault_path), "--passphrase-stdin",
                                   stdin=PASSPHRASE)
    assert code == 0
    assert "myvendors.cli.cmd_vendors" in modules and "myvendors.domain.vendors" in modules
    assert _loaded(modules, NOT_FOR_A_LIST) == []


def test_the_app_is_chosen_without_importing_the_command_line() -> None:
    code = ("import sys, myvendors.__main__ as m\n"
            "m.__dict__['app'] = None\n"
            "print(sorted(k for k in sys.modules if k.startswith('myvendors.cli')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"  # importing __main__ imports no part of the CLI


def test_the_names_list_is_the_tables_first_words() -> None:
    assert names.COMMANDS == table.COMMANDS == cli.COMMANDS
    assert not set(names.OPTIONS) & set(names.COMMANDS)


def test_every_handler_exists_and_takes_what_its_kind_gives() -> None:
    for command in table.ALL_COMMANDS:
        handler = handler_of(command)
        assert callable(handler), command.handler
        params = list(handler.__code__.co_varnames[: handler.__code__.co_argcount])
        assert params == (["db", "args"] if command.unlocks else ["args", "io"]), command.handler
        if len(command.words) > 1:
            assert command.words[0] in table.GROUP_HELP, command.words


def test_help_texts_repeat_the_domains_constants() -> None:
    from myvendors.domain import importing
    from myvendors.domain.exporting import ics
    from myvendors.domain.importing import csv_vendors
    from myvendors.domain.models import RATING_DIMENSIONS
    from myvendors.domain.sharing import packages
    from myvendors.vault.backups import DEFAULT_BACKUPS_KEPT
    from myvendors.vault.constants import DEFAULT_KDF_SECONDS

    assert table.RATING_DIMENSIONS == RATING_DIMENSIONS
    assert table.IMPORT_FORMATS == importing.FORMATS
    assert table.CSV_FIELDS == csv_vendors.FIELDS
    assert table.MAX_ALARM_DAYS == ics.MAX_ALARM_DAYS
    assert table.PROFILE_FIELDS == packages.PROFILE_FIELDS
    assert table.REQUEST_FIELDS == packages.REQUEST_FIELDS
    assert (table.DEFAULT_KDF_SECONDS, table.DEFAULT_BACKUPS_KEPT) == (DEFAULT_KDF_SECONDS, DEFAULT_BACKUPS_KEPT)
    from myvendors.domain import spending

    assert (
        tuple(spending.By), spending.MAX_MONTHS, spending.MAX_TOP) == (table.SPEND_BY, table.SPEND_MAX_MONTHS, table.SPEND_MAX_TOP)
    from myvendors.domain import strength

    assert table.MIN_PASSPHRASE_SCORE == strength.MIN_SCORE
    from myvendors.domain import demo

    assert (tuple(demo.SIZES), demo.DEFAULT_SEED,
                                                                           demo.PASSPHRASE) == (table.DEMO_SIZES, table.DEMO_SEED, table.DEMO_PASSPHRASE)
    from myvendors.domain import models

    for command in table.ALL_COMMANDS:  # an enum named by the table exists
        for opt in command.options:
            enum_name = getattr(opt.convert, "enum_name", None)
            assert enum_name is None or hasattr(models, enum_name), (command.words, enum_name)
