"""pytest fixtures for testing MyVendors from the outside: a demo vault, unlocked, in a window.

Installed with the package and loaded by pytest through the `pytest11` entry point, so a tester
who has `pip install myvendors[test]` writes tests with these fixtures and nothing else
(docs/TESTING.md has a complete example):

- `myvendors_demo_vault` — a path: a fresh copy of the small demo vault in the test's
  `tmp_path`, locked; its passphrase is `PASSPHRASE` ("demo vault passphrase"). The vault is
  built once per session (`myvendors_demo_template`) and copied for each test.
- `myvendors_vault` — that vault, unlocked (`myvendors.vault.Vault`); `.db` for the services.
- `myvendors_app` — the app (`myvendors.ui.controller.AppController`) on that vault, unlocked
  the way a person does it (the passphrase typed into the unlock window, Return pressed);
  `myvendors_main_window` — its main window, shown; drive it with `qtbot`. These need
  pytest-qt; Qt is imported only by them.
- `myvendors_demo_seed`, `myvendors_demo_size`, `myvendors_demo_today` — what the demo vault
  is made from (2024, "small", the real today). Override them (session scope) in a conftest.py
  to test on other data.

Key derivation: the demo vault is sealed with the test suite's cheap Argon2id
(`myvendors.vault.envelope.use_test_kdf`) and every test that uses these fixtures runs with it
installed; a vault sealed so opens in no other process.

Every name starts with `myvendors_`, so these never clash with a project's own fixtures. The
app fixtures keep the app's data and config folders in the test's temporary folder
(`myvendors_private_dirs`) and never use the system keyring. On a machine without a display the
plugin sets QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from myvendors.vault import Vault

PASSPHRASE = "demo vault passphrase"  # myvendors.domain.demo.PASSPHRASE (not imported: pytest starts light)  # noqa: S105  # nosec B105  # the documented passphrase of every demo vault, not a secret
WAIT_MS = 20_000  # how long the window fixture waits for the app; it stops waiting as soon as it is there
VAULT_NAME = "demo.myvendors"


def pytest_configure(config: pytest.Config) -> None:
    """Without a display Qt cannot start; offscreen is then the only platform that works."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and os.name == "posix":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cheap_kdf() -> contextlib.AbstractContextManager[None]:
    """The test suite's cheap Argon2id (`myvendors.vault.envelope.use_test_kdf`), imported only
    when a fixture needs it (loading the plugin stays light)."""
    from myvendors.vault.envelope import use_test_kdf

    return use_test_kdf()


# -- what the demo vault is made from (override in a conftest.py, session scope) -----------------
@pytest.fixture(scope="session")
def myvendors_demo_seed() -> int:
    """The seed of the demo data: the same seed gives the same vendors, amounts and dates."""
    from myvendors.domain.demo import DEFAULT_SEED

    return DEFAULT_SEED


@pytest.fixture(scope="session")
def myvendors_demo_size() -> str:
    """small (about forty vendors: the default), medium or full (slow: a lifetime's data)."""
    return "small"


@pytest.fixture(scope="session")
def myvendors_demo_today() -> date:
    """The day the demo data is made around (renewals fall just after it)."""
    return date.today()


@pytest.fixture(scope="session")
def myvendors_demo_template(
    tmp_path_factory: pytest.TempPathFactory,
    myvendors_demo_seed: int,
    myvendors_demo_size: str,
    myvendors_demo_today: date,
) -> Path:
    """The demo vault built once for the session (do not open it: tests get copies)."""
    from myvendors import demo

    folder = tmp_path_factory.mktemp("myvendors-demo-template")
    with _cheap_kdf():
        built = demo.build(folder / VAULT_NAME, myvendors_demo_size, myvendors_demo_seed, myvendors_demo_today)
    return built.path


@pytest.fixture
def myvendors_demo_vault(myvendors_demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the demo vault (and its key envelope) in `tmp_path`, locked. The test runs
    with the cheap test key derivation installed, which the copy needs to open."""
    from myvendors import demo

    folder = tmp_path / "myvendors-demo"
    folder.mkdir(mode=0o700)
    target = demo.copy_vault(myvendors_demo_template, folder / VAULT_NAME)
    with _cheap_kdf():
        yield target


@pytest.fixture
def myvendors_vault(myvendors_demo_vault: Path) -> Iterator[Vault]:
    """The demo vault, unlocked with its passphrase; locked again after the test."""
    from myvendors.vault import Vault

    vault = Vault.unlock(myvendors_demo_vault, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def myvendors_private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's data and config folders moved into the test's temporary folder; no system keyring."""
    home = tmp_path / "myvendors-home"
    monkeypatch.setenv("MYVENDORS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MYVENDORS_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return home


@pytest.fixture
def myvendors_app(myvendors_demo_vault: Path, myvendors_private_dirs: Path, qtbot: Any) -> Iterator[Any]:
    """The app (its `AppController`) over the demo vault, unlocked through the unlock window as a
    person does it: the passphrase typed, Return pressed, the main window shown and active.
    `.window` is the main window, `.vault` the unlocked vault; `.lock()` locks. Shut down at the end."""
    from myvendors.ui import testkit  # Qt: only for the tests that ask for a window

    controller = testkit.open_unlocked(myvendors_demo_vault, PASSPHRASE, qtbot, timeout_ms=WAIT_MS)
    try:
        yield controller
    finally:
        testkit.close(controller, qtbot)


@pytest.fixture
def myvendors_main_window(myvendors_app: Any) -> Any:
    """The main window of `myvendors_app`: the demo vault unlocked, shown, ready for `qtbot`."""
    return myvendors_app.window


def find_widget(window: Any, name: str, kind: Any = None) -> Any:
    """The child of `window` with this objectName or, failing that, this accessible name (what a
    screen reader says); `kind` narrows the type (default: any QWidget). Raises LookupError
    naming what was looked for when there is none."""
    from myvendors.ui import testkit

    return testkit.find_widget(window, name, kind)
