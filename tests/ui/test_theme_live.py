"""A live theme switch (Settings ▸ Appearance, OK) looks exactly like a fresh start in that theme.

Each page of the main window, the vendor detail's tabs and the main dialogs are toured twice: once
after switching the theme while the window is open, once in a window built in that theme. Every
widget's palette must be the same in both (Qt keeps a stale palette on widgets with a style
sheet), and so must what the sidebar draws: its background and its icons (near-invisible light
icons on a light sidebar after a switch to dark was the bug). Check boxes and radio buttons keep
a visible frame in dark.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QRadioButton, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, wait_idle

from myvendors.domain import requests
from myvendors.domain.models import RequestDraft, RequestStatus
from myvendors.ui import theme
from myvendors.ui.controller import AppController
from myvendors.ui.main_window import OVERVIEW, REPUTATION, REQUESTS, SHARED, VENDORS, MainWindow
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.actions.settings import apply_device_settings
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
ROLES = (Role.Window, Role.WindowText, Role.Base, Role.AlternateBase, Role.Text, Role.Button, Role.ButtonText,
         Role.Highlight, Role.HighlightedText, Role.PlaceholderText, Role.Link, Role.Mid, Role.Midlight,
         Role.Dark, Role.Light, Role.ToolTipBase, Role.ToolTipText)
_KEYS = [(group, role) for group in (Group.Active, Group.Disabled) for role in ROLES]
PAGES = ((OVERVIEW, "overview"), (VENDORS, "vendors"), (REQUESTS, "requests"), (REPUTATION, "reputation"),
         (SHARED, "shared"))


@pytest.fixture
def restore_light(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light")


def _palettes(root: QWidget) -> dict[str, tuple[str, ...]]:
    """Every widget under `root` (by its place in the tree): the colours of its palette's roles."""
    found: dict[str, tuple[str, ...]] = {}

    def walk(widget: QWidget, path: str) -> None:
        pal = widget.palette()
        found[path] = tuple(
            pal.color(group, role).name(QColor.NameFormat.HexArgb) for group in (Group.Active, Group.Disabled)
            for role in ROLES
        ) + _picture(widget)
        seen: dict[str, int] = {}
        for child in widget.children():
            if isinstance(child, QWidget) and not child.isWindow():
                name = child.objectName() or type(child).__name__
                seen[name] = seen.get(name, 0) + 1
                walk(child, f"{path}/{name}[{seen[name]}]")

    walk(root, root.objectName() or type(root).__name__)
    return found


def _picture(widget: QWidget) -> tuple[str, ...]:
    """A label's picture (an icon beside a message, in the status bar): the colours it is drawn in."""
    if not isinstance(widget, QLabel) or widget.pixmap().isNull():
        return ()
    image = widget.pixmap().toImage()
    return tuple(sorted({image.pixelColor(x, y).name(QColor.NameFormat.HexArgb)
                         for x in range(image.width()) for y in range(image.height())
                         if image.pixelColor(x, y).alpha() == 255}))


def _pixels(image: QImage, rect: QRect) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)}


def _sidebar(main: MainWindow) -> dict[str, object]:
    """What the sidebar draws: a background pixel, and the ink of each page's icon (its darkest or
    lightest pixel, whichever stands out from the background)."""
    QApplication.processEvents()
    image = main.sidebar.grab().toImage()
    background = image.pixelColor(image.width() - 4, image.height() - 4)
    inks = []
    for row in range(main.sidebar.count()):
        rect = main.sidebar.visualItemRect(main.sidebar.item(row))
        ratio = image.devicePixelRatio()
        icon = QRect(QPoint(int(rect.left() * ratio), int(rect.top() * ratio)),
                     QPoint(int((rect.left() + 32) * ratio), int(rect.bottom() * ratio)))
        colours = [QColor(name) for name in _pixels(image, icon)]
        far = max(colours, key=lambda c: abs(c.lightness() - background.lightness()))
        inks.append((far.name(), abs(far.lightness() - background.lightness())))
    return {"background": background.name(), "icons": inks}


def _dialogs(qtbot: QtBot, controller: AppController, main: MainWindow) -> dict[str, dict[str, tuple[str, ...]]]:
    found = {}
    for action, kind in ((main.add_vendor_action, AddVendorDialog), (main.vault_actions.change_passphrase_action, ChangePassphraseDialog),
                         (main.vault_actions.settings_action, SettingsDialog)):
        action.trigger()
        qtbot.waitUntil(lambda kind=kind: any(d.isVisible() for d in main.findChildren(kind)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(kind) if d.isVisible())
        wait_idle(qtbot, controller)
        found[kind.__name__] = _palettes(dialog)
        dialog.reject()
        dialog.deleteLater()
        QApplication.processEvents()
    return found


def _tour(qtbot: QtBot, controller: AppController, main: MainWindow, vendor_id: int) -> dict[str, object]:
    """Visit every page, the vendor detail's tabs and the main dialogs; what each one looks like."""
    seen: dict[str, object] = {}
    for page, name in PAGES:
        main.go_to(page)
        if page == VENDORS:  # with a vendor shown, each of its tabs once
            assert main.show_vendor(vendor_id)
            for index in range(main.vendors_page.detail.tabs.count()):
                main.vendors_page.detail.tabs.setCurrentIndex(index)
                wait_idle(qtbot, controller)
            main.vendors_page.detail.tabs.setCurrentIndex(0)
        wait_idle(qtbot, controller)
        seen[name] = _palettes(main.pages.currentWidget())
        seen[f"{name}: sidebar"] = _sidebar(main)
    seen["status bar"] = _palettes(main.statusBar())
    seen["toolbar"] = _palettes(main.findChild(QToolBar))
    main.go_to(OVERVIEW)
    seen["dialogs"] = _dialogs(qtbot, controller, main)
    return seen


def _prepare(qtbot: QtBot, controller: AppController) -> tuple[MainWindow, int]:
    from test_shell import _populate

    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    request = requests.create_request(db, RequestDraft(title="Green electricity", category="Energy"))
    requests.change_status(db, request.id, RequestStatus.OPEN)
    main.refresh()
    return main, vendor_id


@pytest.mark.parametrize(("start", "target"), [("light", "dark"), ("dark", "light")])
def test_a_live_theme_switch_looks_like_a_fresh_start(
    qtbot: QtBot, qapp: QApplication, make_controller, existing_vault: Path, restore_light: None, start: str, target: str
) -> None:
    theme.apply(qapp, start)
    controller = make_controller(existing_vault)
    main, vendor_id = _prepare(qtbot, controller)
    _tour(qtbot, controller, main, vendor_id)  # every page built and shown in the start theme
    apply_device_settings({"theme": target})  # what Settings' OK does
    live = _tour(qtbot, controller, main, vendor_id)

    controller.lock()
    main, _ = _prepare(qtbot, controller)  # a new main window, built in the target theme
    fresh = _tour(qtbot, controller, main, vendor_id)

    assert live.keys() == fresh.keys()
    for name in live:
        if name == "dialogs":
            for dialog in fresh[name]:  # type: ignore[union-attr]
                _same(live[name][dialog], fresh[name][dialog], f"{dialog} after the switch")  # type: ignore[index]
        elif name.endswith("sidebar"):
            assert live[name] == fresh[name], name
        else:
            _same(live[name], fresh[name], name)  # type: ignore[arg-type]
    sidebar = fresh["overview: sidebar"]
    assert (QColor(sidebar["background"]).lightness() < 100) == (target == "dark")  # type: ignore[index]
    assert all(contrast >= 100 for _, contrast in sidebar["icons"])  # type: ignore[index]  # icons stand out


def _same(live: dict[str, tuple[str, ...]], fresh: dict[str, tuple[str, ...]], where: str) -> None:
    common = live.keys() & fresh.keys()
    assert len(common) >= 0.9 * len(fresh), (where, sorted(fresh.keys() - live.keys())[:10])
    differ = sorted(path for path in common if live[path] != fresh[path])
    assert not differ, (where, len(differ), differ[:3], [
        [(role.name, group.name, a, b) for (group, role), a, b in zip(_KEYS, live[p], fresh[p], strict=False) if a != b]
        + ([("picture", live[p][len(_KEYS):], fresh[p][len(_KEYS):])] if live[p][len(_KEYS):] != fresh[p][len(_KEYS):] else [])
        for p in differ[:2]
    ])


def _indicator_frame(qtbot: QtBot, box: QWidget) -> int:
    """How far the indicator's frame stands out from the window (lightness difference)."""
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    window = box.palette().color(Role.Window)
    height = image.height()
    ink = max((image.pixelColor(x, y) for x in range(0, 14) for y in range(height)),
              key=lambda c: abs(c.lightness() - window.lightness()))
    return abs(ink.lightness() - window.lightness())


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_check_boxes_and_radio_buttons_are_visible_in_dark(
    qtbot: QtBot, qapp: QApplication, restore_light: None, kind: type[QWidget]
) -> None:
    theme.apply(qapp, "dark")
    box = kind("Shown")  # type: ignore[call-arg]
    qtbot.addWidget(box)
    assert _indicator_frame(qtbot, box) >= 60  # Fusion's own dark frame: about 15, next to invisible
