"""A window-modal progress dialog for one worker job: what is happening, how far, and Cancel.

It appears only when the job takes longer than `SHOW_AFTER_MS` (short jobs flash nothing),
follows the job's `progress(done, total)` signal (a moving bar when the total is unknown), and
turns Cancel (the button, Esc, closing the window) into `Job.stop()`: the label then says
"Cancelling…" and the dialog stays until the call has really stopped and rolled back, so that
nothing is touched while the work is still being undone. It closes itself when the job ends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from myvendors.ui import formatting
from myvendors.ui.widgets import secondary
from myvendors.ui.worker import Job

SHOW_AFTER_MS = 400


def format_bytes(count: int) -> str:
    """A size for people: 512 bytes, 3.4 KB, 12.0 MB, 1.5 GB (powers of 1024, one decimal)."""
    if count < 1024:
        if count == 1:
            return QCoreApplication.translate("progress", "1 byte")
        return QCoreApplication.translate("progress", "%n bytes", None, count)
    size = float(count)
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1024
        if size < 1024 or unit == "TB":
            break
    return f"{size:.1f} {unit}"


class ProgressDialog(QDialog):
    """Follows one `Job`; `units` is "items" (counts: 12 of 340) or "bytes" (sizes: 3.1 MB of 40 MB)."""

    def __init__(
        self,
        title: str,
        text: str,
        parent: QWidget | None = None,
        *,
        units: str = "items",
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._units = units
        self._job: Job | None = None
        self._stopping = False
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # moving until the first report says how much there is
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(title)
        self.count_label = secondary(parent=self, small=True)
        self.count_label.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setVisible(cancellable)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(8)
        column.addWidget(self.label)
        column.addWidget(self.bar)
        column.addWidget(self.count_label)
        column.addSpacing(6)
        column.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_if_running)

    @property
    def stopping(self) -> bool:
        return self._stopping

    def follow(self, job: Job, *, show_after_ms: int = SHOW_AFTER_MS) -> None:
        """Track `job`: show after `show_after_ms` if it is still running, close when it ends."""
        self._job = job
        job.progress.connect(self.set_progress)
        job.finished.connect(self._job_ended)
        self._show_timer.start(max(0, show_after_ms))

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            self.count_label.setText(self._amount(done) if done else "")
            return
        scale = max(1, -(-total // 1_000_000))  # QProgressBar takes ints: bytes of large files in steps
        self.bar.setRange(0, total // scale)
        self.bar.setValue(min(done, total) // scale)
        if not self._stopping:
            self.count_label.setText(self.tr("%s of %s") % (self._amount(done), self._amount(total)))

    def _amount(self, value: int) -> str:
        return format_bytes(value) if self._units == "bytes" else formatting.number_text(value)

    def _show_if_running(self) -> None:
        if self._job is not None and not self._job.ended:
            self.show()

    def _job_ended(self) -> None:
        self._show_timer.stop()
        self._job = None
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()

    def reject(self) -> None:
        """Cancel, Esc or closing: ask the job to stop and wait for it; close when nothing runs."""
        job = self._job
        if job is None or job.ended:
            self._show_timer.stop()
            super().reject()
            return
        if not self.cancel_button.isVisible():
            return  # this work cannot be stopped halfway; it ends by itself
        if not self._stopping:
            self._stopping = True
            job.stop()
            self.label.setText(self.tr("Cancelling…"))
            self.count_label.setText(self.tr("Undoing what was done so far."))
            self.cancel_button.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None and not self._job.ended:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
