"""What every tab of the vendor detail shares: the `_Tab` base (the vault and the vendor shown, its
banner, record forms that show the service's refusals, undoable deletes and edits, shortcuts and the
Edit/Delete context menu) and the helpers that build a tab's record table and buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QTableView, QWidget

from myvendors.domain.models import Vendor
from myvendors.errors import MyVendorsError
from myvendors.ui import icons
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.pages.vendors.detail.commands import DeleteRecordCommand, EditRecordCommand
from myvendors.ui.pages.vendors.record_dialogs import FormDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ColumnFitter, MessageBanner, record_table as widgets_record_table

if TYPE_CHECKING:
    from myvendors.storage import Database


def record_table(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    stretch: int | None = None,
    *,
    widths: dict[int, str] | None = None,
    icon_columns: tuple[int, ...] = (),
) -> QTableView:
    """A read-only table of records, one row selected at a time; `stretch` takes the spare width.
    With `widths` (samples of each column's usual text) the columns never read the rows to size
    themselves: what a long list needs (`widgets.fixed_columns`). `icon_columns` show an icon before
    their text (room is kept for it)."""
    view = widgets_record_table(parent, model, name)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setMinimumSectionSize(40)
    ColumnFitter(view, widths, stretch=stretch, icon_columns=icon_columns)  # the rows on screen, never all
    return view


def selected_row(view: QTableView) -> int | None:
    model = view.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else None


def tab_button(text: str, icon_name: str | None, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    if icon_name:
        button.setIcon(icons.icon(icon_name))
    button.setAccessibleName(name)
    return button


class _Tab(QWidget):  # the tabs import it by this name: it is the translation context of its texts
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


