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


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


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
    done = subprocess.run([exe, "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent.parent, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
