"""Search as you type: a field for the toolbar and a list of grouped results floating below it.

The field keeps the keyboard while the results show (the list is a child of the window, not a
popup window that grabs input): Up/Down move through the hits, skipping group headings; Enter
opens the current hit; Escape closes the list. The search runs 150 ms after the last key.

Each hit reads as a sentence ("Agreement: Netflix Premium with Velo Works — Subscription, 17.99 EUR
a month"), then the field the words were found in, those words in bold (her text is escaped before
it is marked). The list is as tall as its rows (up to `POPUP_MAX_ROWS`) and as wide as its widest
row (within the window): it never scrolls sideways, and scrolls up and down only when there are
more rows than fit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from myvendors.domain.models import AgreementKind, BillingPeriod, InteractionKind, RequestStatus
from myvendors.domain.search import Hit, Results, marked_parts
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.models.records import agreement_kind_text, interaction_kind_text, period_text
from myvendors.ui.models.requests import status_name
from myvendors.ui.models.rows import ROW_ROLE, Row, RowListModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import FitListView

DEBOUNCE_MS = 150
PER_KIND = 6
POPUP_MIN_WIDTH = 320  # never narrower than this (or the field), else as wide as its widest row
POPUP_MAX_ROWS = 16

GROUP_TITLES = {
    "vendors": QT_TRANSLATE_NOOP("search", "Vendors"),
    "agreements": QT_TRANSLATE_NOOP("search", "Agreements"),
    "interactions": QT_TRANSLATE_NOOP("search", "Timeline"),
    "notes": QT_TRANSLATE_NOOP("search", "Notes"),
    "requests": QT_TRANSLATE_NOOP("search", "Requests"),
    "offers": QT_TRANSLATE_NOOP("search", "Offers"),
}
GROUP_ICONS = {
    "vendors": "vendor",
    "agreements": "calendar",
    "interactions": "timeline",
    "notes": "reputation",
    "requests": "request",
    "offers": "request",
}


#: what a hit's field is called in a sentence ("Phone: 555 0101"), by index column (storage.search.COLUMNS)
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("search", "Name"),
    "website": QT_TRANSLATE_NOOP("search", "Website"),
    "category": QT_TRANSLATE_NOOP("search", "Category"),
    "email": QT_TRANSLATE_NOOP("search", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("search", "Phone"),
    "address": QT_TRANSLATE_NOOP("search", "Address"),
    "notes": QT_TRANSLATE_NOOP("search", "Notes"),
    "tags": QT_TRANSLATE_NOOP("search", "Tags"),
    "title": QT_TRANSLATE_NOOP("search", "Title"),
    "kind": QT_TRANSLATE_NOOP("search", "Kind"),
    "currency": QT_TRANSLATE_NOOP("search", "Currency"),
    "channel": QT_TRANSLATE_NOOP("search", "Channel"),
    "note": QT_TRANSLATE_NOOP("search", "Note"),
    "text": QT_TRANSLATE_NOOP("search", "Text"),
    "author": QT_TRANSLATE_NOOP("search", "Author"),
    "description": QT_TRANSLATE_NOOP("search", "Description"),
    "location": QT_TRANSLATE_NOOP("search", "Location"),
    "conditions": QT_TRANSLATE_NOOP("search", "Conditions"),
}
# a piece of a sentence: (text, matched); matched pieces are shown bold
Piece = tuple[str, bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("search", text)


@dataclass(frozen=True)
class HitRow(Row):
    """A hit's row: `text` and `detail` are its sentence in plain words (read aloud, in the tooltip);
    `html` is the same sentence with the matched words in bold, her text escaped."""

    html: str = ""


def result_rows(results: Results) -> list[Row]:
    """Group headings, each followed by its hits, each hit a sentence."""
    rows: list[Row] = []
    for kind, hits in results.groups.items():
        rows.append(Row(_tr(GROUP_TITLES.get(kind, kind.title())), header=True))
        for hit in hits:
            head, tail = hit_sentence(hit)
            rows.append(HitRow(
                _plain(head), _plain(tail), GROUP_ICONS.get(kind), payload=hit,
                html=to_html(head + ([(" — ", False)] if tail else []) + tail),
            ))
    return rows


def _plain(pieces: list[Piece]) -> str:
    return "".join(text for text, _ in pieces)


def to_html(pieces: list[Piece]) -> str:
    """Rich text for the popup: every piece escaped first, then the matched ones made bold."""
    return "".join(f"<b>{html.escape(text)}</b>" if matched else html.escape(text) for text, matched in pieces)


def _fill(template: str, *args: list[Piece] | str) -> list[Piece]:
    """A translated sentence with %1, %2, … replaced by pieces (a plain str is one unmatched piece)."""
    pieces: list[Piece] = []
    for part in re.split(r"(%\d)", template):
        if re.fullmatch(r"%\d", part):
            number = int(part[1]) - 1
            arg = args[number] if number < len(args) else part
            pieces.extend([(arg, False)] if isinstance(arg, str) else arg)
        elif part:
            pieces.append((part, False))
    return pieces


def _marked(text: str, plain: str) -> list[Piece]:
    return marked_parts(text) if text else [(plain, False)]


def _field_quote(hit: Hit, skip: tuple[str, ...] = ()) -> list[Piece]:
    """"Notes: …the marked words…" for the field the words were found in, unless the sentence says it already."""
    if not hit.field or hit.field in skip or not hit.marked:
        return []
    label = _tr(FIELD_LABELS.get(hit.field, hit.field))
    return _fill(QCoreApplication.translate("search", "%1: %2", "a field and what it says"), label, marked_parts(hit.marked))


def _local_date(on: str | None) -> str:
    if not on:
        return ""
    try:
        moment = datetime.fromisoformat(on)
    except ValueError:
        return on[:10]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return formatting.date_text(moment.date())


def _join(*parts: list[Piece] | str) -> list[Piece]:
    """Non-empty parts, separated by commas."""
    pieces: list[Piece] = []
    for part in parts:
        if not part:
            continue
        if pieces:
            pieces.append((", ", False))
        pieces.extend([(part, False)] if isinstance(part, str) else part)
    return pieces


SENTENCES = {
    "agreement": QT_TRANSLATE_NOOP("search", "Agreement: %1 with %2"),
    "interaction": QT_TRANSLATE_NOOP("search", "On %1 with %2: %3"),
    "note": QT_TRANSLATE_NOOP("search", "Note on %1, %2"),
    "note by": QT_TRANSLATE_NOOP("search", "Note by %1 on %2, %3"),
    "request": QT_TRANSLATE_NOOP("search", "Request: %1"),
    "offer": QT_TRANSLATE_NOOP("search", "Offer from %1 for “%2”"),
    "someone": QT_TRANSLATE_NOOP("search", "someone"),
}


def _sentence(name: str, *args: list[Piece] | str) -> list[Piece]:
    return _fill(_tr(SENTENCES[name]), *args)


def hit_sentence(hit: Hit) -> tuple[list[Piece], list[Piece]]:
    """A hit as a sentence in two halves: what it is ("Agreement: Netflix Premium with Velo Works")
    and what else it says (the facts, then the field the words were found in, marked)."""
    title = _marked(hit.title_marked, hit.title)
    vendor = hit.vendor_name or ""
    on = _local_date(hit.on)
    amount = formatting.money_text(hit.amount) if hit.amount is not None else ""
    if hit.kind == "vendors":
        return title, _field_quote(hit, ("name",)) or ([(hit.what, False)] if hit.what else [])
    if hit.kind == "agreements":
        if amount and hit.period and hit.period != BillingPeriod.NONE:
            amount = f"{amount} {period_text(BillingPeriod(hit.period))}"
        kind = [(agreement_kind_text(AgreementKind(hit.what)), hit.field == "kind")] if hit.what else []
        return _sentence("agreement", title, vendor), _join(kind, amount, _field_quote(hit, ("title", "kind", "currency")))
    if hit.kind == "interactions":
        kind = [(interaction_kind_text(InteractionKind(hit.what)), hit.field == "kind")] if hit.what else []
        quote = marked_parts(hit.marked) if hit.field == "note" else _field_quote(hit, ("kind",))
        return _sentence("interaction", on, vendor, kind), _join(amount, quote)
    if hit.kind == "notes":
        quote = marked_parts(hit.marked) if hit.field == "text" else _field_quote(hit, ("author",))
        if hit.what:
            author = marked_parts(hit.marked) if hit.field == "author" else hit.what
            return _sentence("note by", author, vendor, on), quote
        return _sentence("note", vendor, on), quote
    if hit.kind == "requests":
        status = status_name(RequestStatus(hit.what)) if hit.what else ""
        return _sentence("request", title), _join(status, _field_quote(hit, ("title",)))
    if hit.kind == "offers":
        sender = marked_parts(hit.marked) if hit.field == "sender" else vendor or _tr(SENTENCES["someone"])
        return _sentence("offer", sender, hit.what or ""), _join(amount, _field_quote(hit, ("sender",)))
    return title, _field_quote(hit)


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit's sentence as rich text (the matched words bold) after its icon, on one line; sizes
    every row from its text, so the popup can be as wide and as tall as its rows."""

    MARGIN = 6
    PADDING = 4

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str], QTextDocument] = {}

    def forget(self) -> None:
        self._documents.clear()

    def document(self, html_text: str, font: QFont) -> QTextDocument:
        key = (html_text, font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > 400:
                self._documents.clear()
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(font)
            document.setHtml(html_text)
            self._documents[key] = document
        return document

    def _icon_size(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, widget)

    def _text_x(self, option: QStyleOptionViewItem) -> int:
        return self.MARGIN + self._icon_size(option) + self.MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(ROW_ROLE)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        metrics = QFontMetrics(font)
        height = max(metrics.height(), self._icon_size(option)) + 2 * self.PADDING
        if isinstance(row, HitRow):
            width = self.document(row.html, font).idealWidth()
            return QSize(self._text_x(option) + int(width + 0.999) + self.MARGIN, height)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(2 * self.MARGIN + metrics.horizontalAdvance(text), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, HitRow):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.rect = opt.rect.adjusted(self.MARGIN - 2, 0, 0, 0)
            super().paint(painter, opt, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        size = self._icon_size(opt)
        if not opt.icon.isNull():
            opt.icon.paint(painter, QRect(rect.x() + self.MARGIN, rect.y() + (rect.height() - size) // 2, size, size))
        document = self.document(row.html, opt.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        x = rect.x() + self._text_x(opt)
        y = rect.y() + (rect.height() - int(document.size().height())) // 2
        painter.save()
        painter.setClipRect(QRect(x, rect.y(), rect.right() - x - self.MARGIN // 2, rect.height()))
        painter.translate(x, y)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchPopup(FitListView):
    """The results list; shown by `SearchField` under itself, inside the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, max_rows=POPUP_MAX_ROWS)
        self.results = RowListModel(self)
        self.setModel(self.results)
        self.setAccessibleName(self.tr("Search results"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.sizes = _HitDelegate(self)
        self.setItemDelegate(self.sizes)
        # Sized to its rows: no horizontal scroll bar ever (a row wider than the window is cut at its
        # end), a vertical one only when there are more rows than fit.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.sizes.forget()  # measured again in the new font or style
        super().changeEvent(event)

    def content_width(self) -> int:
        """The width that shows every row whole: the widest row, the frame, and the vertical scroll
        bar when there are more rows than `max_rows`."""
        rows = self.results.rowCount()
        width = max(self.sizeHintForColumn(0), 0) + 2 * self.frameWidth() + 2
        if rows > self.max_rows:
            width += self.verticalScrollBar().sizeHint().width()
        return width

    def show_rows(self, rows: list[Row]) -> None:
        self.sizes.forget()
        self.results.set_rows(rows)
        hits = self.results.selectable_rows()
        if hits:
            self.setCurrentIndex(self.results.index(hits[0]))

    def move_selection(self, step: int) -> None:
        hits = self.results.selectable_rows()
        if not hits:
            return
        current = self.currentIndex().row()
        position = hits.index(current) if current in hits else -1
        target = hits[max(0, min(len(hits) - 1, position + step))] if position >= 0 else hits[0]
        self.setCurrentIndex(self.results.index(target))

    def current_hit(self) -> Hit | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        row = self.results.row(index.row())
        return None if row.header else row.payload

    def clear(self) -> None:
        self.results.clear()
        self.hide()


class SearchField(QLineEdit):
    """Emits `hit_chosen(Hit)` when the user opens a result (Enter or a click)."""

    hit_chosen = Signal(object)

    def __init__(self, search: Callable[[str], Results] | None, popup_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(240)
        self.setMaximumWidth(360)
        self._popup_parent = popup_parent
        self.popup = SearchPopup(popup_parent)
        self.popup.clicked.connect(self._clicked)
        self.empty_row = Row(self.tr("No matches"), header=True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _: self.timer.start())
        self.textChanged.connect(self._text_changed)

    def set_search(self, search: Callable[[str], Results] | None) -> None:
        self._search = search

    def _text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (the clear button or the user): nothing to show
            self.timer.stop()
            self.popup.clear()

    def run_search(self) -> None:
        text = self.text().strip()
        if not text or self._search is None:
            self.popup.clear()
            return
        rows = result_rows(self._search(text))
        self.popup.show_rows(rows or [self.empty_row])
        self._place_popup()

    def _place_popup(self) -> None:
        parent = self._popup_parent
        below = self.mapTo(parent, QPoint(0, self.height() + 2))
        height = min(self.popup.content_height(), parent.height() - below.y() - 8)
        width = max(POPUP_MIN_WIDTH, self.width(), self.popup.content_width())
        if height < self.popup.content_height() and self.popup.results.rowCount() <= self.popup.max_rows:
            width += self.popup.verticalScrollBar().sizeHint().width()  # a short window: it scrolls after all
        width = min(width, parent.width() - 8)
        x = max(4, min(below.x() + self.width() - width, parent.width() - width - 4))  # right edges aligned
        self.popup.setGeometry(x, below.y(), width, height)
        self.popup.show()
        self.popup.raise_()
        self.popup.scrollToTop()  # the first group's heading stays in sight

    def _clicked(self, index: QModelIndex) -> None:
        row = self.popup.results.row(index.row())
        if not row.header:
            self._choose(row.payload)

    def _choose(self, hit: Hit) -> None:
        self.popup.hide()
        emit(self.hit_chosen, hit)

    def reset(self) -> None:
        """Forget the text and the results (the vault locks)."""
        self.timer.stop()
        self.clear()
        self.popup.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible() and self.text().strip():
                self.run_search()
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():  # typed and pressed Enter before the pause: search now
                self.timer.stop()
                self.run_search()
            hit = self.popup.current_hit() if self.popup.isVisible() else None
            if hit is not None:
                self._choose(hit)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()
