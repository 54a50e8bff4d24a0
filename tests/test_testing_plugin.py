"""The `myvendors.testing` pytest plugin, used the way a tester uses it: its fixtures here (our
suite loads the plugin through its entry point too), and docs/TESTING.md's complete example run
as it stands in a fresh pytest, so the page cannot drift from the app."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QListWidget, QTableView
from pytestqt.qtbot import QtBot

import myvendors.testing
from myvendors.domain import demo, vendors
from myvendors.testing import find_widget
from myvendors.ui.main_window import MainWindow
from myvendors.vault import Vault

pytest_plugins = ["pytester"]

DOC = Path(__file__).parent.parent / "docs" / "TESTING.md"
OBJECT_NAMES = (
    "pages",
    "overviewPage",
    "vendorsPage",
    "vendorList",
    "vendorDetail",
    "requestsPage",
    "reputationPage",
    "sharedPage",
    "search",
    "searchResults",
    "vaultState",
    "mainToolbar",
)


def test_the_plugin_is_registered_through_its_entry_point(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.get_plugin("myvendors") is myvendors.testing
    assert myvendors.testing.PASSPHRASE == demo.PASSPHRASE


def test_loading_the_plugin_imports_neither_qt_nor_the_app() -> None:
    """Every pytest run in an environment with MyVendors loads the plugin: it must stay light."""
    code = (
        "import sys, myvendors.testing; heavy = [m for m in sys.modules if m.startswith(('PySide6', "
        "'myvendors.ui', 'myvendors.domain', 'myvendors.vault', 'sqlcipher3'))]; print(heavy); assert not heavy"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_demo_vault_is_a_fresh_locked_copy(myvendors_demo_vault: Path, myvendors_demo_template: Path) -> None:
    assert myvendors_demo_vault.exists() and myvendors_demo_vault != myvendors_demo_template
    with Vault.unlock(myvendors_demo_vault, myvendors.testing.PASSPHRASE) as vault:  # nobody holds it open
        vendors.add_vendor(vault.db, "Changed only in this copy")
    with Vault.unlock(myvendors_demo_template, myvendors.testing.PASSPHRASE) as template:
        assert "Changed only in this copy" not in {v.name for v in vendors.page_vendors(template.db, limit=500)}


def test_the_unlocked_vault(myvendors_vault: Vault) -> None:
    assert myvendors_vault.is_open
    assert vendors.count_vendors(myvendors_vault.db) > 30


def test_the_main_window_is_unlocked_shown_and_named(
    myvendors_main_window: MainWindow, myvendors_app: Any, qtbot: QtBot
) -> None:
    window = myvendors_main_window
    assert isinstance(window, MainWindow) and window is myvendors_app.window
    assert window.isVisible() and myvendors_app.vault is not None
    for name in OBJECT_NAMES:
        assert find_widget(window, name).objectName() == name
    assert isinstance(find_widget(window, "vendorList"), QTableView)
    assert isinstance(find_widget(window, "Pages", QListWidget), QListWidget)  # by accessible name
    with pytest.raises(LookupError, match="noSuchWidget"):
        find_widget(window, "noSuchWidget")


def test_the_documented_example_passes_as_written(pytester: pytest.Pytester) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    example = next(b for b in blocks if "def test_" in b)
    pytester.makepyfile(test_demo=example)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=240)
    result.assert_outcomes(passed=example.count("\ndef test_"))
    assert (pytester.path / "vendors.png").stat().st_size > 0
