"""The Overview page: the reminders coming up (on her schedule, each dismissable), what is due in
the next 30 days (and overdue), what she spends (paid this month and in the last 12 months per
currency, and what her running agreements cost), open requests, recent interactions, and the
vendors whose standing fell in the last 90 days; in a vault without vendors, the first steps (add
a vendor, import contacts, create a request).

Enter or a double-click on a row emits `chosen` with what the row stands for (a `Due`, a
`Request`, an `Interaction`, a `StandingChange`, a `Reminder`, a `LeakLink`: the vendor's Aliases
tab, or a `MoneyLink`: the Money page at that currency); the window opens that record. "Open
leaks: N" shows only while a vendor has an open leak (a count over the index of open leaks). Delete or "Dismiss" on a reminder emits `dismissed`
with it; the window dismisses it (undoably). Overdue items
and cancel-by dates within a week stand out by an icon, words and colour.

Each section is a short list read from the services with its own empty state. Most are small
queries, read on the GUI thread; "standing fell" weighs every rated note of the last months and
"what you spend" every payment of the last 12, so with a worker they are read on the worker's
thread with a connection of its own, and the page paints (saying it is reading) without waiting. `clear()` empties every section when
the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import agreements, insights, leaks, reminders, requests, spending, timeline, vendors
from myvendors.domain.insights import Spending, StandingChange
from myvendors.domain.spending import SpendReport
from myvendors.domain.models import Due, Interaction, Request, RequestStatus
from myvendors.domain.reminders import Reminder, What
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui.models.records import interaction_kind_text
from myvendors.ui import icons
from myvendors.ui.models.rows import ROW_ROLE, Row, RowListModel
from myvendors.ui.notifications import what_text, when_text
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import FitListView, heading, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Job, Worker

Connection = Callable[[], AbstractContextManager[Database]]

DUE_DAYS = 30
OVERDUE_DAYS = 30  # what fell due this many days back is still listed, as overdue
SOON_DAYS = 7  # a cancel-by date this close stands out
TOP_CATEGORIES = 3
RECENT = 10
OPEN_REQUESTS = 20
FELL_DAYS = 90
SPEND_MONTHS = 12


@dataclass(frozen=True)
class LeakLink:
    """A vendor's open leaks on the Overview: the row opens the vendor at its Aliases tab."""

    vendor_id: int
    vendor_name: str
    open: int


@dataclass(frozen=True)
class MoneyLink:
    """A row of "What you spend": the Money page, showing `currency` (None: all, converted)."""

    currency: str | None


class _CurrentSizeStack(QStackedWidget):
    """As tall as the page it shows (a QStackedWidget is as tall as its tallest page)."""

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Section(QWidget):
    """A heading, then a list of rows or, when there are none, a quiet sentence saying so.
    Enter or a double-click on a row emits `chosen` with its payload (rows without one do nothing)."""

    chosen = Signal(object)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.title = heading(title, scale=1.1, parent=self)
        self.model = RowListModel(self)
        self.view = FitListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet("QListView::item { padding: 3px 2px; }")
        self.view.setWordWrap(True)  # a long row wraps at a narrow width: its date and amount are never cut
        self.view.doubleClicked.connect(self._choose)
        self.open_action = QAction(self.tr("Open"), self.view)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(lambda: self._choose(self.view.currentIndex()))
        self.view.addAction(self.open_action)
        self.empty = secondary(empty_text, parent=self)
        self.stack = _CurrentSizeStack(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.stack)

    def _choose(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, Row) and row.payload is not None:
            emit(self.chosen, row.payload)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)

    def set_rows(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        self.empty.setText(self.empty_text)
        self.stack.setCurrentIndex(1 if rows else 0)
        self.view.updateGeometry()
        self.stack.updateGeometry()

    def show_reading(self, text: str) -> None:
        """No rows yet: they are being read (in the background)."""
        self.model.set_rows([])
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)
        self.stack.updateGeometry()

    def clear(self) -> None:
        self.set_rows([])


class ComingUp(Section):
    """The reminders coming up, with Dismiss (the button, or Delete in the list) for the selected one."""

    dismissed = Signal(object)  # the Reminder

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty_text, parent)
        self.dismiss_action = QAction(self.tr("Dismiss"), self.view)
        self.dismiss_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.dismiss_action.triggered.connect(self._dismiss)
        self.view.addAction(self.dismiss_action)
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the selected reminder"))
        self.dismiss_button.setToolTip(self.tr("Dismiss the selected reminder (Delete); Undo brings it back"))
        self.dismiss_button.clicked.connect(self._dismiss)
        self.dismiss_button.setEnabled(False)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        column = self.layout()
        if isinstance(column, QVBoxLayout):
            column.removeWidget(self.title)
            header = QHBoxLayout()
            header.setContentsMargins(0, 0, 0, 0)
            header.addWidget(self.title)
            header.addStretch(1)
            header.addWidget(self.dismiss_button)
            column.insertLayout(0, header)

    def selected(self) -> Reminder | None:
        row = self.view.currentIndex().data(ROW_ROLE) if self.view.currentIndex().isValid() else None
        return row.payload if isinstance(row, Row) and isinstance(row.payload, Reminder) else None

    def _update(self) -> None:
        self.dismiss_button.setEnabled(self.selected() is not None)

    def _dismiss(self) -> None:
        reminder = self.selected()
        if reminder is not None:
            emit(self.dismissed, reminder)


class FirstSteps(QWidget):
    """A new vault's first steps: buttons that trigger the window's own actions (set_steps)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("First steps"), scale=1.1, parent=self)
        self.text = secondary(
            self.tr("Your vault is empty. Start with a vendor you pay, bring in your contacts, or ask for an offer."),
            parent=self,
        )
        self.text.setWordWrap(True)
        self.add_button = QPushButton(icons.icon("add"), self.tr("&Add a vendor…"), self)
        self.import_button = QPushButton(icons.icon("import"), self.tr("Import &contacts…"), self)
        self.request_button = QPushButton(icons.icon("request"), self.tr("Create a re&quest…"), self)
        self.add_button.setToolTip(self.tr("Record a vendor by name (Ctrl+N)"))
        self.import_button.setToolTip(self.tr("Add vendors from a vCard or CSV file (Ctrl+I)"))
        self.request_button.setToolTip(self.tr("Write a request for offers (Ctrl+Shift+N)"))
        self._steps: tuple[Callable[[], object], ...] = ()
        for number, button in enumerate(self.buttons()):
            button.clicked.connect(lambda _=False, number=number: self._trigger(number))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addLayout(row)

    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return (self.add_button, self.import_button, self.request_button)

    def set_steps(self, add_vendor: Callable[[], object], import_vendors: Callable[[], object],
                  new_request: Callable[[], object]) -> None:
        """What each button does: the window passes its own actions' triggers."""
        self._steps = (add_vendor, import_vendors, new_request)

    def _trigger(self, number: int) -> None:
        if number < len(self._steps):
            self._steps[number]()


class OverviewPage(QScrollArea):
    loaded = Signal()  # every section holds its rows (after a refresh whose slow part ran in the background)
    chosen = Signal(object)  # Enter or double-click on a row: its Due, Request, Interaction, StandingChange or Reminder
    dismissed = Signal(object)  # Dismiss on a coming-up row: its Reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fell_job: Job | None = None
        self._spend_job: Job | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Overview"))
        body = QWidget(self)
        self.title = heading(self.tr("Overview"), scale=1.35, parent=body)
        self.first_steps = FirstSteps(body)
        self.first_steps.hide()
        self.coming_up = ComingUp(
            self.tr("Coming up"),
            self.tr("No reminders now. They come on your schedule (Settings, Reminders)."),
            body,
        )
        self.coming_up.dismissed.connect(self.dismissed)
        self.due = Section(
            self._due_title(overdue=False),
            self.tr("Nothing renews or must be cancelled in the next %d days.") % DUE_DAYS,
            body,
        )
        self.spending = Section(
            self.tr("What you spend"),
            self.tr("No payments recorded and no running agreement with a price and a billing period yet."),
            body,
        )
        self.requests = Section(
            self.tr("Open requests"), self.tr("No open requests. Requests you publish wait here for offers."), body
        )
        self.recent = Section(
            self.tr("Recent interactions"), self.tr("No interactions recorded yet."), body
        )
        self.leaks = Section(self.tr("Open leaks"), self.tr("No open leaks."), body)
        self.leaks.hide()  # shown while a vendor has an open leak
        self.fell = Section(
            self.tr("Standing fell lately"),
            self.tr("No vendor's standing fell in the last %d days (judged by your own rated notes).") % FELL_DAYS,
            body,
        )
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(18)
        column.addWidget(self.title)
        column.addWidget(self.first_steps)
        for section in self.sections():
            section.chosen.connect(self.chosen)
            column.addWidget(section)
            if section is self.coming_up:  # open leaks right after what is due now; shown only when there are some
                self.leaks.chosen.connect(self.chosen)
                column.addWidget(self.leaks)
        column.addStretch(1)
        self.setWidget(body)

    def sections(self) -> tuple[Section, ...]:
        return (self.coming_up, self.due, self.spending, self.requests, self.recent, self.fell)

    def refresh(
        self,
        db: Database,
        *,
        today: date | None = None,
        worker: Worker | None = None,
        connection: Connection | None = None,
    ) -> None:
        """Read every section; with a `worker` (and a `connection` factory for its thread) "standing
        fell" is read there and arrives later (`loaded`), so that the page paints first."""
        today = today or date.today()
        current = reminders.current(db, today=today)
        self.coming_up.set_rows([self._reminder_row(r, today) for r in current])
        # A date Coming up reminds her of is not listed a second time under Due; when every due date
        # is there, the section hides (its empty text would say nothing is due).
        reminded = {(r.record_id, r.on) for r in current if r.what in (What.RENEWAL, What.CANCEL_BY, What.TRIAL_END)}
        due = [item for item in agreements.due_soon(db, DUE_DAYS, today=today, past_days=OVERDUE_DAYS)
               if _still_due(item, today)]
        due_rows = [self._due_row(item, today) for item in due if (item.agreement.id, item.on) not in reminded]
        self.due.setHidden(bool(due) and not due_rows)
        self.due.set_rows(due_rows)
        self.due.set_title(self._due_title(any(row.tone == "overdue" for row in due_rows)))
        open_requests = requests.list_requests(db, status=RequestStatus.OPEN, limit=OPEN_REQUESTS)
        self.requests.set_rows([self._request_row(r, requests.offer_count(db, r.id)) for r in open_requests])
        recent = timeline.page(db, limit=RECENT)
        names = _vendor_names(db, {i.vendor_id for i in recent})
        self.recent.set_rows([self._interaction_row(i, names.get(i.vendor_id, "?")) for i in recent])
        self.first_steps.setVisible(not recent and not open_requests and vendors.count_vendors(db) == 0)
        self._show_leaks(leaks.open_by_vendor(db))  # a count over the index of open leaks: on this thread
        self._cancel_fell()
        if worker is None or connection is None:
            self._show_spend(_spend(db, today))
            self._show_fell(insights.standing_fell(db, days=FELL_DAYS, today=today))
            return
        self._read_spend(worker, connection, today)
        self.fell.show_reading(self.tr("Reading your notes…"))

        def standing_fell() -> list[StandingChange] | None:
            try:
                with connection() as own:  # this thread's own connection
                    return insights.standing_fell(own, days=FELL_DAYS, today=today)
            except RuntimeError:  # locked before the job started: nothing to show
                return None

        job = worker.submit(standing_fell)
        job.succeeded.connect(lambda changes, job=job: self._fell_read(job, changes))
        job.failed.connect(lambda _error, job=job: self._fell_read(job, []))
        self._fell_job = job

    def _read_spend(self, worker: Worker, connection: Connection, today: date) -> None:
        """What she spends: every payment of the last 12 months is summed (a lifetime's vault: a
        fifth of a second), so on the worker, like "standing fell"."""
        self.spending.show_reading(self.tr("Adding up your payments…"))

        def spent() -> tuple[SpendReport, list[Spending]] | None:
            try:
                with connection() as own:  # this thread's own connection
                    return _spend(own, today)
            except RuntimeError:  # locked before the job started: nothing to show
                return None

        job = worker.submit(spent)
        job.succeeded.connect(lambda found, job=job: self._spend_read(job, found))
        job.failed.connect(lambda _error, job=job: self._spend_read(job, None))
        self._spend_job = job

    def _spend_read(self, job: Job, found: tuple[SpendReport, list[Spending]] | None) -> None:
        if job is not self._spend_job:
            return
        self._spend_job = None
        if found is not None:
            self._show_spend(found)
        if self._fell_job is None:
            emit(self.loaded)

    def _show_spend(self, found: tuple[SpendReport, list[Spending]]) -> None:
        self.spending.set_rows(self._spending_rows(*found))

    def _show_leaks(self, found: list[tuple[int, str, int]]) -> None:
        """"Open leaks: N", a row per vendor (most first), hidden while there is none."""
        total = sum(n for _, _, n in found)
        self.leaks.set_title(self.tr("Open leaks: %d") % total)
        self.leaks.set_rows([
            Row(name, self.tr("1 open leak of your data") if n == 1 else self.tr("%d open leaks of your data") % n,
                "warning", payload=LeakLink(vendor_id, name, n), tone="overdue", flag=self.tr("Leaked"))
            for vendor_id, name, n in found
        ])
        self.leaks.setVisible(total > 0)

    def _fell_read(self, job: Job, changes: list[StandingChange] | None) -> None:
        if job is not self._fell_job or changes is None:
            return
        self._fell_job = None
        self._show_fell(changes)

    def _show_fell(self, changes: list[StandingChange]) -> None:
        self.fell.set_rows([self._fell_row(change) for change in changes])
        if self._spend_job is None:
            emit(self.loaded)

    def _cancel_fell(self) -> None:
        """Drop the jobs of an earlier refresh ("standing fell" and what she spends)."""
        for job in (self._fell_job, self._spend_job):
            if job is not None:
                job.cancel()
        self._fell_job = self._spend_job = None

    def is_loading(self) -> bool:
        return self._fell_job is not None or self._spend_job is not None

    def clear(self) -> None:
        self._cancel_fell()
        self.first_steps.hide()
        for section in self.sections():
            section.clear()
        self.leaks.clear()
        self.leaks.hide()

    def _due_title(self, overdue: bool) -> str:
        """The due section says what it shows: overdue rows too, when there are some."""
        if overdue:
            return self.tr("Overdue and due in the next %d days") % DUE_DAYS
        return self.tr("Due in the next %d days") % DUE_DAYS

    # -- rows ------------------------------------------------------------------------------
    def _due_row(self, due: Due, today: date) -> Row:
        days = (due.on - today).days
        if days < 0:
            when = self.tr("yesterday") if days == -1 else self.tr("%d days ago") % -days
        else:
            when = self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1 else self.tr("in %d days") % days
        if due.what == "cancel-by":
            what = self.tr("cancel by %s (%s)") % (formatting.date_text(due.on), when)
        else:
            what = self.tr("renews %s (%s)") % (formatting.date_text(due.on), when)
        price = f" · {formatting.money_text(due.agreement.price)}" if due.agreement.price else ""
        text = f"{due.vendor_name} — {due.agreement.title}"
        if days < 0:
            return Row(text, what + price, "warning", payload=due, tone="overdue", flag=self.tr("Overdue"))
        if due.what == "cancel-by" and days <= SOON_DAYS:
            return Row(text, what + price, "due-soon", payload=due, tone="soon", flag=self.tr("Cancel soon"))
        return Row(text, what + price, "calendar", payload=due)

    def _reminder_row(self, reminder: Reminder, today: date) -> Row:
        days = reminder.days_left(today)
        subject = " — ".join(part for part in (reminder.vendor_name, reminder.title) if part)
        detail = self.tr("%s %s (%s)") % (what_text(reminder.what), formatting.date_text(reminder.on), when_text(reminder.on, today))
        icon = {What.OFFER_EXPIRES: "request", What.FOLLOW_UP: "timeline"}.get(reminder.what, "calendar")
        if days < 0:
            return Row(subject, detail, "warning", payload=reminder, tone="overdue", flag=self.tr("Overdue"))
        if days <= SOON_DAYS and reminder.what in (What.CANCEL_BY, What.TRIAL_END):
            return Row(subject, detail, "due-soon", payload=reminder, tone="soon", flag=self.tr("Soon"))
        return Row(subject, detail, icon, payload=reminder)

    def _spending_rows(self, report: SpendReport, running: list[Spending]) -> list[Row]:
        """Per currency: paid this month and in the last 12 months, then what the running agreements
        cost (a month, a year, the dearest categories); all together when she gave the rates. Each
        row opens the Money page."""
        agreements_by_currency = {s.yearly.currency: s for s in running}
        rows = []
        for found in report.currencies:
            text = self.tr("%s this month · %s in the last %d months") % (formatting.money_text(found.this_month), formatting.money_text(found.spent), len(report.months))
            costs = agreements_by_currency.get(found.currency)
            rows.append(Row(text, self._agreements_text(costs) if costs else self.tr("no running agreements"),
                            "kind-money", payload=MoneyLink(found.currency)))
        if report.converted is not None:
            text = self.tr("All together: %s this month · %s in the last %d months") % (
                formatting.money_text(report.converted.months[-1].spent), formatting.money_text(report.converted.spent), len(report.months))
            rows.append(Row(text, self.tr("converted to %s with your rates; agreements %s a year") % (
                report.converted.currency, formatting.money_text(report.converted.agreements_yearly)), "kind-money", payload=MoneyLink(None)))
        return rows

    def _agreements_text(self, spending: Spending) -> str:
        text = self.tr("agreements %s a month · %s a year") % (formatting.money_text(spending.monthly), formatting.money_text(spending.yearly))
        tops = [
            self.tr("%s: %s a year") % (category or self.tr("no category"), formatting.money_text(money))
            for category, money in spending.top_categories
        ]
        return text + (" · " + self.tr("most on %s") % "; ".join(tops) if tops else "")

    def _request_row(self, request: Request, offers: int) -> Row:
        count = self.tr("no offers yet") if offers == 0 else self.tr("1 offer") if offers == 1 else self.tr("%d offers") % offers
        needed = self.tr(" · needed by %s") % formatting.date_text(request.needed_by) if request.needed_by else ""
        return Row(request.title, count + needed, "request", payload=request)

    def _interaction_row(self, interaction: Interaction, vendor_name: str) -> Row:
        when = formatting.date_text(interaction.at.astimezone().date())
        parts = [when, interaction_kind_text(interaction.kind)]
        if interaction.amount:
            parts.append(formatting.money_text(interaction.amount))
        if interaction.note:
            parts.append(interaction.note.splitlines()[0][:80])
        return Row(vendor_name, " · ".join(parts), "timeline", payload=interaction)

    def _fell_row(self, change: StandingChange) -> Row:
        notes = self.tr("1 recent note") if change.recent_notes == 1 else self.tr("%d recent notes") % change.recent_notes
        detail = self.tr("%.1f → %.1f of 5 (%s)") % (change.earlier, change.recent, notes)
        return Row(change.vendor_name, detail, "reputation", payload=change)


def _still_due(due: Due, today: date) -> bool:
    """Upcoming, or past but for an agreement still running (an ended one is no longer overdue)."""
    return due.on >= today or due.agreement.end is None or due.agreement.end >= today


def _spend(db: Database, today: date) -> tuple[SpendReport, list[Spending]]:
    """The payments of the last 12 months per currency, and what the running agreements cost."""
    return (spending.report(db, months=SPEND_MONTHS, today=today, detail=False),
            insights.spending(db, top=TOP_CATEGORIES, today=today))


def _vendor_names(db: Database, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for vendor_id in ids:
        try:
            names[vendor_id] = vendors.get_vendor(db, vendor_id).name
        except MyVendorsError:
            continue
    return names

