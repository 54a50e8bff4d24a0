"""Small widgets every window uses: passphrase field, inline message banner, busy indicator, headings."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPalette, QResizeEvent, QShortcut, QShowEvent
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
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
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
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped rows take their height again at a new width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.wordWrap() and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # as tall as the rows wrapped at this width

    def content_height(self) -> int:
        model = self.model()
        rows = min(model.rowCount(), self.max_rows) if model is not None else 0
        return sum(self._row_height(row) for row in range(rows)) + 2 * self.frameWidth() + 2

    def _row_height(self, row: int) -> int:
        """The row's height; wrapped, at the width it has (sizeHintForRow measures one unwrapped line)."""
        if not self.wordWrap() or self.viewport().width() <= 0:
            return self.sizeHintForRow(row)
        index = self.model().index(row, 0)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, self.viewport().width(), 1)
        delegate = self.itemDelegateForIndex(index)
        return delegate.sizeHint(option, index).height() + 2 * self.spacing()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

class FitTableView(QTableView):
    """A table as tall as its header and rows (up to `max_rows`), for tables inside a scrolling page."""

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = 8) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def content_height(self) -> int:
        model = self.model()
        rows = min(model.rowCount(), self.max_rows) if model is not None else 0
        height = 2 * self.frameWidth() + sum(self.rowHeight(row) or self.sizeHintForRow(row) for row in range(rows))
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
        if model is not None and model.columnCount() * self.horizontalHeader().minimumSectionSize() > self.width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # a narrower table may need its scroll bar


def list_table(parent: QWidget, name: str, *, fit: bool = False) -> QTableView:
    """A read-only table in the look of the pages' lists: no grid, no row numbers, alternate rows, one line
    per row, Tab leaves it. `fit`: as tall as its rows (a `FitTableView`, for a table in a scrolling page)."""
    view = FitTableView(parent) if fit else QTableView(parent)
    view.setAccessibleName(name)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


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


LONG_TEXT_CHARS = 40  # a name or title is shown whole up to this many average characters (models.table.LONG_TEXT)
FREE_TEXT_CHARS = 16  # a note or description column keeps at least this much room before columns hide
MAX_MEASURED_ROWS = 200  # the rows a fit reads: the ones on screen, never the whole list


class ColumnFitter(QObject):
    """Sizes a table's columns to what they show, cheaply, and keeps what matters on screen.

    A column is as wide as the widest of its title, its sample (`samples`: the usual widest text,
    used while the view is hidden) and the texts of the rows on screen, measured with QFontMetrics.
    It never reads rows the view does not show: `ResizeToContents` would, and on a hidden view Qt
    reads every row (a million, at unlock). The model's column roles (models.table) decide the
    rest: ESSENTIAL columns keep their width, the FREE_TEXT column (or else `stretch`, or the first
    LONG_TEXT column) takes the spare width, and OPTIONAL columns hide, first listed first, when
    the viewport is too narrow for all of them. A column the user resized keeps her width.
    `needs_changed` tells a `FitSplitter` that the width the essential columns need changed."""

    needs_changed = Signal()

    def __init__(
        self,
        view: QTableView,
        samples: dict[int, str] | None = None,
        *,
        stretch: int | None = None,
        icon_columns: tuple[int, ...] = (),
    ) -> None:
        super().__init__(view)
        self.setObjectName("columnFitter")
        self._view = view
        self._samples = dict(samples or {})
        self._stretch = stretch
        self._icon_columns = icon_columns
        self._user_sized: set[int] = set()
        self._fitting = False
        self._model: object = None
        self._needs = 0
        self._seen: dict[int, int] = {}  # widths measured since the model was reset: columns grow as she scrolls, never jitter
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._watch_model()
        self.fit()

    # -- when to fit -----------------------------------------------------------------------
    def set_samples(self, samples: dict[int, str]) -> None:
        self._samples = dict(samples)
        self._seen.clear()
        self.schedule()

    def _reset(self) -> None:
        self._seen.clear()
        self.schedule()

    def schedule(self) -> None:
        if self._view.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.schedule()
        return False

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is self._model:
            return
        self._model = model
        self._user_sized.clear()
        self._seen.clear()
        if model is None:
            return
        model.modelReset.connect(self._reset)
        for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged, model.dataChanged):
            signal.connect(self.schedule)

    def _resized(self, column: int, _old: int, new: int) -> None:
        header = self._view.horizontalHeader()
        if not self._fitting and new > 0 and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self._user_sized.add(column)

    # -- measuring -------------------------------------------------------------------------
    def _roles(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        model = self._view.model()
        return (
            tuple(getattr(model, "ESSENTIAL", ())),
            tuple(getattr(model, "FREE_TEXT", ())),
            tuple(getattr(model, "OPTIONAL", ())),
            tuple(getattr(model, "LONG_TEXT", ())),
        )

    def stretch_column(self) -> int | None:
        _, free, _, long_text = self._roles()
        if free:
            return free[0]
        if self._stretch is not None:
            return self._stretch
        return long_text[0] if long_text else None

    def _rows_on_screen(self) -> range:
        view, model = self._view, self._view.model()
        if model is None or not view.isVisible() or model.rowCount() == 0:
            return range(0)
        area = view.viewport().rect()
        first = max(view.rowAt(area.top()), 0)
        last = view.rowAt(area.bottom())
        last = model.rowCount() - 1 if last < 0 else last
        return range(first, min(last, first + MAX_MEASURED_ROWS - 1) + 1)

    def natural_widths(self) -> dict[int, int]:
        """Each column's width for its title, sample and on-screen texts (long texts capped)."""
        view, model = self._view, self._view.model()
        if model is None:
            return {}
        header = view.horizontalHeader()
        style = view.style()
        text = view.fontMetrics()
        titles = header.fontMetrics()
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        title_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        arrow = (
            style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 8
            if view.isSortingEnabled() and header.isSortIndicatorShown() else 0
        )
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view) + 8
        _, free, _, long_text = self._roles()
        cap = text.averageCharWidth() * LONG_TEXT_CHARS
        rows = self._rows_on_screen()
        widths = {}
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = text.horizontalAdvance(self._samples.get(column, ""))
            if column in free:
                width = text.averageCharWidth() * FREE_TEXT_CHARS
            else:
                for row in rows:
                    index = model.index(row, column)
                    value = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                    font = index.data(Qt.ItemDataRole.FontRole)
                    metrics = QFontMetrics(font) if font is not None else text
                    width = max(width, max((metrics.horizontalAdvance(line) for line in value.split("\n")), default=0))
                if column in long_text:
                    width = min(width, cap)
            width += cell_margin + (icon if column in self._icon_columns else 0)
            title_width = titles.horizontalAdvance(title) + title_margin + (arrow if column == header.sortIndicatorSection() else 0)
            widths[column] = max(width, title_width, header.minimumSectionSize(), self._seen.get(column, 0))
        if rows:
            self._seen.update(widths)
        return widths

    def needed_width(self, *, every_column: bool = False) -> int:
        """The view's width for its essential columns whole (optional ones hidden; with `every_column`,
        shown too), frame and scroll bar included."""
        widths = self.natural_widths()
        essential, free, _, _ = self._roles()
        shown = set(widths) if every_column else set(essential) | set(free)
        view = self._view
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return sum(widths.get(c, 0) for c in shown) + 2 * view.frameWidth() + bar + 2

    # -- fitting ---------------------------------------------------------------------------
    def fit(self) -> None:
        self._watch_model()
        model = self._view.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit(model)
        finally:
            self._fitting = False
        needs = self.needed_width() if self._view.isVisible() else self._needs
        if needs != self._needs:
            self._needs = needs
            emit(self.needs_changed)

    def _fit(self, model: object) -> None:
        view = self._view
        header = view.horizontalHeader()
        widths = self.natural_widths()
        for column in self._user_sized:
            widths[column] = header.sectionSize(column)
        _, _, optional, _ = self._roles()
        stretch = self.stretch_column()
        columns = list(widths)
        hidden: list[int] = []
        room = view.viewport().width() if view.isVisible() else 0
        if room > 0:
            for column in optional:
                if sum(widths[c] for c in columns if c not in hidden) <= room:
                    break
                if column in widths:
                    hidden.append(column)
        for column in columns:
            if view.isColumnHidden(column) != (column in hidden):
                view.setColumnHidden(column, column in hidden)
            if column == stretch:
                continue
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(column) != widths[column] and column not in self._user_sized:
                header.resizeSection(column, widths[column])
        if stretch is not None and stretch in widths:
            # the stretching column keeps at least its own width: a narrower view scrolls rather than cut it
            header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
            rest = room - sum(widths[c] for c in columns if c not in hidden and c != stretch)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(stretch, max(widths[stretch], rest))


def fitter_of(view: QAbstractItemView) -> ColumnFitter | None:
    found = view.findChild(ColumnFitter, "columnFitter", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, ColumnFitter) else None


class FitSplitter(QSplitter):
    """Two panes side by side when the width holds what both need (`first_needs()`, `second_needs()`),
    one above the other when it does not, so that neither cuts its essential columns. Side by side,
    the first gets what it needs and a share of the spare width. Sizes the user drags to are kept
    (`user_sizes`, saved per device by the main window), as long as both still fit."""

    def __init__(
        self, first_needs: Callable[[], int], second_needs: Callable[[], int], parent: QWidget | None = None,
        *, first_share: float = 0.4, first_wants: Callable[[], int] | None = None,
        first_height_share: float | Callable[[], float] = 0.4,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._needs = (first_needs, second_needs)
        self._share = first_share  # of the spare width, side by side
        self._height_share = first_height_share  # of the height, one above the other (or what says it now)
        self._wants = first_wants  # the first pane's width with every column (optional ones too), when there is room
        self.user_sizes: dict[str, list[int]] = {}  # per orientation ("horizontal", "vertical")
        self._arranging = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.arrange)
        self.splitterMoved.connect(self._moved)

    def schedule(self) -> None:
        """Arrange again once the events now queued are handled."""
        self._timer.start()

    def watch(self, fitter: ColumnFitter) -> None:
        """Arrange again when `fitter`'s table needs another width."""
        fitter.needs_changed.connect(self._timer.start)

    def _key(self) -> str:
        return "horizontal" if self.orientation() == Qt.Orientation.Horizontal else "vertical"

    def _moved(self, *_: object) -> None:
        if not self._arranging:
            self.user_sizes[self._key()] = self.sizes()

    def set_user_sizes(self, sizes: list[int]) -> None:
        """Sizes as if the user had dragged the handle there (kept, and saved)."""
        self.setSizes(sizes)
        self.user_sizes[self._key()] = self.sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def arrange(self) -> None:
        if self.count() < 2 or self._arranging:
            return
        self._arranging = True
        try:
            first, second = self._needs[0](), self._needs[1]()
            handle = self.handleWidth()
            side_by_side = self.width() >= first + second + handle
            self.setOrientation(Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical)
            total = (self.width() if side_by_side else self.height()) - handle
            wanted = self.user_sizes.get(self._key())
            if wanted and len(wanted) == 2 and (not side_by_side or (wanted[0] >= first and wanted[1] >= second)):
                scale = total / max(1, sum(wanted))
                start = round(wanted[0] * scale)
            elif side_by_side:
                wants = max(first, min(self._wants() if self._wants else first, total - second))
                start = wants + round((total - wants - second) * self._share)
            else:
                share = self._height_share() if callable(self._height_share) else self._height_share
                start = round(total * share)
            self.setSizes([start, max(0, total - start)])
        finally:
            self._arranging = False


def record_table(parent: QWidget, model: QAbstractItemModel, name: str, *, row_padding: int = 10) -> QTableView:
    """A read-only table of records: whole rows, one selected at a time, no grid, no wrapping, no row
    numbers, rows `row_padding` pixels taller than a line of `parent`'s text, headers aligned left.
    Tab leaves the table; the arrows move within it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + row_padding)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return view


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


class PageHeader(QWidget):
    """A page's top line: its title, the count beside it (`show_count`), and the page's buttons on the right.

    Buttons are made with the header as their parent (so they keep their place in the focus chain)
    and placed with `add`.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title, scale=1.35, parent=self)
        self.count_label = secondary(parent=self)
        self.count_label.setWordWrap(False)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self._row.addWidget(self.title)
        self._row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        self._row.addStretch(1)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self._row.addWidget(widget)

    def show_count(self, text: str) -> None:
        self.count_label.setText(text)


class EmptyState(QWidget):
    """What a page shows before it has anything: a large icon, a title, a line on what goes here, and
    optionally the button that adds the first one, centred."""

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        icons.show_on(self.icon, icon_name, 48)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = heading(title, scale=1.15, parent=self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = secondary(text, parent=self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._column = QVBoxLayout(self)
        self._column.addStretch(1)
        for widget in (self.icon, self.title, self.text):
            self._column.addWidget(widget)
        self._column.addStretch(2)

    def add_button(self, button: QWidget) -> None:
        """Place `button` (made with this widget as its parent) under the text."""
        at = self._column.count() - 1
        self._column.insertSpacing(at, 8)
        self._column.insertWidget(at + 1, button, 0, Qt.AlignmentFlag.AlignHCenter)


def help_key(window: QWidget, topic: Callable[[], str]) -> None:
    """F1 in `window` opens the user guide at `topic()` (the guide loads when first asked for)."""
    keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
    shortcut = QShortcut(keys if not keys.isEmpty() else QKeySequence("F1"), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        from myvendors.ui import help as user_guide  # loads when first asked for

        user_guide.show_help(window, topic())

    shortcut.activated.connect(show)


def muted_colour(widget: QWidget) -> str:
    """The theme's quiet text colour (what `secondary` labels use) as a solid #rrggbb for rich
    text: the placeholder colour laid over the widget's base, since HTML in Qt takes no alpha."""
    palette = widget.palette()
    over, base = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)
    alpha = over.alphaF()

    def mix(a: float, b: float) -> int:
        return round(255 * (a * alpha + b * (1 - alpha)))

    return f"#{mix(over.redF(), base.redF()):02x}{mix(over.greenF(), base.greenF()):02x}{mix(over.blueF(), base.blueF()):02x}"


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


class ActionButton(QPushButton):
    """A push button that mirrors an action: text with its mnemonic, icon, tooltip, enabled, visible."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        action = self._action
        self.setText(action.text())
        self.setIcon(action.icon())
        self.setToolTip(action.toolTip())
        self.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.setEnabled(action.isEnabled())
        self.setVisible(action.isVisible())


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
        self._column = column
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
        self._column.invalidate()

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


class CurrentSizeStack(QStackedWidget):
    """As tall as the page it shows, by that page's size hints (a QStackedWidget is as tall as its
    tallest page); unlike `PageStack` it leaves the pages' size policies alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


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
            if page is None:  # (an index below count() always has a page)
                continue
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
