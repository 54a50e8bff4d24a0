"""The PyInstaller bundle (dist/myvendors/, `make bundle`) runs with no Python of ours around it.

Marker `bundle`: `make test-bundle` builds it and runs these (`make test` leaves them out). Every
command runs the bundle's own executable from a folder outside the tree, with an environment that
has no venv on PATH and a home of its own. Besides the command line's round trip and the window
(offscreen), each test reaches something the bundle must carry as a file: the fonts (a letter's
PDF), the German catalogue a letter reads (.ts), the dispute pack's PDF, zxing-cpp's and segno's
binaries (a key's QR code written and read back), jsonschema's data (packages checked against
their schema), and that only the Qt modules the app uses are in it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "myvendors"
EXE = BUNDLE / "myvendors"
PASSPHRASE = "correct horse battery staple"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not EXE.exists(), reason="no bundle: `make bundle` builds dist/myvendors/ (`make test-bundle` does both)"),
]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a person's shell would give: system PATH only (no venv), her home, English, no keyring."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.update(extra)
    return env


class Bundled:
    """Runs the bundle's executable in a folder of its own (cwd outside the source tree)."""

    def __init__(self, folder: Path, exe: Path = EXE) -> None:
        self.folder = folder
        self.exe = exe
        self.home = folder / "home"
        self.home.mkdir(exist_ok=True)

    def run(self, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.exe), *args], input=stdin, capture_output=True, text=True, cwd=self.folder,
                              env=clean_env(self.home, **env), timeout=120, check=False)

    def ok(self, *args: str, stdin: str = "", **env: str) -> str:
        done = self.run(*args, stdin=stdin, **env)
        assert done.returncode == 0, (args, done.returncode, done.stdout, done.stderr)
        return done.stdout

    def init(self, name: str) -> Path:
        self.ok("init", name, "--kdf-seconds", "0.1", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        return self.folder / name

    def in_vault(self, vault: Path, *args: str, **env: str) -> str:
        return self.ok(*args, "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n", **env)

    def json(self, vault: Path, *args: str, **env: str) -> dict[str, Any]:
        answer: dict[str, Any] = json.loads(self.in_vault(vault, *args, "--json", **env))
        return answer


@pytest.fixture
def bundled(tmp_path: Path) -> Bundled:
    return Bundled(tmp_path)


def test_version(bundled: Bundled) -> None:
    from myvendors import __version__

    assert bundled.ok("--version").strip() == f"myvendors {__version__}"


def test_command_line_round_trip(bundled: Bundled) -> None:
    vault = bundled.init("round.myvendors")
    assert vault.exists() and (bundled.folder / "round.myvendors.envelope").exists()
    added = bundled.json(vault, "vendor", "add", "--name", "Northwind Energy", "--email", "help@northwind.example")
    assert added["vendor"]["name"] == "Northwind Energy"
    listed = bundled.json(vault, "vendor", "list")
    assert [v["name"] for v in listed["vendors"]] == ["Northwind Energy"]
    checked = bundled.run("check", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert checked.returncode == 0, checked.stderr
    assert "OK" in checked.stdout and "every page checks out" in checked.stdout


def test_the_window_opens_offscreen(bundled: Bundled) -> None:
    vault = bundled.init("window.myvendors")
    done = bundled.run(str(vault), "--quit-when-shown", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown: UnlockWindow: "), done.stdout
    first = bundled.run(str(bundled.folder / "new.myvendors"), "--quit-when-shown", QT_QPA_PLATFORM="offscreen")
    assert first.returncode == 0 and first.stdout.startswith("shown: FirstRunWindow: "), (first.stdout, first.stderr)


def _agreement(bundled: Bundled, vault: Path) -> None:
    vendor = bundled.json(vault, "vendor", "add", "--name", "Streamly", "--email", "cancel@streamly.example",
                          "--address", "Postfach 1, 10115 Berlin")["vendor"]
    bundled.json(vault, "agreement", "add", "--vendor", str(vendor["id"]), "--kind", "subscription",
                 "--title", "Premium", "--price", "9.99", "--currency", "EUR", "--period", "monthly",
                 "--renewal", "2030-03-01", "--notice-days", "30")


def test_letters_in_german_and_as_pdf_with_the_shipped_fonts(bundled: Bundled) -> None:
    vault = bundled.init("letters.myvendors")
    _agreement(bundled, vault)
    # the system's language picks the letter's: German words from the bundled .ts catalogue
    text = bundled.json(vault, "letter", "cancel", "1", "--out", "letter.txt", LANG="de_DE.UTF-8")
    assert text["language"] == "de"
    letter = (bundled.folder / "letter.txt").read_text(encoding="utf-8")
    assert "Kündigung: Premium" in letter and "Sehr geehrte Damen und Herren" in letter
    bundled.json(vault, "letter", "cancel", "1", "--out", "letter.pdf", "--language", "de")
    pdf = (bundled.folder / "letter.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"DejaVuSans" in pdf  # the font from resources/fonts, embedded
    if shutil.which("pdftotext"):
        shown = subprocess.run(["pdftotext", str(bundled.folder / "letter.pdf"), "-"], capture_output=True,
                               text=True, check=True).stdout
        assert "Kündigung: Premium" in shown


def test_dispute_pack_with_its_pdf(bundled: Bundled) -> None:
    vault = bundled.init("dispute.myvendors")
    _agreement(bundled, vault)
    made = bundled.json(vault, "dispute", "1", "--out", "pack.zip", "--pdf", "pack.pdf")
    assert made["included"] == ["agreements"] and (bundled.folder / "pack.zip").stat().st_size > 1000
    assert (bundled.folder / "pack.pdf").read_bytes().startswith(b"%PDF-")


def test_a_contact_key_read_from_its_qr_code(bundled: Bundled) -> None:
    """segno writes the QR code as PNG, zxing-cpp (a C++ binary module) reads it with Pillow."""
    ann = bundled.init("ann.myvendors")
    bea = bundled.init("bea.myvendors")
    bundled.in_vault(bea, "contact", "export-key", "Ann", "--qr", "bea-for-ann.png")
    added = bundled.json(ann, "contact", "add", "Bea", "--key", "bea-for-ann.png")["contact"]
    assert added["key_source"] == "qr"


def test_a_share_checked_against_its_schema(bundled: Bundled) -> None:
    """jsonschema with its format checkers (and their grammar files) validates what goes out."""
    vault = bundled.init("share.myvendors")
    bundled.json(vault, "vendor", "add", "--name", "Contoso Mobile", "--email", "privacy@contoso.example",
                 "--website", "https://contoso.example")
    bundled.json(vault, "profile", "--set", "name=Jana Example", "--set", "email=jana@example.org")
    shared = bundled.json(vault, "share", "access", "1", "--out", "access.myvendors.jws")
    assert shared and (bundled.folder / "access.myvendors.jws").stat().st_size > 100
    verified = bundled.json(vault, "verify", "access.myvendors.jws")
    assert verified


def _bundled_names(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*")}


def test_only_the_qt_the_app_uses_is_in_it() -> None:
    qt = BUNDLE / "_internal" / "PySide6"
    modules = {p.name.split(".")[0] for p in qt.glob("Qt*.so")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtDBus", "QtNetwork", "QtPrintSupport"}
    names = _bundled_names(BUNDLE)
    for absent in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6", "libqeglfs.so",
                   "libqgtk3.so", "libgtk-3.so.0", "libfontconfig.so.1", "libX11.so.6", "libstdc++.so.6"):
        assert absent not in names, absent
    for present in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqsvg.so", "libqsvgicon.so",
                    "libQt6Network.so.6"):  # local sockets: a file double-clicked while the vault is open
        assert present in names, present
    translations = {p.name for p in (qt / "Qt" / "translations").glob("*.qm")}
    languages = sorted(p.stem.removeprefix("myvendors_") for p in (ROOT / "resources" / "i18n").glob("myvendors_*.ts"))
    assert translations == {f"qtbase_{code}.qm" for code in languages}
    assert not any(name.startswith(("pytest", "_pytest")) for name in names)


def test_the_app_resources_are_in_it() -> None:
    resources = BUNDLE / "_internal" / "myvendors" / "resources"
    shipped = {str(p.relative_to(ROOT / "resources")) for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix not in {".py", ".pyc"}}
    bundled = {str(p.relative_to(resources)) for p in resources.rglob("*") if p.is_file() and p.suffix != ".pyc"}
    assert shipped <= bundled, sorted(shipped - bundled)


def test_start_time_is_reported_beside_the_source_install(tmp_path: Path) -> None:
    """Not a timed assertion: `tests/packaging/start_time.py` measures; here it must run and print."""
    if not (ROOT / ".venv" / "bin" / "myvendors").exists():
        pytest.skip("no .venv: `make test` makes it")
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tests" / "packaging" / "start_time.py"),
                           "--runs", "1"], capture_output=True, text=True, cwd=tmp_path, check=False, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "bundle" in done.stdout and "source" in done.stdout
