"""Progress and cancel for long service calls (imports, exports): the types and one helper.

A long call takes `progress(done, total)`, called as the work advances (`total` 0 when unknown),
and `cancelled()`, asked between steps. When `cancelled()` answers True the call raises
`Cancelled` from inside its transaction or file write, so nothing is kept. Both are optional;
the CLI passes neither, the desktop app passes the worker's.
"""

from __future__ import annotations

from collections.abc import Callable

from myvendors.errors import Cancelled

__all__ = ["CancelCheck", "Progress", "Steps"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Steps:
    """Counts the steps of one call, reports them and raises `Cancelled` when asked to stop."""

    def __init__(self, total: int, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> None:
        self.total = max(0, total)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise `Cancelled` if the caller asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def start(self) -> None:
        """Report 0 of `total` (so a progress bar shows its range), after a cancel check."""
        self.check()
        if self._progress is not None:
            self._progress(0, self.total)

    def step(self, count: int = 1) -> None:
        """`count` more steps are done: report them, then check for a cancel."""
        self.done += count
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done) if self.total else 0)
        self.check()
