"""The share wizard's second page: the checkable tree of exactly what goes (drawn from
`choices.shareable` for the recipient chosen), and the words of feedback or a rights request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from myvendors.domain import leaks
from myvendors.domain.sharing import choices, packages, render
from myvendors.domain.sharing.packages import ShareSpec
from myvendors.errors import InvalidInput
from myvendors.ui import i18n, icons
from myvendors.ui.i18n import error_text
from myvendors.ui.models.sharing import KEY_ROLE, ShareTreeModel
from myvendors.ui.passphrase import field_message
from myvendors.ui.sharing.profile import ProfileDialog, field_labels

if TYPE_CHECKING:
    from myvendors.ui.sharing.wizard import ShareWizard


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
        # A leak canary: her e-mail shared with a vendor that has no alias of its own gets one offered
        self.alias_box = QCheckBox(self)
        self.alias_box.setToolTip(self.tr(
            "The vendor gets this address instead of your own e-mail, and only this vendor. If anyone else ever "
            "writes to it, you know who passed it on. Your mail provider must deliver mail for it to you."))
        self.alias_box.hide()
        self._alias: str | None = None
        self.model.itemChanged.connect(lambda *_: self._show_alias())

        self._build_feedback_box()
        self._build_rights_box()

        buttons = QHBoxLayout()
        buttons.addWidget(self.remember)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(tree_label)
        column.addWidget(self.tree, 1)
        column.addWidget(self.message)
        column.addWidget(self.alias_box)
        column.addLayout(buttons)
        column.addWidget(self.feedback_box)
        column.addWidget(self.rights_box)

    def _build_feedback_box(self) -> None:
        """The subject and words of feedback (or an idea), shown for feedback only."""
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

    def _build_rights_box(self) -> None:
        """The law and a paragraph of her own, shown for a request to erase or to see her data."""
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
        if wizard.recipient_page.all_vendors():  # notes for a contact about several vendors: a group each
            groups = []
            names = {}
            for about_id, about_name in wizard.recipient_page.noted_vendors:
                for found in packages.shareable(db, kind, vendor_id=about_id):
                    groups.append(found)
                    names[id(found)] = about_name
        else:
            groups = list(packages.shareable(db, kind, vendor_id=vendor_id, request_id=wizard.recipient_page.request_id(),
                                             concerning=concerning))
            names = {id(found): name for found in groups}

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
            title = (self.tr("Your notes about %s") % names[id(found)] if found.name == choices.NOTE
                     else titles[found.name])
            group = self.model.add_group(title)
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
        vendor_kind = kind in choices.VENDOR_KINDS
        self.profile_button.setVisible(vendor_kind)
        self.remember.setVisible(kind in choices.VENDOR_KINDS[1:])
        self.remember.setText(self.tr("Re&member the real details ticked as what %s may see") % name)
        self.remember.setChecked(False)
        self.feedback_box.setVisible(kind == "feedback")
        self.rights_box.setVisible(kind in choices.RIGHTS_KINDS)
        if initial is not None:
            self.law_combo.setCurrentIndex(max(0, self.law_combo.findData(initial.law)))
            if initial.text and not self.extra_edit.toPlainText().strip():  # e.g. a leak's paragraph
                self.extra_edit.setPlainText(initial.text)
        self._alias = (leaks.suggest_for(db, vendor_id)
                       if kind == "profile" and vendor_id is not None else None)
        self.alias_box.setText(self.tr("Give %s its o&wn address: %s") % (name, self._alias or ""))
        self.alias_box.setAccessibleName(self.tr("Give %s its own e-mail address") % name)
        self.alias_box.setChecked(False)
        self._show_alias()

    def _show_alias(self) -> None:
        """Offer the vendor an alias of its own while her e-mail is ticked and it has none."""
        self.alias_box.setVisible(self._alias is not None and "email" in self.model.checked("fields"))

    def alias(self) -> tuple[tuple[str, str], ...]:
        """The alias the share gives in place of her e-mail: (("email", address),), or () for none."""
        if self._alias and not self.alias_box.isHidden() and self.alias_box.isChecked():
            return (("email", self._alias),)
        return ()

    @staticmethod
    def _label(group: str, item: choices.Item) -> str:
        """The translated words for an item of `choices.shareable`."""
        if group in (choices.FIELDS, choices.DISCLOSE):
            field = str(item.key)
            label = field_labels().get(field, i18n.package_words(render.FIELD_LABELS[field]) if field in render.FIELD_LABELS
                                       else field.replace("_", " ").capitalize())
            return label.replace("&", "")
        if group == choices.CONCERNING:
            return f"{item.label} · {i18n.package_words(packages.KIND_TITLE.get(item.kind, item.kind))}"
        return item.label

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self._wizard.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.rebuild)
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

