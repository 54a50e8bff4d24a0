"""Ctrl+1…6 land the keyboard in the page's list (the Money page: its tabs, chart and tables); a narrow window gives the vendor list the room
while no vendor is chosen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabBar
from pytestqt.qtbot import QtBot

from myvendors.ui.main_window import MONEY, VENDORS


def test_ctrl_and_a_page_number_puts_the_keyboard_in_that_pages_list(myvendors_main_window, qtbot: QtBot) -> None:
    main = myvendors_main_window
    for page, action in enumerate(main.page_actions):
        main.search_field.setFocus()
        action.trigger()
        assert main.current_page() == page
        wanted = QTabBar if page == MONEY else QAbstractItemView
        qtbot.waitUntil(lambda wanted=wanted: isinstance(QApplication.focusWidget(), wanted))  # pages load on the worker
        focused = QApplication.focusWidget()
        assert main.pages.widget(page).isAncestorOf(focused), (page, focused)
    main.page_actions[VENDORS].trigger()
    assert QApplication.focusWidget() is main.vendors_page.pane.view


def test_a_narrow_window_gives_the_vendor_list_the_room_until_a_vendor_is_chosen(myvendors_main_window, qtbot: QtBot) -> None:
    main = myvendors_main_window
    main.showNormal()
    main.setGeometry(QRect(0, 24, 760, 670))  # too narrow for the list's columns and the detail side by side
    qtbot.waitUntil(lambda: main.width() == 760)
    main.go_to(VENDORS)
    splitter = main.vendors_page.pane.splitter
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: splitter.sizes()[0] >= 0.7 * sum(splitter.sizes()))
    main.vendors_page.pane.view.setCurrentIndex(main.vendors_page.model.index(0, 0))
    qtbot.waitUntil(lambda: splitter.sizes()[0] <= 0.5 * sum(splitter.sizes()))
