"""The vendor detail pane beside the vendor list: a header, then tabs for the profile, agreements,
timeline, reputation and files of the selected vendor.

`VendorDetail.show_vendor(db, vendor_id)` loads a vendor; `clear()` forgets everything (the vault
locked) and deletes the decrypted copies that "Open" wrote; `changed(vendor_id)` fires after any
edit so that the window refreshes its list and overview; before the list shows another vendor,
`can_leave()` saves the profile's unsaved edits (or keeps the vendor when they are invalid). Deletes of agreements, interactions and
notes go on the window's undo stack (Ctrl+Z adds the record back), and so do edits of
interactions and notes (Ctrl+Z puts the old values back); deleting a file asks first,
because its bytes are not kept anywhere else.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors import fileio
from myvendors.domain import agreements, attachments, leftovers, reputation, timeline, vendors
from myvendors.domain.models import (
    RATING_DIMENSIONS,
    Agreement,
    AgreementDraft,
    Attachment,
    Interaction,
    InteractionDraft,
    InteractionKind,
    Note,
    NoteDraft,
    Standing,
    Vendor,
    VendorStatus,
)
from myvendors.errors import MyVendorsError
from myvendors.ui import icons
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.models.records import (
    AgreementsModel,
    AttachmentsModel,
    NotesModel,
    dimension_text,
    human_size,
    interaction_kind_text,
)
from myvendors.ui.models.timeline import TimelineModel
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, FormDialog, InteractionDialog, NoteDialog
from myvendors.ui.widgets import ColumnFitter, Level, MessageBanner, fitter_of, heading, secondary

if TYPE_CHECKING:
    from myvendors.storage import Database
    from myvendors.ui.worker import Worker

BIG_FILE_BYTES = 4 * 1024 * 1024  # files this large are stored and saved on the worker thread
PROFILE_FIELDS = ("name", "website", "email", "phone", "address", "category", "status", "tags", "notes")
SELECT_WITHIN = 400  # an interaction opened from elsewhere is looked for among this many newest rows


def _table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    stretch: int | None = None,
    *,
    widths: dict[int, str] | None = None,
    model_has_icons: bool = False,
) -> QTableView:
    """A read-only table of records, one row selected at a time; `stretch` takes the spare width.
    With `widths` (samples of each column's usual text) the columns never read the rows to size
    themselves: what a long list needs (`widgets.fixed_columns`)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(40)
    icon_columns = (TimelineModel.KIND,) if model_has_icons else ()
    ColumnFitter(view, widths, stretch=stretch, icon_columns=icon_columns)  # the rows on screen, never all
    return view


def _timeline_widths() -> dict[int, str]:
    """Samples of the timeline's widest usual texts (the Note column takes the rest), in the
    language shown: the columns never read the rows to size themselves."""
    return {
        TimelineModel.WHEN: "2026-12-31 23:59",
        TimelineModel.KIND: max((interaction_kind_text(kind) for kind in InteractionKind), key=len),
        TimelineModel.AMOUNT: "12,345.67 EUR",
    }


def _selected_row(view: QTableView) -> int | None:
    model = view.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else None


def _button(text: str, icon_name: str | None, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    if icon_name:
        button.setIcon(icons.icon(icon_name))
    button.setAccessibleName(name)
    return button


class DeleteRecordCommand(QUndoCommand):
    """A record deleted (already, when pushed); undo adds it back, redo deletes it again."""

    def __init__(self, text: str, restore: Callable[[], int], delete: Callable[[int], None], done: Callable[[], None]) -> None:
        super().__init__(text)
        self._restore = restore
        self._delete = delete
        self._done = done
        self._record_id: int | None = None
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # the push itself: the delete already happened
            self._pushed = False
            return
        if self._record_id is not None:
            self._delete(self._record_id)
            self._done()

    def undo(self) -> None:
        self._record_id = self._restore()
        self._done()


class EditRecordCommand(QUndoCommand):
    """A record changed (already, when pushed); undo puts its old values back, redo the new ones."""

    def __init__(self, text: str, apply: Callable[[dict[str, Any]], None], before: dict[str, Any],
                 after: dict[str, Any]) -> None:
        super().__init__(text)
        self._apply = apply
        self._before, self._after = before, after
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # the push itself: the change already happened
            self._pushed = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class _Tab(QWidget):
    """One tab: knows the vault and the vendor while one is shown; `edited` after it changed something."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.vendor: Vendor | None = None
        self.banner = MessageBanner(self)
        self.undo_stack: QUndoStack | None = None

    def load(self, db: Database, vendor: Vendor) -> None:
        self.db, self.vendor = db, vendor
        self.banner.clear()
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.db = None
        self.vendor = None
        self.banner.clear()

    def show_error(self, error: MyVendorsError) -> None:
        self.banner.show_error(error_text(error))

    def _changed(self) -> None:
        self.reload()
        emit(self.edited)

    def _shortcut(self, view: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object],
                  text: str = "") -> QAction:
        action = QAction(text, self)  # the text names it in the shortcuts overview (ui/help.py)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
        return action

    def _push_delete(self, text: str, restore: Callable[[], int], delete: Callable[[int], None]) -> None:
        if self.undo_stack is None:
            return
        self.undo_stack.push(DeleteRecordCommand(text, restore, delete, self._undone))

    def _open_form(self, dialog: FormDialog, save: Callable[[Database, Vendor, dict[str, Any]], Any],
                   after: Callable[[Any], None] | None = None) -> FormDialog:
        """Show a record dialog; its values go to `save`, whose refusal shows next to the field;
        once saved and the tab reloaded, `after` gets what `save` returned."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda values: self._submit(dialog, save, values, after))
        dialog.open()
        return dialog

    def _submit(self, dialog: FormDialog, save: Callable[[Database, Vendor, dict[str, Any]], Any],
                values: dict[str, Any], after: Callable[[Any], None] | None) -> None:
        if self.db is None or self.vendor is None:
            dialog.reject()
            return
        db, vendor = self.db, self.vendor
        done = submit(dialog.show_error, lambda: save(db, vendor, values), any_error=True)
        if done is None:
            return
        saved = done.value
        dialog.accept()
        self._changed()
        if after is not None:
            after(saved)

    def _delete_undoably(self, record: Any, text: str, draft_type: type, delete: Callable[[Database, int], None],
                         add: Callable[[Database, Any], Any]) -> None:
        """Delete a record; Undo adds it again from its fields (a new id), Redo deletes that one."""
        db = self.db
        if record is None or db is None:
            return
        try:
            delete(db, record.id)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        draft = draft_type(**{f.name: getattr(record, f.name) for f in fields(draft_type)})
        self._push_delete(text, lambda: int(add(db, draft).id), lambda record_id: delete(db, record_id))
        self._changed()

    def _undone(self) -> None:
        if self.db is not None and self.vendor is not None:
            self._changed()

    def _edit_undoably(self, dialog: FormDialog, record: Any, text: str, editable: tuple[str, ...],
                       edit: Callable[..., Any]) -> FormDialog:
        """Open `dialog` filled with `record`; saving calls `edit(db, id, **values)` and puts the
        change on the undo stack (Undo puts the old values back, Redo the new ones)."""
        before = {name: getattr(record, name) for name in editable}

        def save(db: Database, vendor: Vendor, values: dict[str, Any]) -> Any:
            saved = edit(db, record.id, **values)
            if self.undo_stack is not None:
                after = {name: getattr(saved, name) for name in editable}
                apply = partial(self._apply_edit, db, record.id, edit)
                self.undo_stack.push(EditRecordCommand(text, apply, before, after))
            return saved

        self._open_form(dialog, save, lambda saved: self.select_record(saved.id))
        return dialog

    def _apply_edit(self, db: Database, record_id: int, edit: Callable[..., Any], values: dict[str, Any]) -> None:
        try:
            edit(db, record_id, **values)
        except MyVendorsError as exc:  # e.g. the record was deleted since
            self.show_error(exc)
            return
        if self.db is db and self.vendor is not None:
            self._changed()
            self.select_record(record_id)

    def select_record(self, record_id: int) -> None:
        """Select the record with this id if the tab lists it."""

    def _edit_actions(self, view: QTableView, edit: Callable[[], object], delete: Callable[[], object],
                      text: str = "") -> None:
        """Enter, F2 and a double-click edit the selected row; a right-click offers Edit… and Delete."""
        action = self._shortcut(view, "F2", edit, text)
        action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter"), QKeySequence("F2")])
        view.doubleClicked.connect(lambda _: edit())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(partial(self._context_menu, view, edit, delete))

    def _context_menu(self, view: QTableView, edit: Callable[[], object], delete: Callable[[], object],
                      position: QPoint) -> QMenu | None:
        index = view.indexAt(position)
        if not index.isValid():
            return None
        view.selectRow(index.row())
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Ed&it…"), edit)
        menu.addAction(self.tr("&Delete"), delete)
        menu.popup(view.viewport().mapToGlobal(position))
        return menu


class ProfileTab(_Tab):
    """The vendor's own fields, edited in place; Save (Ctrl+S) writes them, Revert puts them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        labels = {
            "name": self.tr("N&ame"),
            "website": self.tr("&Website"),
            "email": self.tr("E-&mail"),
            "phone": self.tr("&Phone"),
            "address": self.tr("A&ddress"),
            "category": self.tr("Categor&y"),
            "status": self.tr("Stat&us"),
            "tags": self.tr("&Tags"),
            "notes": self.tr("Notes"),
        }
        placeholders = {
            "website": "https://",
            "email": "name@example.com",
            "category": self.tr("e.g. Bank, Utilities, Shop"),
            "tags": self.tr("comma-separated"),
        }
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for text, status in (
            (self.tr("Active"), VendorStatus.ACTIVE),
            (self.tr("Former"), VendorStatus.FORMER),
            (self.tr("Blocked"), VendorStatus.BLOCKED),
        ):
            self.status_combo.addItem(text, status.value)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        for row, name in enumerate(PROFILE_FIELDS):
            widget: QWidget
            if name == "status":
                widget = self.status_combo
            elif name == "notes":
                widget = self.notes_edit
            else:
                edit = QLineEdit(self)
                edit.setAccessibleName(labels[name].replace("&", ""))
                edit.setPlaceholderText(placeholders.get(name, ""))
                self.edits[name] = edit
                widget = edit
            label = QLabel(labels[name], self)
            label.setBuddy(widget)
            message = field_message(self)
            self.messages[name] = message
            alignment = Qt.AlignmentFlag.AlignTop if name == "notes" else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, 2 * row, 0, alignment)
            grid.addWidget(widget, 2 * row, 1)
            grid.addWidget(message, 2 * row + 1, 1)
        grid.setRowStretch(2 * PROFILE_FIELDS.index("notes"), 1)

        self.save_button = _button(self.tr("Save &changes"), "check", self.tr("Save changes"), self)
        self.save_button.setToolTip(self.tr("Save the changes (%s)") % QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.revert_button = _button(self.tr("&Revert"), None, self.tr("Revert changes"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.save_action = self._shortcut(self, QKeySequence.StandardKey.Save, self.save, self.tr("Save changes"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(grid, 1)
        column.addLayout(buttons)
        for edit in self.edits.values():
            edit.textChanged.connect(self._update_buttons)
        self.status_combo.currentIndexChanged.connect(self._update_buttons)
        self.notes_edit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def reload(self) -> None:
        vendor = self.vendor
        if vendor is None:
            return
        for name, edit in self.edits.items():
            value = getattr(vendor, name)
            edit.setText(", ".join(value) if name == "tags" else (value or ""))
            edit.setCursorPosition(0)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(vendor.status.value)))
        self.notes_edit.setPlainText(vendor.notes)
        self._hide_messages()
        self._update_buttons()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values["tags"] = tuple(t for t in (p.strip() for p in values["tags"].split(",")) if t)
        for name in ("website", "email", "phone", "address", "category"):
            values[name] = values[name].strip() or None
        values["status"] = VendorStatus(self.status_combo.currentData())
        values["notes"] = self.notes_edit.toPlainText()
        return values

    def changes(self) -> dict[str, Any]:
        vendor = self.vendor
        if vendor is None:
            return {}
        return {name: value for name, value in self.values().items() if value != getattr(vendor, name)}

    def _update_buttons(self) -> None:
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_button.setDefault(dirty)

    def _hide_messages(self) -> None:
        self.banner.clear()
        for message in self.messages.values():
            message.hide()

    def save(self) -> bool:
        if self.db is None or self.vendor is None:
            return False
        changes = self.changes()
        if not changes:
            return True
        self._hide_messages()
        db, vendor_id = self.db, self.vendor.id
        done = submit(self.show_field_error, lambda: vendors.update_vendor(db, vendor_id, **changes), any_error=True)
        if done is None:
            return False
        self.vendor = done.value
        self._changed()
        return True

    def show_field_error(self, text: str, field: str | None) -> None:
        message = self.messages.get(field or "")
        if message is None:
            self.banner.show_error(text)
            return
        message.setText(text)
        message.show()
        target = self.edits.get(field or "") or (self.status_combo if field == "status" else self.notes_edit)
        target.setFocus()

    def revert(self) -> None:
        self.reload()

    def clear(self) -> None:
        super().clear()
        for edit in self.edits.values():
            edit.clear()
        self.notes_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self._hide_messages()
        self._update_buttons()


class AgreementsTab(_Tab):
    """Subscriptions, contracts and the like: add, edit (Enter or double-click), delete (Delete, undoable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgreementsModel(self)
        self.view = _table(self, self.tr("Agreements"), self.model)
        self.add_button = _button(self.tr("&Add agreement…"), "add", self.tr("Add agreement"), self)
        self.edit_button = _button(self.tr("Ed&it…"), None, self.tr("Edit agreement"), self)
        self.delete_button = _button(self.tr("&Delete"), None, self.tr("Delete agreement"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected agreement (Delete); Undo brings it back"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self._shortcut(self.view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete agreement"))
        edit_action = self._shortcut(self.view, "Return", self.edit_selected, self.tr("Edit agreement"))
        edit_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.model.set_records(agreements.agreements_of(self.db, self.vendor.id))

    def clear(self) -> None:
        super().clear()
        self.model.clear()

    def _update_buttons(self) -> None:
        selected = _selected_row(self.view) is not None
        self.add_button.setEnabled(self.vendor is not None)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> Agreement | None:
        row = _selected_row(self.view)
        return self.model.record(row) if row is not None else None

    def add(self) -> AgreementDialog | None:
        if self.vendor is None:
            return None
        return self._open(AgreementDialog(None, self), None)

    def edit_selected(self) -> AgreementDialog | None:
        agreement = self.selected()
        return self._open(AgreementDialog(agreement, self), agreement) if agreement is not None else None

    def _open(self, dialog: AgreementDialog, agreement: Agreement | None) -> AgreementDialog:
        def save(db: Database, vendor: Vendor, values: dict[str, Any]) -> Agreement:
            if agreement is None:
                return agreements.add_agreement(db, AgreementDraft(vendor_id=vendor.id, **values))
            return agreements.update_agreement(db, agreement.id, **values)

        self._open_form(dialog, save, lambda saved: self._select(saved.id))
        return dialog

    def _select(self, agreement_id: int) -> bool:
        for row, record in enumerate(self.model.records()):
            if record.id == agreement_id:
                self.view.selectRow(row)
                return True
        return False

    def delete_selected(self) -> None:
        agreement = self.selected()
        title = self.tr("Delete agreement %s") % agreement.title if agreement is not None else ""
        self._delete_undoably(agreement, title, AgreementDraft, agreements.delete_agreement, agreements.add_agreement)


def _kind_icon(kind: InteractionKind) -> QIcon:
    return icons.icon(icons.kind_icon_name(kind))


_INTERACTION_FIELDS = ("kind", "at", "amount", "channel", "note")  # what the dialog edits
_NOTE_FIELDS = ("on", "ratings", "text", "tags", "author")


class TimelineTab(_Tab):
    """What happened with this vendor, newest first, an icon per kind; record and delete interactions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(None, self, kind_icon=_kind_icon)
        self.view = _table(self, self.tr("Timeline"), self.model, widths=_timeline_widths(), model_has_icons=True)
        self.record_button = _button(self.tr("&Record interaction…"), "add", self.tr("Record interaction"), self)
        self.edit_button = _button(self.tr("Ed&it…"), None, self.tr("Edit interaction"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected interaction (Enter or F2); Undo puts it back"))
        self.delete_button = _button(self.tr("&Delete"), None, self.tr("Delete interaction"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected interaction (Delete); Undo brings it back"))
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._shortcut(self.view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete interaction"))
        self._edit_actions(self.view, self.edit_selected, self.delete_selected, self.tr("Edit interaction"))
        self.count_label = secondary(parent=self, small=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        self._watch_model()

    def _watch_model(self) -> None:
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    _edited_row = 0  # where the edited interaction was: it is looked for around there after a reload

    def load(self, db: Database, vendor: Vendor) -> None:
        if db is not self.db:  # a model reads one vault
            self.model = TimelineModel(db, self, kind_icon=_kind_icon)
            self.view.setModel(self.model)
            fitter = fitter_of(self.view)
            if fitter is not None:
                fitter.set_samples(_timeline_widths())
            self._watch_model()
        super().load(db, vendor)

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.model.set_vendor(self.vendor.id)
        total = self.model.rowCount()  # the model counted them (it fetches only the rows shown)
        self.count_label.setText(self.tr("1 interaction") if total == 1 else self.tr("%d interactions") % total)

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.count_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.vendor is not None)
        selected = _selected_row(self.view) is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> Interaction | None:
        row = _selected_row(self.view)
        return self.model.interaction(row) if row is not None else None

    def select(self, interaction: Interaction) -> bool:
        """Select an interaction among the newest (where an overview or search opens one)."""
        model = self.model
        for row in range(min(model.rowCount(), SELECT_WITHIN)):
            try:
                found = model.interaction(row)
            except IndexError:
                break
            if found.id == interaction.id:
                self.view.selectRow(row)
                self.view.scrollTo(model.index(row, 0))
                return True
            if found.at < interaction.at:  # newest first: it would have come already
                break
        return False

    def record(self) -> InteractionDialog | None:
        if self.vendor is None:
            return None
        dialog = InteractionDialog(self)
        self._open_form(dialog, lambda db, vendor, values: timeline.record(db, InteractionDraft(vendor_id=vendor.id, **values)))
        return dialog

    def edit_selected(self) -> InteractionDialog | None:
        interaction = self.selected()
        if interaction is None or self.vendor is None:
            return None
        self._edited_row = _selected_row(self.view) or 0
        dialog = InteractionDialog(self, interaction=interaction)
        self._edit_undoably(dialog, interaction, self.tr("Edit interaction"), _INTERACTION_FIELDS,
                            timeline.edit_interaction)
        return dialog

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id, near=self._edited_row)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        self._delete_undoably(self.selected(), self.tr("Delete interaction"), InteractionDraft,
                              timeline.delete_interaction, timeline.record)


class ReputationTab(_Tab):
    """My standing of the vendor per dimension, my notes, and trusted contacts' notes apart from mine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standing: Standing | None = None
        self.standing_labels: dict[str, QLabel] = {}
        standing_grid = QGridLayout()
        standing_grid.setHorizontalSpacing(16)
        standing_grid.setVerticalSpacing(2)
        for place, dimension in enumerate((*RATING_DIMENSIONS, "overall")):
            title = secondary(dimension_text(dimension) if dimension != "overall" else self.tr("Overall"), parent=self,
                              small=True)
            value = QLabel(self)
            value.setAccessibleName(title.text())
            if dimension == "overall":
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            self.standing_labels[dimension] = value
            standing_grid.addWidget(title, 0, place)
            standing_grid.addWidget(value, 1, place)
        standing_grid.setColumnStretch(len(RATING_DIMENSIONS) + 1, 1)
        self.my_model = NotesModel(self)
        self.my_view = _table(self, self.tr("My notes"), self.my_model, NotesModel.TEXT)
        self.my_view.setColumnHidden(NotesModel.AUTHOR, True)  # all mine
        self.their_model = NotesModel(self)
        self.their_view = _table(self, self.tr("Trusted contacts' notes"), self.their_model, NotesModel.TEXT)
        self.add_button = _button(self.tr("&Add note…"), "add", self.tr("Add note"), self)
        self.edit_button = _button(self.tr("Ed&it…"), None, self.tr("Edit note"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected note (Enter or F2); Undo puts it back"))
        self.delete_button = _button(self.tr("&Delete"), None, self.tr("Delete note"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected note (Delete); Undo brings it back"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for view, other in ((self.my_view, self.their_view), (self.their_view, self.my_view)):
            self._shortcut(view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete note"))
            self._edit_actions(view, self.edit_selected, self.delete_selected, self.tr("Edit note"))
            view.selectionModel().selectionChanged.connect(
                lambda selected, _, other=other: other.clearSelection() if selected.indexes() else None
            )
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.mine_title = QLabel(self.tr("My notes"), self)
        self.theirs_title = QLabel(self.tr("From trusted contacts (their view, not counted in my standing)"), self)
        for title in (self.mine_title, self.theirs_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addWidget(secondary(self.tr("My standing of this vendor"), parent=self))
        column.addLayout(standing_grid)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.mine_title)
        column.addWidget(self.my_view, 3)
        column.addWidget(self.theirs_title)
        column.addWidget(self.their_view, 2)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        everyone = reputation.notes(self.db, vendor_id=self.vendor.id, limit=1000)
        self.my_model.set_records([n for n in everyone if n.author is None])
        self.their_model.set_records([n for n in everyone if n.author is not None])
        self.standing = reputation.standing(self.db, self.vendor.id)
        self._show_standing(self.standing)
        self._update_buttons()

    def _show_standing(self, standing: Standing | None) -> None:
        for dimension, label in self.standing_labels.items():
            if standing is None:
                label.clear()
                continue
            if dimension == "overall":
                text = f"{standing.overall:.1f} ★" if standing.overall is not None else "—"
            elif dimension in standing.per_dimension:
                mean, count = standing.per_dimension[dimension]
                text = f"{mean:.1f} ★ ({count})"
            else:
                text = "—"
            label.setText(text)

    def clear(self) -> None:
        super().clear()
        self.my_model.clear()
        self.their_model.clear()
        self.standing = None
        self._show_standing(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.vendor is not None)
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> Note | None:
        for view, model in ((self.my_view, self.my_model), (self.their_view, self.their_model)):
            row = _selected_row(view)
            if row is not None:
                return model.record(row)
        return None

    def add(self) -> NoteDialog | None:
        if self.vendor is None:
            return None
        dialog = NoteDialog(self)
        self._open_form(dialog, lambda db, vendor, values: reputation.add_note(db, NoteDraft(vendor_id=vendor.id, **values)))
        return dialog

    def edit_selected(self) -> NoteDialog | None:
        note = self.selected()
        if note is None or self.vendor is None:
            return None
        dialog = NoteDialog(self, note=note)
        self._edit_undoably(dialog, note, self.tr("Edit note"), _NOTE_FIELDS, reputation.edit_note)
        return dialog

    def select_record(self, record_id: int) -> None:
        for view, model in ((self.my_view, self.my_model), (self.their_view, self.their_model)):
            for row, record in enumerate(model.records()):
                if record.id == record_id:
                    view.selectRow(row)
                    view.setFocus()
                    return

    def delete_selected(self) -> None:
        self._delete_undoably(self.selected(), self.tr("Delete note"), NoteDraft, reputation.delete_note,
                              reputation.add_note)


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
        self.view = _table(self, self.tr("Files"), self.model, AttachmentsModel.NAME)
        self.add_button = _button(self.tr("Add &file…"), "add", self.tr("Add file"), self)
        self.add_button.setToolTip(
            self.tr("Keep a copy of a file (receipt, contract, photo) encrypted in the vault, up to %s")
            % human_size(attachments.MAX_BYTES)
        )
        self.open_button = _button(self.tr("O&pen"), "folder-open", self.tr("Open file"), self)
        self.open_button.setToolTip(
            self.tr(
                "Open the file with its usual program. A decrypted copy is written to a private temporary "
                "folder and deleted when the vault locks."
            )
        )
        self.save_button = _button(self.tr("Save &as…"), "save", self.tr("Save file as"), self)
        self.save_button.setToolTip(self.tr("Write a decrypted copy where you choose"))
        self.delete_button = _button(self.tr("&Delete"), None, self.tr("Delete file"), self)
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

    def _set_busy(self, text: str | None) -> None:
        self._busy = text is not None
        self.busy_label.setText(text or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = _selected_row(self.view) is not None and not self._busy
        self.add_button.setEnabled(self.vendor is not None and not self._busy)
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setEnabled(selected)

    def selected(self) -> Attachment | None:
        row = _selected_row(self.view)
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


class VendorDetail(QWidget):
    """The selected vendor: a header and five tabs. Emits `changed(vendor_id)` after any edit."""

    changed = Signal(int)
    busy = Signal(object)  # a text while work runs on the worker (a big file), then None

    def __init__(
        self, worker: Worker | None = None, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.vendor: Vendor | None = None
        self._leaving = False
        self.title = heading(scale=1.3, parent=self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = secondary(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Vendor details"))
        self.profile = ProfileTab(self.tabs)
        self.agreements = AgreementsTab(self.tabs)
        self.timeline = TimelineTab(self.tabs)
        self.reputation = ReputationTab(self.tabs)
        self.files = FilesTab(worker, self.tabs)
        for tab, title, icon_name in (
            (self.profile, self.tr("Profile"), "vendor"),
            (self.agreements, self.tr("Agreements"), "calendar"),
            (self.timeline, self.tr("Timeline"), "timeline"),
            (self.reputation, self.tr("Reputation"), "reputation"),
            (self.files, self.tr("Files"), "folder-open"),
        ):
            tab.undo_stack = undo_stack
            tab.edited.connect(self._edited)
            self.tabs.addTab(tab, icons.icon(icon_name), title)
        self.files.busy.connect(self.busy)
        for number in range(self.tabs.count()):
            self.tabs.setTabToolTip(number, self.tr("%s (Ctrl+Tab moves between tabs)") % self.tabs.tabText(number))

        content = QWidget(self)
        content_column = QVBoxLayout(content)
        content_column.setContentsMargins(0, 0, 0, 0)
        content_column.setSpacing(2)
        header = QVBoxLayout()
        header.setContentsMargins(12, 0, 12, 6)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.meta)
        content_column.addLayout(header)
        content_column.addWidget(self.tabs, 1)

        empty = QWidget(self)
        empty_text = secondary(self.tr("Select a vendor to see its profile, agreements, timeline, notes and files."),
                               parent=empty)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        empty_column.addWidget(empty_text)
        empty_column.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        self._status_texts = {
            VendorStatus.ACTIVE: self.tr("Active"),
            VendorStatus.FORMER: self.tr("Former"),
            VendorStatus.BLOCKED: self.tr("Blocked"),
        }

    @property
    def vendor_id(self) -> int | None:
        return self.vendor.id if self.vendor is not None else None

    def tab_pages(self) -> tuple[_Tab, ...]:
        return (self.profile, self.agreements, self.timeline, self.reputation, self.files)

    def show_vendor(self, db: Database, vendor_id: int) -> None:
        try:
            vendor = vendors.get_vendor(db, vendor_id)
        except MyVendorsError:
            self.show_none()
            return
        self.db, self.vendor = db, vendor
        for tab in self.tab_pages():
            tab.load(db, vendor)
        self._show_header()
        self.stack.setCurrentIndex(1)

    def show_none(self) -> None:
        """No vendor selected: the hint, and no record of the last one in any tab (the temp files stay)."""
        self.vendor = None
        for tab in self.tab_pages():
            if tab is self.files:
                tab.model.clear()
                tab.db = tab.vendor = None
                tab._update_buttons()
            else:
                tab.clear()
        self.title.clear()
        self.meta.clear()
        self.stack.setCurrentIndex(0)

    def clear(self) -> None:
        """Forget everything (the vault locks): every model, field and decrypted copy."""
        for tab in self.tab_pages():
            tab.clear()
        for dialog in self.findChildren(FormDialog) + self.findChildren(QFileDialog) + self.findChildren(QMessageBox):
            dialog.close()
        self.db = None
        self.vendor = None
        self.title.clear()
        self.meta.clear()
        self.stack.setCurrentIndex(0)

    def show_agreement(self, agreement_id: int) -> None:
        """The Agreements tab, with this agreement selected and the keyboard in the list."""
        self.tabs.setCurrentWidget(self.agreements)
        self.agreements._select(agreement_id)
        self.agreements.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_interaction(self, interaction: Interaction) -> None:
        """The Timeline tab, with this interaction selected (when it is among the newest)."""
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.select(interaction)
        self.timeline.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_record(self, kind: str, record_id: int) -> bool:
        """Open a record in its own tab, selected, with the keyboard there (a search hit): "vendors" the
        Profile, "agreements", "interactions" (the Timeline) and "notes" (Reputation); False when the
        tab does not list it (then the tab still shows)."""
        if kind == "vendors":
            self.tabs.setCurrentWidget(self.profile)
            return True
        if kind == "agreements":
            self.show_agreement(record_id)
            found = self.agreements.selected()
        elif kind == "interactions":
            self.tabs.setCurrentWidget(self.timeline)
            self.timeline.view.clearSelection()
            self.timeline.select_record(record_id)
            self.timeline.view.setFocus(Qt.FocusReason.OtherFocusReason)
            found = self.timeline.selected()
        elif kind == "notes":
            self.tabs.setCurrentWidget(self.reputation)
            self.reputation.select_record(record_id)
            found = self.reputation.selected()
        else:
            return False
        return found is not None and found.id == record_id

    def focus_tabs(self) -> None:
        """Move the keyboard into the pane (Enter in the list): the current tab's first field or list."""
        if self.vendor is None:
            return
        page = self.tabs.currentWidget()
        target = page.nextInFocusChain() if page is not None else None
        if page is self.profile:
            self.profile.edits["name"].setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, (AgreementsTab, TimelineTab, FilesTab)):
            page.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, ReputationTab):
            page.my_view.setFocus(Qt.FocusReason.TabFocusReason)
        elif target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_header(self) -> None:
        vendor = self.vendor
        if vendor is None or self.db is None:
            return
        self.title.setText(vendor.name)
        self.title.setAccessibleName(vendor.name)
        parts = [vendor.category or self.tr("No category"), self._status_texts[vendor.status]]
        standing = reputation.standing(self.db, vendor.id)
        if standing.overall is not None:
            parts.append(self.tr("standing %.1f ★ from %d notes") % (standing.overall, standing.notes)
                         if standing.notes != 1 else self.tr("standing %.1f ★ from 1 note") % standing.overall)
        else:
            parts.append(self.tr("no ratings yet"))
        if vendor.website:
            parts.append(vendor.website)
        self.meta.setText("  ·  ".join(parts))

    def _edited(self) -> None:
        vendor = self.vendor
        if vendor is None or self.db is None:
            return
        try:
            self.vendor = vendors.get_vendor(self.db, vendor.id)
        except MyVendorsError:
            return
        for tab in self.tab_pages():
            tab.vendor = self.vendor
        self._show_header()
        if self._leaving:  # the list is changing its selection: tell the window once that is done
            QTimer.singleShot(0, lambda vendor_id=vendor.id: emit(self.changed, vendor_id) if self.db else None)
        else:
            emit(self.changed, vendor.id)

    def can_leave(self) -> bool:
        """Before another vendor is shown: unsaved profile edits are saved; False (and the message
        next to the field) when they cannot be."""
        if self.vendor is None or not self.profile.changes():
            return True
        self._leaving = True
        try:
            return self.profile.save()
        finally:
            self._leaving = False

