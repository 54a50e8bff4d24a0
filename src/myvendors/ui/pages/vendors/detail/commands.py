"""The undo commands of the vendor detail: a record deleted (undo adds it back) and a record edited
(undo puts the old values back). Both are pushed after the change happened, on the window's stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


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


