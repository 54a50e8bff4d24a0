"""The Money page's bar chart: one bar per month, drawn by pyqtgraph (docs/ARCHITECTURE.md says why
pyqtgraph and not Qt Charts), in the theme's colours and the language's numbers and month names.

The chart only draws: it gets the months, their amounts and the currency, and a `QLocale` that says
how to write them (German: "Okt", "1.234,50"). It takes no focus and no mouse (no panning, zooming
or menu): the same numbers are in the page's table, which keyboard and screen-reader users reach.
Its accessible description says what it shows in words. `restyle()` (called by ui/theme.py when
the theme switches) draws it again in the new palette.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from myvendors.ui import formatting


class _AmountAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """The value axis, its numbers written the locale's way (decimal comma, digit groups)."""

    def __init__(self, locale: QLocale, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)
        self.locale = locale

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802  # pyqtgraph's name
        places = 0 if spacing * scale >= 1 else min(2, max(0, -math.floor(math.log10(spacing * scale))))
        return [formatting.number_text(float(value * scale), places, self.locale) for value in values]


class MonthChart(QWidget):
    """Bars per month for one currency: `show(months, amounts, currency, locale)`."""

    BAR_WIDTH = 0.7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self._months: tuple[date, ...] = ()
        self._amounts: tuple[Decimal, ...] = ()
        self._currency = ""
        self._axis = _AmountAxis(self._locale)
        self.plot = pg.PlotWidget(self, axisItems={"left": self._axis})
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setAntialiasing(True)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        item = self.plot.getPlotItem()
        item.setContentsMargins(4, 8, 8, 4)
        self.bars: pg.BarGraphItem | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.restyle()

    # -- data ------------------------------------------------------------------------------
    def show_months(self, months: Sequence[date], amounts: Sequence[Decimal], currency: str, locale: QLocale) -> None:
        """Draw `amounts` (in `currency`, one per month of `months`, oldest first)."""
        self._months, self._amounts, self._currency = tuple(months), tuple(amounts), currency
        self._locale = locale
        self._axis.locale = locale
        self._draw()

    def ticks(self) -> list[tuple[int, str]]:
        """(bar, label) for the labelled bars: every month up to 14, else every other one (the newest
        always); a label is the month's short name, with the year under the first label of each year."""
        step = 1 if len(self._months) <= 14 else 2  # 24 months: none overlap at 1024 pixels
        shown = [i for i in range(len(self._months)) if (len(self._months) - 1 - i) % step == 0]
        ticks, year = [], 0
        for i in shown:
            month = self._months[i]
            name = formatting.month_text(month, self._locale, short=True)
            ticks.append((i, f"{name}\n{month.year}" if month.year != year else name))
            year = month.year
        return ticks

    def _draw(self) -> None:
        item = self.plot.getPlotItem()
        if self.bars is not None:
            item.removeItem(self.bars)
            self.bars = None
        count = len(self._months)
        item.getAxis("bottom").setTicks([self.ticks()])
        item.getAxis("left").setLabel(self._currency)
        if count:
            palette = self.palette()
            spend, refund = palette.color(QPalette.ColorRole.Highlight), _quiet(palette)
            heights = [float(amount) for amount in self._amounts]
            self.bars = pg.BarGraphItem(
                x=list(range(count)), height=heights, width=self.BAR_WIDTH,
                brushes=[pg.mkBrush(spend if h >= 0 else refund) for h in heights],
                pens=[pg.mkPen(None) for _ in heights],  # a month of 0 draws nothing, not a line
            )
            item.addItem(self.bars)
            low, high = min(0.0, *heights), max(0.0, *heights)
            item.setXRange(-0.6, count - 0.4, padding=0)
            item.setYRange(low, high if high > low else 1.0, padding=0.08)
        self.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The chart in words (its accessible description)."""
        if not self._months:
            return self.tr("No months to show.")
        most = max(range(len(self._amounts)), key=lambda i: self._amounts[i])
        first, last = self._months[0], self._months[-1]
        return self.tr("Spending per month in %s from %s to %s; the most in %s: %s.") % (
            self._currency,
            formatting.month_text(first, self._locale),
            formatting.month_text(last, self._locale),
            formatting.month_text(self._months[most], self._locale),
            formatting.amount_text(self._amounts[most], self._currency, self._locale),
        )

    # -- theme -----------------------------------------------------------------------------
    def restyle(self) -> None:
        """Colours from the current palette (light or dark), then draw again."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        font = QFont(self.font())
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(_faded(text, 0.55)))
            axis.setTextPen(pg.mkPen(text))
            axis.setStyle(tickFont=font, tickTextOffset=6, maxTickLevel=1)
            axis.label.setFont(font)
        line = QFontMetrics(font).lineSpacing()
        item.getAxis("bottom").setHeight(2 * line + 14)  # the month, and the year under January
        self._draw()


def _faded(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded


def _quiet(palette: QPalette) -> QColor:
    """A month whose refunds outweigh its payments: a quieter bar below the line."""
    return _faded(palette.color(QPalette.ColorRole.WindowText), 0.45)
