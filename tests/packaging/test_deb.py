"""The Debian package (dist/myvendors_VERSION_ARCH.deb, `make deb`) installs, works and removes cleanly.

Marker `bundle` (`make test-bundle`). These change the machine: `apt-get install ./THE.deb` (which
pulls the declared dependencies from the archive), then `apt-get remove`; so they run only as root
and only where myvendors is not installed already (CI's machine is thrown away after the run).
Run in file order: the last test removes the package and checks that nothing of it is left.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from myvendors import APP_ID, __version__
from myvendors.app import XCB_PACKAGES

ROOT = Path(__file__).resolve().parents[2]
DEBS = sorted((ROOT / "dist").glob(f"myvendors_{__version__}_*.deb"))
TYPES = ("application/x-myvendors-vault", "application/x-myvendors-package", "application/x-myvendors-package-encrypted")
PASSPHRASE = "correct horse battery staple"
APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

pytestmark = [pytest.mark.bundle]


def _installed() -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", "myvendors"], capture_output=True, text=True,
                          check=False)
    return done.stdout.strip() == "install ok installed"


@pytest.fixture(scope="module")
def deb() -> Iterator[Path]:
    if not DEBS:
        pytest.skip("no .deb: `make deb` builds it (`make test-bundle` does)")
    if shutil.which("apt-get") is None or shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian system (no apt-get)")
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    if _installed():
        pytest.skip("myvendors is installed on this machine already: the test would remove it")
    done = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", str(DEBS[-1])], capture_output=True,
                          text=True, env=APT_ENV, check=False, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    try:
        yield DEBS[-1]
    finally:
        if _installed():  # a failed test before the removal test: leave the machine as it was
            subprocess.run(["apt-get", "remove", "-y", "myvendors"], capture_output=True, env=APT_ENV, check=False)


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **extra}


def test_control_declares_the_libraries_the_app_names(deb: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends", "Installed-Size", "Description"],
                            capture_output=True, text=True, check=True).stdout
    depends = {re.split(r"[ (]", d.strip())[0] for d in fields.split("Depends:", 1)[1].split("\n")[0].split(",")}
    assert set(XCB_PACKAGES.split()) <= depends, set(XCB_PACKAGES.split()) - depends
    assert {"libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3"} <= depends
    assert int(fields.split("Installed-Size:", 1)[1].split()[0]) > 100_000  # in KiB


def test_the_installed_command_runs(deb: Path, tmp_path: Path) -> None:
    assert Path("/usr/bin/myvendors").resolve() == Path("/usr/lib/myvendors/myvendors")
    done = subprocess.run(["myvendors", "--version"], capture_output=True, text=True, cwd=tmp_path,
                          env=_clean_env(tmp_path), check=False, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, f"myvendors {__version__}"), done.stderr
    vault = tmp_path / "installed.myvendors"
    init = subprocess.run(["myvendors", "init", str(vault), "--kdf-seconds", "0.1", "--passphrase-stdin"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=tmp_path,
                          env=_clean_env(tmp_path), check=False, timeout=120)
    assert init.returncode == 0, init.stderr
    shown = subprocess.run(["myvendors", str(vault), "--quit-when-shown"], capture_output=True, text=True,
                           cwd=tmp_path, env=_clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"), check=False,
                           timeout=120)
    assert shown.returncode == 0 and shown.stdout.startswith("shown: UnlockWindow"), shown.stdout + shown.stderr


def test_every_library_it_loads_is_found(deb: Path) -> None:
    """The declared dependencies cover every shared library the bundle's files need from the system."""
    missing: dict[str, list[str]] = {}
    for path in sorted(Path("/usr/lib/myvendors").rglob("*")):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        lost = [line.split()[0] for line in done.stdout.splitlines() if "not found" in line]
        if lost:
            missing[str(path)] = lost
    assert missing == {}


def test_desktop_files_are_in_place_and_known(deb: Path) -> None:
    for path in (f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"/usr/share/mime/packages/{APP_ID}.xml", f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 24, 32, 48, 64, 128, 256, 512))):
        assert Path(path).is_file(), path
    # shared-mime-info's trigger rebuilt the database: a *.myvendors file is a vault
    globs = Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    assert re.search(r"^\d+:application/x-myvendors-vault:\*\.myvendors$", globs, re.MULTILINE)
    assert re.search(r"^\d+:application/x-myvendors-package:\*\.myvendors\.jws$", globs, re.MULTILINE)
    # desktop-file-utils' trigger: the app is what opens the three types
    cache = Path("/usr/share/applications/mimeinfo.cache")
    if cache.exists():
        text = cache.read_text(encoding="utf-8")
        for kind in TYPES:
            assert f"{kind}={APP_ID}.desktop;" in text, kind
    if shutil.which("xdg-mime"):
        done = subprocess.run(["xdg-mime", "query", "default", TYPES[0]], capture_output=True, text=True,
                              check=False, env={"PATH": "/usr/bin:/bin", "XDG_DATA_DIRS": "/usr/share", "HOME": "/nonexistent"})
        assert done.stdout.strip() == f"{APP_ID}.desktop", done.stdout + done.stderr


def test_removal_leaves_nothing(deb: Path) -> None:
    files = subprocess.run(["dpkg-query", "-L", "myvendors"], capture_output=True, text=True, check=True).stdout
    ours = [Path(line) for line in files.splitlines()
            if line.startswith(("/usr/lib/myvendors", "/usr/bin/myvendors", "/usr/share/doc/myvendors"))
            or APP_ID in line]
    assert len(ours) > 100
    done = subprocess.run(["apt-get", "remove", "-y", "myvendors"], capture_output=True, text=True, env=APT_ENV,
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not _installed()
    assert [p for p in ours if p.exists() or p.is_symlink()] == []
    globs = Path("/usr/share/mime/globs2").read_text(encoding="utf-8")
    assert "x-myvendors" not in globs
