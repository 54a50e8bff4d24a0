"""The Shared page: the ledger of everything shared and every answer, per vendor and overall.

At the top: the chain's state (verified, or a warning naming the problems) and the retention
reminders, each with a deletion request ready. Below: the ledger as a table, filtered by
vendor, and the selected package in plain words.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import vendors
from myvendors.domain.sharing import ledger, packages, render
from myvendors.domain.sharing.ledger import ChainReport, Entry
from myvendors.domain.sharing.packages import RetentionReminder, ShareSpec
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import formatting
from myvendors.ui import i18n, icons, term_words
from myvendors.ui.i18n import error_text
from myvendors.ui.models.sharing import LedgerModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ColumnFitter, Level, MessageBanner, PageHeader, muted_colour, record_table, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Job, Worker

Connection = Callable[[], AbstractContextManager[Database]]

ALL = -1


class SharedPage(QWidget):
    """Emits `share_requested`, `import_requested` and `deletion_requested(ShareSpec)` (a reminder's)."""

    share_requested = Signal()
    import_requested = Signal()
    deletion_requested = Signal(object)
    verified = Signal(object)  # the ChainReport, when it was walked on the worker

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915 (builds the page's widgets in reading order)
        super().__init__(parent)
        self.setAccessibleName(self.tr("Shared"))
        self._db: Database | None = None
        self._total = 0  # entries in the whole ledger
        self._select_first = False  # select the newest entry when next shown
        self._verify_job: Job | None = None  # the chain walked on the worker (unlock)
        self._verify_stop: threading.Event | None = None
        self.report: ChainReport | None = None
        self.reminders: list[RetentionReminder] = []

        self.header = PageHeader(self.tr("Shared"), self)
        self.title, self.count_label = self.header.title, self.header.count_label
        self.share_button = QPushButton(icons.icon("share"), self.tr("S&hare…"), self.header)
        self.share_button.setAccessibleName(self.tr("Share"))
        self.share_button.clicked.connect(lambda: emit(self.share_requested))
        self.import_button = QPushButton(self.tr("&Import an answer…"), self.header)
        self.import_button.setAccessibleName(self.tr("Import a vendor's answer"))
        self.import_button.clicked.connect(lambda: emit(self.import_requested))

        self.chain_ok = QWidget(self)
        ok_icon = QLabel(self.chain_ok)
        icons.show_on(ok_icon, "check", 16)
        self.chain_label = secondary(parent=self.chain_ok)
        self.chain_label.setAccessibleName(self.tr("Ledger chain"))
        ok_row = QHBoxLayout(self.chain_ok)
        ok_row.setContentsMargins(0, 0, 0, 0)
        ok_row.setSpacing(6)
        ok_row.addWidget(ok_icon)
        ok_row.addWidget(self.chain_label, 1)
        self.chain_banner = MessageBanner(self)

        self.reminder_banner = MessageBanner(self)  # the soonest first; the next shows once it is asked
        self.deletion_button = self.reminder_banner.action_button
        self.deletion_button.setAccessibleName(self.tr("Prepare deletion request"))
        self.reminder_banner.action_triggered.connect(self.prepare_deletion)

        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show the ledger for"))
        self.filter_combo.currentIndexChanged.connect(lambda _: self._apply_filter())
        filter_label = QLabel(self.tr("Sho&w:"), self)
        filter_label.setBuddy(self.filter_combo)

        self.model = LedgerModel(parent=self)
        self.view = record_table(self, self.model, self.tr("Ledger"))
        ColumnFitter(  # from samples and the rows on screen, never every row: a hidden view would read them all
            self.view,
            {LedgerModel.DATE: "2026-12-31 23:59", LedgerModel.TYPE: "answer: acknowledgement",
             LedgerModel.WHO: "A vendor's longer name", LedgerModel.KIND: "Personal request",
             LedgerModel.FIELDS: "99", LedgerModel.TERMS: "Service delivery only; #NoStalking; Delete",
             LedgerModel.PACKAGE: "00000000-0000-0000-0000-000000000000"},
            stretch=LedgerModel.PACKAGE,  # the terms by title get room; the package id, for experts, comes last
        )
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("The selected entry in plain words"))
        self.details.setOpenLinks(False)
        self.empty = secondary(
            self.tr("Nothing shared yet. When you share, every package is recorded here: what went, to whom, under "
                    "which terms. Answers you import are recorded too."),
            parent=self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("sharedSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)

        self.header.add(self.import_button, self.share_button)
        self.filters = QWidget(self)
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_combo)
        filters.addSpacing(12)
        filters.addWidget(self.chain_ok)
        filters.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(10)
        column.addWidget(self.header)
        column.addWidget(self.chain_banner)
        column.addWidget(self.reminder_banner)
        column.addWidget(self.filters)
        column.addWidget(self.stack, 1)
        self.setTabOrder(self.import_button, self.share_button)
        self.setTabOrder(self.share_button, self.deletion_button)
        self.setTabOrder(self.deletion_button, self.filter_combo)
        self.setTabOrder(self.filter_combo, self.view)
        self.setTabOrder(self.view, self.details)

    # -- filling ------------------------------------------------------------------------------
    def refresh(self, db: Database, *, worker: Worker | None = None, connection: Connection | None = None) -> None:
        """Count the ledger and show its newest page (the list reads only the pages shown), the
        retention reminders, and whether the chain verifies. With a `worker` (and a `connection`
        factory for its thread) the chain is walked there and `verified` fires when it is known,
        so that unlocking paints first."""
        self._db = db
        self._cancel_verify()
        if worker is None or connection is None:
            self.report = ledger.verify(db)
            self._show_chain(self.report)
        else:
            self.report = None
            self._verify_on(worker, connection)
        counts = ledger.vendor_counts(db)
        names: dict[int, str] = {}
        for vendor_id in counts:
            try:
                names[vendor_id] = vendors.get_vendor(db, vendor_id).name
            except MyVendorsError:
                names[vendor_id] = self.tr("(vendor %d, deleted)") % vendor_id
        self._total = ledger.count(db)
        chosen = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Everything (%d)") % self._total, ALL)
        for vendor_id, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self.filter_combo.addItem(f"{name} ({counts[vendor_id]})", vendor_id)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(chosen)) if chosen is not None else 0)
        self.filter_combo.blockSignals(False)
        self._show_reminders(packages.retention_due(db), names)
        self._apply_filter()

    def _verify_on(self, worker: Worker, connection: Connection) -> None:
        self.chain_banner.clear()
        self.chain_ok.show()
        self.chain_label.setText(self.tr("Verifying the ledger's chain…"))
        stop = threading.Event()

        def verify() -> ChainReport | None:
            try:
                with connection() as own:  # this thread's own connection
                    return ledger.verify(own, stop=stop.is_set)
            except (RuntimeError, ledger.Stopped):  # locked or refreshed before it ended: nothing to show
                return None

        job = worker.submit(verify)
        job.succeeded.connect(lambda report, job=job: self._verified(job, report))
        job.failed.connect(lambda error, job=job: self._not_verified(job, error))
        self._verify_job, self._verify_stop = job, stop

    def _verified(self, job: Job, report: ChainReport | None) -> None:
        if job is not self._verify_job or report is None:
            return
        self._verify_job = self._verify_stop = None
        self.report = report
        self._show_chain(report)
        self.filters.setVisible(bool(self._total) or not report.ok)
        emit(self.verified, report)

    def _not_verified(self, job: Job, error: MyVendorsError) -> None:
        """The walk failed (the file could not be read): said where the result would be."""
        if job is not self._verify_job:
            return
        self._verify_job = self._verify_stop = None
        self.chain_label.setText(self.tr("The ledger's chain could not be verified: %s") % error_text(error))

    def _cancel_verify(self) -> None:
        if self._verify_job is not None:
            self._verify_job.cancel()
        if self._verify_stop is not None:
            self._verify_stop.set()
        self._verify_job = self._verify_stop = None

    def is_verifying(self) -> bool:
        return self._verify_job is not None

    def _show_chain(self, report: ChainReport) -> None:
        if report.ok:
            self.chain_banner.clear()
            self.chain_ok.show()
            self.chain_label.setText(
                self.tr("The ledger's chain verifies (%d entries).") % report.entries if report.entries != 1
                else self.tr("The ledger's chain verifies (1 entry).")
            )
        else:
            self.chain_ok.hide()
            self.chain_banner.show_message(
                Level.WARNING,
                self.tr("The ledger was altered outside MyVendors: its hash chain does not verify.")
                + "".join(f"\n• {p[:1].upper()}{p[1:]}" for p in report.problems),
            )

    def _show_reminders(self, reminders: list[RetentionReminder], names: dict[int, str]) -> None:
        self.reminders = sorted(reminders, key=lambda r: r.ends)
        if not self.reminders:
            self.reminder_banner.clear()
            return
        lines = []
        for reminder in self.reminders[:3]:
            package = reminder.package
            name = names.get(package.vendor_id or 0, package.recipient)
            ended = reminder.ends <= date.today()
            lines.append(
                (self.tr("%s may keep the %s you shared on %s until %s: time to ask for it to be deleted.") if not ended
                 else self.tr("%s was to keep the %s you shared on %s until %s: ask for it to be deleted."))
                % (name, i18n.package_words(packages.KIND_TITLE.get(package.kind, package.kind)), formatting.stamp_date_text(package.issued_at),
                   formatting.date_text(reminder.ends))
            )
        if len(self.reminders) > 3:
            lines.append(self.tr("And %d more.") % (len(self.reminders) - 3))
        self.reminder_banner.show_message(Level.INFO, "\n".join(lines), action=self.tr("Prepare &deletion request…"))

    def _apply_filter(self) -> None:
        wanted = self.filter_combo.currentData()
        self.model.show(self._db, None if wanted in (None, ALL) else wanted)
        total = self._total
        self.count_label.setText(
            "" if not total else self.tr("1 entry") if total == 1 else self.tr("%d entries") % total
        )
        self.stack.setCurrentIndex(1 if total else 0)
        self.filters.setVisible(bool(total) or (self.report is not None and not self.report.ok))
        self.details.clear()
        # The newest entry is selected (its page read) when the page shows: hidden, it reads nothing.
        self._select_first = bool(self.model.rowCount())
        if self.isVisible():
            self._show_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_first()

    def _show_first(self) -> None:
        if self._select_first and self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._select_first = False

    # -- selection and details --------------------------------------------------------------
    def select_package(self, package_id: str) -> bool:
        self._select_first = False
        row = self.model.row_of_package(package_id)
        if row is None:
            self.filter_combo.setCurrentIndex(0)
            row = self.model.row_of_package(package_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def restyle(self) -> None:
        """A live theme switch: the details are HTML with the theme's colours in them, so draw them again."""
        entry = self.selected_entry()
        if entry is not None and self._db is not None:
            self.details.setHtml(self.details_html(entry))

    def selected_entry(self) -> Entry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry = self.selected_entry()
        if entry is None or self._db is None:
            self.details.clear()
            return
        self.details.setHtml(self.details_html(entry))

    def details_html(self, entry: Entry) -> str:
        data = entry.data
        e = html.escape
        if data.get("type") == "share":
            try:
                document = packages.sent_package(self._db, str(data["package"])).document  # type: ignore[arg-type]
                return render.to_html(document, i18n.package_words, term_words=term_words.of_document,
                                      muted=muted_colour(self.details))
            except (MyVendorsError, KeyError):
                pass
        rows: list[tuple[str, Any]] = []
        if data.get("type", "").startswith("received-"):
            status = {"first use": self.tr("new to you: put on file with this answer (trust on first use)"),
                      "on file": self.tr("the one on file for them")}.get(str(data.get("key_status")),
                                                                           str(data.get("key_status", "")))
            rows = [
                (self.tr("From"), data.get("from", "")),
                (self.tr("Answers package"), data.get("answers", "")),
                (self.tr("Their key"), f"{data.get('key', '')} ({status})"),
                (self.tr("Issued"), data.get("issued", "")),
                (self.tr("Document"), data.get("document", "")),
            ]
            if "accepted" in data:
                rows.append((self.tr("Your terms"), self.tr("accepted") if data["accepted"] else self.tr("REFUSED")))
                if "terms" in data:
                    rows.append((self.tr("Terms named"), self._terms_text(data["terms"])))
                if data.get("note"):
                    rows.append((self.tr("Their note"), data["note"]))
                rows.append((self.tr("Countersigns"), data.get("package_sha256", "")))
            title = (self.tr("An offer") if data.get("type") == "received-offer"
                     else self.tr("A refusal of your terms") if data.get("accepted") is False
                     else self.tr("An acknowledgement"))
        else:
            rows = [(key, self._terms_text(value) if key == "terms" else value) for key, value in sorted(data.items())]
            title = self.tr("Ledger entry %d") % entry.seq
        rows.append((self.tr("Entry hash"), entry.hash))
        muted = muted_colour(self.details)
        body = "".join(f"<tr><td style='color:{muted};padding-right:12px'>{e(str(k))}</td><td>{e(str(v))}</td></tr>"
                       for k, v in rows)
        return f"<h2>{e(title)}</h2><table>{body}</table>"

    @staticmethod
    def _terms_text(listed: Any) -> str:
        """A ledger entry's terms by title, each with its id as the detail."""
        if not isinstance(listed, list):
            return str(listed)
        return "; ".join(f"{term_words.of_document(t)[0]} ({term_words.detail(t)})" if isinstance(t, dict) else str(t)
                         for t in listed)

    # -- reminders --------------------------------------------------------------------------
    def selected_reminder(self) -> RetentionReminder | None:
        """The reminder the button acts on: the one that ends soonest."""
        return self.reminders[0] if self.reminders else None

    def prepare_deletion(self) -> None:
        reminder = self.selected_reminder()
        if reminder is not None:
            spec: ShareSpec = reminder.spec
            emit(self.deletion_requested, spec)

    def clear(self) -> None:
        self._cancel_verify()
        self._db = None
        self._total = 0
        self._select_first = False
        self.report = None
        self.reminders = []
        self.model.clear()
        self.reminder_banner.clear()
        self.filter_combo.clear()
        self.details.clear()
        self.chain_label.clear()
        self.chain_banner.clear()
        self.count_label.clear()
        self.stack.setCurrentIndex(0)
