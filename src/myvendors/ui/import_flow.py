"""What every import in the app shares: `ImportFlow`, the base of `VendorImport` (ui/importing.py)
and `StatementImport` (ui/statements/flow.py).

An import is a QObject that lives from choosing the file until its dialog closes (then it deletes
itself). It chooses the files, runs each step on the worker behind a `ProgressDialog` with Cancel
while the window shows it is busy and the dialog takes no input, tells her when a file cannot be
imported at all (and that nothing was added), and forgets its dialog when that closes. The steps
themselves (read, plan, apply) and the dialog are the subclass's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from myvendors.errors import MyVendorsError
from myvendors.ui.i18n import error_text
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.worker import Job, JobControl, Worker

if TYPE_CHECKING:
    from myvendors.storage import Database

    Connect = Callable[[], AbstractContextManager[Database]]  # a connection of the worker's own


class StepDialog(Protocol):
    """What a flow needs of its dialog while a step runs."""

    busy_job: Job | None

    def set_interactive(self, interactive: bool) -> None: ...


class ImportFlow(QObject):
    """One import: `choose_files`, `run` a step on the worker, `refuse` a file that cannot be imported."""

    # the file dialog's filters, marked with QT_TRANSLATE_NOOP in the subclass's context
    FILE_FILTERS: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self, window: QWidget, worker: Worker, connect: Connect, set_busy: Callable[[str | None], None]
    ) -> None:
        """`connect()` gives the worker a connection of its own to the vault (Vault.connection)."""
        super().__init__(window)
        self._window = window
        self._worker = worker
        self._connect = connect
        self._set_busy = set_busy
        self.progress: ProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self._step_dialog: StepDialog | None = None

    def title(self) -> str:
        """The flow's name, for its file dialog, progress and messages ("Import vendors")."""
        raise NotImplementedError

    def file_filters(self) -> str:
        context = type(self).__name__
        return ";;".join(QCoreApplication.translate(context, text) for text in self.FILE_FILTERS)

    def choose_files(self, *, several: bool = False) -> list[Path]:
        """The files she chooses (none: Cancel, and the flow deletes itself)."""
        home = os.path.expanduser("~")
        if several:
            chosen, _ = QFileDialog.getOpenFileNames(self._window, self.title(), home, self.file_filters())
        else:
            one, _ = QFileDialog.getOpenFileName(self._window, self.title(), home, self.file_filters())
            chosen = [one] if one else []
        if not chosen:
            self.deleteLater()
        return [Path(path) for path in dict.fromkeys(chosen)]

    @staticmethod
    def reading_text(path: Path) -> str:
        return QCoreApplication.translate("ImportFlow", "Reading %s…") % path.name

    def run(
        self,
        call: Callable[[JobControl], Any],
        text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[MyVendorsError], None],
        *,
        dialog: StepDialog | None = None,
    ) -> Job:
        """Run `call` on the worker: progress with Cancel over the dialog (or the window before there
        is one), the window busy with `text`, the dialog taking no input until the job ends."""
        self._set_busy(text)
        job = self._worker.submit_with_progress(call)
        self._step_dialog = dialog
        owner = dialog if isinstance(dialog, QWidget) else self._window
        if dialog is not None:
            dialog.busy_job = job
            dialog.set_interactive(False)
        self.progress = ProgressDialog(self.title(), text, owner)
        self.progress.follow(job)
        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.finished.connect(self._job_done)
        return job

    def _job_done(self) -> None:
        self._set_busy(None)
        if self._step_dialog is not None:
            self._step_dialog.set_interactive(True)
            self._step_dialog = None

    def refuse(self, headline: str, error: MyVendorsError) -> None:
        """A file that cannot be imported at all: say why and that nothing was added; the flow ends
        when she closes the message."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.title(), headline, QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText(QCoreApplication.translate("ImportFlow", "%s\n\nNothing was added to the vault.") % error_text(error))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self.deleteLater)
        self.message_box = box
        box.open()

    @staticmethod
    def cannot_import(path: Path) -> str:
        return QCoreApplication.translate("ImportFlow", "%s cannot be imported.") % path.name

    def dialog_closed(self) -> None:
        """Connected to the dialog's `finished`: the flow is over."""
        self._step_dialog = None
        self.deleteLater()
