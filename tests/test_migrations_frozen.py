"""Shipped schema steps are frozen: they run only code kept with them, and what they build does not move.

A step that called today's helpers (the name fold, the search columns) would do something else to an
old vault each time the helper changed. storage.migrations may import only the standard library
(and the storage's Database handle); the rules a step applies are private copies named after it.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from pathlib import Path

import pytest

from myvendors.storage import migrations
from myvendors.storage import search as search_sql
from myvendors.storage.db import _require_driver

MIGRATIONS = Path(migrations.__file__)
#: what a step may import besides the standard library
ALLOWED = {"myvendors.storage.db"}

#: sha256 (first 16 hex digits) of sqlite_master after migrating an empty database to each version.
#: A shipped step never changes what it builds: add a step instead. (A new step adds its line.)
SCHEMA_AFTER = {
    1: "e921bc08f4077654",
    2: "222d606d62d061a7",
    3: "63385a86aba60662",
    4: "7156b3de8649d8b9",
    5: "03ad3b909b5d799f",
    6: "5d0c077fdd7e1247",
    7: "3fec09f1bb5b0e54",
    8: "95f4faea67928d1e",
    9: "95f4faea67928d1e",  # step 9 changes rows only
    10: "a6cf6616881be8bd",
    11: "bbfa77e4d6109205",
}


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):  # every import, also those inside a step's function
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))
    return found


def test_migrations_import_only_the_standard_library_and_frozen_helpers() -> None:
    tree = ast.parse(MIGRATIONS.read_text(encoding="utf-8"))
    live = [
        (line, name) for line, name in _imports(tree)
        if name.split(".")[0] not in sys.stdlib_module_names and name != "__future__" and name not in ALLOWED
    ]
    assert not live, f"storage/migrations.py imports live code (give the step a frozen copy): {live}"


def test_the_import_check_sees_imports_inside_functions() -> None:
    tree = ast.parse("def _v4(con):\n    from myvendors.storage.vendors import sort_key\n    import json\n")
    assert _imports(tree) == [(2, "myvendors.storage.vendors"), (3, "json")]


def _schema(target: int) -> str:
    con = _require_driver().connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(con, target=target)
        rows = sorted(con.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master").fetchall())
        return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
    finally:
        con.close()


def test_every_version_has_a_pinned_schema() -> None:
    assert set(SCHEMA_AFTER) == {step.version for step in migrations.STEPS}


@pytest.mark.parametrize("version", sorted(SCHEMA_AFTER))
def test_a_shipped_step_builds_what_it_built(version: int) -> None:
    assert _schema(version) == SCHEMA_AFTER[version]


# The folds steps 4 and 9 shipped with, on names that tell them apart. storage.vendors.sort_key is
# the live fold and may change (with a new step that refolds); these may not.
FOLDS = [
    # name, step 4's fold, step 9's fold
    ("Émile", "emile", "emile"),
    ("  Velo   Works ", "velo   works", "velo works"),
    ("Ve\u200blo", "ve\u200blo", "velo"),
    ("ﬁne Straße", "fine strasse", "fine strasse"),
    ("Tab\there", "tab\there", "tab here"),
]


@pytest.mark.parametrize(("name", "v4", "v9"), FOLDS)
def test_the_frozen_folds_fold_as_shipped(name: str, v4: str, v9: str) -> None:
    assert migrations._sort_key_v4(name) == v4
    assert migrations._sort_key_v9(name) == v9


def test_search_columns_of_the_live_code_are_those_of_the_newest_schema() -> None:
    con = _require_driver().connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(con)
        for kind, columns in search_sql.COLUMNS.items():
            made = tuple(row[1] for row in con.execute(f"PRAGMA table_info({kind}_fts)"))
            assert made == columns, kind
    finally:
        con.close()
