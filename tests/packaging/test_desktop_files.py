"""The desktop integration files in packaging/linux/ pass the freedesktop validators and agree.

The desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate
--no-net), the shared-mime-info XML (xmllint for well-formedness, then update-mime-database into a
scratch folder, which refuses what the spec does not allow), and the icons rendered from the SVG.
They must name one app id (myvendors.APP_ID), the same three MIME types and the same binary, and
every screenshot the metainfo lists must be a picture `make screenshots` renders. .ci/run
installs the validators; where one is missing here its test is skipped with the package to install.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from myvendors import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {
    "application/x-myvendors-vault": "*.myvendors",
    "application/x-myvendors-package": "*.myvendors.jws",
    "application/x-myvendors-package-encrypted": "*.myvendors.jwe",
}


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {package}; .ci/run does)")
    return path


def validate(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False, timeout=60)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_is_valid() -> None:
    done = validate(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_desktop_file_opens_our_files_with_our_binary() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "myvendors %f"  # the bundle, the .deb and a pip install all have `myvendors`
    assert entry["Icon"] == APP_ID
    assert [t for t in entry["MimeType"].split(";") if t] == list(TYPES)
    # On X11 Qt names the window's class after the application name (app.py sets APP_NAME); on
    # Wayland the app id is the desktop file's name (setDesktopFileName(APP_ID)).
    assert entry["StartupWMClass"] == APP_NAME


def test_metainfo_is_valid() -> None:
    done = validate(tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✔" in done.stdout or "Validation was successful" in done.stdout, done.stdout


def test_metainfo_names_the_app_as_everything_else_does() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert [e.text for e in root.iterfind("provides/mediatype")] == list(TYPES)
    assert [e.text for e in root.iterfind("provides/binary")] == ["myvendors"]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]


def _rendered_screenshot_names() -> list[re.Pattern[str]]:
    """The names test_screenshots.py saves pictures under (its f-strings as patterns)."""
    source = (ROOT / "tests" / "ui" / "test_screenshots.py").read_text(encoding="utf-8")
    names = re.findall(r'_save\([^)]*?(?:\bf)?"([a-z0-9{}_\[\]+ -]+)"', source)
    names += re.findall(r'shots / f?"([a-z0-9-]+)\.png"', source)
    assert len(names) > 20, names
    # a name made only of placeholders (f"{prefix}{name}") would match anything: its loop's literals count instead
    names = [name for name in names if len(re.sub(r"\{[^}]*\}", "", name).strip("-")) > 2]
    return [re.compile(re.sub(r"\\\{[^}]*\\\}", ".+", re.escape(name)) + "(-dark)?") for name in names]


def test_metainfo_screenshots_are_pictures_the_suite_renders() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [e.text or "" for e in root.iterfind("screenshots/screenshot/image")]
    assert images and root.find("screenshots/screenshot[@type='default']") is not None
    patterns = _rendered_screenshot_names()
    for url in images:
        assert url.startswith("https://myvendors.example/screenshots/") and url.endswith(".png"), url
        stem = url.rsplit("/", 1)[1].removesuffix(".png")
        assert any(p.fullmatch(stem) for p in patterns), f"{stem}.png is not rendered by tests/ui/test_screenshots.py"


def test_the_readmes_picture_is_one_the_suite_renders() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(screenshots/([a-z0-9-]+)\.png\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert pictures
    patterns = _rendered_screenshot_names()
    for stem in pictures:
        assert any(p.fullmatch(stem) for p in patterns), f"{stem}.png is not rendered by tests/ui/test_screenshots.py"


def test_mime_types_are_valid_and_recognised_by_name(tmp_path: Path) -> None:
    xmllint = tool("xmllint", "libxml2-utils")
    done = validate(xmllint, "--noout", str(MIME))
    assert done.returncode == 0, done.stderr
    root = ET.parse(MIME).getroot()
    declared = {e.get("type"): [g.get("pattern") for g in e.iterfind(f"{MIME_NS}glob")]
                for e in root.iterfind(f"{MIME_NS}mime-type")}
    assert declared == {kind: [glob] for kind, glob in TYPES.items()}
    for kind in root.iterfind(f"{MIME_NS}mime-type"):
        languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in kind.iterfind(f"{MIME_NS}comment")}
        assert languages == {None, "de", "fr"}, kind.get("type")

    update = tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME, packages / f"{APP_ID}.xml")  # the name it is installed under
    done = validate(update, "-V", str(tmp_path / "mime"))
    assert done.returncode == 0, done.stderr
    problems = [line for line in done.stderr.splitlines() if re.search(r"(?i)warning|error|invalid|unknown", line)]
    assert problems == [], done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    for type_name, glob in TYPES.items():
        assert re.search(rf"^\d+:{re.escape(type_name)}:{re.escape(glob)}$", globs, re.MULTILINE), (type_name, globs)


def test_icons_are_rendered_at_every_size(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    done = subprocess.run([sys.executable, str(LINUX / "render_icons.py"), str(tmp_path)], capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    theme = tmp_path / "hicolor"
    assert (theme / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "myvendors.svg").read_bytes()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 4).alpha() == 255  # drawn, not empty
        assert image.pixelColor(0, 0).alpha() < 128  # the rounded corner stays transparent
    assert (tmp_path / "myvendors.ico").read_bytes()[:4] == b"\0\0\1\0"
