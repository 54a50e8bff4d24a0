"""The dispute pack of one vendor: she ticks what goes in (the parts `domain.dispute.choices` offers,
with their counts), chooses attachments, writes her statement if she wants, picks where to save
the ZIP (and the PDF beside it), and the pack is made on the worker with a progress dialog; then a
summary and "Show in folder". The rules and the pack are `domain.dispute`; this dialog draws them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import dispute, letters
from myvendors.domain.sharing import files
from myvendors.errors import Cancelled, MyVendorsError
from myvendors.ui.exporting import save_folder
from myvendors.ui.i18n import error_text
from myvendors.ui.pages.vendors.letter_dialog import LANGUAGE_NAMES
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, secondary
from myvendors.ui.worker import Job, Worker

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from myvendors.storage import Database

    Connect = Callable[[], AbstractContextManager[Database]]


class DisputeDialog(QDialog):
    """Make the dispute pack of one vendor."""

    made = Signal(object)  # dispute.Made
    last_folder: ClassVar[str | None] = None  # where the last pack went (this session)

    def __init__(self, db: Database, connect: Connect, vendor_id: int, parent: QWidget | None = None, *,
                 worker: Worker | None = None, language: str | None = None) -> None:
        """`db` reads what the ticks show; `connect()` gives the worker a connection of its own
        (Vault.connection) to write the pack with."""
        super().__init__(parent)
        self.connect_db = connect
        self.facts = dispute.facts(db, vendor_id)
        self.worker = worker or Worker(self, max_threads=1)
        self.result_made: dispute.Made | None = None
        self.progress: ProgressDialog | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        vendor = self.facts.vendor
        self.setWindowTitle(self.tr("Dispute pack: %s") % vendor.name)
        self.banner = MessageBanner(self)
        intro = secondary(self.tr(
            "One file for an ombudsman, your bank (a chargeback) or a regulator: a PDF anyone can read, and a ZIP "
            "with your records, the packages you sent and the vendor's answers exactly as they were, signed with "
            "the key you use with %s. Tick what goes in.") % vendor.name, parent=self)
        self._make_parts()
        labels = self._make_inputs(language)
        self._make_buttons()
        self._lay_out(intro, *labels)
        self.resize(760, 560)
        self._update()

    def _make_parts(self) -> None:
        """The ticks: one per part that goes in whole, and the attachments one by one."""
        self.parts_box = QGroupBox(self.tr("What goes in"), self)
        self.part_boxes: dict[str, QCheckBox] = {}
        labels = self._part_labels()
        column = QVBoxLayout(self.parts_box)
        for part in self.facts.parts:
            if part.key not in dispute.RECORD_PARTS:
                continue
            box = QCheckBox(labels[part.key] % part.count, self.parts_box)
            box.setChecked(part.default)
            box.setEnabled(part.available)
            if not part.available:
                box.setToolTip(self.tr("Nothing of this kind is on file for this vendor"))
            box.toggled.connect(lambda _=False: self._update())
            self.part_boxes[part.key] = box
            column.addWidget(box)
        column.addStretch(1)

        self.attachment_list = QListWidget(self)
        self.attachment_list.setAccessibleName(self.tr("Attachments that go in"))
        for attachment in self.facts.attachments:
            size = f"{attachment.size:,}".replace(",", " ")
            item = QListWidgetItem(self.tr("%s (%s bytes)") % (attachment.filename, size))
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attachment_list.addItem(item)
        self.attachment_list.setEnabled(bool(self.facts.attachments))
        self.attachment_list.setMinimumHeight(90)
        if not self.facts.attachments:
            self.attachment_list.addItem(self.tr("No files are attached to this vendor."))

    def _make_inputs(self, language: str | None) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        """Her statement, the PDF's language, where to save; their labels."""
        attachments_label = QLabel(self.tr("Atta&chments to include (decrypted into the pack):"), self)
        attachments_label.setBuddy(self.attachment_list)
        self.statement = QPlainTextEdit(self)
        self.statement.setPlaceholderText(self.tr("What happened, and what you ask for (optional)"))
        self.statement.setTabChangesFocus(True)
        self.statement.setMinimumHeight(90)
        self.statement.textChanged.connect(self._update)
        statement_label = QLabel(self.tr("Your &statement:"), self)
        statement_label.setBuddy(self.statement)

        self.language = QComboBox(self)
        for code in letters.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language or letters.default_language())))
        language_label = QLabel(self.tr("Lang&uage of the PDF:"), self)
        language_label.setBuddy(self.language)

        self.path_edit = QLineEdit(str(save_folder(DisputeDialog.last_folder) / self.default_name()), self)
        self.path_edit.textChanged.connect(self._update)
        path_label = QLabel(self.tr("Sa&ve to:"), self)
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda _=False: self._browse())
        self.pdf_box = QCheckBox(self.tr("Also save the PD&F beside it"), self)
        self.pdf_box.setChecked(True)
        return attachments_label, statement_label, language_label, path_label

    def _make_buttons(self) -> None:
        self.status = secondary(parent=self)
        self.status.setAccessibleName(self.tr("What was done"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.make_button = self.buttons.addButton(self.tr("&Make pack"), QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda _=False: self.start())
        self.folder_button = self.buttons.addButton(self.tr("Show in f&older"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setAutoDefault(False)
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(lambda _=False: self.show_in_folder())
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, intro: QLabel, attachments_label: QLabel, statement_label: QLabel, language_label: QLabel,
                 path_label: QLabel) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.parts_box, 0, 0, 4, 1)
        grid.addWidget(attachments_label, 0, 1)
        grid.addWidget(self.attachment_list, 1, 1)
        grid.addWidget(statement_label, 2, 1)
        grid.addWidget(self.statement, 3, 1)
        grid.setColumnStretch(1, 1)
        where = QGridLayout()
        where.addWidget(language_label, 0, 0)
        where.addWidget(self.language, 0, 1)
        where.addWidget(path_label, 1, 0)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        where.addLayout(path_row, 1, 1)
        where.addWidget(self.pdf_box, 2, 1)
        where.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _part_labels(self) -> dict[str, str]:
        return {
            "timeline": self.tr("&Timeline (%d)"),
            "agreements": self.tr("&Agreements (%d)"),
            "payments": self.tr("Pa&yments, with totals (%d)"),
            "notes": self.tr("My &notes about it (%d)"),
            "packages": self.tr("&Packages I sent it, with my terms (%d)"),
            "documents": self.tr("&Documents it sent: acknowledgements, offers (%d)"),
            "leaks": self.tr("Aliases and &leaks (%d)"),
        }

    # -- her choices -------------------------------------------------------------------------------
    def default_name(self) -> str:
        """`dispute-pack-bike-shop-2026-12-03.zip` (the vendor's name as a slug, safe on any system)."""
        from datetime import date

        return f"dispute-pack-{files.slug(self.facts.vendor.name) or 'vendor'}-{date.today().isoformat()}.zip"

    def parts(self) -> frozenset[str]:
        return frozenset(key for key, box in self.part_boxes.items() if box.isChecked() and box.isEnabled())

    def attachment_ids(self) -> tuple[int, ...]:
        out = []
        for row in range(self.attachment_list.count()):
            item = self.attachment_list.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            if value is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(value))
        return tuple(out)

    def spec(self) -> dispute.PackSpec:
        return dispute.PackSpec(self.facts.vendor.id, self.parts(), attachment_ids=self.attachment_ids(),
                                statement=self.statement.toPlainText().strip(),
                                language=str(self.language.currentData() or "en"))

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def pdf_target(self, target: Path) -> Path | None:
        return target.with_suffix(".pdf") if self.pdf_box.isChecked() else None

    def _update(self) -> None:
        busy = self.worker.is_busy()
        self.make_button.setEnabled(not busy and self.target() is not None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the dispute pack"), self.path_edit.text(),
                                              self.tr("ZIP archive (*.zip)"))
        if path:
            self.path_edit.setText(path)

    # -- making it ---------------------------------------------------------------------------------
    def start(self) -> Job | None:
        """Make the pack on the worker, a progress dialog over this one."""
        target = self.target()
        if target is None:
            return None
        spec = self.spec()
        pdf = self.pdf_target(target)
        connect = self.connect_db

        def make(control: Any) -> dispute.Made:
            with connect() as db:
                return dispute.make(db, spec, target, pdf_out=pdf, progress=control.progress,
                                    cancelled=control.cancelled)

        self.banner.clear()
        self.status.setText(self.tr("Making the pack…"))
        job = self.worker.submit_with_progress(make)
        self.progress = ProgressDialog(self.windowTitle(), self.tr("Writing %s…") % target.name, self)
        self.progress.follow(job)
        job.succeeded.connect(self._made)
        job.failed.connect(self._failed)
        job.finished.connect(self._update)
        self._update()
        return job

    def _made(self, made: dispute.Made) -> None:
        self.result_made = made
        DisputeDialog.last_folder = str(made.path.parent)
        count = len(made.members) + 2
        text = self.tr("Saved the pack to %s: %d files, %s bytes, signed with the key %s.") % (
            made.path, count, f"{made.size:,}".replace(",", " "), made.pseudonym)
        if made.pdf_path is not None:
            text += " " + self.tr("The PDF is beside it: %s.") % made.pdf_path.name
        self.status.setText(text)
        self.banner.show_message(Level.INFO, self.tr(
            "To check the pack, anyone can run verify_dispute_pack.py from MyVendors' docs folder on it."))
        self.folder_button.setEnabled(True)
        self.folder_button.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.made, made)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped: no pack was written."))
            return
        self.status.setText("")
        self.banner.show_error(error_text(error) if isinstance(error, MyVendorsError) else str(error))

    def show_in_folder(self) -> bool:
        """The folder the pack was saved in, in the system's file manager."""
        if self.result_made is None:
            return False
        folder = self.result_made.path.parent
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.status.setText(self.tr("Could not open the folder %s.") % folder)
            return False
        return True

    def done(self, result: int) -> None:
        """Closing waits for a pack being written (it is written whole or not at all)."""
        self.worker.shutdown()
        super().done(result)
