"""Importing bank and card statements (OFX/QFX, CSV) as payments: the dialog and its flow.

`StatementImport` (flow.py) runs one import on the worker; `StatementImportDialog` (dialog.py)
shows its steps: the account and a CSV file's columns with a live preview (reading.py), the
payees and the vendor each goes to (payees.py), and what was added. The rules (reading, matching
payees, recognising lines already there) are the domain's: `myvendors.domain.statements`.
"""

from myvendors.ui.statements.dialog import StatementImportDialog
from myvendors.ui.statements.flow import StatementImport

__all__ = ["StatementImport", "StatementImportDialog"]
