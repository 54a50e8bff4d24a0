"""The Flatpak manifest (packaging/flatpak/): parsed, with what flatpak-builder and Flathub require,
every downloaded source pinned by its sha256, and the sandbox no wider than the app needs.
It is not built here (that needs the network): packaging/flatpak/README.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML ships no type information (types-PyYAML not worth a dependency here)

from myvendors import APP_ID

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "packaging" / "flatpak"
MANIFEST = FOLDER / f"{APP_ID}.yml"


def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return loaded


def _modules(entries: list[Any]) -> list[dict[str, Any]]:
    """The modules, with those kept in their own JSON file (a string entry) read in."""
    found = []
    for entry in entries:
        module = json.loads((FOLDER / entry).read_text(encoding="utf-8")) if isinstance(entry, str) else entry
        found.append(module)
        found += _modules(module.get("modules", []))
    return found


def _sources(module: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for entry in module.get("sources", []):
        if isinstance(entry, str):  # a JSON file holding one source or a list of them
            loaded = json.loads((FOLDER / entry).read_text(encoding="utf-8"))
            found += loaded if isinstance(loaded, list) else [loaded]
        else:
            found.append(entry)
    return found


def test_the_manifest_names_the_app_its_runtime_and_its_command() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    assert data["runtime"] == "org.kde.Platform" and data["sdk"] == "org.kde.Sdk"
    assert data["base"] == "io.qt.PySide.BaseApp"
    assert data["runtime-version"] == data["base-version"]  # the base app is built for that runtime's Qt
    assert re.fullmatch(r"6\.\d+", str(data["runtime-version"]))
    assert data["command"] == "myvendors-gui"  # [project.gui-scripts] in pyproject.toml
    assert "myvendors-gui" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_every_downloaded_source_is_pinned_by_its_sha256() -> None:
    modules = _modules(manifest()["modules"])
    assert {m["name"] for m in modules} >= {"python3-requirements", "myvendors"}
    downloaded = [s for m in modules for s in _sources(m) if s["type"] in {"file", "archive"}]
    assert len(downloaded) > 20
    for source in downloaded:
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
        assert source["url"].startswith("https://files.pythonhosted.org/packages/"), source
    local = [s for m in modules for s in _sources(m) if s["type"] == "dir"]
    assert [s["path"] for s in local] == ["../.."]  # the app itself, from this checkout


def test_the_pinned_wheels_are_the_locked_versions_without_what_the_base_app_gives() -> None:
    lock = (ROOT / "requirements" / "run.txt").read_text(encoding="utf-8")
    pins = {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", lock, re.M)}
    hashes = set(re.findall(r"sha256:([0-9a-f]{64})", lock))
    module = next(m for m in _modules(manifest()["modules"]) if m["name"] == "python3-requirements")
    wheels = {}
    for source in _sources(module):
        name, version = source["url"].rsplit("/", 1)[1].split("-")[:2]
        wheels[re.sub(r"[-_.]+", "-", name).lower()] = version
        assert source["sha256"] in hashes, f"{source['url']}: run packaging/flatpak/generate_sources.py"  # a file the lock allows
    assert wheels == {name: version for name, version in pins.items() if name not in {"pyside6-essentials", "shiboken6"}}, \
        "the lock changed: run `python3 packaging/flatpak/generate_sources.py` and commit packaging/flatpak/*.json"


@pytest.mark.parametrize("wide", ["--filesystem=host", "--filesystem=home", "--filesystem=host-os", "--share=network",
                                  "--socket=session-bus", "--socket=system-bus", "--device=all", "--talk-name=*"])
def test_the_sandbox_stays_narrow(wide: str) -> None:
    args = manifest()["finish-args"]
    assert not [a for a in args if a == wide or a.startswith(wide + ":")]


def test_the_sandbox_lets_the_app_do_what_it_does() -> None:
    args = set(manifest()["finish-args"])
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc"} <= args
    screen_lock = (ROOT / "src" / "myvendors" / "ui" / "screen_lock.py").read_text(encoding="utf-8")
    for name in set(re.findall(r'"(org\.[a-z]+\.ScreenSaver)"', screen_lock)) | {"org.freedesktop.secrets"}:
        assert f"--talk-name={name}" in args, name


def test_the_desktop_files_are_installed_under_the_app_id() -> None:
    module = next(m for m in _modules(manifest()["modules"]) if m["name"] == "myvendors")
    commands = "\n".join(module["build-commands"])
    for installed in ("share/applications/${FLATPAK_ID}.desktop", "share/metainfo/${FLATPAK_ID}.metainfo.xml",
                      "share/mime/packages/${FLATPAK_ID}.xml", "share/icons/hicolor/scalable/apps/${FLATPAK_ID}.svg"):
        assert installed in commands
    for source in re.findall(r"myvendors/(packaging/linux/\S+|resources/\S+)", commands):
        assert source.startswith(("packaging/linux/org.myvendors.MyVendors.", "resources/icons/")), source
    assert "--no-index" in commands  # built offline from the pinned sources
