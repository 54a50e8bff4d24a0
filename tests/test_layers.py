"""The layers hold: ui -> services -> storage, Qt widgets only in ui/, SQL only in storage/."""

from __future__ import annotations

import ast
import functools
import shutil
import subprocess
import sys
from pathlib import Path

import myvendors

PACKAGE = Path(myvendors.__file__).parent


def _package_of(path: Path) -> list[str]:
    """The dotted package a module lives in: ["myvendors", "ui", "models"] for ui/models/table.py."""
    parts = ["myvendors", *path.relative_to(PACKAGE).parts]
    return parts[:-1]


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    """The module an import names, relative ones (`from ..storage import db`) made absolute."""
    if node.level == 0:
        return node.module or ""
    base = _package_of(path)
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _import_nodes(path: Path) -> list[tuple[str, list[str]]]:
    """(module, the names taken from it) for every import in the file, relative ones resolved."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(path, node)
            found.append((module, [alias.name for alias in node.names]))
            found.extend((f"{module}.{alias.name}", []) for alias in node.names)  # `from pkg import module`
    return found


def _imports(path: Path) -> set[str]:
    return {module for module, _ in _import_nodes(path)}


@functools.cache  # parsed once for the module's tests
def _modules() -> list[tuple[str, set[str]]]:
    return [(str(p.relative_to(PACKAGE)), _imports(p)) for p in sorted(PACKAGE.rglob("*.py"))]


def test_qt_widgets_only_in_ui() -> None:
    for rel, names in _modules():
        if rel.startswith("ui/") or rel == "app.py":
            continue
        assert not any(n.startswith("PySide6") for n in names), f"{rel} imports Qt"


def test_sql_driver_only_in_storage() -> None:
    for rel, names in _modules():
        if rel.startswith("storage/"):
            continue
        assert not any(n.split(".")[0] in {"sqlcipher3", "sqlite3"} for n in names), f"{rel} imports a SQL driver"


def test_import_linter_contracts() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    exe = str(lint) if lint.exists() else shutil.which("lint-imports")
    assert exe, "import-linter is a test dependency"
    done = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent.parent, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_relative_imports_are_seen() -> None:
    """The checks above would miss `from ..storage import db` if relative imports were skipped."""
    table = PACKAGE / "ui" / "models" / "table.py"
    node = ast.parse("from ..storage import db\nfrom . import x\nfrom ...storage.db import Database").body
    assert [_absolute(table, n) for n in node if isinstance(n, ast.ImportFrom)] == [
        "myvendors.ui.storage", "myvendors.ui.models", "myvendors.storage.db"]


def test_ui_reaches_storage_only_through_the_database_handle() -> None:
    """ui/ may hold a `Database` (the handle it passes to services), never storage's functions."""
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for module, names in _import_nodes(path):
            if module == "myvendors.storage" or module.startswith("myvendors.storage."):
                if module in ("myvendors.storage", "myvendors.storage.db") and names == ["Database"]:
                    continue
                if module in {"myvendors.storage.Database", "myvendors.storage.db.Database"}:
                    continue
                raise AssertionError(f"ui/{path.relative_to(PACKAGE / 'ui')} imports {module} {names}: "
                                     "go through a service (domain/ or vault/) instead")
