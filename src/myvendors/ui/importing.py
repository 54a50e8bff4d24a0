"""Importing vendors from vCard and CSV files: choose, read and check, preview, then add in one go.

`VendorImport` runs the steps; `ImportPreviewDialog` shows the plan. Reading and checking the
file (`importing.plan_vendor_import`) and adding the vendors (`apply_vendor_import`, one
transaction) both run on the worker behind a `ProgressDialog` with Cancel. The preview lists
every vendor that will be added, with a tick to leave any out; likely duplicates start unticked
and say why; rows or cards that cannot be imported are listed with their line and the reason.
For CSV files the columns can be chosen again, which reads the file again. A file that cannot
be imported at all (not a contacts file, no name column, unreadable) gets a message and writes
nothing; so does a cancelled import. Several files can be chosen at once: they are read one
after the other into one preview (each record says which file it came from, a file that cannot be
read is named with the reason, the others still come) and added in one transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import importing
from myvendors.domain.importing import csv_vendors
from myvendors.domain.importing.text import read_file
from myvendors.domain.importing.csv_vendors import FIELDS
from myvendors.domain.importing import ImportOutcome, ImportPlan
from myvendors.errors import QT_TRANSLATE_NOOP, Cancelled, InvalidInput, MyVendorsError
from myvendors.ui import icons
from myvendors.ui.i18n import error_text, translated
from myvendors.ui.import_flow import ImportFlow
from myvendors.ui.models.import_preview import ImportPreviewModel
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, heading, record_table, secondary
from myvendors.ui.worker import Job, JobControl, Worker

if TYPE_CHECKING:
    from myvendors.storage import Database
    from myvendors.ui.import_flow import Connect

#: the column choosers' labels, by vendor field (mnemonics unique within the dialog)
_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Name"),
    "website": QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Website"),
    "category": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Ca&tegory"),
    "email": QT_TRANSLATE_NOOP("ImportPreviewDialog", "E-&mail"),
    "phone": QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Phone"),
    "address": QT_TRANSLATE_NOOP("ImportPreviewDialog", "A&ddress"),
    "notes": QT_TRANSLATE_NOOP("ImportPreviewDialog", "N&otes"),
    "tags": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Ta&gs"),
    "contact": QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Contact"),
    "title": QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Job title"),
}
_NO_COLUMN = ""


def read_and_plan(
    db: Database, path: Path, control: JobControl | None = None, *, mapping: dict[str, str | None] | None = None
) -> ImportPlan:
    """Read `path` and plan its import (bad CSV rows listed, not fatal); OS errors become messages."""
    raw = read_file(path)
    try:
        return importing.plan_vendor_import(
            db,
            raw,
            filename=path.name,
            mapping=mapping,
            skip_bad_rows=True,
            progress=control.progress if control else None,
            cancelled=control.cancelled if control else None,
        )
    except InvalidInput as error:
        if error.field != "name" or mapping is not None or importing.detect_format(raw, path.name) != "csv":
            raise
    # A CSV file whose name column was not recognised: an empty plan, so that the person can
    # choose the columns in the preview (the file was read once already; this cannot fail).
    table = csv_vendors.read_csv(raw)
    return ImportPlan("csv", [], [], [], mapping=csv_vendors.suggest_mapping(table.header), header=table.header)


def read_and_plan_files(db: Database, paths: Sequence[Path], control: JobControl | None = None) -> ImportPlan:
    """Read several files into one plan (`importing.combine_plans`); one file is `read_and_plan`.

    A file that cannot be read, or a CSV file whose name column is not recognised, is named in
    the plan's `failed_files` with the reason and the others are still imported; only when no
    file can be read is the import refused, naming each file."""
    if len(paths) == 1:
        return read_and_plan(db, paths[0], control)
    parts: list[tuple[str, ImportPlan]] = []
    failures: list[tuple[str, str]] = []
    for path in paths:
        try:
            plan = read_and_plan(db, path, control)
        except Cancelled:
            raise
        except MyVendorsError as error:
            failures.append((path.name, error.text()))  # (a Message: shown translated)
            continue
        if plan.format == "csv" and not plan.mapping.get("name"):
            failures.append((
                path.name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no column was recognised as the vendor's name; import this file on its own to choose the columns."
                ),
            ))
            continue
        parts.append((path.name, plan))
    if not parts:
        raise InvalidInput("\n".join(f"{name}: {why}" for name, why in failures), field="file")
    return importing.combine_plans(db, parts, failures, cancelled=control.cancelled if control else None)


class ImportPreviewDialog(QDialog):
    """What the import will add; emits `import_requested(leave_out)` or `columns_changed(mapping)`."""

    import_requested = Signal(object)  # set of draft indexes to leave out
    columns_changed = Signal(object)  # {field: column or None}, CSV only

    def __init__(  # noqa: PLR0915 (builds the dialog's widgets in reading order)
        self, path: Path, plan: ImportPlan, parent: QWidget | None = None, *, paths: Sequence[Path] = ()
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._plan = plan
        #: every file of the import, when several were chosen
        self.paths = list(paths) or [path]
        #: the worker job reading the file again or adding the vendors, while one runs
        self.busy_job: Job | None = None
        self.setWindowTitle(self.tr("Import vendors"))
        self.setSizeGripEnabled(True)

        icon = QLabel(self)
        icons.show_on(icon, "vendor", 32)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        several = len(self.paths) > 1
        self.title = heading(
            self.tr("Import vendors from %d files") % len(self.paths) if several else self.tr("Import vendors from %s") % path.name,
            scale=1.2,
            parent=self,
        )
        if several:
            self.title.setToolTip("\n".join(p.name for p in self.paths))
        self.subtitle = secondary(parent=self)
        self.banner = MessageBanner(self)

        self.columns_box = QWidget(self)
        grid = QGridLayout(self.columns_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        columns_title = QLabel(self.tr("Columns used"), self.columns_box)
        columns_title.setStyleSheet("font-weight: 600;")
        grid.addWidget(columns_title, 0, 0, 1, 8)
        self.column_combos: dict[str, QComboBox] = {}
        for position, field in enumerate(FIELDS):
            combo = QComboBox(self.columns_box)
            text = QCoreApplication.translate("ImportPreviewDialog", _FIELD_LABELS[field])
            combo.setAccessibleName(self.tr("Column for the %s") % text.replace("&", "").lower())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            label = QLabel(text, self.columns_box)
            label.setBuddy(combo)
            row, pair = divmod(position, 4)
            grid.addWidget(label, 1 + row, pair * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, 1 + row, pair * 2 + 1)
            self.column_combos[field] = combo
        for pair in range(4):
            grid.setColumnStretch(pair * 2 + 1, 1)
        self.column_message = field_message(self.columns_box)
        grid.addWidget(self.column_message, 1 + (len(FIELDS) + 3) // 4, 0, 1, 8)

        self.model = ImportPreviewModel(self)
        self.view = record_table(self, self.model, self.tr("Vendors to import"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)

        self.duplicates_check = QCheckBox(self)
        self.duplicates_check.setAccessibleName(self.tr("Import likely duplicates too"))
        self.duplicates_check.toggled.connect(self.model.set_duplicates_ticked)

        self.problems_label = QLabel(self)
        self.problems_label.setStyleSheet("font-weight: 600;")
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Records that cannot be imported, and notes"))
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setAccessibleName(self.tr("Import the ticked vendors"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.model.ticks_changed.connect(self._update_counts)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(titles, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.columns_box)
        column.addWidget(self.view, 1)
        column.addWidget(self.duplicates_check)
        column.addWidget(self.problems_label)
        column.addWidget(self.problems)
        column.addWidget(self.buttons)
        self.resize(880, 580)
        self.set_plan(plan)
        for combo in self.column_combos.values():
            combo.currentIndexChanged.connect(self._column_chosen)

    # -- the plan --------------------------------------------------------------------------
    @property
    def plan(self) -> ImportPlan:
        return self._plan

    def set_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.banner.clear()
        self.column_message.hide()
        self.model.set_plan(plan)
        read = len(plan.drafts) + len(plan.skipped)
        if plan.files:
            count = len(plan.files) + len(plan.failed_files)
            kind = self.tr("%d files") % count
            unit = self.tr("1 record read") if read == 1 else self.tr("%d records read") % read
        elif plan.format == "vcard":
            kind = self.tr("vCard file")
            unit = self.tr("1 card read") if read == 1 else self.tr("%d cards read") % read
        else:
            kind = self.tr("CSV file")
            unit = self.tr("1 row read") if read == 1 else self.tr("%d rows read") % read
        self.subtitle.setText(f"{kind} · {unit}")
        self._fill_columns(plan)
        in_vault, in_files = _duplicate_counts(plan)
        duplicates = in_vault + in_files
        self.duplicates_check.blockSignals(True)
        self.duplicates_check.setChecked(False)
        self.duplicates_check.blockSignals(False)
        if not in_files:
            text = (
                self.tr("A&lso import the likely duplicate: it looks like a vendor you already have")
                if duplicates == 1
                else self.tr("A&lso import the %d likely duplicates: they look like vendors you already have") % duplicates
            )
        elif not in_vault:
            text = (
                self.tr("A&lso import the repeated entry: it repeats an earlier entry of the import")
                if duplicates == 1
                else self.tr("A&lso import the %d repeated entries: they repeat earlier entries of the import") % duplicates
            )
        else:
            text = self.tr(
                "A&lso import the %d likely duplicates: vendors you already have or repeated entries"
            ) % duplicates
        self.duplicates_check.setText(text)
        self.duplicates_check.setVisible(duplicates > 0)
        self.problems.clear()
        for message in plan.failed_files:
            QListWidgetItem(icons.icon("warning"), self.tr("Not imported: %s") % translated(message), self.problems)
        for message in plan.skipped:
            QListWidgetItem(icons.icon("warning"), translated(message), self.problems)
        for message in plan.warnings:
            QListWidgetItem(icons.icon("info"), translated(message), self.problems)
        has_problems = bool(plan.failed_files or plan.skipped or plan.warnings)
        rows = sum(self.problems.sizeHintForRow(row) for row in range(min(self.problems.count(), 4)))
        self.problems.setFixedHeight(rows + 2 * self.problems.frameWidth() + 4)
        if plan.failed_files:
            failed = len(plan.failed_files)
            self.problems_label.setText(
                self.tr("Le&ft out (1 file cannot be imported)")
                if failed == 1 and not plan.skipped
                else self.tr("Le&ft out (files and records that cannot be imported)")
            )
        elif plan.skipped:
            left = len(plan.skipped)
            self.problems_label.setText(
                self.tr("Le&ft out (1 record cannot be imported)")
                if left == 1
                else self.tr("Le&ft out (%d records cannot be imported)") % left
            )
        else:
            self.problems_label.setText(self.tr("Notes on &reading the file"))
        self.problems_label.setVisible(has_problems)
        self.problems.setVisible(has_problems)
        # several files: "contacts_export.csv, line 3" keeps its end (the line) when it is cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle if plan.files else Qt.TextElideMode.ElideRight)
        self._size_columns()
        self._update_counts()

    def _fill_columns(self, plan: ImportPlan) -> None:
        self.columns_box.setVisible(plan.format == "csv" and not plan.files)
        for field, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), _NO_COLUMN)
            for name in plan.header:
                combo.addItem(name, name)
            chosen = plan.mapping.get(field)
            if chosen and combo.findData(chosen) < 0:  # several columns read as one ("first_name + last_name")
                combo.addItem(chosen, chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def _size_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for section in range(self.model.columnCount() - 1):  # the last one stretches to the edge
            header.resizeSection(section, min(header.sectionSize(section), 160))

    def _update_counts(self) -> None:
        count = self.model.ticked_count()
        self.import_button.setText(self.tr("&Import 1 vendor") if count == 1 else self.tr("&Import %d vendors") % count)
        self.import_button.setEnabled(count > 0)
        plan = self.model.plan
        if plan is None or self.banner.level in (Level.ERROR, Level.WARNING):
            return
        if not plan.drafts:
            self.banner.show_message(
                Level.WARNING, self.tr("No vendor can be imported from this file. Nothing will be added.")
            )
            return
        parts = [
            self.tr("1 vendor will be added to the vault.")
            if count == 1
            else self.tr("%d vendors will be added to the vault.") % count
        ]
        in_vault, in_files = _duplicate_counts(plan)
        counted = (  # (how many, the sentence for one, for more): said when there are any
            (in_vault, self.tr("1 looks like a vendor you already have (see Note)."),
             self.tr("%d look like vendors you already have (see Note).")),
            (in_files if plan.files else 0, self.tr("1 repeats an earlier entry of these files (see Note)."),
             self.tr("%d repeat earlier entries of these files (see Note).")),
            (0 if plan.files else in_files, self.tr("1 repeats an earlier entry in this file (see Note)."),
             self.tr("%d repeat earlier entries in this file (see Note).")),
            (len(plan.failed_files), self.tr("1 file cannot be imported (listed below)."),
             self.tr("%d files cannot be imported (listed below).")),
            (len(plan.skipped), self.tr("1 record cannot be imported (listed below)."),
             self.tr("%d records cannot be imported (listed below).")),
        )
        parts += [one if n == 1 else many % n for n, one, many in counted if n]
        self.banner.show_message(Level.INFO, " ".join(parts))

    # -- choosing -------------------------------------------------------------------------
    def mapping(self) -> dict[str, str | None]:
        return {field: combo.currentData() or None for field, combo in self.column_combos.items()}

    def _column_chosen(self) -> None:
        emit(self.columns_changed, self.mapping())

    def show_column_error(self, text: str, field: str | None) -> None:
        self.column_message.setText(text)
        self.column_message.show()
        combo = self.column_combos.get(field or "")
        if combo is not None:
            combo.setFocus()

    def show_error(self, text: str) -> None:
        self.banner.show_error(text)

    def show_notice(self, text: str) -> None:
        self.banner.show_message(Level.WARNING, text)

    def reject(self) -> None:
        """Cancel or Esc: close, unless the file is being read or the vendors added (the progress
        dialog's Cancel stops that); a lock closes and deletes the dialog regardless."""
        if self.busy_job is not None and not self.busy_job.ended:
            return
        super().reject()

    def set_interactive(self, interactive: bool) -> None:
        for part in (self.columns_box, self.view, self.duplicates_check, self.import_button):
            part.setEnabled(interactive)
        if interactive:
            self.import_button.setEnabled(self.model.ticked_count() > 0)

    def _submit(self) -> None:
        if self.import_button.isEnabled():
            self.banner.clear()
            emit(self.import_requested, self.model.left_out())


def _duplicate_counts(plan: ImportPlan) -> tuple[int, int]:
    """(drafts that look like a vendor in the vault, drafts that only repeat an earlier draft)."""
    in_vault = {d.index for d in plan.duplicates if d.vendor_id is not None}
    in_files = {d.index for d in plan.duplicates if d.vendor_id is None} - in_vault
    return len(in_vault), len(in_files)


class VendorImport(ImportFlow):
    """One import, from choosing the file to the vendors added; emits `imported(outcome)` at the end."""

    imported = Signal(object)  # ImportOutcome

    FILE_FILTERS = (
        QT_TRANSLATE_NOOP("VendorImport", "Contacts (*.vcf *.vcard *.csv *.tsv *.txt)"),
        QT_TRANSLATE_NOOP("VendorImport", "vCard files (*.vcf *.vcard)"),
        QT_TRANSLATE_NOOP("VendorImport", "CSV files (*.csv *.tsv *.txt)"),
        QT_TRANSLATE_NOOP("VendorImport", "All files (*)"),
    )

    def __init__(
        self, window: QWidget, worker: Worker, connect: Connect, set_busy: Callable[[str | None], None]
    ) -> None:
        super().__init__(window, worker, connect, set_busy)
        self.dialog: ImportPreviewDialog | None = None
        self.path: Path | None = None
        self.paths: list[Path] = []

    def title(self) -> str:
        return self.tr("Import vendors")

    def choose_and_start(self) -> None:
        chosen = self.choose_files(several=True)
        if chosen:
            self.start(*chosen)

    def start(self, path: Path, *more: Path) -> None:
        """Import `path` (and `more` files, all in one preview and one transaction)."""
        self.path = path
        self.paths = [path, *more]
        self._plan()

    def _first_path(self) -> Path:
        """The file the import started with (`start` sets it before anything reads it)."""
        if self.path is None:
            raise RuntimeError("the import has not started")
        return self.path

    # -- reading and checking ---------------------------------------------------------------
    def _plan(self, mapping: dict[str, str | None] | None = None) -> None:
        path, paths, connect = self._first_path(), list(self.paths), self._connect
        text = self.reading_text(path) if len(paths) == 1 else self.tr("Reading %d files…") % len(paths)

        def plan(control: JobControl) -> ImportPlan:
            with connect() as db:
                if len(paths) > 1:
                    return read_and_plan_files(db, paths, control)
                return read_and_plan(db, path, control, mapping=mapping)

        self.run(plan, text, self._planned, lambda error: self._plan_failed(error, mapping), dialog=self.dialog)

    def _planned(self, plan: ImportPlan) -> None:
        if self.dialog is None:
            self.dialog = ImportPreviewDialog(self._first_path(), plan, self._window, paths=self.paths)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.import_requested.connect(functools.partial(self._apply, self.dialog))
            self.dialog.columns_changed.connect(self._plan)
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()
        else:
            self.dialog.set_plan(plan)
        if plan.format == "csv" and not plan.files and not plan.mapping.get("name"):
            self.dialog.show_column_error(
                self.tr("Choose the column that holds the vendor's name."), "name"
            )

    def _plan_failed(self, error: MyVendorsError, mapping: dict[str, str | None] | None) -> None:
        if self.dialog is not None:  # the columns were chosen again
            if isinstance(error, Cancelled):
                self.dialog.show_notice(self.tr("Reading the file again was cancelled; the list shows the columns before."))
            else:
                self.dialog.show_column_error(error_text(error), getattr(error, "field", None))
            return
        if isinstance(error, Cancelled):
            self.deleteLater()
            return
        self.refuse(
            self.cannot_import(self._first_path())
            if len(self.paths) == 1
            else self.tr("None of the %d files can be imported.") % len(self.paths),
            error,
        )

    # -- adding -----------------------------------------------------------------------------
    def _apply(self, dialog: ImportPreviewDialog, leave_out: set[int]) -> None:
        connect = self._connect
        plan = dialog.plan
        count = len(plan.drafts) - len(leave_out)
        text = self.tr("Adding 1 vendor…") if count == 1 else self.tr("Adding %d vendors…") % count

        def apply(control: JobControl) -> ImportOutcome:
            with connect() as db:
                return importing.apply_vendor_import(
                    db, plan, leave_out=leave_out, progress=control.progress, cancelled=control.cancelled
                )

        self.run(apply, text, self._applied, self._apply_failed, dialog=dialog)

    def _applied(self, outcome: ImportOutcome) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        emit(self.imported, outcome)

    def _apply_failed(self, error: MyVendorsError) -> None:
        if self.dialog is None:
            return
        if isinstance(error, Cancelled):
            self.dialog.show_notice(self.tr("The import was cancelled. Nothing was added to the vault."))
        else:
            self.dialog.show_error(self.tr("%s Nothing was added to the vault.") % error_text(error))

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.dialog_closed()
