"""Exporting the vault: the whole vault as JSON (docs/EXPORT-JSON.md), or renewal and cancel-by
dates as an iCalendar file, to a file the user chooses.

The file is written on the worker behind a `ProgressDialog` with Cancel, atomically (temp file
beside the target, 0600, fsync, rename): a cancelled or failed export leaves no partial file,
and a file that was already there stays as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from myvendors.domain import agreements, reminders
from myvendors.domain.exporting import ics, json_export
from myvendors.errors import Cancelled, InvalidInput, MyVendorsError
from myvendors.fileio import write_export as write_file
from myvendors.ui.i18n import error_text
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.worker import JobControl, Worker

if TYPE_CHECKING:
    from myvendors.storage import Database

    Connect = Callable[[], AbstractContextManager[Database]]  # a connection of the worker's own

FORMATS = ("json", "ics")


def save_folder(last: str | None = None) -> Path:
    """Where a save starts: the folder she saved to last (while it exists), else her Documents
    folder if there is one (a fresh home on Linux may have none), else her home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, documents):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


@dataclass(frozen=True)
class ExportDone:
    path: Path
    format: str
    #: records per section (JSON) or {"events": n} (iCalendar)
    counts: dict[str, int]


def write_export(db: Database, path: Path, format: str, control: JobControl | None = None) -> ExportDone:
    """Write the export; a file system error becomes a message naming the file."""
    progress = control.progress if control else None
    cancelled = control.cancelled if control else None
    try:
        if format == "json":
            counts = json_export.write_json(db, path, progress=progress, cancelled=cancelled)
        elif format == "ics":
            items = agreements.all_agreements(db)
            data = ics.agreements_calendar(items, alarm_days=reminders.schedule(db), progress=progress,
                                           cancelled=cancelled)
            if cancelled is not None and cancelled():
                raise Cancelled()
            write_file(path, (data,))
            counts = {"events": ics.event_count(items)}
        else:
            raise InvalidInput(f"MyVendors exports {' or '.join(FORMATS)}, not {format!r}.", field="format")
    except OSError as error:
        raise InvalidInput(f"{path.name} could not be written: {error.strerror or error}.", field="file") from None
    return ExportDone(path, format, counts)


class VaultExport(QObject):
    """One export: choose the file and format, write it on the worker, emit `exported(ExportDone)`."""

    exported = Signal(object)  # ExportDone
    cancelled = Signal()

    JSON_FILTER = QCoreApplication.translate("VaultExport", "MyVendors export, JSON (*.json)")
    ICS_FILTER = QCoreApplication.translate("VaultExport", "Renewal and cancel-by dates, iCalendar (*.ics)")

    def __init__(self, window: QWidget, worker: Worker, connect: Connect, set_busy: Callable[[str | None], None]) -> None:
        """`connect()` gives the worker a connection of its own to the vault (Vault.connection)."""
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._connect = connect
        self._set_busy = set_busy
        self.progress: ProgressDialog | None = None
        self.message_box: QMessageBox | None = None

    def choose_and_start(self, stem: str = "myvendors-export") -> None:
        suggested = os.path.join(os.path.expanduser("~"), f"{stem}.json")
        path, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Export"), suggested, f"{self.JSON_FILTER};;{self.ICS_FILTER}"
        )
        if not path:
            self.deleteLater()
            return
        target = Path(path)
        suffix = target.suffix.lower()
        format = "ics" if suffix == ".ics" or (suffix != ".json" and chosen == self.ICS_FILTER) else "json"
        if suffix not in (".json", ".ics"):
            target = target.with_name(f"{target.name}.{format}")
        self.start(target, format)

    def start(self, path: Path, format: str) -> None:
        connect = self._connect
        what = self.tr("Exporting the vault to %s…") if format == "json" else self.tr("Exporting dates to %s…")
        text = what % path.name
        self._set_busy(text)
        def export(control: Any) -> Any:
            with connect() as db:
                return write_export(db, path, format, control)

        job = self._worker.submit_with_progress(export)
        self.progress = ProgressDialog(self.tr("Export"), text, self._window)
        self.progress.follow(job)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._set_busy(None))

    def _done(self, done: ExportDone) -> None:
        emit(self.exported, done)
        self.deleteLater()

    def _failed(self, error: MyVendorsError) -> None:
        if isinstance(error, Cancelled):
            emit(self.cancelled)
            self.deleteLater()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export"), self.tr("The export was not written."),
            QMessageBox.StandardButton.Ok, self._window,
        )
        box.setInformativeText(error_text(error))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self.deleteLater)
        self.message_box = box
        box.open()
