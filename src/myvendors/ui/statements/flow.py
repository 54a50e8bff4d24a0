"""One statement import, from choosing the file to the payments added: `StatementImport`.

Every step that touches the file or the vault runs on the worker behind a `ProgressDialog` with
Cancel: reading the file (`detect_kind`, then `read_statement` for OFX or `csv_layout` for CSV),
reading it with the chosen columns and planning it (`plan_statement`, nothing written), and the
import (`apply_statement`, one transaction: Cancel rolls it back, nothing is written). A file that
cannot be read at all gets a message and writes nothing; a refusal after that shows in the
dialog's banner, and the dialog stays so that she can change the columns and try again.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from myvendors.domain import statements, vendors
from myvendors.domain.importing.text import read_file
from myvendors.domain.statements import CsvLayout, CsvMapping, PayeeChoice, Statement, StatementKind
from myvendors.errors import QT_TRANSLATE_NOOP, Cancelled, MyVendorsError
from myvendors.ui.i18n import error_text
from myvendors.ui.import_flow import ImportFlow
from myvendors.ui.qtcompat import emit
from myvendors.ui.statements.dialog import StatementImportDialog
from myvendors.ui.worker import JobControl, Worker

if TYPE_CHECKING:
    from myvendors.storage import Database
    from myvendors.ui.import_flow import Connect


@dataclasses.dataclass(frozen=True)
class Loaded:
    """A statement file read once: OFX read whole, CSV with its layout (columns still to confirm)."""

    path: Path
    data: bytes
    kind: StatementKind
    statement: Statement | None = None
    layout: CsvLayout | None = None


def load(db: Database, path: Path, control: JobControl | None = None) -> Loaded:
    """Read `path` and recognise it; OS errors and files too large become messages."""
    data = read_file(path)
    cancelled = control.cancelled if control else None
    kind = statements.detect_kind(data, path.name)
    if kind == StatementKind.OFX:
        return Loaded(path, data, kind, statement=statements.read_statement(data, path.name, cancelled=cancelled))
    return Loaded(path, data, kind, layout=statements.csv_layout(db, data))


class StatementImport(ImportFlow):
    """One import; emits `imported(result)` once payments were added (the window reads its pages again)."""

    imported = Signal(object)  # StatementResult

    FILE_FILTERS = (
        QT_TRANSLATE_NOOP("StatementImport", "Statements (*.ofx *.qfx *.csv *.tsv *.txt)"),
        QT_TRANSLATE_NOOP("StatementImport", "OFX and QFX files (*.ofx *.qfx)"),
        QT_TRANSLATE_NOOP("StatementImport", "CSV files (*.csv *.tsv *.txt)"),
        QT_TRANSLATE_NOOP("StatementImport", "All files (*)"),
    )

    def __init__(
        self, window: QWidget, worker: Worker, connect: Connect, set_busy: Callable[[str | None], None]
    ) -> None:
        super().__init__(window, worker, connect, set_busy)
        self.dialog: StatementImportDialog | None = None
        self.loaded: Loaded | None = None

    def title(self) -> str:
        return self.tr("Import statement")

    def choose_and_start(self) -> None:
        for path in self.choose_files():
            self.start(path)

    def start(self, path: Path) -> None:
        connect = self._connect

        def read(control: JobControl) -> Loaded:
            with connect() as db:
                return load(db, path, control)

        self.run(read, self.reading_text(path), self._loaded, functools.partial(self._load_failed, path))

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        dialog = StatementImportDialog(loaded.path, self._window)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.next_requested.connect(self._plan)
        dialog.import_requested.connect(self._apply)
        dialog.read_step.currency_given.connect(self._read_with_currency)
        dialog.finished.connect(self._dialog_closed)
        if loaded.statement is not None:
            dialog.show_statement(loaded.statement)
        elif loaded.layout is not None:
            dialog.show_layout(loaded.data, loaded.layout, loaded.layout.account)
        dialog.open()

    def _load_failed(self, path: Path, error: MyVendorsError) -> None:
        if isinstance(error, Cancelled):
            self.deleteLater()
        else:
            self.refuse(self.cannot_import(path), error)

    def _read_with_currency(self, currency: str) -> None:
        """An OFX file that names no currency, read again with the one she typed."""
        dialog, loaded = self.dialog, self.loaded
        if dialog is None or loaded is None or loaded.kind != StatementKind.OFX:
            return
        text = self.reading_text(loaded.path)

        def read(control: JobControl) -> Statement:
            return statements.read_statement(loaded.data, loaded.path.name, currency=currency, cancelled=control.cancelled)

        self._run(dialog, read, text, self._read_again, self._plan_failed)

    def _read_again(self, statement: Statement) -> None:
        if self.dialog is None or self.loaded is None:
            return
        self.loaded = dataclasses.replace(self.loaded, statement=statement)
        self.dialog.show_statement(statement, self.dialog.read_step.account())

    # -- the plan -----------------------------------------------------------------------------
    def _plan(self, account: str, mapping: CsvMapping | None) -> None:
        dialog, loaded, connect = self.dialog, self.loaded, self._connect
        if dialog is None or loaded is None:
            return
        text = self.reading_text(loaded.path)

        def plan(control: JobControl) -> Any:
            statement = loaded.statement
            if statement is None:
                statement = statements.read_statement(
                    loaded.data,
                    loaded.path.name,
                    mapping=mapping,
                    encoding=loaded.layout.encoding if loaded.layout else None,
                    cancelled=control.cancelled,
                )
            with connect() as db:
                planned = statements.plan_statement(db, statement, account, cancelled=control.cancelled)
                choices = [(vendor.id, vendor.name) for vendor in vendors.choices(db)]
            return planned, choices

        self._run(dialog, plan, text, self._planned, self._plan_failed)

    def _planned(self, result: Any) -> None:
        if self.dialog is not None:
            plan, choices = result
            self.dialog.show_plan(plan, choices)

    def _plan_failed(self, error: MyVendorsError) -> None:
        if self.dialog is None:
            return
        if isinstance(error, Cancelled):
            self.dialog.show_notice(self.tr("Reading the statement was cancelled."))
        else:
            self.dialog.show_error(error_text(error))

    # -- the import ---------------------------------------------------------------------------
    def _apply(self, choices: dict[str, PayeeChoice]) -> None:
        dialog, loaded, connect = self.dialog, self.loaded, self._connect
        if dialog is None or loaded is None or dialog.plan is None:
            return
        plan = dialog.plan
        mapping = dialog.read_step.mapping()
        layout = loaded.layout
        total, already, _new, skipped = dialog.payee_step.model.counts()
        lines = total - already - skipped
        text = self.tr("Adding 1 payment…") if lines == 1 else self.tr("Adding %d payments…") % lines

        def apply(control: JobControl) -> Any:
            with connect() as db:
                result = statements.apply_statement(
                    db, plan, choices, progress=control.progress, cancelled=control.cancelled
                )
                if layout is not None and mapping is not None:
                    statements.remember_mapping(db, layout, mapping, plan.account)
            return result

        self._run(dialog, apply, text, self._applied, self._apply_failed)

    def _applied(self, result: Any) -> None:
        if self.dialog is not None:
            self.dialog.show_result(result)
        emit(self.imported, result)

    def _apply_failed(self, error: MyVendorsError) -> None:
        if self.dialog is None:
            return
        if isinstance(error, Cancelled):
            self.dialog.show_notice(self.tr("The import was cancelled. Nothing was added to the vault."))
        else:
            self.dialog.show_error(self.tr("%s Nothing was added to the vault.") % error_text(error))

    # -- running on the worker ------------------------------------------------------------------
    def _run(
        self,
        dialog: StatementImportDialog,
        call: Callable[[JobControl], Any],
        text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[MyVendorsError], None],
    ) -> None:
        self.run(call, text, succeeded, failed, dialog=dialog)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.dialog_closed()
