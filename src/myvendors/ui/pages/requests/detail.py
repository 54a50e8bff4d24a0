"""The right half of the Requests page: one request, what it may become, where it went, its offers.

The request (title, status chip, facts, description, conditions), the status changes its life
allows (`requests.allowed_changes`; a change that one step cannot take back asks first), where
it went (the ledger's shares of it and the answers to them), its offers and, side by side, the
offers selected (or all of them when fewer than two are selected): price with the cheapest
highlighted, against the budget, valid until (expired ones marked), the vendor's standing,
conditions. "Accept…" says what will happen and then, in one transaction
(`requests.accept_offer`), fulfils the request, adds the vendor when it is unknown and records an
"offer accepted" interaction.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import requests, vendors
from myvendors.domain.models import OfferDraft, Request, RequestDraft, RequestStatus
from myvendors.domain.sharing import ledger as sharing_ledger
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui import icons, theme
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.models import offers as offer_models
from myvendors.ui.models.offers import ComparisonModel, OfferTableModel, OfferView
from myvendors.ui.models.requests import status_name
from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog, OfferDialog, RequestDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ActionButton, ColumnFitter, CurrentSizeStack, heading, list_table, secondary

WENT_SHOWN = 12  # ledger entries shown under "Where it went"; the Shared page has them all
DESCRIPTION_SHOWN = 320  # characters of the description on the page; the tooltip has it all

# Calm tints for the status chip: background, text.
_CHIP = {
    RequestStatus.DRAFT: ("#ececec", "#444444"),
    RequestStatus.OPEN: ("#e3eef8", "#1f4560"),
    RequestStatus.FULFILLED: ("#e3f2e7", "#1e5230"),
    RequestStatus.WITHDRAWN: ("#ececec", "#666666"),
    RequestStatus.EXPIRED: ("#fbefd9", "#6b4a0c"),
}


class RequestDetail(QStackedWidget):
    """The chosen request with its offers, or a hint when none is chosen. `show_request(request)` shows
    one; its actions (edit, status changes, publish, add offer, accept) act on it."""

    written = Signal(int)  # this request was changed here: the list reads it again and chooses it (at once)
    changed = Signal()  # the request was edited or changed status (the Overview lists open ones)
    vendor_changed = Signal(int)  # an accepted offer created or updated this vendor
    page_wanted = Signal()  # an action ran from the menu or a shortcut: show the page
    share_wanted = Signal(int)  # "Publish…": the window opens the sharing wizard on the request

    def __init__(self, db: Database, is_late: Callable[[Request], bool], parent: QWidget | None = None) -> None:
        """`is_late`: whether a request's needed-by date has passed, as the list shows it (the list's day)."""
        super().__init__(parent)
        self._db = db
        self._is_late = is_late
        self._request: Request | None = None
        self._syncing = False
        self._make_actions()
        self.body = self._make_body()
        self.nothing_chosen = secondary(self.tr("Choose a request to see its offers."), parent=self)
        self.nothing_chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.nothing_chosen)
        self.addWidget(self.body)
        self._update_actions()

    # -- construction ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], None], *, icon: str, tip: str) -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.edit_action = QAction(self.tr("Edi&t…"), self)
        self.edit_action.setToolTip(self.tr("Change this request"))
        self.edit_action.triggered.connect(self.edit_request)
        self.add_offer_action = self._action(
            self.tr("&Add offer…"), self.add_offer, icon="add", tip=self.tr("Record an offer a vendor sent for this request")
        )
        self.accept_action = self._action(
            self.tr("A&ccept…"), self.accept_offer, icon="check", tip=self.tr("Accept the selected offer")
        )
        self.share_action = self._action(
            self.tr("&Publish…"), self.share_request, icon="share",
            tip=self.tr("Publish this request as a file vendors can answer (it opens the request for offers)"),
        )
        self.status_actions: dict[RequestStatus, QAction] = {}
        for target in requests.STATUS_CHANGES:
            action = QAction("", self)
            action.triggered.connect(lambda _=False, target=target: self.change_status(target))
            self.status_actions[target] = action

    def needed_width(self) -> int:
        """The chosen request's width: its offers' essential columns, and the offers side by side."""
        compare = self.compare_view
        offers = self.comparison.columnCount()
        side_by_side = compare.verticalHeader().sizeHint().width() + offers * compare.horizontalHeader().minimumSectionSize()
        return max(self.offers_fitter.needed_width(), side_by_side + 2 * compare.frameWidth()) + 24

    def _make_body(self) -> QScrollArea:
        """The request's page, in a scroll area; made in the order Tab follows."""
        body = QWidget(self)
        self._make_request_part(body)
        self._make_offers_part(body)
        self._make_comparison(body)
        self._lay_out(body)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _make_request_part(self, body: QWidget) -> None:
        self.request_title = heading(scale=1.25, parent=body)
        self.request_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel(body)
        self.status_chip.setAccessibleName(self.tr("Status"))
        self.facts = secondary(parent=body)
        self.facts.setAccessibleName(self.tr("About this request"))
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.request_conditions = secondary(parent=body)
        self.request_conditions.setAccessibleName(self.tr("Conditions"))
        self.status_buttons = [ActionButton(self.edit_action, body)]
        self.status_buttons += [ActionButton(self.status_actions[t], body) for t in requests.STATUS_CHANGES]

        self.went_title = heading(self.tr("Where it went"), scale=1.1, parent=body)
        self.went_box = QWidget(body)
        self.went_box.setAccessibleName(self.tr("Where it went"))
        self.went_rows = QVBoxLayout(self.went_box)
        self.went_rows.setContentsMargins(0, 0, 0, 0)
        self.went_rows.setSpacing(1)
        self.went_labels: list[QLabel] = []

    def _make_offers_part(self, body: QWidget) -> None:
        self.offers_title = heading(self.tr("Offers"), scale=1.1, parent=body)
        self.offers_model = OfferTableModel(self)
        self.offers_view = list_table(body, self.tr("Offers"), fit=True)
        self.offers_view.setModel(self.offers_model)
        self.offers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.offers_view.horizontalHeader().setMinimumSectionSize(40)
        self.offers_fitter = ColumnFitter(self.offers_view, {OfferTableModel.VALID_UNTIL: "2026-12-31"})
        self.offers_view.selectionModel().selectionChanged.connect(lambda *_: self._offers_selected())
        self.no_offers = secondary(
            self.tr("No offers yet. When a vendor answers, record the offer with “Add offer…”."), parent=body
        )
        self.no_offers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.offers_stack = CurrentSizeStack(body)
        self.offers_stack.addWidget(self.no_offers)
        self.offers_stack.addWidget(self.offers_view)

    def _make_comparison(self, body: QWidget) -> None:
        self.compare_title = heading(self.tr("Side by side"), scale=1.1, parent=body)
        self.compare_hint = secondary(parent=body, small=True)
        self.comparison = ComparisonModel(self)
        self.compare_view = list_table(body, self.tr("Offers side by side"), fit=True)
        self.compare_view.setModel(self.comparison)
        self.compare_view.setWordWrap(True)
        self.compare_view.setAlternatingRowColors(False)
        self.compare_view.setShowGrid(True)
        self.compare_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compare_view.verticalHeader().show()
        self.compare_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.compare_view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.compare_view.verticalHeader().setHighlightSections(False)
        self.compare_view.horizontalHeader().setHighlightSections(False)
        self._tint_comparison()
        self.compare_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compare_view.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        self.compare_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_view.horizontalHeader().setMinimumSectionSize(140)
        self.compare_view.selectionModel().selectionChanged.connect(lambda *_: self._column_selected())
        self.compare_box = QWidget(body)
        compare_column = QVBoxLayout(self.compare_box)
        compare_column.setContentsMargins(0, 6, 0, 0)
        compare_column.setSpacing(6)
        compare_head = QHBoxLayout()
        compare_head.addWidget(self.compare_title)
        compare_head.addWidget(self.compare_hint, 1, Qt.AlignmentFlag.AlignBottom)
        compare_column.addLayout(compare_head)
        compare_column.addWidget(self.compare_view)

    def _lay_out(self, body: QWidget) -> None:
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.request_title, 1)
        title_row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in self.status_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        offers_head = QHBoxLayout()
        offers_head.setSpacing(6)
        offers_head.addWidget(self.offers_title)
        offers_head.addStretch(1)
        offers_head.addWidget(ActionButton(self.add_offer_action, body))
        offers_head.addWidget(ActionButton(self.accept_action, body))

        went_head = QHBoxLayout()
        went_head.setSpacing(6)
        went_head.addWidget(self.went_title)
        went_head.addStretch(1)
        went_head.addWidget(ActionButton(self.share_action, body))
        went = QWidget(body)
        went_column = QVBoxLayout(went)
        went_column.setContentsMargins(0, 0, 0, 0)
        went_column.setSpacing(6)
        went_column.addLayout(went_head)
        went_column.addWidget(self.went_box)

        offers_box = QWidget(body)
        offers_column = QVBoxLayout(offers_box)
        offers_column.setContentsMargins(0, 0, 0, 0)
        offers_column.setSpacing(6)
        offers_column.addLayout(offers_head)
        offers_column.addWidget(self.offers_stack)

        column = QVBoxLayout(body)
        column.setContentsMargins(10, 14, 16, 10)
        column.setSpacing(6)
        column.addLayout(title_row)
        column.addWidget(self.facts)
        column.addWidget(self.description)
        column.addWidget(self.request_conditions)
        column.addSpacing(2)
        column.addLayout(buttons)
        column.addSpacing(8)
        column.addWidget(went)
        column.addSpacing(4)
        column.addWidget(offers_box)
        column.addWidget(self.compare_box)
        column.addStretch(1)

    # -- the page's calls ----------------------------------------------------------------------
    @property
    def request(self) -> Request | None:
        """The request shown (None: the hint)."""
        return self._request

    def select_offer(self, offer_id: int) -> bool:
        """Select one of the shown request's offers (a search hit), with the keyboard in the offers."""
        row = self.offers_model.row_of(offer_id)
        if row is None:
            return False
        self.offers_view.selectRow(row)
        self.offers_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        """Forget the request shown (the vault locks)."""
        self._request = None
        self.offers_model.clear()
        self.comparison.clear()
        for label in (self.request_title, self.status_chip, self.facts, self.description, self.request_conditions,
                      self.compare_hint):
            label.clear()
            label.setToolTip("")
        self.request_title.setAccessibleName("")
        for label in self.went_labels:
            label.clear()
            label.setToolTip("")
        self.setCurrentWidget(self.nothing_chosen)
        self._update_actions()

    # -- showing ------------------------------------------------------------------------------
    def _tint_comparison(self) -> None:
        """The chosen offer's column: a quiet tint of the theme, the cheapest still shows."""
        text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
        chosen = QPalette()  # only the two roles set here; the others follow the application's palette
        tint = "#2d4257" if theme.is_dark() else "#dde9f6"
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            chosen.setColor(group, QPalette.ColorRole.Highlight, QColor(tint))
            chosen.setColor(group, QPalette.ColorRole.HighlightedText, text)
        self.compare_view.setPalette(chosen)

    def restyle(self) -> None:
        """A live theme switch: the comparison's tint follows (its palette was set by hand)."""
        sheet = self.compare_view.styleSheet()
        self.compare_view.setStyleSheet("")  # (the style sheet would put back the palette it found)
        self._tint_comparison()
        self.compare_view.setStyleSheet(sheet)

    def show_request(self, request: Request | None) -> None:
        """Show `request` with its offers, keeping the offers selected when it is the one shown; None: the hint."""
        previous = self._request.id if self._request else None
        self._request = request
        if request is None:
            self.offers_model.clear()
            self.comparison.clear()
            self.setCurrentWidget(self.nothing_chosen)
            self._update_actions()
            return
        self.request_title.setText(request.title)
        self.request_title.setAccessibleName(request.title)
        background, colour = _CHIP[request.status]
        self.status_chip.setText(status_name(request.status))
        self.status_chip.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border-radius: 9px; padding: 2px 10px; }}"
        )
        self.facts.setText(" · ".join(self._facts(request)))
        flat = " ".join(request.description.split())
        self.description.setText(flat if len(flat) <= DESCRIPTION_SHOWN else flat[: DESCRIPTION_SHOWN - 1] + "…")
        self.description.setToolTip(request.description if len(flat) > DESCRIPTION_SHOWN else "")
        self.description.setVisible(bool(flat))
        conditions = " ".join(request.conditions.split())
        self.request_conditions.setText(self.tr("Conditions: %s") % conditions if conditions else "")
        self.request_conditions.setVisible(bool(conditions))
        self._show_where_it_went(sharing_ledger.for_request(self._db, request.id))
        self.setCurrentWidget(self.body)
        keep = [v.id for v in self._selected_offers()] if previous == request.id else []
        views = offer_models.load(self._db, request.id)
        with QSignalBlocker(self.offers_view.selectionModel()):
            self.offers_model.set_offers(views)
        self.offers_title.setText(self.tr("Offers (%d)") % len(views) if views else self.tr("Offers"))
        self.offers_stack.setCurrentWidget(self.offers_view if views else self.no_offers)
        self._select_offers(keep)
        self._offers_selected()

    def _show_where_it_went(self, entries: list[sharing_ledger.RequestEntry]) -> None:
        """Each share of the request (when, to whom, which file) and each answer to one, newest first."""
        while self.went_rows.count():  # the labels and the spaces between entries
            self.went_rows.takeAt(0)
        for label in self.went_labels:
            label.hide()  # gone from the page now; deleted at the next turn of the event loop
            label.deleteLater()
        self.went_labels = []
        shown = entries[::-1][:WENT_SHOWN]
        lines = [self._went_line(entry) for entry in shown]
        if not entries:
            lines = [(self.tr("Not shared yet. “Publish…” shares it as a file you hand to vendors; that opens "
                              "it for offers."), "", "")]
        elif len(entries) > len(shown):
            lines.append((self.tr("… and %d earlier (all of them on the Shared page)") % (len(entries) - len(shown)),
                          "", ""))
        for number, (text, detail, tip) in enumerate(lines):
            if number:
                self.went_rows.addSpacing(6)
            label = secondary(text, parent=self.went_box) if not entries else QLabel(text, self.went_box)
            added = [label]
            if detail:
                added.append(secondary(detail, parent=self.went_box, small=True))
            for made in added:
                made.setWordWrap(True)
                made.setTextFormat(Qt.TextFormat.RichText if made is label else Qt.TextFormat.PlainText)
                made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                made.setToolTip(tip)
                self.went_rows.addWidget(made)
                self.went_labels.append(made)

    def _went_line(self, entry: sharing_ledger.RequestEntry) -> tuple[str, str, str]:
        """(rich text, a plain line of detail, tooltip) for one ledger entry about the request."""
        day = html.escape(formatting.date_text(entry.day))
        if entry.type == "share":
            to = self.tr("anyone") if entry.recipient == "anyone" else entry.recipient
            what = self.tr("Published to %s") % f"<b>{html.escape(to)}</b>"
            if entry.opened_from:
                what += " · " + self.tr("this opened it for offers")
            sealed = self.tr("encrypted") if entry.encrypted else self.tr("signed")
            detail = " · ".join((entry.file_name, sealed, self.tr("SHA-256 %s…") % entry.sha256[:12],
                                 self.tr("as key %s…") % entry.pseudonym[:10]))
            tip = self.tr("Ledger entry %d\nPackage %s\nSHA-256 %s\nYour key for it: %s") % (
                entry.seq, entry.package_id, entry.sha256, entry.pseudonym)
        else:
            kind = self.tr("Offer") if entry.answer_kind == "offer" else self.tr("Acknowledgement")
            what = self.tr("%s from %s") % (kind, f"<b>{html.escape(entry.recipient)}</b>")
            detail = self.tr("answers package %s") % entry.package_id
            tip = self.tr("Ledger entry %d\nSHA-256 %s\nTheir key: %s") % (entry.seq, entry.sha256, entry.pseudonym)
        return f"{day} · {what}", detail, tip

    def _facts(self, request: Request) -> list[str]:
        facts = []
        if request.category:
            facts.append(request.category)
        low, high = request.budget_min, request.budget_max
        if low and high:
            facts.append(self.tr("budget %s – %s") % (formatting.money_text(low), formatting.money_text(high)))
        elif high:
            facts.append(self.tr("budget up to %s") % formatting.money_text(high))
        elif low:
            facts.append(self.tr("budget from %s") % formatting.money_text(low))
        if request.location:
            facts.append(request.location)
        if request.needed_by:
            late = self._is_late(request)
            facts.append((self.tr("needed by %s (passed)") if late else self.tr("needed by %s")) % formatting.date_text(request.needed_by))
        facts.append(self.tr("written %s") % formatting.stamp_date_text(request.created_at))
        return facts

    def _selected_offers(self) -> list[OfferView]:
        rows = sorted(index.row() for index in self.offers_view.selectionModel().selectedRows())
        return [self.offers_model.offer(row) for row in rows]

    def _select_offers(self, offer_ids: Iterable[int]) -> None:
        selection = self.offers_view.selectionModel()
        with QSignalBlocker(selection):
            selection.clearSelection()
            for offer_id in offer_ids:
                row = self.offers_model.row_of(offer_id)
                if row is not None:
                    selection.select(
                        self.offers_model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )

    def _offers_selected(self) -> None:
        """Compare the selected offers (2+), else all of them, with the one selected chosen in the comparison."""
        chosen = self._selected_offers()
        everything = self.offers_model.offers()
        compared = chosen if len(chosen) >= 2 else everything
        self.comparison.set_offers(compared if len(compared) >= 2 else [], self._request)
        self.compare_view.resizeRowsToContents()
        self.compare_view.updateGeometry()
        self.offers_view.updateGeometry()
        self.compare_box.setVisible(len(everything) >= 2)
        if len(chosen) >= 2:
            self.compare_hint.setText(self.tr("the %d offers selected") % len(chosen))
        else:
            self.compare_hint.setText(self.tr("all offers; select two or more to compare only those"))
        column = self.comparison.column_of(chosen[0].id) if len(chosen) == 1 else None
        self._syncing = True
        try:
            selection = self.compare_view.selectionModel()
            if column is None:
                selection.clearSelection()
            else:
                selection.select(
                    self.comparison.index(0, column),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Columns,
                )
        finally:
            self._syncing = False
        self._update_actions()

    def _column_selected(self) -> None:
        """A click on an offer's column chooses that offer (for "Accept…")."""
        if self._syncing:
            return
        columns = self.compare_view.selectionModel().selectedColumns()
        if not columns:
            return
        view = self.comparison.offer(columns[0].column())
        row = self.offers_model.row_of(view.id)
        if row is not None:
            self.offers_view.selectionModel().select(
                self.offers_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._update_actions()  # the window is busy (a backup): the menu's actions wait too

    def _update_actions(self) -> None:
        request = self._request if self.isEnabled() else None
        status = request.status if request else None
        self.share_action.setEnabled(status is not None and requests.can_share(status))
        self.edit_action.setEnabled(status is not None and requests.can_edit(status))
        self.add_offer_action.setEnabled(status is not None and requests.takes_offers(status))
        chosen = self._selected_offers() if request is not None else []
        open_one = status is not None and requests.can_accept(status)
        acceptable = open_one and len(chosen) == 1 and not chosen[0].offer.accepted
        self.accept_action.setEnabled(acceptable)
        if status is RequestStatus.FULFILLED:
            tip = self.tr("This request is fulfilled: an offer was accepted")
        elif request is not None and not open_one:
            tip = self.tr("Only an open request's offers can be accepted")
        elif len(chosen) != 1:
            tip = self.tr("Select one offer to accept it")
        else:
            tip = self.tr("Accept the offer from %s") % chosen[0].sender
        self.accept_action.setToolTip(tip)
        allowed = requests.allowed_changes(status) if status else []
        for target, action in self.status_actions.items():
            action.setVisible(target in allowed)
            action.setEnabled(target in allowed)
            if status is not None:
                action.setText(self._change_text(status, target))

    def _change_text(self, current: RequestStatus, target: RequestStatus) -> str:
        asks = requests.needs_confirmation(current, target)
        if target is RequestStatus.OPEN:
            text = self.tr("&Open for offers") if current is RequestStatus.DRAFT else self.tr("Re&open")
        elif target is RequestStatus.DRAFT:
            text = self.tr("Back to &draft")
        elif target is RequestStatus.EXPIRED:
            text = self.tr("Mark e&xpired")
        else:
            text = self.tr("&Withdraw")
        return text + "…" if asks else text

    # -- actions ---------------------------------------------------------------------------
    def edit_request(self) -> None:
        request = self._request
        if request is None or not requests.can_edit(request.status):
            return
        emit(self.page_wanted)
        dialog = RequestDialog(request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda draft: self._save(dialog, request.id, draft))
        dialog.open()

    def _save(self, dialog: RequestDialog, request_id: int, draft: RequestDraft) -> None:
        changes = {name: getattr(draft, name) for name in RequestDraft.__dataclass_fields__}
        db = self._db
        if submit(dialog.show_error, lambda: requests.update_request(db, request_id, **changes)) is None:
            return
        dialog.accept()
        emit(self.written, request_id)
        emit(self.changed)

    def change_status(self, target: RequestStatus) -> None:
        request = self._request
        if request is None or target not in requests.allowed_changes(request.status):
            return
        emit(self.page_wanted)
        if not requests.needs_confirmation(request.status, target):
            self._set_status(request.id, target)
            return
        path = requests.way_back(request.status, target)
        if path is None:
            back = self.tr("This cannot be undone.")
        else:
            back = self.tr("To make it %s again later: %s.") % (
                status_name(request.status).lower(), " → ".join(status_name(s) for s in path)
            )
        what = {
            RequestStatus.WITHDRAWN: self.tr("It takes no more offers; the offers it has stay recorded."),
            RequestStatus.EXPIRED: self.tr("It takes no more offers until you reopen it."),
        }.get(target, "")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change the request's status"),
            self.tr("Make “%s” %s?") % (request.title, status_name(target).lower()),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(f"{what} {back}".strip())
        confirm = box.addButton(self._change_text(request.status, target).replace("&", "").rstrip("…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._set_status(request.id, target) if button is confirm else None)
        box.open()

    def _set_status(self, request_id: int, target: RequestStatus) -> None:
        try:
            requests.change_status(self._db, request_id, target)
        except MyVendorsError as exc:
            self._show_error(exc)
        emit(self.written, request_id)
        emit(self.changed)

    def share_request(self) -> None:
        request = self._request
        if request is None or not self.share_action.isEnabled():
            return
        emit(self.share_wanted, request.id)

    def add_offer(self) -> None:
        request = self._request
        if request is None:
            return
        emit(self.page_wanted)
        known = [(vendor_id, name) for vendor_id, name, _ in vendors.identities(self._db)]
        dialog = OfferDialog(request, known, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda draft: self._add_offer(dialog, draft))
        dialog.open()

    def _add_offer(self, dialog: OfferDialog, draft: OfferDraft) -> None:
        db = self._db
        done = submit(dialog.show_error, lambda: requests.add_offer(db, draft))
        if done is None:
            return
        offer = done.value
        dialog.accept()
        emit(self.written, offer.request_id)
        self._select_offers([offer.id])
        self._offers_selected()

    def accept_offer(self) -> None:
        request = self._request
        chosen = self._selected_offers()
        if request is None or len(chosen) != 1 or not self.accept_action.isEnabled():
            return
        emit(self.page_wanted)
        view = chosen[0]
        match = None if view.known else requests.matching_vendor(self._db, view.id)
        names = vendors.names(self._db, [match]) if match is not None else {}
        dialog = AcceptOfferDialog(request, view, self.offers_model.rowCount() - 1, self, match=names.get(match or 0))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda name: self._accept(dialog, view, name))
        dialog.open()

    def _accept(self, dialog: AcceptOfferDialog, view: OfferView, name: str) -> None:
        db = self._db
        done = submit(dialog.show_error, lambda: requests.accept_offer(db, view.id, vendor_name=name or None))
        if done is None:
            return
        _, request, vendor_id = done.value
        dialog.accept()
        emit(self.written, request.id)
        self._select_offers([view.id])
        self._offers_selected()
        emit(self.changed)
        emit(self.vendor_changed, vendor_id)

    def _show_error(self, error: MyVendorsError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("MyVendors"), error_text(error), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
