"""Small widgets every window uses: passphrase field, inline message banner, busy indicator, headings."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.ui import icons, theme
from myvendors.ui.qtcompat import emit


class FitListView(QListView):
    """A list view as tall as its rows, up to `max_rows` (for short lists inside a scrolling page)."""

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 50) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def content_height(self) -> int:
        model = self.model()
        rows = min(model.rowCount(), self.max_rows) if model is not None else 0
        return sum(self.sizeHintForRow(row) for row in range(rows)) + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def fixed_columns(
    view: QAbstractItemView,
    header: QHeaderView,
    samples: dict[int, str],
    *,
    stretch: int | None = None,
    icon_columns: tuple[int, ...] = (),
) -> None:
    """Size a long list's columns from their titles and a sample of their usual widest text, never
    from its rows: `ResizeToContents` reads rows to measure them, and on a hidden view Qt reads
    every row (a million, at unlock). Columns stay resizable by hand; `stretch` takes the spare width.
    Call again after the view gets a new model (its sections are then new)."""
    model = view.model()
    if model is None:
        return
    text = view.fontMetrics()
    titles = header.fontMetrics()
    padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 16
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        sample = samples.get(column, "")
        width = max(titles.horizontalAdvance(title) + padding + 6, text.horizontalAdvance(sample) + padding)
        if column in icon_columns:
            width += view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize, None, view) + 6
        header.resizeSection(column, max(width, header.minimumSectionSize()))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def retain_size_when_hidden(widget: QWidget) -> None:
    """Keep the layout still when `widget` hides and shows (no jumping windows)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def fit_to_content(window: QWidget) -> None:
    """Size a window to its content at its width (word-wrapped text included), not taller."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    width = max(window.sizeHint().width(), window.minimumWidth(), window.width() if window.isVisible() else 0)
    height = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    window.resize(width, height if height > 0 else window.sizeHint().height())


def heading(text: str = "", *, scale: float = 1.5, parent: QWidget | None = None) -> QLabel:
    """A window or page title: larger and semi-bold."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def secondary(text: str = "", *, parent: QWidget | None = None, small: bool = False) -> QLabel:
    """Explanatory text, a little quieter than the main text."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if small:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
    return label


def link_button(text: str, icon_name: str | None = None, *, parent: QWidget | None = None) -> QPushButton:
    """A flat button for secondary actions ("Open another vault…")."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if icon_name:
        button.setIcon(icons.icon(icon_name))
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class PassphraseEdit(QLineEdit):
    """A line edit for secrets: echo off, no input-method memory, an optional show/hide toggle."""

    revealed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, toggle: bool = True) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._toggle: QAction | None = None
        if toggle:
            self._toggle = QAction(self)
            self._toggle.setCheckable(True)
            self._toggle.toggled.connect(self.set_revealed)
            self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
            for button in self.findChildren(QToolButton):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self._update_toggle()

    @property
    def reveal_action(self) -> QAction | None:
        return self._toggle

    def is_revealed(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def set_revealed(self, revealed: bool) -> None:
        if revealed == self.is_revealed():
            return
        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        if self._toggle is not None and self._toggle.isChecked() != revealed:
            self._toggle.setChecked(revealed)
        self._update_toggle()
        emit(self.revealed_changed, revealed)

    def _update_toggle(self) -> None:
        if self._toggle is None:
            return
        revealed = self.is_revealed()
        self._toggle.setIcon(icons.icon("eye-off" if revealed else "eye"))
        self._toggle.setText(self.tr("Hide passphrase") if revealed else self.tr("Show passphrase"))
        self._toggle.setToolTip(self._toggle.text())

    def wipe(self) -> None:
        """Clear the field and hide it again (Python cannot zero the old string; Qt drops its copy)."""
        self.clear()
        self.set_revealed(False)


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SUCCESS = "success"


# Calm, readable tints (background, border, text) in the spirit of KDE's KMessageWidget.
_TINTS = {
    Level.ERROR: ("#fbeaea", "#e6b3b3", "#7a1f1f", "warning"),
    Level.WARNING: ("#fdf3e1", "#ecd09a", "#6b4a0c", "warning"),
    Level.INFO: ("#e8f1f8", "#b5cfe3", "#1f4560", "info"),
    Level.SUCCESS: ("#e9f5ec", "#b4d9be", "#1e5230", "check"),
}
# The same four on a dark window: deep tints with light text (and so a light icon).
_DARK_TINTS = {
    Level.ERROR: ("#4a2526", "#7d3e3f", "#ffd4d2", "warning"),
    Level.WARNING: ("#48391b", "#7a6230", "#fbe3b0", "warning"),
    Level.INFO: ("#1f3446", "#385d7c", "#d2e7f8", "info"),
    Level.SUCCESS: ("#1f3c29", "#386b4a", "#cdeed7", "check"),
}


class MessageBanner(QFrame):
    """An inline message above a form (errors, notices), with an optional action button."""

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._icon = QLabel(self)
        self._icon.setFixedSize(QSize(20, 20))
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._action = QPushButton(self)
        self._action.clicked.connect(self.action_triggered)
        self._action.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._text, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addLayout(row)
        column.addWidget(self._action, 0, Qt.AlignmentFlag.AlignRight)
        self.level: Level | None = None
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()

    @property
    def action_button(self) -> QPushButton:
        return self._action

    def show_message(self, level: Level, text: str, *, action: str | None = None) -> None:
        self.level = level
        self.restyle()
        self._text.setText(text)
        self._text.setAccessibleName(text)
        self._action.setText(action or "")
        self._action.setVisible(action is not None)
        self.show()
        self._action.updateGeometry()
        self.layout().invalidate()

    def show_error(self, text: str, *, action: str | None = None) -> None:
        self.show_message(Level.ERROR, text, action=action)

    def restyle(self) -> None:
        """Tint the banner for its level in the current theme (also called on a live theme switch)."""
        if self.level is None:
            return
        background, border, foreground, icon_name = (_DARK_TINTS if theme.is_dark() else _TINTS)[self.level]
        self.setStyleSheet(
            f"QFrame#messageBanner {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QFrame#messageBanner QLabel {{ color: {foreground}; background: transparent; border: none; }}"
        )
        self._icon.setPixmap(icons.coloured_pixmap(icon_name, 20, foreground))  # the banner's ink, on its tint

    def clear(self) -> None:
        self.level = None
        self._text.clear()
        self._action.hide()
        self.hide()


class BusyIndicator(QWidget):
    """"Unlocking…" with an indeterminate progress bar; keeps its space when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # indeterminate
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setAccessibleName(self.tr("Working"))
        self._label = secondary(parent=self, small=True)
        self._label.setWordWrap(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._label)
        column.addWidget(self._bar)
        retain_size_when_hidden(self)
        self.hide()

    def start(self, text: str) -> None:
        self._label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()
        self._label.clear()

    @property
    def label(self) -> str:
        return self._label.text()


class PageStack(QStackedWidget):
    """A stacked widget as large as its current page (not its largest), so short pages stay short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._fit)

    def addWidget(self, page: QWidget) -> int:
        index = super().addWidget(page)
        self._fit()
        return index

    def _fit(self) -> None:
        current = self.currentWidget()
        for index in range(self.count()):
            page = self.widget(index)
            ignored = QSizePolicy.Policy.Ignored
            preferred = QSizePolicy.Policy.Preferred
            page.setSizePolicy(preferred, preferred) if page is current else page.setSizePolicy(ignored, ignored)
        self.updateGeometry()
        window = self.window()
        if window is not None and window.isVisible():
            fit_to_content(window)


class PageFrame(QWidget):
    """The shape of every pre-unlock page: icon and title, message banner, form, busy line, buttons.

    Subclasses add their fields to `body` and their buttons to `buttons` (right-aligned) and
    `links` (left-aligned secondary actions).
    """

    CONTENT_WIDTH = 440

    def __init__(self, icon_name: str, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_label = QLabel(self)
        if icon_name == "app":
            self.icon_label.setPixmap(icons.app_icon().pixmap(44, 44))
        else:
            icons.show_on(self.icon_label, icon_name, 40)
        self.icon_label.setFixedSize(QSize(48, 48))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title = heading(title, parent=self)
        self.subtitle = secondary(subtitle, parent=self)
        self.subtitle.setVisible(bool(subtitle))
        self.banner = MessageBanner(self)
        self.busy = BusyIndicator(self)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)

        self.form_area = QWidget(self)
        self.body = QVBoxLayout(self.form_area)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        self.button_bar = QWidget(self)
        bar = QHBoxLayout(self.button_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(12)
        bar.addWidget(self.busy, 1)  # "Unlocking…" sits left of the buttons while work runs
        self.button_box = QWidget(self.button_bar)
        self.buttons = QHBoxLayout(self.button_box)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(8)
        bar.addWidget(self.button_box)
        self.link_bar = QWidget(self)
        self.links = QHBoxLayout(self.link_bar)
        self.links.setContentsMargins(0, 0, 0, 0)
        self.links.setSpacing(4)
        self.footer = QFrame(self)
        self.footer.setFrameShape(QFrame.Shape.HLine)
        self.footer.setFrameShadow(QFrame.Shadow.Sunken)

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 18)
        column.setSpacing(14)
        column.addLayout(header)
        column.addWidget(self.banner)
        column.addWidget(self.form_area)
        column.addStretch(1)
        column.addWidget(self.button_bar)
        column.addWidget(self.footer)
        column.addWidget(self.link_bar)
        self.footer.hide()
        self.link_bar.hide()

    def add_link(self, button: QPushButton) -> None:
        self.footer.show()
        self.link_bar.show()
        self.links.addWidget(button)

    def finish_links(self) -> None:
        self.links.addStretch(1)

    def set_interactive(self, interactive: bool) -> None:
        """Lock the form while work runs (children disabled on purpose stay disabled)."""
        for part in (self.form_area, self.button_box, self.link_bar):
            part.setEnabled(interactive)

    def start_busy(self, text: str) -> None:
        self.banner.clear()
        self.set_interactive(False)
        self.busy.start(text)

    def stop_busy(self) -> None:
        self.busy.stop()
        self.set_interactive(True)
