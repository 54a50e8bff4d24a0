"""What the window's action classes and pages may ask of the window they work for: `WindowHost`.

The main window satisfies it (tests/ui/test_main_window.py checks that); an action class gets it instead
of the window, so it cannot reach into the window's pages and widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from myvendors.errors import MyVendorsError
    from myvendors.vault import Vault


@runtime_checkable
class WindowHost(Protocol):
    """The window of an unlocked vault, as its actions see it."""

    @property
    def vault(self) -> Vault:
        """The unlocked vault (raises once the window was cleared for a lock)."""
        ...

    @property
    def lock_action(self) -> QAction:
        """Ctrl+L: a modal dialog adds it, so the vault locks from inside the dialog too."""
        ...

    def window(self) -> QWidget:
        """The window itself: the parent of the dialogs an action opens."""
        ...

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a progress bar and hold the vault's other actions, or (None) end that."""
        ...

    def show_status(self, text: str) -> None:
        """Tell her what happened, in the status bar for a while."""
        ...

    def show_error(self, error: MyVendorsError) -> None:
        """A service's refusal, in a message box over the window."""
        ...

    def refresh(self) -> None:
        """Read every page again (the vault changed)."""
        ...

    def show_page(self, page: QWidget) -> None:
        """Show one of the window's pages."""
        ...

    def shown_page(self) -> QWidget | None:
        """The page on screen now."""
        ...
