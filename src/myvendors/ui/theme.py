"""Light, dark, or the system's colour scheme, with the Fusion style.

`apply(app, "system" | "light" | "dark")` sets the colour-scheme hint (Qt 6.8+, so native
title bars and dialogs follow) and an explicit palette: Fusion's own light palette, or a calm
dark one. With "system" the palette follows the OS and changes when the OS switches.
Icons (`myvendors.ui.icons`) draw in the palette's text colour, so they follow too.

A switch while windows are open restyles every widget, so that it looks as after a fresh start
in that theme: Qt keeps the old palette on a widget with a style sheet, so each style sheet is
set again; a widget that builds colours into its own style sheet has a `restyle()` method, which
is called; then everything repaints. The style is Fusion with one change (`ThemeStyle`): in dark,
check boxes and radio buttons get an outline that stands out from the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from myvendors.ui import icons

THEMES = ("system", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# role: (active and inactive colour, disabled colour). Light is Fusion's standard palette.
_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#efefef", "#efefef"),
    Role.WindowText: ("#000000", "#bebebe"),
    Role.Base: ("#ffffff", "#efefef"),
    Role.AlternateBase: ("#f7f7f7", "#f7f7f7"),
    Role.ToolTipBase: ("#ffffdc", "#ffffdc"),
    Role.ToolTipText: ("#000000", "#000000"),
    Role.PlaceholderText: ("#80000000", "#80000000"),
    Role.Text: ("#000000", "#bebebe"),
    Role.Button: ("#efefef", "#efefef"),
    Role.ButtonText: ("#000000", "#bebebe"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#cacaca", "#cacaca"),
    Role.Mid: ("#b8b8b8", "#b8b8b8"),
    Role.Dark: ("#9f9f9f", "#bebebe"),
    Role.Shadow: ("#767676", "#b1b1b1"),
    Role.Highlight: ("#308cc6", "#919191"),
    Role.Accent: ("#308cc6", "#919191"),
    Role.HighlightedText: ("#ffffff", "#ffffff"),
    Role.Link: ("#0000ff", "#0000ff"),
    Role.LinkVisited: ("#ff00ff", "#ff00ff"),
}
# In the spirit of Fusion's dark palette (Qt 6.5+), with slightly softer text.
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#323232", "#323232"),
    Role.WindowText: ("#e8e8e8", "#828282"),
    Role.Base: ("#242424", "#323232"),
    Role.AlternateBase: ("#2b2b2b", "#323232"),
    Role.ToolTipBase: ("#3c3c3c", "#3c3c3c"),
    Role.ToolTipText: ("#e8e8e8", "#e8e8e8"),
    Role.PlaceholderText: ("#80e8e8e8", "#80828282"),
    Role.Text: ("#e8e8e8", "#828282"),
    Role.Button: ("#383838", "#323232"),
    Role.ButtonText: ("#e8e8e8", "#828282"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#4b4b4b", "#4b4b4b"),
    Role.Midlight: ("#3f3f3f", "#3f3f3f"),
    Role.Mid: ("#262626", "#262626"),
    Role.Dark: ("#212121", "#bebebe"),
    Role.Shadow: ("#181818", "#242424"),
    Role.Highlight: ("#2f7bb5", "#515151"),
    Role.Accent: ("#2f7bb5", "#515151"),
    Role.HighlightedText: ("#ffffff", "#b0b0b0"),
    Role.Link: ("#6cb4ee", "#6cb4ee"),
    Role.LinkVisited: ("#b79cf2", "#b79cf2"),
}


def palette(kind: str) -> QPalette:
    """The palette for "light" or "dark"."""
    table = _DARK if kind == "dark" else _LIGHT
    result = QPalette()
    for role, (normal, disabled) in table.items():
        for group in (Group.Active, Group.Inactive):
            result.setColor(group, role, QColor(normal))
        result.setColor(Group.Disabled, role, QColor(disabled))
    return result


def is_dark(pal: QPalette | None = None) -> bool:
    """Whether `pal` (default: the application's) has light text on a dark window."""
    pal = pal if pal is not None else QGuiApplication.palette()
    return pal.color(Role.Window).lightness() < pal.color(Role.WindowText).lightness()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


# In dark, an indicator's frame is drawn from this "window" colour (Fusion darkens it by 140 %):
# a mid grey that stands out from the dark window and the dark field inside the box.
_DARK_INDICATOR_WINDOW = "#b4b4b4"
_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


class ThemeStyle(QProxyStyle):
    """Fusion, with check box and radio button indicators that can be seen on a dark window.

    Fusion draws an indicator's frame a little darker than the window: on a dark window the frame
    disappears and an unticked box or radio button cannot be seen at all.
    """

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element in _INDICATORS and is_dark(option.palette):
            option = type(option)(option)  # a copy: the caller's option stays as it was
            pal = QPalette(option.palette)
            for group in (Group.Active, Group.Inactive):
                pal.setColor(group, Role.Window, QColor(_DARK_INDICATOR_WINDOW))
                pal.setColor(group, Role.Text, QColor("#ffffff"))  # the tick and the dot (Fusion darkens them a little)
            pal.setColor(Group.Disabled, Role.Window, QColor("#6a6a6a"))
            option.palette = pal
        super().drawPrimitive(element, option, painter, widget)


def _use_theme_style(app: QGuiApplication) -> None:
    """Wrap the application's style (Fusion) in `ThemeStyle`, once."""
    if not isinstance(app, QApplication) or isinstance(app.style(), ThemeStyle):
        return
    style = ThemeStyle(app.style().name())
    app.setStyle(style)
    _styles[id(app)] = style  # keep the Python wrapper alive as long as the app uses it


def restyle(app: QGuiApplication) -> None:
    """Make every open widget look as if it had been built in the current palette."""
    if not isinstance(app, QApplication):
        return
    widgets = app.allWidgets()
    for widget in widgets:  # Qt sends this itself only while its event loop runs (not in tests): again, to be sure
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.ApplicationPaletteChange))
    for widget in widgets:
        sheet = widget.styleSheet()
        if sheet:  # Qt keeps the palette a style sheet was first resolved against: set it again
            widget.setStyleSheet(sheet)
    for widget in widgets:  # then what builds colours of its own (after the style sheets: they restore palettes)
        icons.redraw_label(widget)
        hook = getattr(widget, "restyle", None)
        if callable(hook):
            hook()
    for widget in widgets:
        widget.update()


class _Follower(QObject):
    """Re-applies "system" when the OS switches between light and dark."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            _set_palette(self.app, palette("dark" if system_is_dark() else "light"))


_styles: dict[int, ThemeStyle] = {}


_followers: dict[int, _Follower] = {}


def current(app: QGuiApplication) -> str:
    follower = _followers.get(id(app))
    return follower.theme if follower is not None else "system"


def apply(app: QGuiApplication, theme: str) -> None:
    """Use `theme` ("system", "light" or "dark") from now on; open windows repaint at once."""
    if theme not in THEMES:
        raise ValueError(f"the theme is one of {', '.join(THEMES)}, not {theme!r}")
    follower = _followers.get(id(app))
    if follower is None or follower.app is not app:
        follower = _followers[id(app)] = _Follower(app)
    follower.theme = theme
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        kind = "dark" if system_is_dark() else "light"
    else:
        kind = theme
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    _use_theme_style(app)
    _set_palette(app, palette(kind))


def _set_palette(app: QGuiApplication, pal: QPalette) -> None:
    changed = app.palette() != pal
    app.setPalette(pal)
    if changed:
        restyle(app)
