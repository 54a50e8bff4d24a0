"""The wheel and sdist as a person or a distribution gets them (`make test-packaging`, not in
`make test`: it installs every dependency into a new virtual environment).

The sdist and wheel are built with the pyproject's backend; the wheel's metadata and contents are
checked; a wheel built from the sdist has the same files, byte for byte; the wheel is installed with
its hash-checked dependencies into a fresh venv outside the source tree, and from there (no
PYTHONPATH, another working folder) the command line makes a vault and the app starts offscreen.
"""

from __future__ import annotations

import email.parser
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import dists
import pytest
from helpers import PASSPHRASE

import myvendors

pytestmark = pytest.mark.packaging

ROOT = dists.ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and the wheel built from the source tree, and the wheel built from that sdist."""
    work = tmp_path_factory.mktemp("dists")
    tree = dists.source_copy(work)
    sdist = dists.build(tree, work / "direct", "sdist")[0]
    wheel = dists.build(tree, work / "direct", "wheel")[0]
    from_sdist = dists.build(dists.unpack_sdist(sdist, work / "unpacked"), work / "from-sdist", "wheel")[0]
    return {"sdist": sdist, "wheel": wheel, "from_sdist": from_sdist}


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"myvendors-{myvendors.__version__}.dist-info/METADATA").decode()
    return email.parser.Parser().parsestr(text)


def test_the_wheel_metadata_carries_the_licence_expression_classifiers_and_urls(built: dict[str, Path]) -> None:
    meta = _metadata(built["wheel"])
    assert meta["Metadata-Version"] in {"2.4", "2.5"}
    assert meta["License-Expression"] == "GPL-3.0-or-later"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = meta.get_all("Classifier") or []
    assert not [c for c in classifiers if c.startswith("License ::")], "PEP 639: the expression replaces them"
    for wanted in (
        "Intended Audience :: End Users/Desktop",
        "Topic :: Office/Business :: Financial",
        "Topic :: Security :: Cryptography",
        "Typing :: Typed",
        "Natural Language :: French",
        "Programming Language :: Python :: 3.13",
    ):
        assert wanted in classifiers
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert set(urls) == {"Homepage", "Documentation", "Source", "Issues", "Changelog"}
    assert all(u.startswith("https://") for u in urls.values())
    assert meta["Description-Content-Type"] == "text/markdown"


def test_the_wheel_holds_the_package_typed_with_its_resources_and_no_tests_or_caches(built: dict[str, Path]) -> None:
    names = set(dists.wheel_files(built["wheel"]))
    assert {"myvendors/py.typed", "myvendors/__main__.py", "myvendors/resources/icons/myvendors.svg"} <= names
    assert f"myvendors-{myvendors.__version__}.dist-info/licenses/LICENSE" in names
    assert any(n.startswith("myvendors/resources/i18n/") and n.endswith(".qm") for n in names)
    assert any(n.startswith("myvendors/resources/help/en/") for n in names)
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"myvendors", f"myvendors-{myvendors.__version__}.dist-info"}, "no tests/ or other top-level package"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_sdist_builds_the_same_wheel(built: dict[str, Path]) -> None:
    import tarfile

    with tarfile.open(built["sdist"]) as archive:
        names = {m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "setup.py", "README.md", "LICENSE", "docs/CLI.md", "resources/icons/myvendors.svg"} <= names
    assert "packaging/linux/org.myvendors.MyVendors.desktop" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
    assert dists.wheel_files(built["from_sdist"]) == dists.wheel_files(built["wheel"])


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv outside the source tree with the wheel and its locked dependencies: its bin/."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    assert ROOT not in venv.parents
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--quiet", "--disable-pip-version-check", "install"]
    subprocess.run([*pip, "--require-hashes", "--only-binary", ":all:", "-r", str(ROOT / "requirements" / "run.txt")],
                   check=True, timeout=900)
    subprocess.run([*pip, "--no-deps", str(built["wheel"])], check=True, timeout=300)
    print(f"\nvenv with the wheel and its dependencies: {time.monotonic() - started:.1f} s")
    yield venv / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str, stdin: str = "", extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env.update({"PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", "HOME": str(cwd), "XDG_DATA_HOME": str(cwd / "data"),
                "XDG_CONFIG_HOME": str(cwd / "config"), "LANG": "C.UTF-8", **(extra or {})})
    return subprocess.run([str(bin_dir / args[0]), *args[1:]], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120, check=False)


def test_the_installed_wheel_runs_from_its_venv(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "elsewhere"
    home.mkdir()
    where = _run(installed, home, "python", "-c", "import myvendors, sys; print(myvendors.__file__); print(sys.path)")
    assert where.returncode == 0, where.stderr
    location = Path(where.stdout.splitlines()[0])
    assert installed.parent in location.parents and ROOT not in location.parents, where.stdout

    version = _run(installed, home, "myvendors", "--version")
    assert version.returncode == 0 and myvendors.__version__ in version.stdout, version

    vault = home / "shop.myvendors"
    quiet = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    made = _run(installed, home, "myvendors", "init", str(vault), "--kdf-seconds", "0.1", "--passphrase-stdin", "--json",
                stdin=PASSPHRASE + "\n", extra=quiet)
    assert made.returncode == 0, made.stderr
    added = _run(installed, home, "myvendors", "vendor", "add", "--vault", str(vault), "--name", "Netflix", "--passphrase-stdin", "--json",
                 stdin=PASSPHRASE + "\n", extra=quiet)
    assert added.returncode == 0, added.stderr
    listed = _run(installed, home, "myvendors", "vendor", "list", "--vault", str(vault), "--passphrase-stdin", "--json",
                  stdin=PASSPHRASE + "\n", extra=quiet)
    assert listed.returncode == 0, listed.stderr
    assert "Netflix" in json.dumps(json.loads(listed.stdout))
    checked = _run(installed, home, "myvendors", "check", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n", extra=quiet)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    shown = _run(installed, home, "myvendors", str(vault), "--quit-when-shown", extra={"QT_QPA_PLATFORM": "offscreen", **quiet})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("shown: UnlockWindow"), shown.stdout
