"""resources/ ships as `myvendors.resources`, the wheel holds every module and resource, icons load."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import dists
from pytestqt.qtbot import QtBot

import myvendors
from myvendors.domain.models import InteractionKind
from myvendors.ui import icons

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_holds_every_module_and_every_resource_and_no_caches(tmp_path: Path) -> None:
    wheel = dists.build(dists.source_copy(tmp_path), tmp_path / "dist", "wheel")[0]
    shipped = {name for name in dists.wheel_files(wheel) if not name.startswith("myvendors-")}
    source = Path(myvendors.__file__).parent
    modules = {f"myvendors/{p.relative_to(source).as_posix()}" for p in source.rglob("*.py") if "__pycache__" not in p.parts}
    resource_files = {
        f"myvendors/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert modules and resource_files
    assert modules | resource_files | {"myvendors/py.typed"} == shipped
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in shipped)


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
