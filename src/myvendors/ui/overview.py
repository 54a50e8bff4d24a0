"""The Overview page: what is due in the next 30 days, open requests, recent interactions, and
the vendors whose standing fell in the last 90 days.

Each section is a short list read from the services with its own empty state. The first three
are small queries, read on the GUI thread; "standing fell" weighs every rated note of the last
months, so with a worker it is read on the worker's thread with a connection of its own, and the
page paints (saying it is reading) without waiting for it. `clear()` empties every section when
the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from myvendors.domain import agreements, insights, requests, timeline, vendors
from myvendors.domain.insights import StandingChange
from myvendors.domain.models import Due, Interaction, Request, RequestStatus
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui.models.records import interaction_kind_text
from myvendors.ui.models.rows import Row, RowListModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import FitListView, heading, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Job, Worker

Connection = Callable[[], AbstractContextManager[Database]]

DUE_DAYS = 30
RECENT = 10
OPEN_REQUESTS = 20
FELL_DAYS = 90


class _CurrentSizeStack(QStackedWidget):
    """As tall as the page it shows (a QStackedWidget is as tall as its tallest page)."""

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class Section(QWidget):
    """A heading, then a list of rows or, when there are none, a quiet sentence saying so."""

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
        self.empty = secondary(empty_text, parent=self)
        self.stack = _CurrentSizeStack(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.stack)

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


class OverviewPage(QScrollArea):
    loaded = Signal()  # every section holds its rows (after a refresh whose slow part ran in the background)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fell_job: Job | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Overview"))
        body = QWidget(self)
        self.title = heading(self.tr("Overview"), scale=1.35, parent=body)
        self.due = Section(
            self.tr("Due in the next %d days") % DUE_DAYS,
            self.tr("Nothing renews or must be cancelled in the next %d days.") % DUE_DAYS,
            body,
        )
        self.requests = Section(
            self.tr("Open requests"), self.tr("No open requests. Requests you publish wait here for offers."), body
        )
        self.recent = Section(
            self.tr("Recent interactions"), self.tr("No interactions recorded yet."), body
        )
        self.fell = Section(
            self.tr("Standing fell lately"),
            self.tr("No vendor's standing fell in the last %d days (judged by your own rated notes).") % FELL_DAYS,
            body,
        )
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(18)
        column.addWidget(self.title)
        for section in self.sections():
            column.addWidget(section)
        column.addStretch(1)
        self.setWidget(body)

    def sections(self) -> tuple[Section, ...]:
        return (self.due, self.requests, self.recent, self.fell)

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
        self.due.set_rows([self._due_row(due, today) for due in agreements.due_soon(db, DUE_DAYS, today=today)])
        open_requests = requests.list_requests(db, status=RequestStatus.OPEN, limit=OPEN_REQUESTS)
        self.requests.set_rows([self._request_row(r, requests.offer_count(db, r.id)) for r in open_requests])
        recent = timeline.page(db, limit=RECENT)
        names = _vendor_names(db, {i.vendor_id for i in recent})
        self.recent.set_rows([self._interaction_row(i, names.get(i.vendor_id, "?")) for i in recent])
        self._cancel_fell()
        if worker is None or connection is None:
            self._show_fell(insights.standing_fell(db, days=FELL_DAYS, today=today))
            return
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

    def _fell_read(self, job: Job, changes: list[StandingChange] | None) -> None:
        if job is not self._fell_job or changes is None:
            return
        self._fell_job = None
        self._show_fell(changes)

    def _show_fell(self, changes: list[StandingChange]) -> None:
        self.fell.set_rows([self._fell_row(change) for change in changes])
        emit(self.loaded)

    def _cancel_fell(self) -> None:
        if self._fell_job is not None:
            self._fell_job.cancel()
            self._fell_job = None

    def is_loading(self) -> bool:
        return self._fell_job is not None

    def clear(self) -> None:
        self._cancel_fell()
        for section in self.sections():
            section.clear()

    # -- rows ------------------------------------------------------------------------------
    def _due_row(self, due: Due, today: date) -> Row:
        days = (due.on - today).days
        when = self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1 else self.tr("in %d days") % days
        if due.what == "cancel-by":
            what = self.tr("cancel by %s (%s)") % (due.on.isoformat(), when)
        else:
            what = self.tr("renews %s (%s)") % (due.on.isoformat(), when)
        price = f" · {due.agreement.price}" if due.agreement.price else ""
        return Row(f"{due.vendor_name} — {due.agreement.title}", what + price, "calendar", payload=due)

    def _request_row(self, request: Request, offers: int) -> Row:
        count = self.tr("no offers yet") if offers == 0 else self.tr("1 offer") if offers == 1 else self.tr("%d offers") % offers
        needed = self.tr(" · needed by %s") % request.needed_by.isoformat() if request.needed_by else ""
        return Row(request.title, count + needed, "request", payload=request)

    def _interaction_row(self, interaction: Interaction, vendor_name: str) -> Row:
        when = interaction.at.astimezone().strftime("%Y-%m-%d")
        parts = [when, interaction_kind_text(interaction.kind)]
        if interaction.amount:
            parts.append(str(interaction.amount))
        if interaction.note:
            parts.append(interaction.note.splitlines()[0][:80])
        return Row(vendor_name, " · ".join(parts), "timeline", payload=interaction)

    def _fell_row(self, change: StandingChange) -> Row:
        notes = self.tr("1 recent note") if change.recent_notes == 1 else self.tr("%d recent notes") % change.recent_notes
        detail = self.tr("%.1f → %.1f of 5 (%s)") % (change.earlier, change.recent, notes)
        return Row(change.vendor_name, detail, "reputation", payload=change)


def _vendor_names(db: Database, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for vendor_id in ids:
        try:
            names[vendor_id] = vendors.get_vendor(db, vendor_id).name
        except MyVendorsError:
            continue
    return names

