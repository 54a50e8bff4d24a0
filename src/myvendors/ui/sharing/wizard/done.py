"""The export wizard: recipient → exactly what goes → terms → preview of what leaves → share.

Nothing is written to the vault before "Share" (building the preview may make the
relationship's pseudonym, which is how the preview can show the key the vendor will see).
What is previewed is what is signed: the wizard keeps the built `Draft` and shares exactly it
(`packages.share_draft`). After sharing, the package can be saved (.jws/.jwe), copied (the
clipboard is cleared again after a while), shown as a QR code when it fits, and printed or
saved as a PDF of its plain-words rendering.
"""

from __future__ import annotations

import contextlib
import html
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QStandardPaths,
    Qt,
    QUrl,
    QUrlQuery,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from myvendors.domain import reputation, requests, vendors
from myvendors.domain.models import RequestStatus, Vendor
from myvendors.domain.sharing import choices, files, keys, packages, render, terms
from myvendors.domain.sharing.packages import Draft, Shared, ShareSpec
from myvendors.errors import InvalidInput, MyVendorsError
from myvendors.fileio import write_export
from myvendors.storage import Database
from myvendors.ui import i18n, icons, term_words
from myvendors.ui.clipboard import clipboard_for
from myvendors.ui.i18n import error_text
from myvendors.ui.models.requests import status_name
from myvendors.ui.models.sharing import KEY_ROLE, ShareTreeModel, TermsModel
from myvendors.ui.passphrase import field_message
from myvendors.ui.profile_dialog import ProfileDialog, field_labels
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import muted_colour, secondary

VENDORS_LISTED = vendors.CHOICES_LISTED
VENDOR_KINDS = choices.VENDOR_KINDS
PAGE_RECIPIENT, PAGE_CONTENT, PAGE_TERMS, PAGE_PREVIEW, PAGE_DONE = range(5)

_last_folder: str | None = None  # where the last package was saved (this session): the next one starts there


def vendor_choices(db: Database) -> list[Vendor]:
    return vendors.choices(db, limit=VENDORS_LISTED)


def _words(name: str) -> str:
    return name.replace("_", " ")


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
        self._vendors = vendor_choices(db)
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
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setAccessibleName(self.tr("Contact's name"))
        self.contact_edit.setPlaceholderText(self.tr("Who you trust, as you call them"))
        self.about_combo = QComboBox(self)
        self.about_combo.setAccessibleName(self.tr("Notes about which vendor"))
        with_notes = {note.vendor_id for note in reputation.notes(db, mine_only=True, limit=1000)}
        for vendor in self._vendors:
            if vendor.id in with_notes:
                self.about_combo.addItem(vendor.name, vendor.id)
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
            if vendor_id is not None:
                self.about_combo.setCurrentIndex(max(0, self.about_combo.findData(vendor_id)))
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
        return int(value) if value is not None else None

    def vendor_name(self) -> str:
        combo = self.about_combo if self.mode() == "contact" else self.vendor_combo
        return combo.currentText()

    def request_id(self) -> int | None:
        value = self.request_combo.currentData()
        return int(value) if value is not None and self.mode() == "request" else None

    def key(self) -> tuple[Any, ...]:
        """What the next page's tree depends on."""
        return (self.kind(), self.vendor_id(), self.request_id())

    def validatePage(self) -> bool:
        mode = self.mode()
        problem = None
        if mode == "vendor" and self.vendor_id() is None:
            problem = self.tr("Add the vendor first: there is none in this vault yet.")
        elif mode == "request" and self.request_id() is None:
            problem = self.tr("Write a request first (Requests page): there is none to publish.")
        elif mode == "contact" and self.vendor_id() is None:
            problem = self.tr("Write a note about a vendor first: only your own notes can be passed on.")
        elif mode == "contact" and not self.contact_edit.text().strip():
            problem = self.tr("Name the trusted contact the notes go to.")
            self.contact_edit.setFocus()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return False
        return True


class ContentPage(QWizardPage):
    """The checkable tree of exactly what goes, and the words of feedback or a rights request."""

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._built_for: tuple[Any, ...] | None = None
        self.setTitle(self.tr("What goes"))
        self.setSubTitle(self.tr("Tick exactly what to share. Nothing unticked leaves this computer."))
        self.model = ShareTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("What goes"))
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0; }")
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        tree_label = QLabel(self.tr("&Tick what goes:"), self)
        tree_label.setBuddy(self.tree)
        self.message = field_message(self)
        self.profile_button = QPushButton(icons.icon("vendor"), self.tr("Edit your &profile…"), self)
        self.profile_button.setAccessibleName(self.tr("Edit your profile"))
        self.profile_button.clicked.connect(self.edit_profile)
        self.remember = QCheckBox(self)
        self.remember.setAccessibleName(self.tr("Remember the real details ticked as what this vendor may see"))

        self.feedback_box = QWidget(self)
        self.subject_edit = QLineEdit(self.feedback_box)
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.text_edit = QPlainTextEdit(self.feedback_box)
        self.text_edit.setAccessibleName(self.tr("Feedback"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.idea_box = QCheckBox(self.tr("It is an &idea rather than feedback"), self.feedback_box)
        self.idea_box.setAccessibleName(self.tr("It is an idea"))
        self.text_message = field_message(self.feedback_box)
        feedback_form = QFormLayout(self.feedback_box)
        feedback_form.setContentsMargins(0, 0, 0, 0)
        subject_label = QLabel(self.tr("Sub&ject:"), self.feedback_box)
        subject_label.setBuddy(self.subject_edit)
        text_label = QLabel(self.tr("Te&xt:"), self.feedback_box)
        text_label.setBuddy(self.text_edit)
        feedback_form.addRow(subject_label, self.subject_edit)
        feedback_form.addRow(text_label, self.text_edit)
        feedback_form.addRow("", self.text_message)
        feedback_form.addRow("", self.idea_box)

        self.rights_box = QWidget(self)
        self.law_combo = QComboBox(self.rights_box)
        self.law_combo.setAccessibleName(self.tr("Law"))
        self.law_combo.addItem(self.tr("GDPR (EU, UK): an answer within a month"), "GDPR")
        self.law_combo.addItem(self.tr("CCPA (California): an answer within 45 days"), "CCPA")
        self.extra_edit = QPlainTextEdit(self.rights_box)
        self.extra_edit.setAccessibleName(self.tr("A paragraph of your own"))
        self.extra_edit.setTabChangesFocus(True)
        self.extra_edit.setPlaceholderText(self.tr("Optional: added to the letter as you write it"))
        self.extra_edit.setFixedHeight(self.extra_edit.fontMetrics().lineSpacing() * 3 + 14)
        rights_form = QFormLayout(self.rights_box)
        rights_form.setContentsMargins(0, 0, 0, 0)
        law_label = QLabel(self.tr("&Law:"), self.rights_box)
        law_label.setBuddy(self.law_combo)
        extra_label = QLabel(self.tr("&Add a paragraph:"), self.rights_box)
        extra_label.setBuddy(self.extra_edit)
        rights_form.addRow(law_label, self.law_combo)
        rights_form.addRow(extra_label, self.extra_edit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.remember)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(tree_label)
        column.addWidget(self.tree, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addWidget(self.feedback_box)
        column.addWidget(self.rights_box)

    def initializePage(self) -> None:
        key = self._wizard.recipient_page.key()
        if key != self._built_for:  # another recipient: nothing ticked for the last one carries over
            self.model.removeRows(0, self.model.rowCount())
            self.rebuild(self._wizard.initial)
            self._built_for = key

    def rebuild(self, initial: ShareSpec | None = None) -> None:
        """Fill the tree for the recipient chosen; keep what was ticked when it is built again."""
        wizard = self._wizard
        db = wizard.db
        kind = wizard.recipient_page.kind()
        kept = {leaf.data(KEY_ROLE): leaf.checkState() for leaf in self.model.leaves()}
        self.model.removeRows(0, self.model.rowCount())
        self.message.hide()
        self.text_message.hide()
        vendor_id = wizard.recipient_page.vendor_id()
        name = wizard.recipient_page.vendor_name()
        concerning = initial.concerning if initial is not None else None
        groups = packages.shareable(db, kind, vendor_id=vendor_id, request_id=wizard.recipient_page.request_id(),
                                    concerning=concerning)

        def ticked(key: tuple[str, Any], default: bool) -> bool:
            state = kept.get(key)
            return default if state is None else state == Qt.CheckState.Checked

        titles = {
            choices.FIELDS: self.tr("Your details, for %s") % name,
            choices.DISCLOSE: self.tr("Your real details (without them, %s sees only your key)") % name,
            choices.CONCERNING: self.tr("What it concerns: packages you sent %s") % name,
            choices.REQUEST: self.tr("The request (anonymous: nothing about you goes with it)"),
            choices.NOTE: self.tr("Your notes about %s") % name,
        }
        request_labels = {
            "title": self.tr("What is wanted (always goes)"), "description": self.tr("Description"),
            "category": self.tr("Category"), "location": self.tr("Where"), "needed_by": self.tr("Needed by"),
            "budget": self.tr("Budget"), "conditions": self.tr("Conditions"),
        }
        missing = {choices.NOT_IN_PROFILE: self.tr("(not in your profile)"), choices.EMPTY: self.tr("(empty)")}
        for found in groups:
            group = self.model.add_group(titles[found.name])
            for item in found.items:
                key = (found.name, item.key)
                label = request_labels[str(item.key)] if found.name == choices.REQUEST else self._label(found.name, item)
                if item.why == choices.ALWAYS:  # ticked and fixed
                    self.model.add_leaf(group, label, item.value, key, checked=True, enabled=False)
                elif not item.available:
                    self.model.add_leaf(group, label, missing[item.why], key, checked=False, enabled=False)
                else:
                    shown = item.value or (self.tr("(ratings only)") if found.name == choices.NOTE else "")
                    self.model.add_leaf(group, label, shown, key, checked=ticked(key, item.default))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        vendor_kind = kind in VENDOR_KINDS
        self.profile_button.setVisible(vendor_kind)
        self.remember.setVisible(kind in VENDOR_KINDS[1:])
        self.remember.setText(self.tr("Re&member the real details ticked as what %s may see") % name)
        self.remember.setChecked(False)
        self.feedback_box.setVisible(kind == "feedback")
        self.rights_box.setVisible(kind in choices.RIGHTS_KINDS)
        if initial is not None:
            self.law_combo.setCurrentIndex(max(0, self.law_combo.findData(initial.law)))

    @staticmethod
    def _label(group: str, item: choices.Item) -> str:
        """The translated words for an item of `choices.shareable`."""
        if group in (choices.FIELDS, choices.DISCLOSE):
            field = str(item.key)
            label = field_labels().get(field, i18n.package_words(render.FIELD_LABELS[field]) if field in render.FIELD_LABELS
                                       else _words(field).capitalize())
            return label.replace("&", "")
        if group == choices.CONCERNING:
            return f"{item.label} · {i18n.package_words(packages.KIND_TITLE.get(item.kind, item.kind))}"
        return item.label

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self._wizard.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self.rebuild())
        dialog.open()

    def show_error(self, text: str, field: str | None) -> None:
        if field == "text" and self.feedback_box.isVisible():
            self.text_message.setText(text)
            self.text_message.show()
            self.text_edit.setFocus()
            return
        self.message.setText(text)
        self.message.show()

    def validatePage(self) -> bool:
        self.message.hide()
        self.text_message.hide()
        about = [leaf for leaf in self.model.leaves() if leaf.data(KEY_ROLE)[0] == "concerning"]
        if about and not self.model.checked("concerning"):
            self.show_error(self.tr("Tick the packages the request is about (at least one)."), "concerning")
            return False
        try:
            packages.build(self._wizard.db, self._wizard.spec(with_terms=False))
        except InvalidInput as exc:
            self.show_error(error_text(exc), exc.field)
            return False
        return True


class DaysDelegate(QStyledItemDelegate):
    """A spin box with the parameter's range for the Setting column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QSpinBox(parent)
        param = index.data(TermsModel.PARAM_ROLE)
        if isinstance(param, terms.Param):
            editor.setRange(param.minimum, param.maximum)
            editor.setSuffix(self.tr(" days") if param.name == "days" else "")
            editor.setAccessibleName(param.label)
        return editor


class TermsPage(QWizardPage):
    """The terms she proffers, in plain words: two or three choices for the kind of package (each
    a set of library terms, `terms.choices`), or every term one by one behind "All terms…"."""

    ALL = 1000  # the button id of "All terms…" (-1 would have QButtonGroup pick one)

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._kind: str | None = None
        self._choices: tuple[terms.Choice, ...] = ()
        self._notes: list[QLabel] = []  # the explanations under the radios
        self.setTitle(self.tr("Your terms"))
        self.setSubTitle(self.tr("What may they do with what you share? Your answer travels with it, signed."))
        self.model = TermsModel(self)

        self.choice_label = QLabel(self.tr("&What may they do with it?"), self)
        self.choice_group = QButtonGroup(self)
        self.choice_box = QWidget(self)
        self.choice_column = QVBoxLayout(self.choice_box)
        self.choice_column.setContentsMargins(0, 0, 0, 0)
        self.choice_column.setSpacing(2)
        self.all_radio = QRadioButton(self.tr("&All terms…"), self)
        self.all_radio.setAccessibleName(self.tr("All terms"))
        self.all_note = self._explanation(
            self.tr("The whole list of standard terms, to tick one by one (IEEE 7012 and others)."))
        self.choice_group.addButton(self.all_radio, self.ALL)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Terms"))
        self.view.setItemDelegateForColumn(TermsModel.SETTING, DaysDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setShowGrid(False)
        self.view.setStyleSheet("QTableView::item { padding: 2px 0; }")
        self.view.setWordWrap(True)  # a long title wraps; nothing is cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # ~20 rows
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TermsModel.TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TermsModel.SETTING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TermsModel.SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table_label = QLabel(self.tr("&Terms (tick to proffer; double-click a setting to change it):"), self)
        self.table_label.setBuddy(self.view)
        self.details = secondary(parent=self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.all_box = QWidget(self)
        all_column = QVBoxLayout(self.all_box)
        all_column.setContentsMargins(0, 4, 0, 0)
        all_column.setSpacing(4)
        all_column.addWidget(self.table_label)
        all_column.addWidget(self.view, 1)
        all_column.addWidget(self.details)
        self.all_box.hide()

        self.message = field_message(self)
        self.valid_spin = QSpinBox(self)
        self.valid_spin.setRange(1, 3650)
        self.valid_spin.setSuffix(self.tr(" days"))
        self.valid_spin.setAccessibleName(self.tr("Valid for"))
        valid_label = QLabel(self.tr("&Valid for:"), self)
        valid_label.setBuddy(self.valid_spin)
        valid_row = QHBoxLayout()
        valid_row.addWidget(valid_label)
        valid_row.addWidget(self.valid_spin)
        valid_row.addWidget(secondary(self.tr("after that the package says it is not to be acted on"), parent=self), 1)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.choice_box)
        choices.addWidget(self.all_radio)
        choices.addWidget(self.all_note)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(self.choice_label)
        column.addLayout(choices)
        column.addWidget(self.all_box, 1)
        self.stretch = QWidget(self)  # takes the room the list leaves while it is hidden
        column.addWidget(self.stretch, 1)
        column.addWidget(self.message)
        column.addLayout(valid_row)
        self.choice_group.idToggled.connect(self._toggled)
        # The description follows the row she is on: a click on a check box ticks it without making its row
        # current (the delegate takes the press), so the row ticked becomes current (else the text shown was
        # another row's).
        self.model.row_toggled.connect(self._toggled_row)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._show_details(current.row()))
        self.model.dataChanged.connect(lambda *_: self._show_details(self.view.currentIndex().row()))

    def _toggled_row(self, row: int) -> None:
        if self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, TermsModel.TERM))

    def _explanation(self, text: str) -> QLabel:
        """The one line under a choice, in line with its words (past the round box)."""
        label = secondary(text, parent=self, small=True)
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        label.setContentsMargins(indent, 0, 0, 4)
        return label

    def _build_choices(self, kind: str) -> None:
        for button in self.choice_group.buttons():
            if button is not self.all_radio:
                self.choice_group.removeButton(button)
        while (item := self.choice_column.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._choices = terms.choices(kind)
        self._notes = [self.all_note]
        for number, choice in enumerate(self._choices):
            radio = QRadioButton(term_words.choice_title(choice), self.choice_box)
            explanation = term_words.choice_explanation(choice)
            radio.setAccessibleName(radio.text())
            radio.setAccessibleDescription(explanation)
            radio.setToolTip("\n".join(term_words.detail({"id": t, "version": terms.library().term(t).version})
                                       for t, _ in choice.terms))
            note = self._explanation(explanation)
            note.setParent(self.choice_box)
            self._notes.append(note)
            self.choice_group.addButton(radio, number)
            self.choice_column.addWidget(radio)
            self.choice_column.addWidget(note)

    def choice_radios(self) -> list[QRadioButton]:
        return [b for b in self.choice_group.buttons() if b is not self.all_radio and isinstance(b, QRadioButton)]

    def initializePage(self) -> None:
        kind = self._wizard.recipient_page.kind()
        if kind != self._kind:
            self.model.load(kind)
            self._build_choices(kind)
            initial = self._wizard.initial
            if initial is not None and initial.kind == kind and initial.terms is not None:
                self.model.select(initial.terms)
            self.valid_spin.setValue(packages.DEFAULT_VALID_DAYS.get(kind, 365))
            self._kind = kind
            self._check_matching()
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.message.hide()

    def _check_matching(self) -> None:
        """The radio that says what the list has ticked: a plain choice, else "All terms…"."""
        try:
            plain = terms.choice_of(self._kind or "", self.model.selection())
        except InvalidInput:
            plain = None
        number = self._choices.index(plain) if plain is not None else self.ALL
        button = self.choice_group.button(number)
        self.choice_group.blockSignals(True)
        button.setChecked(True)
        self.choice_group.blockSignals(False)
        self._show_list(number == self.ALL)

    def choose(self, word: str | None) -> None:
        """Take the plain choice `word` of this kind (None: "All terms…"), as a click on its radio does."""
        if word is None:
            self.all_radio.setChecked(True)
            return
        number = next(n for n, c in enumerate(self._choices) if c.word == word)
        button = self.choice_group.button(number)
        button.setChecked(True)

    def chosen(self) -> terms.Choice | None:
        """The plain choice taken, or None for "All terms…"."""
        number = self.choice_group.checkedId()
        return self._choices[number] if 0 <= number < len(self._choices) else None

    def show_all(self) -> None:
        self.all_radio.setChecked(True)

    def _toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        if number == self.ALL:
            self._show_list(True)
            self.view.setFocus()
            return
        self.model.select(self._choices[number].terms)
        self._show_list(False)
        self.message.hide()

    def _show_list(self, shown: bool) -> None:
        self.all_box.setVisible(shown)
        self.stretch.setVisible(not shown)
        for note in self._notes:  # with the list open, the radios are a short way back: the list gets the room
            note.setVisible(not shown)
        checked = self.choice_group.checkedButton()
        self.choice_label.setBuddy(checked if checked is not None else self.all_radio)
        if shown:
            self._show_details(self.view.currentIndex().row())

    def _show_details(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.details.clear()
            return
        item = self.model.chosen_text(row)
        term = item.term
        source = f"{term.id} v{term.version} · {term.source}" + (f" · {term.iri}" if term.iri else "")
        e = html.escape
        title, text = term_words.title(term, item.values), term_words.text(term, item.values)
        self.details.setText(f"<b>{e(title)}</b> — {e(text)}<br><small>{e(source)}</small>")

    def validatePage(self) -> bool:
        self.message.hide()
        try:
            terms.choose(self.model.selection())
            self._wizard.draft = packages.build(self._wizard.db, self._wizard.spec(with_terms=True))
        except InvalidInput as exc:  # about the terms, or (changed meanwhile) the tree's: said here, next to them
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        return True


class PreviewPage(QWizardPage):
    """Exactly what leaves, both ways: in plain words and as the JSON document that is signed."""

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._key_file: str | None = None
        self.setTitle(self.tr("Preview: exactly what leaves"))
        self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger, and then "
                                 "lets you save, copy or print it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Share"))
        self.words = QTextBrowser(self)
        self.words.setAccessibleName(self.tr("The package in plain words"))
        self.words.setOpenLinks(False)
        self.json = QPlainTextEdit(self)
        self.json.setReadOnly(True)
        self.json.setAccessibleName(self.tr("The signed document (JSON)"))
        self.json.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.json.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        words_label = QLabel(self.tr("In plain &words"), self)
        words_label.setBuddy(self.words)
        json_label = QLabel(self.tr("The signed document (&JSON)"), self)
        json_label.setBuddy(self.json)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in ((words_label, self.words), (json_label, self.json)):
            pane = QWidget(splitter)
            pane_column = QVBoxLayout(pane)
            pane_column.setContentsMargins(0, 0, 0, 0)
            pane_column.setSpacing(4)
            pane_column.addWidget(label)
            pane_column.addWidget(view, 1)
            splitter.addWidget(pane)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)  # the words are what she reads; the JSON is for checking
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.encryption_combo = QComboBox(self)
        self.encryption_combo.setAccessibleName(self.tr("Encryption"))
        self.encryption_combo.currentIndexChanged.connect(lambda _: self._encryption_changed())
        encryption_label = QLabel(self.tr("Encr&yption:"), self)
        encryption_label.setBuddy(self.encryption_combo)
        self.key_button = QPushButton(icons.icon("key"), self.tr("Choose a &key file…"), self)
        self.key_button.setAccessibleName(self.tr("Choose the recipient's key file"))
        self.key_button.clicked.connect(self._choose_key_file)
        self.key_label = secondary(parent=self, small=True)
        self.own_key_box = QCheckBox(self.tr("A &pseudonym of its own for this recipient (vendors you send this request "
                                             "to cannot link their copies by your key)"), self)
        self.own_key_box.setAccessibleName(self.tr("A pseudonym of its own for this recipient"))
        self.own_key_box.toggled.connect(self._own_key_toggled)
        self.message = field_message(self)
        row = QHBoxLayout()
        row.addWidget(encryption_label)
        row.addWidget(self.encryption_combo, 1)
        row.addWidget(self.key_button)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(splitter, 1)
        column.addLayout(row)
        column.addWidget(self.key_label)
        column.addWidget(self.own_key_box)
        column.addWidget(self.message)

    def _show_words(self) -> None:
        draft = self._wizard.draft
        assert draft is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        self.words.setHtml(render.to_html(draft.document, i18n.package_words, term_words=term_words.of_document,
                                          muted=muted_colour(self.words)))

    def restyle(self) -> None:
        """A live theme switch: the plain-words page has the theme's colours in it, so draw it again."""
        if self._wizard.draft is not None and self.isVisible():
            self._show_words()

    def initializePage(self) -> None:
        draft = self._wizard.draft
        assert draft is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        self._show_words()
        opens = False
        if draft.spec.kind == "personal-request" and draft.spec.request_id is not None:
            with contextlib.suppress(MyVendorsError):
                status = requests.get_request(self._wizard.db, draft.spec.request_id).status
                opens = status in (RequestStatus.DRAFT, RequestStatus.EXPIRED)
        if opens:  # sharing publishes it: say so before she presses Share
            self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger and opens "
                                     "the request for offers; then you save, copy or print it."))
        else:
            self.setSubTitle(self.tr("Nothing has left yet. “Share” signs this, records it in your ledger, and then "
                                     "lets you save, copy or print it."))
        self.json.setPlainText(json.dumps(draft.document, indent=2, ensure_ascii=False))
        self.message.hide()
        self.own_key_box.blockSignals(True)
        self.own_key_box.setChecked(draft.spec.own_pseudonym)
        self.own_key_box.blockSignals(False)
        self.encryption_combo.blockSignals(True)
        self.encryption_combo.clear()
        on_file = packages.encryption_key_on_file(self._wizard.db, draft.spec)
        if on_file:
            self.encryption_combo.addItem(self.tr("Encrypted to %s's key on file") % draft.recipient, "on-file")
        public = draft.spec.kind == "personal-request"
        self.encryption_combo.addItem(
            self.tr("Signed, not encrypted: anyone can read it (a published request)") if public
            else self.tr("Signed, not encrypted"), "none")
        self.encryption_combo.addItem(self.tr("Encrypted to a key from a file (the recipient's JWK)"), "file")
        self.encryption_combo.blockSignals(False)
        self._encryption_changed()

    def _target(self) -> str | None:
        """The key the package would be encrypted to as chosen now (None: not encrypted, or no key yet)."""
        choice = self.encryption_combo.currentData()
        draft = self._wizard.draft
        if choice == "on-file" and draft is not None:
            return packages.encryption_key_on_file(self._wizard.db, draft.spec)
        if choice == "file" and self._key_file:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                return Path(self._key_file).read_text(encoding="utf-8")
        return None

    def _readdress(self) -> None:
        """The previewed document names the key it is encrypted to (`recipient.thumbprint`), as it leaves."""
        draft = self._wizard.draft
        if draft is None:
            return
        with contextlib.suppress(MyVendorsError):
            self._wizard.draft = packages.addressed(draft, self._target())
        self.json.setPlainText(json.dumps(self._wizard.draft.document, indent=2, ensure_ascii=False))

    def _own_key_toggled(self, checked: bool) -> None:
        """A request with a pseudonym of its own: build it again under a fresh key pair (or the request's)."""
        draft = self._wizard.draft
        if draft is None:
            return
        try:
            self._wizard.draft = packages.build(self._wizard.db, replace(draft.spec, own_pseudonym=checked))
        except MyVendorsError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self._show_words()
        self._readdress()

    def _encryption_changed(self) -> None:
        choice = self.encryption_combo.currentData()
        draft = self._wizard.draft
        self.own_key_box.setVisible(draft is not None and draft.spec.kind == "personal-request" and choice != "none")
        if not self.own_key_box.isVisibleTo(self) and self.own_key_box.isChecked():
            self.own_key_box.setChecked(False)  # published to anyone: one pseudonym for all who answer
        self._readdress()
        self.key_button.setVisible(choice == "file")
        if choice == "file":
            self.key_label.setText(self._key_text() if self._key_file else self.tr("Choose the file with the key."))
        elif choice == "on-file":
            self.key_label.setText(self.tr("Only the vendor can read it; it came with an earlier answer of theirs."))
        else:
            self.key_label.setText(self.tr("The signature shows any change; the content itself is readable."))
        self.message.hide()

    def _key_text(self) -> str:
        return self.tr("Key: %s") % Path(self._key_file or "").name

    def _choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The recipient's public key"), "",
                                              self.tr("JSON Web Keys (*.jwk *.json);;All files (*)"))
        if path:
            self.set_key_file(path)

    def set_key_file(self, path: str) -> bool:
        """Use the X25519 public key (a JWK) in `path`; say plainly when it is not one."""
        self.encryption_combo.setCurrentIndex(self.encryption_combo.findData("file"))
        try:
            text = Path(path).read_text(encoding="utf-8")
            keys.public_key_from_jwk(text, use="enc")
        except (OSError, UnicodeDecodeError) as exc:
            self.message.setText(self.tr("Could not read %s: %s") % (path, exc))
            self.message.show()
            return False
        except InvalidInput as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._key_file = path
        self._encryption_changed()
        return True

    def validatePage(self) -> bool:
        """Share: sign what was previewed, encrypt as chosen, record it (one transaction)."""
        wizard = self._wizard
        draft = wizard.draft
        assert draft is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        choice = self.encryption_combo.currentData()
        target: str | None = None
        if choice == "file":
            if not self._key_file:
                self.message.setText(self.tr("Choose the file with the recipient's key, or do not encrypt."))
                self.message.show()
                return False
            try:
                target = Path(self._key_file).read_text(encoding="utf-8")
            except OSError as exc:
                self.message.setText(str(exc))
                self.message.show()
                return False
        try:
            shared = packages.share_draft(wizard.db, draft, encrypt_to=target, use_key_on_file=choice == "on-file")
            remember = wizard.content_page.remember
            if remember.isChecked() and draft.spec.kind in VENDOR_KINDS[1:] and draft.spec.vendor_id is not None:
                packages.set_disclosures(wizard.db, draft.spec.vendor_id, list(draft.spec.disclose))
        except MyVendorsError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        wizard.shared = shared
        emit(wizard.shared_done, shared)
        return True


class DonePage(QWizardPage):
    """Shared: what to do with it now, in plain words, and each way of handing it over one click
    away: save the file (named after what it is), show it in its folder, write an e-mail to attach
    it to, copy its path, print it or save it as a PDF, copy the package text, the QR code."""

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

        def button(icon: str | None, text: str, name: str, slot: Any) -> QPushButton:
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
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
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
            % (html.escape(self.kind_title(kind)), html.escape(self.recipient_words()), how,
               shared.package_id, shared.sha256, draft.pseudonym.thumbprint)
        )
        self.what_now.setText(self.what_to_do())
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

    def recipient_words(self) -> str:
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        return self.tr("anyone") if shared.draft.recipient == "anyone" else shared.draft.recipient

    def what_to_do(self) -> str:
        """In plain words: where the file goes now, and how."""
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
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
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
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
        folder = _last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder or Path.home()) / name)

    def _choose_save(self) -> None:
        suffix = self.suffix()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package"), self._start_path(self.default_name()),
                                              self.tr("Packages (*%s);;All files (*)") % suffix)
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        global _last_folder
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        target = Path(path)
        if self._write(target, shared.file_bytes, self.tr("Saved the package to %s.")):
            self.saved_path = target
            _last_folder = str(target.parent)
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
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        spec = shared.draft.spec
        to = ""
        if spec.kind in VENDOR_KINDS and spec.vendor_id is not None:
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
        query.addQueryItem("subject", QUrl.toPercentEncoding(subject).data().decode("ascii"))
        crlf = "\r\n".join(body.splitlines())  # RFC 6068: line breaks in a mailto body are CRLF
        query.addQueryItem("body", QUrl.toPercentEncoding(crlf).data().decode("ascii"))
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
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        keeper = clipboard_for(self)  # the app's one clipboard service, with the vault's setting
        keeper.copy(shared.compact)
        self.status.setText(keeper.copied_message())

    # -- on paper ------------------------------------------------------------------------------
    def _document(self) -> QTextDocument:
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
        document = QTextDocument(self)
        document.setHtml(render.to_html(shared.draft.document, i18n.package_words))
        return document

    def _choose_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415 (printing loads when first used)

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
        shared = self._wizard.shared
        assert shared is not None  # nosec B101  # narrows the type for mypy; the UI only calls this in that state
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


class ShareWizard(QWizard):
    """Share on her terms. Emits `shared_done(Shared)` once the package is signed and in the ledger."""

    shared_done = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, initial: ShareSpec | None = None,
        vendor_id: int | None = None, request_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.initial = initial
        self.draft: Draft | None = None
        self.shared: Shared | None = None
        self.setWindowTitle(self.tr("Share"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.recipient_page = RecipientPage(self)
        self.content_page = ContentPage(self)
        self.terms_page = TermsPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for number, page in enumerate(
            (self.recipient_page, self.content_page, self.terms_page, self.preview_page, self.done_page)
        ):
            self.setPage(number, page)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.button(QWizard.WizardButton.CommitButton).setAccessibleName(self.tr("Share"))
        if initial is not None:
            self.recipient_page.choose(kind=initial.kind, vendor_id=initial.vendor_id, request_id=initial.request_id,
                                       contact=initial.contact)
        elif request_id is not None:
            self.recipient_page.choose(kind="personal-request", request_id=request_id)
        elif vendor_id is not None:
            self.recipient_page.choose(vendor_id=vendor_id)
        self.resize(820, 620)

    def spec(self, *, with_terms: bool) -> ShareSpec:
        """What the pages say, as a ShareSpec: only what is ticked is named."""
        recipient, content = self.recipient_page, self.content_page
        kind = recipient.kind()
        tree = content.model
        fields: tuple[str, ...] = ()
        if kind == "profile":
            fields = tuple(tree.checked("fields"))
        elif kind == "personal-request":
            fields = tuple(tree.checked("request"))
        selection = tuple(self.terms_page.model.selection()) if with_terms else None
        return ShareSpec(
            kind=kind,
            vendor_id=recipient.vendor_id(),
            request_id=recipient.request_id(),
            contact=recipient.contact_edit.text().strip() if kind == "reputation" else None,
            fields=fields,
            disclose=tuple(tree.checked("disclose")),
            note_ids=tuple(tree.checked("note")),
            subject=content.subject_edit.text() if kind == "feedback" else "",
            text=(content.text_edit.toPlainText() if kind == "feedback"
                  else content.extra_edit.toPlainText() if kind in VENDOR_KINDS[2:] else ""),
            idea=content.idea_box.isChecked() if kind == "feedback" else False,
            law=str(content.law_combo.currentData()) if kind in VENDOR_KINDS[2:] else "GDPR",
            concerning=tuple(tree.checked("concerning")),
            terms=selection,
            valid_days=self.terms_page.valid_spin.value() if with_terms else None,
        )
