"""The package in plain words (Shared page, share wizard preview, answer dialog) draws its labels in
the theme's quiet text colour: a fixed grey is near-invisible on Dark. A live switch redraws it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from myvendors.domain.sharing import render
from myvendors.ui import theme
from myvendors.ui.main_window import SHARED
from myvendors.ui.actions.settings import apply_device_settings
from myvendors.ui.widgets import muted_colour


@pytest.fixture
def back_to_light(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light")


def _label_colours(html: str) -> set[str]:
    return {c.lower() for c in re.findall(r"color:\s*(#[0-9a-fA-F]{3,6})", html)}


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_shared_pages_package_follows_a_live_switch_to_dark(
    myvendors_main_window, qtbot: QtBot, qapp: QApplication, back_to_light: None
) -> None:
    main = myvendors_main_window
    main.go_to(SHARED)
    page = main.shared_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: bool(page.details.toPlainText()))
    light = _label_colours(page.details.toHtml())
    apply_device_settings({"theme": "dark"})  # what Settings' OK does
    dark_html = page.details.toHtml()
    dark = _label_colours(dark_html)
    assert dark != light, "the details kept the light theme's colours"
    base = page.details.palette().color(page.details.backgroundRole())
    quiet = QColor(muted_colour(page.details))
    assert quiet.name() in dark
    assert _contrast(quiet, base) >= 3.0  # readable as secondary text on the dark background


def test_the_printed_page_keeps_grey_on_paper() -> None:
    html = render.to_html({"type": "profile", "issued": "2026-12-02T10:00:00Z", "fields": {}})
    assert "#555555" in html
