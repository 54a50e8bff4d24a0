"""The share wizard's first page: who the package is for (a vendor and what it is, a personal
request published anonymously, or a trusted contact and the vendor the notes are about, or every
vendor she wrote notes about)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from myvendors.domain import contacts, reputation, requests, vendors
from myvendors.ui.models.requests import status_name
from myvendors.ui.passphrase import field_message

if TYPE_CHECKING:
    from myvendors.ui.sharing.wizard import ShareWizard

ALL_VENDORS = 0  # "Notes about:" every vendor she wrote notes about (vendor ids start at 1)


class RecipientPage(QWizardPage):
    """Who it goes to: a vendor (and what), a personal request (anonymously), or a trusted contact."""

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        db = wizard.db
        self.setTitle(self.tr("Who is it for?"))
        self.setSubTitle(self.tr("Each vendor and contact sees you under a key of its own. A request is one key for all "
                                 "who get it, unless you send each vendor its copy encrypted under a key of its own."))
        self.vendor_radio = QRadioButton(self.tr("A &vendor: your details, feedback, or a request about your data"), self)
        self.request_radio = QRadioButton(self.tr("A personal &request, published anonymously"), self)
        self.contact_radio = QRadioButton(self.tr("A trusted &contact: your notes about a vendor"), self)
        self.group = QButtonGroup(self)
        for number, radio in enumerate((self.vendor_radio, self.request_radio, self.contact_radio)):
            self.group.addButton(radio, number)
            radio.setAccessibleName(radio.text().replace("&", ""))

        self.vendor_combo = QComboBox(self)
        self.vendor_combo.setAccessibleName(self.tr("Vendor"))
        self._vendors = vendors.choices(db, limit=vendors.CHOICES_LISTED)
        for vendor in self._vendors:
            self.vendor_combo.addItem(vendor.name, vendor.id)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("What to send"))
        for kind, text in (
            ("profile", self.tr("Some of your details (a profile)")),
            ("feedback", self.tr("Feedback or an idea")),
            ("deletion-request", self.tr("A request to erase your data (GDPR / CCPA)")),
            ("access-request", self.tr("A request to see your data (GDPR / CCPA)")),
        ):
            self.kind_combo.addItem(text, kind)
        self.request_combo = QComboBox(self)
        self.request_combo.setAccessibleName(self.tr("Request"))
        for request in requests.list_requests(db, limit=200):
            self.request_combo.addItem(self.tr("%s (%s)") % (request.title, status_name(request.status).lower()), request.id)
        self._make_contact_fields()
        self.message = field_message(self)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnMinimumWidth(0, 22)

        def sub(row: int, text: str, widget: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, 1)
            grid.addWidget(widget, row, 2)

        grid.addWidget(self.vendor_radio, 0, 0, 1, 3)
        sub(1, self.tr("Ven&dor:"), self.vendor_combo)
        sub(2, self.tr("&Kind:"), self.kind_combo)
        grid.setRowMinimumHeight(3, 8)
        grid.addWidget(self.request_radio, 4, 0, 1, 3)
        sub(5, self.tr("Re&quest:"), self.request_combo)
        grid.setRowMinimumHeight(6, 8)
        grid.addWidget(self.contact_radio, 7, 0, 1, 3)
        sub(8, self.tr("Contact's n&ame:"), self.contact_edit)
        sub(9, self.tr("Notes ab&out:"), self.about_combo)
        grid.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addWidget(self.message)
        column.addStretch(1)

        self.group.idToggled.connect(lambda *_: self._update())
        no_vendor = self.vendor_combo.count() == 0 and self.request_combo.count() > 0
        (self.request_radio if no_vendor else self.vendor_radio).setChecked(True)
        self._update()

    def _make_contact_fields(self) -> None:
        """The contact's name (her trusted contacts' names offered as she types) and the vendor(s) the notes
        are about: one, or every vendor she wrote notes about."""
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setAccessibleName(self.tr("Contact's name"))
        self.contact_edit.setPlaceholderText(self.tr("Who you trust, as you call them"))
        self.about_combo = QComboBox(self)
        self.about_combo.setAccessibleName(self.tr("Notes about which vendor"))
        with_notes = {note.vendor_id for note in reputation.notes(self._wizard.db, mine_only=True, limit=1000)}
        self.noted_vendors = [(vendor.id, vendor.name) for vendor in self._vendors if vendor.id in with_notes]
        if len(self.noted_vendors) > 1:
            self.about_combo.addItem(self.tr("Every vendor you wrote notes about (%d)") % len(self.noted_vendors),
                                     ALL_VENDORS)
        for vendor_id, name in self.noted_vendors:
            self.about_combo.addItem(name, vendor_id)
        known = QCompleter([contact.name for contact in contacts.list_contacts(self._wizard.db)], self.contact_edit)
        known.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        known.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.contact_edit.setCompleter(known)

    def _update(self) -> None:
        mode = self.mode()
        self.vendor_combo.setEnabled(mode == "vendor")
        self.kind_combo.setEnabled(mode == "vendor")
        self.request_combo.setEnabled(mode == "request")
        self.contact_edit.setEnabled(mode == "contact")
        self.about_combo.setEnabled(mode == "contact")
        self.message.hide()

    def mode(self) -> str:
        return ("vendor", "request", "contact")[max(0, self.group.checkedId())]

    def choose(self, *, kind: str | None = None, vendor_id: int | None = None, request_id: int | None = None,
               contact: str | None = None) -> None:
        """Pre-fill (a vendor from the Vendors page, a request, a reminder's deletion request)."""
        if kind == "personal-request" or request_id is not None:
            self.request_radio.setChecked(True)
            if request_id is not None:
                self.request_combo.setCurrentIndex(max(0, self.request_combo.findData(request_id)))
        elif kind == "reputation":
            self.contact_radio.setChecked(True)
            self.contact_edit.setText(contact or "")
            self.about_combo.setCurrentIndex(max(0, self.about_combo.findData(
                vendor_id if vendor_id is not None else ALL_VENDORS)))
        else:
            self.vendor_radio.setChecked(True)
            if vendor_id is not None:
                self.vendor_combo.setCurrentIndex(max(0, self.vendor_combo.findData(vendor_id)))
            if kind is not None:
                self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def kind(self) -> str:
        mode = self.mode()
        return {"request": "personal-request", "contact": "reputation"}.get(mode) or str(self.kind_combo.currentData())

    def vendor_id(self) -> int | None:
        mode = self.mode()
        combo = self.vendor_combo if mode == "vendor" else self.about_combo if mode == "contact" else None
        value = combo.currentData() if combo is not None else None
        return int(value) if value is not None and value != ALL_VENDORS else None

    def all_vendors(self) -> bool:
        """Notes for a contact about every vendor she wrote notes about (not one vendor)."""
        return self.mode() == "contact" and self.about_combo.currentData() == ALL_VENDORS

    def vendor_name(self) -> str:
        combo = self.about_combo if self.mode() == "contact" else self.vendor_combo
        return combo.currentText()

    def request_id(self) -> int | None:
        value = self.request_combo.currentData()
        return int(value) if value is not None and self.mode() == "request" else None

    def key(self) -> tuple[Any, ...]:
        """What the next page's tree depends on."""
        return (self.kind(), self.vendor_id(), self.request_id(), self.all_vendors())

    def validatePage(self) -> bool:
        mode = self.mode()
        problem = None
        if mode == "vendor" and self.vendor_id() is None:
            problem = self.tr("Add the vendor first: there is none in this vault yet.")
        elif mode == "request" and self.request_id() is None:
            problem = self.tr("Write a request first (Requests page): there is none to publish.")
        elif mode == "contact" and self.vendor_id() is None and not self.all_vendors():
            problem = self.tr("Write a note about a vendor first: only your own notes can be passed on.")
        elif mode == "contact" and not self.contact_edit.text().strip():
            problem = self.tr("Name the trusted contact the notes go to.")
            self.contact_edit.setFocus()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return False
        return True

