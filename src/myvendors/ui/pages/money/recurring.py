"""The recurring charges found in her payments: a self-contained panel for the Money page.

`RecurringPanel(db, parent)` lists the proposals (vendor, period, price, next charge, how many
charges) with Accept (the agreement as proposed), Edit and accept… (the agreement dialog, filled
in) and Dismiss (never proposed again; nothing is deleted, so it asks nothing), and below them
the price rises of agreements she already has. With neither, it shows an empty state saying where
proposals come from. `refresh()` reads again (after a statement import, say); with a `worker` and
a `connection` factory the detection runs on the worker's thread (a lifetime of payments takes
seconds) and the panel says it is reading meanwhile. After an accept or dismiss it emits
`changed` (the agreements changed: the Overview and the vendor's tab may want to read again).

Keys: in the list, Enter opens Edit and accept…, Delete dismisses; Alt+A accepts, Alt+E edits,
Alt+I dismisses.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from myvendors.domain import recurring
from myvendors.domain.models import AgreementDraft, BillingPeriod
from myvendors.domain.recurring import Findings, PriceRise, Proposal
from myvendors.errors import QT_TRANSLATE_NOOP, MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.models.records import RecordTableModel
from myvendors.ui.models.rows import Row, RowListModel
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ColumnFitter, EmptyState, FitListView, Level, MessageBanner, heading, record_table, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Job, Worker

Connection = Callable[[], AbstractContextManager[Database]]

_PERIODS = {
    BillingPeriod.WEEKLY: QT_TRANSLATE_NOOP("ProposalsModel", "Weekly"),
    BillingPeriod.MONTHLY: QT_TRANSLATE_NOOP("ProposalsModel", "Monthly"),
    BillingPeriod.QUARTERLY: QT_TRANSLATE_NOOP("ProposalsModel", "Quarterly"),
    BillingPeriod.YEARLY: QT_TRANSLATE_NOOP("ProposalsModel", "Yearly"),
    BillingPeriod.NONE: QT_TRANSLATE_NOOP("ProposalsModel", "One-off"),
}


class ProposalsModel(RecordTableModel[Proposal]):
    VENDOR, PERIOD, PRICE, NEXT, CHARGES, SINCE = range(6)
    NUMERIC = (PRICE, CHARGES)
    ESSENTIAL = (VENDOR, PERIOD, PRICE, NEXT, CHARGES)
    OPTIONAL = (SINCE,)
    LONG_TEXT = (VENDOR,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Vendor"), self.tr("Period"), self.tr("Price"), self.tr("Next charge"), self.tr("Charges"),
             self.tr("First charge")),
            parent,
        )

    def period_text(self, period: BillingPeriod) -> str:
        return self.tr(_PERIODS[period])

    def text(self, record: Proposal, column: int) -> str:
        values = {
            self.VENDOR: record.vendor_name,
            self.PERIOD: self.period_text(record.period),
            self.PRICE: formatting.money_text(record.price),
            self.NEXT: formatting.date_text(record.next_charge),
            self.CHARGES: str(record.charges),
            self.SINCE: formatting.date_text(record.start),
        }
        return values.get(column, "")

    def sort_value(self, record: Proposal, column: int) -> Any:
        return {self.PRICE: record.price.amount, self.NEXT: record.next_charge, self.CHARGES: record.charges,
                self.SINCE: record.start}.get(column)


class RecurringPanel(QWidget):
    """Proposed recurring charges with Accept, Edit and accept…, Dismiss; agreements' price rises."""

    changed = Signal()  # she accepted or dismissed a proposal
    loaded = Signal()  # a refresh has arrived

    def __init__(self, db: Database, parent: QWidget | None = None, *, worker: Worker | None = None,
                 connection: Connection | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker, self.connection = worker, connection
        self.today: date | None = None  # None: the real today (tests and screenshots fix a day)
        self._job: Job | None = None
        self.findings = Findings((), ())

        self.title = heading(self.tr("Recurring charges"), scale=1.2, parent=self)
        self.intro = secondary(self.tr(
            "Charges that repeat in your payments — weekly, monthly, quarterly or yearly — proposed as "
            "agreements, so their renewals and notice periods are not missed."), parent=self)
        self.intro.setWordWrap(True)
        self.banner = MessageBanner(self)
        self.reading = secondary(self.tr("Looking through your payments…"), parent=self)
        self.reading.hide()
        self._make_list()
        self._make_rises()
        self.empty = EmptyState("kind-money", self.tr("No recurring charges found yet"), self.tr(
            "Import your bank or card statements: charges that repeat are proposed here as agreements."), self)
        self._lay_out()
        self._show(self.findings)

    def _make_list(self) -> None:
        self.model = ProposalsModel(self)
        self.view = record_table(self, self.model, self.tr("Recurring charges found"))
        ColumnFitter(self.view, None, stretch=ProposalsModel.VENDOR)  # the rows on screen, never all
        self.list_label = QLabel(self.tr("&Found in your payments"), self)
        self.list_label.setBuddy(self.view)
        self.none_label = secondary(self.tr("Nothing new to propose: every recurring charge found is an agreement "
                                            "or was dismissed."), parent=self)
        self.none_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Record the selected charge as a subscription, as proposed"))
        self.edit_button = QPushButton(self.tr("E&dit and accept…"), self)
        self.edit_button.setToolTip(self.tr("Open the agreement filled in from the charge; change it, then add it (Enter)"))
        self.dismiss_button = QPushButton(self.tr("Di&smiss"), self)
        self.dismiss_button.setToolTip(self.tr("Not a subscription: never propose it again (Delete)"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self._key(QKeySequence("Return"), self.edit_selected, self.tr("Edit and accept"), QKeySequence("Enter"))
        self._key(QKeySequence(QKeySequence.StandardKey.Delete), self.dismiss_selected, self.tr("Dismiss"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

    def _make_rises(self) -> None:
        self.rises_title = heading(self.tr("Price rises"), scale=1.05, parent=self)
        self.rises_model = RowListModel(self)
        self.rises_view = FitListView(self, max_rows=8)
        self.rises_view.setModel(self.rises_model)
        self.rises_view.setAccessibleName(self.tr("Price rises of your agreements"))
        self.rises_label = QLabel(self.tr("Agreements no&w charged more than they say:"), self)
        self.rises_label.setBuddy(self.rises_view)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        found = QWidget(self)
        column = QVBoxLayout(found)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_label)
        column.addWidget(self.none_label)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        column.addSpacing(10)
        column.addWidget(self.rises_title)
        column.addWidget(self.rises_label)
        column.addWidget(self.rises_view)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(found)
        self.found_page = found
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        outer.addWidget(self.banner)
        outer.addWidget(self.reading)
        outer.addWidget(self.stack, 1)

    def _key(self, keys: QKeySequence, slot: Callable[[], object], text: str, *more: QKeySequence) -> None:
        action = QAction(text, self)
        action.setShortcuts([keys, *more])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look through the payments again (on the worker's thread when there is one)."""
        self._cancel()
        today = self.today
        if self.worker is None or self.connection is None:
            self._show(recurring.find(self.db, today=today))
            return
        connection = self.connection

        def find() -> Findings | None:
            try:
                with connection() as own:  # this thread's own connection
                    return recurring.find(own, today=today)
            except RuntimeError:  # locked before the job started: nothing to show
                return None

        self.reading.show()
        job = self.worker.submit(find)
        job.succeeded.connect(lambda findings, job=job: self._read(job, findings))
        job.failed.connect(lambda error, job=job: self._failed(job, error))
        self._job = job

    def _read(self, job: Job, findings: Findings | None) -> None:
        if job is not self._job:
            return
        self._job = None
        self.reading.hide()
        if findings is not None:
            self._show(findings)

    def _failed(self, job: Job, error: MyVendorsError) -> None:
        if job is not self._job:
            return
        self._job = None
        self.reading.hide()
        self.banner.show_error(error_text(error))

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.reading.hide()

    def is_loading(self) -> bool:
        return self._job is not None

    def clear(self) -> None:
        """Forget what was shown (the vault locked)."""
        self._cancel()
        self.banner.clear()
        self._show(Findings((), ()))

    def _show(self, findings: Findings) -> None:
        self.findings = findings
        self.model.set_records(findings.proposals)
        self.rises_model.set_rows([self._rise_row(rise) for rise in findings.rises])
        has_proposals, has_rises = bool(findings.proposals), bool(findings.rises)
        self.view.setVisible(has_proposals)
        self.none_label.setVisible(not has_proposals)
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setVisible(has_proposals)
        for part in (self.rises_title, self.rises_label, self.rises_view):
            part.setVisible(has_rises)
        self.stack.setCurrentWidget(self.found_page if has_proposals or has_rises else self.empty)
        if has_proposals and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._update_buttons()
        emit(self.loaded)

    def _rise_row(self, rise: PriceRise) -> Row:
        text = self.tr("%1 — %2: %3 → %4").replace("%1", rise.vendor_name).replace("%2", rise.agreement_title) \
            .replace("%3", formatting.money_text(rise.old_price)).replace("%4", formatting.money_text(rise.new_price))
        detail = self.tr("since %1").replace("%1", formatting.date_text(rise.since))
        return Row(text, detail, icon="warning", payload=rise)

    # -- deciding ----------------------------------------------------------------------------
    def selected(self) -> Proposal | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(chosen)

    def accept_selected(self) -> None:
        found = self.selected()
        if found is None:
            return
        try:
            agreement = recurring.accept(self.db, found)
        except MyVendorsError as error:
            self.banner.show_error(error_text(error))
            return
        self._decided(self.tr("%1 is now an agreement: %2, renews on %3.").replace("%1", found.vendor_name)
                      .replace("%2", formatting.money_text(found.price)).replace("%3", formatting.date_text(agreement.renewal)
                                                               if agreement.renewal else "—"))

    def edit_selected(self) -> AgreementDialog | None:
        """The agreement dialog filled in from the selected proposal; Add records it and the decision."""
        found = self.selected()
        if found is None:
            return None
        dialog = AgreementDialog(None, self)
        prefill(dialog, recurring.draft_of(found))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda values: self._add_edited(dialog, found, values))
        dialog.open()
        return dialog

    def _add_edited(self, dialog: AgreementDialog, found: Proposal, values: dict[str, Any]) -> None:
        done = submit(dialog.show_error, lambda: recurring.accept(
            self.db, found, AgreementDraft(vendor_id=found.vendor_id, **values)), any_error=True)
        if done is None:
            return
        dialog.accept()
        self._decided(self.tr("%1 is now an agreement: %2.").replace("%1", found.vendor_name)
                      .replace("%2", done.value.title))

    def dismiss_selected(self) -> None:
        found = self.selected()
        if found is None:
            return
        try:
            recurring.dismiss(self.db, found)
        except MyVendorsError as error:
            self.banner.show_error(error_text(error))
            return
        self._decided(self.tr("%1 (%2) will not be proposed again.").replace("%1", found.vendor_name)
                      .replace("%2", formatting.money_text(found.price)))

    def _decided(self, message: str) -> None:
        row = self.view.currentIndex().row()
        self.banner.show_message(Level.SUCCESS, message)
        self.refresh()
        emit(self.changed)
        if not self.is_loading() and self.model.rowCount() > 0:
            self.view.selectRow(min(max(row, 0), self.model.rowCount() - 1))
            self.view.setFocus()


def prefill(dialog: AgreementDialog, draft: AgreementDraft) -> None:
    """Fill a new agreement's dialog from a draft (what a proposal would record)."""
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(draft.kind.value))
    dialog.title_edit.setText(draft.title)
    if draft.price is not None:
        dialog.price_edit.setText(formatting.amount_edit_text(draft.price.amount))
        dialog.currency_edit.setText(draft.price.currency)
    dialog.period_combo.setCurrentIndex(dialog.period_combo.findData(draft.period.value))
    dialog.start_edit.set_value(draft.start)
    dialog.renewal_edit.set_value(draft.renewal)
