"""The Files tab: files kept encrypted in the vault for a vendor (add, open a temporary decrypted
copy, save as, delete after asking), big ones stored and read on the worker; and `OpenedFiles`,
the private folder of the decrypted copies that "Open" wrote."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from myvendors import fileio
from myvendors.domain import attachments, leftovers
from myvendors.domain.models import Attachment
from myvendors.errors import MyVendorsError
from myvendors.ui.models.records import AttachmentsModel, human_size
from myvendors.ui.pages.vendors.detail.tab import _Tab, record_table, selected_row, tab_button
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, secondary

if TYPE_CHECKING:
    from myvendors.storage import Database
    from myvendors.ui.worker import Worker

BIG_FILE_BYTES = 4 * 1024 * 1024  # files this large are stored and saved on the worker thread


class OpenedFiles:
    """Decrypted copies for "Open": one private (0700) folder per session, emptied on `clear()`; under
    $XDG_RUNTIME_DIR where there is one (see `domain.leftovers`, which also removes a killed app's)."""

    def __init__(self, base: Path | None = None) -> None:
        self._base = base
        self.folder: Path | None = None

    def write(self, db: Database, attachment: Attachment) -> Path:
        if self.folder is None:
            self.folder = leftovers.new_open_folder(self._base)
        target = self.folder / f"{attachment.id}" / attachments.safe_filename(attachment.filename)
        fileio.ensure_private_dir(target.parent)
        fileio.atomic_write_chunks(target, attachments.read_chunks(db, attachment.id))
        return target

    def clear(self) -> None:
        folder, self.folder = self.folder, None
        if folder is None:
            return
        for path in sorted(folder.rglob("*"), reverse=True):
            with contextlib.suppress(OSError):
                path.rmdir() if path.is_dir() else path.unlink()
        shutil.rmtree(folder, ignore_errors=True)


class FilesTab(_Tab):
    """Files kept encrypted in the vault: add, open (a temporary decrypted copy), save as, delete.

    Big files are stored and read on the worker; meanwhile `busy` carries what is happening (then
    None), so that the window holds every other action on the vault until the file is in.
    """

    busy = Signal(object)  # a text while a big file is stored or read, then None

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.opened = OpenedFiles()
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.max_bytes = attachments.MAX_BYTES
        self.model = AttachmentsModel(self)
        self.view = record_table(self, self.tr("Files"), self.model, AttachmentsModel.NAME)
        self.add_button = tab_button(self.tr("Add &file…"), "add", self.tr("Add file"), self)
        self.add_button.setToolTip(
            self.tr("Keep a copy of a file (receipt, contract, photo) encrypted in the vault, up to %s")
            % human_size(attachments.MAX_BYTES)
        )
        self.open_button = tab_button(self.tr("O&pen"), "folder-open", self.tr("Open file"), self)
        self.open_button.setToolTip(
            self.tr(
                "Open the file with its usual program. A decrypted copy is written to a private temporary "
                "folder and deleted when the vault locks."
            )
        )
        self.save_button = tab_button(self.tr("Save &as…"), "save", self.tr("Save file as"), self)
        self.save_button.setToolTip(self.tr("Write a decrypted copy where you choose"))
        self.delete_button = tab_button(self.tr("&Delete"), None, self.tr("Delete file"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.choose_target)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        self._shortcut(self.view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete file"))
        open_action = self._shortcut(self.view, "Return", self.open_selected, self.tr("Open file"))
        open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self._shortcut(self.view, QKeySequence.StandardKey.SaveAs, self.choose_target, self.tr("Save file as"))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.busy_label = secondary(parent=self, small=True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        self._busy = False
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.model.set_records(attachments.attachments_of(self.db, self.vendor.id))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.opened.clear()
        self._set_busy(None)

    def forget_vendor(self) -> None:
        """No vendor shown: an empty list, but the decrypted copies stay until the vault locks (`clear`)."""
        self.model.clear()
        self.db = self.vendor = None
        self._update_buttons()

    def _set_busy(self, text: str | None) -> None:
        self._busy = text is not None
        self.busy_label.setText(text or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = selected_row(self.view) is not None and not self._busy
        self.add_button.setEnabled(self.vendor is not None and not self._busy)
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setEnabled(selected)

    def selected(self) -> Attachment | None:
        row = selected_row(self.view)
        return self.model.record(row) if row is not None else None

    def _run(self, text: str, big: bool, call: Callable[[], Any], done: Callable[[Any], object]) -> None:
        """`call()` here, or on the worker when the file is big; `done(result)` after, errors in the banner."""
        self.banner.clear()
        if big and self.worker is not None:
            self._set_busy(text)
            emit(self.busy, text)
            job = self.worker.submit(call)
            job.finished.connect(self._worker_done)
            job.succeeded.connect(done)
            job.failed.connect(self.show_error)
            return
        try:
            result = call()
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        done(result)

    def _worker_done(self) -> None:
        self._set_busy(None)
        emit(self.busy, None)

    # -- add -------------------------------------------------------------------------------
    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Add files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        dialog.open()
        return dialog

    def add_files(self, paths: list[Path]) -> None:
        db, vendor = self.db, self.vendor
        if db is None or vendor is None or not paths:
            return
        big = sum(p.stat().st_size for p in paths if p.is_file()) > BIG_FILE_BYTES

        def attach_all() -> list[Attachment]:
            return [attachments.attach_file(db, vendor.id, path, max_bytes=self.max_bytes) for path in paths]

        self._run(self.tr("Adding…"), big, attach_all, lambda _: self._changed())

    # -- open and save ---------------------------------------------------------------------
    def open_selected(self) -> None:
        attachment = self.selected()
        db = self.db
        if attachment is None or db is None:
            return
        self._run(
            self.tr("Opening…"), attachment.size > BIG_FILE_BYTES, lambda: self.opened.write(db, attachment),
            lambda path: self.open_url(QUrl.fromLocalFile(str(path))),
        )

    def choose_target(self) -> QFileDialog | None:
        attachment = self.selected()
        if attachment is None:
            return None
        dialog = QFileDialog(self, self.tr("Save %s as") % attachment.filename)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(attachments.safe_filename(attachment.filename))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(attachment, Path(path)))
        dialog.open()
        return dialog

    def save_to(self, attachment: Attachment, target: Path) -> None:
        db = self.db
        if db is None:
            return
        self._run(
            self.tr("Saving…"), attachment.size > BIG_FILE_BYTES, lambda: attachments.save_as(db, attachment.id, target),
            lambda path: self.banner.show_message(Level.SUCCESS, self.tr("Saved %s.") % path),
        )

    # -- delete ----------------------------------------------------------------------------
    def delete_selected(self) -> QMessageBox | None:
        attachment = self.selected()
        if attachment is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete file"),
            self.tr("Delete %s from the vault? Its only copy here is deleted; this cannot be undone.")
            % attachment.filename,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._delete(attachment) if button is delete else None)
        box.open()
        return box

    def _delete(self, attachment: Attachment) -> None:
        if self.db is None:
            return
        try:
            attachments.delete_attachment(self.db, attachment.id)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        self._changed()


