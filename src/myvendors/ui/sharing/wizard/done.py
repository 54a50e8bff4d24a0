"""The share wizard's last page: the package is shared; what to do with it now, in plain words,
and each way of handing it over (save, e-mail, copy, print, PDF, QR code)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    Qt,
    QUrl,
    QUrlQuery,
)
from PySide6.QtGui import (
    QDesktopServices,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from myvendors.domain import vendors
from myvendors.domain.sharing import choices, files, packages, render
from myvendors.domain.sharing.packages import Shared
from myvendors.fileio import write_export
from myvendors.ui import i18n, icons
from myvendors.ui.clipboard import clipboard_for
from myvendors.ui.exporting import save_folder
from myvendors.ui.widgets import secondary

if TYPE_CHECKING:
    from myvendors.ui.sharing.wizard import ShareWizard


class DonePage(QWizardPage):
    """Shared: what to do with it now, in plain words, and each way of handing it over one click
    away: save the file (named after what it is), show it in its folder, write an e-mail to attach
    it to, copy its path, print it or save it as a PDF, copy the package text, the QR code."""

    # Where the last package was saved (this session): the next one starts there.
    last_folder: ClassVar[str | None] = None

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.saved_path: Path | None = None
        self.setTitle(self.tr("Shared"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what_now = QLabel(self)
        self.what_now.setWordWrap(True)
        self.what_now.setAccessibleName(self.tr("What to do with it now"))
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setAccessibleName(self.tr("The file"))

        def button(icon: str | None, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(icons.icon(icon), text, self) if icon else QPushButton(text, self)
            made.setAccessibleName(name)
            made.clicked.connect(lambda _=False: slot())
            return made

        self.save_button = button("save", self.tr("&Save the file…"), self.tr("Save the package to a file"),
                                  self._choose_save)
        self.folder_button = button("folder-open", self.tr("Show in f&older"), self.tr("Show the file in its folder"),
                                    self.show_in_folder)
        self.email_button = button("mail", self.tr("Write an &e-mail"),
                                   self.tr("Write an e-mail to attach the file to"), self.write_email)
        self.path_button = button("copy", self.tr("Copy file pa&th"), self.tr("Copy the file's path"), self.copy_path)
        self.print_button = button("print", self.tr("P&rint…"), self.tr("Print the package in plain words"),
                                   self._choose_print)
        self.pdf_button = button(None, self.tr("Save as P&DF…"), self.tr("Save the plain-words page as a PDF"),
                                 self._choose_pdf)
        self.copy_button = button("copy", self.tr("&Copy the package"), self.tr("Copy the package"), self.copy)
        self.qr_button = button(None, self.tr("Save the &QR code…"), self.tr("Save the QR code"), self._choose_qr)
        self.save_button.setDefault(True)
        self.status = secondary(parent=self)
        self.status.setAccessibleName(self.tr("What was done"))
        self.qr = QSvgWidget(self)
        self.qr.setAccessibleName(self.tr("QR code of the package"))
        self.qr.setFixedSize(200, 200)
        self.qr_note = secondary(parent=self, small=True)
        self.qr_note.setFixedWidth(200)
        self._qr_svg: str | None = None

        self._lay_out()

    def _lay_out(self) -> None:
        """What to do now and the ways of handing the file over on the left, the QR code on the right."""
        file_row = QHBoxLayout()
        file_row.addWidget(self.save_button)
        file_row.addWidget(self.file_label, 1)
        then_row = QHBoxLayout()
        for made in (self.folder_button, self.email_button, self.path_button):
            then_row.addWidget(made)
        then_row.addStretch(1)
        other_row = QHBoxLayout()
        for made in (self.print_button, self.pdf_button, self.copy_button):
            other_row.addWidget(made)
        other_row.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.what_now)
        left.addLayout(file_row)
        left.addLayout(then_row)
        left.addSpacing(4)
        left.addLayout(other_row)
        left.addWidget(self.status)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_note)
        right.addWidget(self.qr_button, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addLayout(right)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(self.summary)
        column.addLayout(body, 1)

    def initializePage(self) -> None:
        shared = self._wizard.shared_package()
        draft = shared.draft
        kind = draft.spec.kind
        self.saved_path = None
        how = (self.tr("encrypted to the key %s") % shared.encrypted_to) if shared.encrypted_to else \
            self.tr("signed, not encrypted")
        subtitle = self.tr("Recorded in your ledger (entry %d).") % shared.ledger_seq
        if kind == "personal-request":
            self.setTitle(self.tr("Published"))
            if shared.opened_from:
                subtitle += " " + self.tr("Your request is now open for offers.")
        else:
            self.setTitle(self.tr("Shared"))
        self.setSubTitle(subtitle)
        self.summary.setText(
            self.tr("<b>%s for %s</b>, %s.<br>Package %s<br>SHA-256 %s<br>Your key for them: %s")
            % (html.escape(self.kind_title(kind)), html.escape(self.recipient_words(shared)), how,
               shared.package_id, shared.sha256, draft.pseudonym.thumbprint)
        )
        self.what_now.setText(self.what_to_do(shared))
        self._show_file()
        self._qr_svg = packages.qr_svg(shared.compact)
        if self._qr_svg is not None:
            self.qr.load(QByteArray(self._qr_svg.encode("utf-8")))
            self.qr.show()
            self.qr_note.setText(self.tr("Or let the recipient scan it with a phone."))
        else:
            self.qr.hide()
            self.qr_note.setText(
                self.tr("This package is too long for a QR code (%d characters; a QR code holds under 3,000). "
                        "Save it to a file or copy it instead.") % len(shared.compact)
            )
        self.qr_button.setVisible(self._qr_svg is not None)
        self.status.clear()

    # -- what to say ---------------------------------------------------------------------------
    def kind_title(self, kind: str) -> str:
        return {
            "personal-request": self.tr("Personal request"), "profile": self.tr("Profile"),
            "feedback": self.tr("Feedback"), "reputation": self.tr("Notes"),
            "deletion-request": self.tr("Erasure request"), "access-request": self.tr("Access request"),
        }.get(kind, kind)

    def recipient_words(self, shared: Shared) -> str:
        return self.tr("anyone") if shared.draft.recipient == "anyone" else shared.draft.recipient

    def what_to_do(self, shared: Shared) -> str:
        """In plain words: where the file goes now, and how."""
        kind, recipient = shared.draft.spec.kind, shared.draft.recipient
        if kind == "personal-request":
            return self.tr(
                "Now hand it to the vendors you want offers from: save the file, then attach it to an e-mail, "
                "upload it to a vendor's contact or quote form, or print it (or save it as a PDF) to hand over. "
                "Anyone with the file can read the request; nothing in it says who you are. Offers come back as "
                "files: Sharing ▸ Import vendor's answer…"
            )
        if kind == "reputation":
            return self.tr(
                "Now give it to %s: save the file and attach it to an e-mail or a message, or print it."
            ) % html.escape(recipient)
        sealed = self.tr(" Only %s can open it.") % html.escape(recipient) if shared.encrypted_to else ""
        return self.tr(
            "Now send it to %s: save the file, then attach it to an e-mail, upload it to their contact form or "
            "customer portal, or print it (or save it as a PDF) and post it.%s"
        ) % (html.escape(recipient), sealed)

    def default_name(self, extension: str | None = None) -> str:
        """The file's name: what it is, about what, and the day (`request-e-bike-2026-12-02.myvendors.jws`)."""
        shared = self._wizard.shared_package()
        if extension is None:
            return shared.file_name
        return files.default_file_name(shared.draft.document, encrypted=False, extension=extension)

    def _show_file(self) -> None:
        saved = self.saved_path is not None
        for made in (self.folder_button, self.email_button, self.path_button):
            made.setEnabled(saved)
            made.setToolTip("" if saved else self.tr("Save the file first"))
        if self.saved_path is not None:
            self.file_label.setText(self.tr("Saved as %s") % html.escape(str(self.saved_path)))
        else:
            self.file_label.setText(self.tr("File name: %s") % html.escape(self.default_name()))

    # -- the file ------------------------------------------------------------------------------
    def suffix(self) -> str:
        shared = self._wizard.shared
        return ".jwe" if shared is not None and shared.encrypted_to else ".jws"

    def _start_path(self, name: str) -> str:
        return str(save_folder(self.last_folder) / name)

    def _choose_save(self) -> None:
        suffix = self.suffix()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package"), self._start_path(self.default_name()),
                                              self.tr("Packages (*%s);;All files (*)") % suffix)
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        shared = self._wizard.shared_package()
        target = Path(path)
        if self._write(target, shared.file_bytes, self.tr("Saved the package to %s.")):
            self.saved_path = target
            DonePage.last_folder = str(target.parent)
            self._show_file()
            self.folder_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _write(self, path: Path, data: bytes, done: str) -> bool:
        try:
            write_export(path, (data,))
        except OSError as exc:
            self.status.setText(self.tr("Could not write %s: %s") % (path, exc.strerror or exc))
            return False
        self.status.setText(done % path)
        return True

    def show_in_folder(self) -> bool:
        """The folder the file was saved in, in the system's file manager."""
        if self.saved_path is None:
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent))):
            self.status.setText(self.tr("Could not open the folder %s.") % self.saved_path.parent)
            return False
        self.status.setText(self.tr("Opened the folder %s.") % self.saved_path.parent)
        return True

    def email_url(self) -> QUrl:
        """mailto: the vendor's address when on file, with a subject and a line naming the file to attach."""
        shared = self._wizard.shared_package()
        spec = shared.draft.spec
        to = ""
        if spec.kind in choices.VENDOR_KINDS and spec.vendor_id is not None:
            to = vendors.get_vendor(self._wizard.db, spec.vendor_id).email or ""
        subject = {
            "personal-request": self.tr("Request: %s") % files.subject(shared.draft.document),
            "profile": self.tr("My details"),
            "feedback": self.tr("Feedback: %s") % (spec.subject.strip() or self.tr("an idea") if spec.idea
                                                   else spec.subject.strip() or self.tr("my feedback")),
            "reputation": self.tr("My notes about %s") % files.subject(shared.draft.document),
            "deletion-request": self.tr("Request to erase my data"),
            "access-request": self.tr("Request to see my data"),
        }.get(spec.kind, self.tr("A package"))
        name = self.saved_path.name if self.saved_path is not None else self.default_name()
        body = self.tr("Attached: %s\n\nIt is signed; MyVendors or any JOSE library shows what it holds and checks "
                       "that it is unchanged.") % name
        query = QUrlQuery()
        query.addQueryItem("subject", bytes(QUrl.toPercentEncoding(subject).data()).decode("ascii"))
        crlf = "\r\n".join(body.splitlines())  # RFC 6068: line breaks in a mailto body are CRLF
        query.addQueryItem("body", bytes(QUrl.toPercentEncoding(crlf).data()).decode("ascii"))
        url = QUrl("mailto:" + to)
        url.setQuery(query.query(QUrl.ComponentFormattingOption.FullyEncoded), QUrl.ParsingMode.StrictMode)
        return url

    def write_email(self) -> bool:
        """A new e-mail in her mail program; she attaches the file herself (a mailto: link cannot)."""
        if self.saved_path is None:
            return False
        if not QDesktopServices.openUrl(self.email_url()):
            self.status.setText(self.tr("No e-mail program answered. Attach %s to an e-mail yourself.")
                                % self.saved_path)
            return False
        self.status.setText(self.tr("Your e-mail program opens a new message. Attach the file yourself (a link "
                                    "cannot attach it): %s") % self.saved_path)
        return True

    def copy_path(self) -> bool:
        """The saved file's path, for an upload form's file chooser. Like every copy it goes through
        the app's one clipboard service, so her clearing setting applies to it too."""
        if self.saved_path is None:
            return False
        keeper = clipboard_for(self)
        keeper.copy(str(self.saved_path))
        self.status.setText(self.tr("Copied the path %s.") % self.saved_path + " " + keeper.copied_message())
        return True

    def copy(self) -> None:
        shared = self._wizard.shared_package()
        keeper = clipboard_for(self)  # the app's one clipboard service, with the vault's setting
        keeper.copy(shared.compact)
        self.status.setText(keeper.copied_message())

    # -- on paper ------------------------------------------------------------------------------
    def _document(self) -> QTextDocument:
        shared = self._wizard.shared_package()
        document = QTextDocument(self)
        document.setHtml(render.to_html(shared.draft.document, i18n.package_words))
        return document

    def _choose_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # printing loads when first used

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.default_name(".pdf")).stem)  # the print dialog's file name when printing to a file
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the package"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPagedPaintDevice) -> None:
        """The plain-words page on a printer (or a PDF the print dialog writes)."""
        document = self._document()
        document.print_(printer)
        document.deleteLater()
        self.status.setText(self.tr("Sent to the printer."))

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._start_path(self.default_name(".pdf")),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> bool:
        """The plain-words page as a PDF, written where she chose and nowhere else."""
        shared = self._wizard.shared_package()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(render.title(shared.draft.document, i18n.package_words))
        writer.setCreator("MyVendors")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        document = self._document()
        document.print_(writer)
        document.deleteLater()
        del writer  # finishes the PDF
        buffer.close()
        return self._write(Path(path), bytes(buffer.data().data()), self.tr("Saved the PDF to %s."))

    def _choose_qr(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the QR code"), self._start_path(self.default_name("-qr.svg")),
                                              self.tr("SVG (*.svg)"))
        if path and self._qr_svg is not None:
            self._write(Path(path), self._qr_svg.encode("utf-8"), self.tr("Saved the QR code to %s."))

