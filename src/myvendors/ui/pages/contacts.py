"""The Trusted contacts page: the people whose notes about vendors she takes in, and the vendors they
talk about that she does not have ("New to me").

At the top the page's actions: Add contact…, Send notes…, Import notes…, Export my key…. Then the
contacts (name, trust, notes kept, vendors they talk about, the day of the last notes received)
with Change trust… and Remove (it says how many notes go with them), and below the vendors new to
her with "Add as vendor". Before the first contact, a page that says what a trusted contact is and
the two steps: exchange keys, then send each other notes.

The dialogs are in ui/contacts/; the rules in domain/contacts. The page asks the window for the
share wizard (`share_wanted`) and tells it what changed (`changed`, `vendor_added`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import contacts, vendors
from myvendors.domain.contacts import Contact, voices
from myvendors.domain.contacts.voices import NewToMe
from myvendors.domain.sharing.packages import ShareSpec
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import icons
from myvendors.ui.contacts.add_dialog import AddContactDialog
from myvendors.ui.contacts.bundle_dialog import BundleDialog
from myvendors.ui.contacts.key_dialog import KeyDialog
from myvendors.ui.contacts.trust import TrustDialog
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.models.contacts import ContactsModel, NewToMeModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ActionButton, ColumnFitter, EmptyState, PageHeader, heading, record_table, secondary

if TYPE_CHECKING:
    from myvendors.ui.worker import Worker

Connection = Callable[[], AbstractContextManager[Database]]


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() is not None else []
    return rows[0].row() if rows else None


class ContactsPage(QWidget):
    """`refresh()` and `clear()` for the window; the dialogs it opens are its children."""

    changed = Signal()  # contacts or their notes changed: the vendors' standing and voices read again
    vendor_added = Signal(int)  # "Add as vendor" made this vendor
    share_wanted = Signal(object)  # a ShareSpec: the window opens the share wizard on it

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = db
        self._worker: Worker | None = None
        self._connection: Connection | None = None
        self.setAccessibleName(self.tr("Trusted contacts"))
        self._make_actions()
        self.header = PageHeader(self.tr("Trusted contacts"), self)
        self.count_label = self.header.count_label

        self.model = ContactsModel(self)
        self.view = record_table(self, self.model, self.tr("Trusted contacts"))
        self.view.setObjectName("contactList")
        ColumnFitter(self.view, {ContactsModel.NAME: "Sam Rivera-Lindqvist", ContactsModel.TRUST: "Quite a lot",
                                 ContactsModel.NOTES: "999", ContactsModel.LAST: "2026-12-31",
                                 ContactsModel.ADDED: "2026-12-31"}, stretch=ContactsModel.NAME)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.activated.connect(lambda _: self.trust_action.trigger())
        self.content = QWidget(self)
        self.trust_button = ActionButton(self.trust_action, self.content)
        self.remove_button = ActionButton(self.remove_action, self.content)
        self.view.addAction(self.remove_action)

        self.new_model = NewToMeModel(self)
        self.new_view = record_table(self, self.new_model, self.tr("Vendors new to you"))
        self.new_view.setObjectName("newToMeList")
        ColumnFitter(self.new_view, {NewToMeModel.NAME: "A vendor with a long name", NewToMeModel.WEBSITE: "example.org",
                                     NewToMeModel.WHO: "Ann, Sam", NewToMeModel.NOTES: "99",
                                     NewToMeModel.LATEST: "2026-12-31"}, stretch=NewToMeModel.NAME)
        self.new_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.new_view.activated.connect(lambda _: self.adopt_action.trigger())
        self.adopt_button = ActionButton(self.adopt_action, self)
        self.new_title = heading(self.tr("New to me"), scale=1.1, parent=self)
        self.new_hint = secondary(self.tr(
            "Vendors your contacts wrote about that you do not have. Add one as a vendor to keep their notes beside "
            "yours."), parent=self, small=True)

        self._lay_out_content()
        self.empty = EmptyState("contacts", self.tr("No trusted contacts yet"), self.tr(
            "A trusted contact is a friend or relative whose judgement of vendors you value: their notes show "
            "beside yours on each vendor, never mixed into your own ratings.\n\n"
            "1. Exchange keys: send them your key (Export my key…), add theirs (Add contact…) and compare the "
            "numbers by phone.\n2. Send each other notes: choose your notes about vendors (Send notes…) and "
            "import the ones they send you (Import notes…)."), self)
        self.empty.text.setMaximumWidth(620)
        self.empty_add_button = ActionButton(self.add_action, self.empty)
        self.empty.add_button(self.empty_add_button)
        self.empty.add_button(ActionButton(self.key_action, self.empty))
        self.empty.add_button(ActionButton(self.import_action, self.empty))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 14, 16, 10)
        page.setSpacing(10)
        page.addWidget(self.header)
        page.addWidget(self.stack, 1)
        self._update_actions()

    def _lay_out_content(self) -> None:
        """The two lists on the left; the actions in a column beside them (a row would widen the window)."""
        self.side_buttons = [ActionButton(action, self.content) for action in
                             (self.add_action, self.key_action, self.send_action, self.import_action)]
        side = QVBoxLayout()
        side.setSpacing(6)
        for at, button in enumerate(self.side_buttons):
            if at == 2:
                side.addSpacing(10)
            side.addWidget(button)
        side.addSpacing(10)
        side.addWidget(self.trust_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        new_rows = QHBoxLayout()
        new_rows.addWidget(self.adopt_button)
        new_rows.addStretch(1)
        lists = QVBoxLayout()
        lists.setSpacing(6)
        lists.addWidget(self.view, 3)
        lists.addSpacing(8)
        lists.addWidget(self.new_title)
        lists.addWidget(self.new_hint)
        lists.addWidget(self.new_view, 2)
        lists.addLayout(new_rows)
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addLayout(lists, 1)
        row.addLayout(side)
        order = [self.view, *self.side_buttons, self.trust_button, self.remove_button, self.new_view, self.adopt_button]
        for first, second in pairwise(order):  # the list, its actions, then New to me
            QWidget.setTabOrder(first, second)


    def _make_actions(self) -> None:
        def action(text: str, icon_name: str | None, slot: Callable[[], object], name: str) -> QAction:
            made = QAction(icons.icon(icon_name) if icon_name else icons.icon("contacts"), text, self)
            if icon_name is None:
                made.setIcon(icons.icon("contacts"))
                made.setIconVisibleInMenu(False)
            made.setToolTip(name)
            made.triggered.connect(lambda _=False: slot())
            return made

        self.add_action = action(self.tr("&Add contact…"), "add", self.add_contact, self.tr("Add a trusted contact"))
        self.send_action = action(self.tr("&Send notes…"), "share", self.send_notes,
                                  self.tr("Send a contact your notes about vendors, signed"))
        self.import_action = action(self.tr("I&mport notes…"), "import", self.import_notes,
                                    self.tr("Import the notes a contact sent you"))
        self.key_action = action(self.tr("E&xport my key…"), "key", self.export_key,
                                 self.tr("Show and save your key for a contact"))
        self.trust_action = action(self.tr("Change &trust…"), None, self.change_trust,
                                   self.tr("Change how much you trust the selected contact"))
        self.remove_action = action(self.tr("Rem&ove"), None, self.remove_selected, self.tr("Remove the selected contact"))
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.adopt_action = action(self.tr("Add as ven&dor"), "add", self.add_as_vendor,
                                   self.tr("Add the selected vendor to your vendors"))
        for made in (self.trust_action, self.remove_action):
            made.setIcon(icons.icon("contacts"))

    # -- the window's calls ------------------------------------------------------------------
    def use_worker(self, worker: Worker, connection: Connection) -> None:
        """Bundles are checked and imported on `worker`'s thread, with a connection `connection()` opens there."""
        self._worker, self._connection = worker, connection

    def refresh(self, db: Database | None = None) -> None:
        if db is not None:
            self._db = db
        if self._db is None:
            return
        chosen = self.selected()
        self.model.set_records(contacts.list_contacts(self._db))
        self.new_model.set_records(voices.new_to_me(self._db))
        if chosen is not None:
            row = self.model.row_of(chosen.id)
            if row is not None:
                self.view.selectRow(row)
        count = self.model.rowCount()
        self.count_label.setText("" if count == 0 else self.tr("1 contact") if count == 1 else self.tr("%d contacts") % count)
        self.stack.setCurrentWidget(self.content if count or self.new_model.rowCount() else self.empty)
        has_new = self.new_model.rowCount() > 0
        for widget in (self.new_title, self.new_hint, self.new_view, self.adopt_button):
            widget.setVisible(has_new)
        self._update_actions()

    def clear(self) -> None:
        self._db = None
        self.model.clear()
        self.new_model.clear()
        self.count_label.clear()
        self.stack.setCurrentWidget(self.empty)
        self._update_actions()

    def focus_first(self) -> None:
        """The keyboard to the list, or (no contact yet) to the first step's button."""
        if self.stack.currentWidget() is self.content:
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.empty_add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_enabled(self, enabled: bool) -> None:
        self.setEnabled(enabled)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the Contacts page was cleared: the vault is locked")
        return self._db

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> Contact | None:
        row = selected_row(self.view)
        return self.model.record(row) if row is not None else None

    def selected_new(self) -> NewToMe | None:
        row = selected_row(self.new_view)
        return self.new_model.record(row) if row is not None else None

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_actions(self) -> None:
        has_contact = self.selected() is not None
        self.trust_action.setEnabled(has_contact)
        self.remove_action.setEnabled(has_contact)
        self.adopt_action.setEnabled(self.selected_new() is not None)
        self.send_action.setEnabled(self._db is not None)

    # -- the actions -------------------------------------------------------------------------
    def add_contact(self) -> AddContactDialog:
        dialog = AddContactDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, contact: Contact) -> None:
        self.refresh()
        self.select_contact(contact.id)
        emit(self.changed)

    def export_key(self, contact: str | None = None) -> KeyDialog:
        chosen = self.selected()
        names = [record.name for record in self.model.records()]
        dialog = KeyDialog(self.db, names, self, contact=contact if contact is not None else
                           (chosen.name if chosen is not None else None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def send_notes(self) -> None:
        """The share wizard on "a trusted contact: your notes", for the contact selected."""
        chosen = self.selected()
        emit(self.share_wanted, ShareSpec(kind="reputation", contact=chosen.name if chosen is not None else ""))

    def import_notes(self, path: Path | None = None) -> BundleDialog | None:
        """Choose a contact's file (or take `path`) and open the review dialog on it."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Notes from a contact"), "",
                                                    self.tr("Signed notes (*.jws *.txt);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        dialog = self.open_bundle()
        dialog.load_file(path)
        return dialog

    def open_bundle(self, text: str | None = None) -> BundleDialog:
        """The review dialog, empty or on a bundle's text (the answer dialog hands one over)."""
        dialog = BundleDialog(self.db, self, worker=self._worker, connection=self._connection)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.open()
        if text is not None:
            dialog.load_text(text)
        return dialog

    def _imported(self, _result: object) -> None:
        self.refresh()
        emit(self.changed)

    def change_trust(self) -> TrustDialog | None:
        contact = self.selected()
        if contact is None:
            return None
        dialog = TrustDialog(contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(contact_id: int, level: int) -> None:
            if submit(dialog.show_error, lambda: contacts.edit_contact(self.db, contact_id, trust=level),
                      any_error=True) is None:
                return
            dialog.accept()
            self.refresh()
            emit(self.changed)

        dialog.chosen.connect(chosen)
        dialog.open()
        return dialog

    def remove_selected(self) -> QMessageBox | None:
        """Ask first: the contact goes with every note of theirs (her own notes stay)."""
        contact = self.selected()
        if contact is None:
            return None
        notes = (self.tr("Their 1 note goes with them.") if contact.notes == 1
                 else self.tr("Their %d notes go with them.") % contact.notes if contact.notes
                 else self.tr("You have no notes from them."))
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove contact"),
            self.tr("Remove %s from your trusted contacts?") % contact.name, QMessageBox.StandardButton.Cancel, self,
        )
        box.setInformativeText(notes + " " + self.tr("Your own notes stay. This cannot be undone; to read their notes "
                                                     "again, add them and import their notes anew."))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(contact) if button is remove else None)
        box.open()
        return box

    def _remove(self, contact: Contact) -> None:
        try:
            contacts.remove_contact(self.db, contact.id)
        except MyVendorsError as exc:
            QMessageBox.warning(self, self.tr("Remove contact"), error_text(exc))
            return
        self.refresh()
        emit(self.changed)

    def add_as_vendor(self) -> int | None:
        """The vendor new to her, added to her vendors; her contacts' notes about it now show on it."""
        found = self.selected_new()
        if found is None:
            return None
        try:
            vendor_id = vendors.add_vendor(self.db, found.name, website=found.website, category=found.category).id
            voices.link_new_to_me(self.db, found.vendor_key, vendor_id)  # their notes on it are on her vendor now
        except MyVendorsError as exc:
            QMessageBox.warning(self, self.tr("Add as vendor"), error_text(exc))
            return None
        self.refresh()
        emit(self.vendor_added, vendor_id)
        emit(self.changed)
        return vendor_id
