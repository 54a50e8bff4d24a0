"""resources/ ships as `myvendors.resources`, every package is listed for the wheel, icons load."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from pytestqt.qtbot import QtBot

import myvendors
from myvendors.domain.models import InteractionKind
from myvendors.ui import icons

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    source = Path(myvendors.__file__).parent
    found = {
        ".".join(("myvendors", *p.parent.relative_to(source).parts))
        for p in source.rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert found | {"myvendors.resources"} == listed, "add new packages to [tool.setuptools] packages"
    assert config["package-dir"]["myvendors.resources"] == "resources"


def test_icons_are_found_through_the_package_and_render(qtbot: QtBot) -> None:
    folder = resources.files("myvendors.resources") / "icons"
    names = sorted(entry.name[: -len(".svg")] for entry in folder.iterdir() if entry.name.endswith(".svg"))
    assert {"lock", "eye", "eye-off", "key", "myvendors"} <= set(names)
    for name in names:
        assert not icons.icon(name).pixmap(24, 24).toImage().isNull(), name
    assert not icons.app_icon().isNull()


def test_every_interaction_kind_has_an_icon_that_renders(qtbot: QtBot) -> None:
    folder = resources.files("myvendors.resources") / "icons"
    names = {icons.kind_icon_name(kind) for kind in InteractionKind}
    assert len(names) >= 8, "kinds are grouped, not all drawn alike"
    assert "timeline" not in names, "every kind has its own group's icon"
    for name in names:
        assert (folder / f"{name}.svg").is_file(), name
        assert not icons.icon(name).pixmap(24, 24).toImage().isNull(), name
    assert icons.kind_icon_name(InteractionKind.PAYMENT) == icons.kind_icon_name(InteractionKind.TIP)
    assert icons.kind_icon_name(InteractionKind.PAYMENT) != icons.kind_icon_name(InteractionKind.BLACKLIST)
