"""The Overview's overdue and cancel-soon icons are drawn in the theme's error and warning ink (also
after a live theme switch), and the due section's heading says that it shows overdue rows too."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_overview import TODAY, _open, _row_number

from myvendors.domain import agreements
from myvendors.ui import theme
from myvendors.ui.models.rows import TONES
from myvendors.ui.actions.settings import apply_device_settings


def _ink(icon: QIcon) -> QColor:
    """The colour an icon is drawn in: its most opaque pixel."""
    image = icon.pixmap(24, 24).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    best = max(pixels, key=lambda c: c.alpha())
    assert best.alpha() == 255
    return QColor(best.red(), best.green(), best.blue())


def test_overdue_and_cancel_soon_icons_take_the_themes_ink_also_after_a_live_switch(
    qtbot: QtBot, qapp: QApplication, make_controller, existing_vault: Path
) -> None:
    theme.apply(qapp, "light")
    try:
        main, ids = _open(qtbot, make_controller, existing_vault, reminders=False)
        due = main.overview.due
        model = due.model
        late = _row_number(due, lambda row: row.payload.agreement.id == ids["late"])
        soon = _row_number(due, lambda row: row.payload.agreement.id == ids["plan"] and row.payload.what == "cancel-by")
        plain = _row_number(due, lambda row: row.payload.agreement.title == "Towels")

        def ink(number: int) -> QColor:
            return _ink(model.data(model.index(number), Qt.ItemDataRole.DecorationRole))

        for kind, index in (("light", 0), ("dark", 1)):
            apply_device_settings({"theme": kind})  # live, as Settings' OK does
            assert ink(late) == QColor(TONES["overdue"][index]), kind
            assert ink(soon) == QColor(TONES["soon"][index]), kind
            assert ink(plain) == qapp.palette().color(qapp.palette().ColorRole.WindowText), kind  # the usual ink
    finally:
        theme.apply(qapp, "light")


def test_the_due_heading_names_overdue_rows_only_when_there_are_some(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, ids = _open(qtbot, make_controller, existing_vault)
    due = main.overview.due
    assert any(row.tone == "overdue" for row in due.model.rows())
    assert due.title.text() == "Overdue and due in the next 30 days"
    assert due.view.accessibleName() == due.title.text()
    db = main.vault.db
    agreements.update_agreement(db, ids["late"], start=TODAY - timedelta(days=400), end=TODAY - timedelta(days=1))
    main.refresh()
    assert not any(row.tone == "overdue" for row in due.model.rows())
    assert due.title.text() == "Due in the next 30 days"
