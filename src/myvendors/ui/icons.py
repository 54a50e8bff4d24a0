"""Icons from resources/icons, drawn in the palette's text colour so they suit light and dark themes.

The SVGs use ``currentColor``; it is replaced by the colour of the current palette before
Qt renders them (Qt's SVG renderer does not resolve ``currentColor`` itself). An icon asks for
that colour each time it is drawn, so icons already on screen follow a switch to the dark theme.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from myvendors.domain.models import InteractionKind

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> bytes:
    return (resources.files("myvendors.resources") / "icons" / f"{name}.svg").read_bytes()


def _render(svg: bytes, size: int) -> QPixmap:
    app = QGuiApplication.instance()
    return _paint(svg, size, app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0)


def _paint(svg: bytes, size: int, ratio: float) -> QPixmap:
    """`svg` drawn on a transparent square of `size` device-independent pixels at `ratio`."""
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return pixmap


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = _svg(name).replace(b"currentColor", colour.encode("ascii"))
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(svg, size))
    return icon


@cache
def _coloured(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    return _paint(_svg(name).replace(b"currentColor", colour.encode("ascii")), size, ratio)


def _text_colour(mode: QIcon.Mode) -> str:
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()


class _PaletteIconEngine(QIconEngine):
    """Draws one SVG in the application palette's text colour of the moment."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        return _coloured(self._name, _text_colour(mode), side, max(scale, 1.0))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._name)

    def key(self) -> str:
        return "myvendors-palette-svg"


def icon(name: str) -> QIcon:
    """The icon `name` (a file in resources/icons without .svg), in the palette's text colour when drawn."""
    _svg(name)  # a missing file fails here, not when first painted
    return QIcon(_PaletteIconEngine(name))


def toned(name: str, colour: str) -> QIcon:
    """The icon `name` drawn in `colour` (a theme's warning or error ink), at every size.

    Ask for it when drawing (a model's data()), with the colour of the current theme: then a live
    theme switch gives the icon the new theme's colour too."""
    return _icon(name, QColor(colour).name())


def app_icon() -> QIcon:
    """The application's own (coloured) icon."""
    return _icon("myvendors", "#000000")


def coloured_pixmap(name: str, size: int, colour: str) -> QPixmap:
    """A pixmap of the icon `name` drawn in `colour` (for icons on a tinted background)."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return _coloured(name, colour, size, ratio)


def pixmap(name: str, size: int) -> QPixmap:
    """A pixmap of the icon `name` at `size` logical pixels (drawn now: it keeps today's colour)."""
    return icon(name).pixmap(size, size)


_LABEL_ICON = "myvendorsIcon"  # a label's dynamic property: "name:size", drawn again by `redraw_labels`


def show_on(label: QLabel, name: str, size: int) -> None:
    """Show the icon `name` on `label` in the palette's text colour, now and after a theme switch."""
    label.setProperty(_LABEL_ICON, f"{name}:{size}")
    label.setPixmap(pixmap(name, size))


def redraw_label(label: QWidget) -> None:
    """Draw a label's icon (see `show_on`) again in the current palette's colour; other widgets: nothing."""
    spec = label.property(_LABEL_ICON)
    if isinstance(label, QLabel) and isinstance(spec, str) and ":" in spec:
        name, size = spec.rsplit(":", 1)
        label.setPixmap(pixmap(name, int(size)))


@cache
def _kind_icons() -> dict[InteractionKind, str]:
    """Icon names by interaction kind (built when first asked: the unlock window shows no kinds)."""
    from myvendors.domain.models import InteractionKind

    return {
        **dict.fromkeys(
            (
                InteractionKind.PAYMENT,
                InteractionKind.TIP,
                InteractionKind.SUBSCRIPTION,
                InteractionKind.EXTEND_CREDIT,
                InteractionKind.REPEAT_PURCHASE,
            ),
            "kind-money",
        ),
        InteractionKind.CONTRACT: "kind-contract",
        InteractionKind.SUPPORT: "kind-support",
        InteractionKind.COMPLAINT: "kind-complaint",
        **dict.fromkeys(
            (InteractionKind.CONVERSATION, InteractionKind.ASK_ADVICE, InteractionKind.REQUEST, InteractionKind.RESPOND),
            "kind-conversation",
        ),
        **dict.fromkeys(
            (
                InteractionKind.RECOMMEND,
                InteractionKind.REFERRAL,
                InteractionKind.VOUCH,
                InteractionKind.SPONSOR,
                InteractionKind.INVITE,
                InteractionKind.GIFT,
            ),
            "kind-endorse",
        ),
        **dict.fromkeys((InteractionKind.BLACKLIST, InteractionKind.REBUFF), "kind-negative"),
        InteractionKind.EVALUATE: "kind-evaluate",
        InteractionKind.OFFER_ACCEPTED: "kind-offer",
    }


def kind_icon_name(kind: InteractionKind) -> str:
    """The icon (a name for `icon()`) of an interaction kind: one per group of kinds (money, talk, praise, ...)."""
    from myvendors.domain.models import InteractionKind

    return _kind_icons().get(InteractionKind(kind), "timeline")
