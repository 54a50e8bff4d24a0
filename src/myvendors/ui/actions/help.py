"""The Help menu's actions: the user guide (F1, at the part about what is shown), the keyboard
shortcuts, and About MyVendors. The guide and the shortcuts dialog are ui/help.py, loaded when
first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from myvendors import __version__
from myvendors.ui import icons

if TYPE_CHECKING:
    from myvendors.ui.actions.host import WindowHost


class HelpActions(QObject):
    """The Help menu of the window `host`; lives as long as the window."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window()
        super().__init__(window)
        self._window = window
        self.about_action = QAction(self.tr("&About MyVendors"), self)
        self.about_action.triggered.connect(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
        self.help_action = QAction(self.tr("&User guide"), self)
        self.help_action.setShortcut(help_keys if not help_keys.isEmpty() else QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        self.help_action.setToolTip(self.tr("The user guide, at the part about this page (F1)"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.help_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def show_help(self, topic: str | None = None) -> QDialog:
        """The user guide, at `topic` or at the part about the page shown (ui/help.py)."""
        from myvendors.ui import help as user_guide  # loaded when first asked for

        return user_guide.show_help(self._window, topic if isinstance(topic, str) else None)

    def show_shortcuts(self) -> QDialog:
        """Every shortcut of the window, read from its actions (ui/help.py)."""
        from myvendors.ui import help as user_guide  # loaded when first asked for

        return user_guide.show_shortcuts(self._window)

    def show_about(self) -> None:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("About MyVendors"))
        box.setIconPixmap(icons.app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>MyVendors %s</b>") % __version__)
        box.setInformativeText(
            self.tr(
                "Your own encrypted record of the companies you deal with. "
                "Everything stays on this computer, in a vault only your passphrase opens."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
