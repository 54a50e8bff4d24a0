"""Light, dark, or the system's colour scheme, with the Fusion style.

`apply(app, "system" | "light" | "dark")` sets the colour-scheme hint (Qt 6.8+, so native
title bars and dialogs follow) and an explicit palette: Fusion's own light palette, or a calm
dark one. With "system" the palette follows the OS and changes when the OS switches.
Icons (`myvendors.ui.icons`) draw in the palette's text colour, so they follow too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

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


class _Follower(QObject):
    """Re-applies "system" when the OS switches between light and dark."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self.app.setPalette(palette("dark" if system_is_dark() else "light"))


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
    app.setPalette(palette(kind))
