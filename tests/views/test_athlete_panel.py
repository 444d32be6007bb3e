"""The athlete panel in the window: it follows the roster, says when there is nobody
to show, builds a page when it is first opened, and names every control."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollBar, QSplitter, QWidget

from planner_gui.model.season import Season, Weekday
from tests.views.conftest import TODAY
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")


def _open_tab(qtbot, panel, index):
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_choosing_an_athlete_in_the_roster_shows_their_days(qtbot, window):
    panel = window.athlete_panel
    assert panel.title.text().endswith("Ana Martínez")
    roster = window.roster
    click(qtbot, roster.list, roster.model.index(4, 0))  # Дмитрий Иванов

    assert panel.title.text().endswith("Дмитрий Иванов")
    chosen = {day for day, button in panel.days.toggles.items() if button.isChecked()}
    assert chosen == {Weekday.MONDAY, Weekday.THURSDAY}


def test_pages_are_built_when_first_opened_and_show_the_chosen_athlete(qtbot, window):
    panel = window.athlete_panel
    assert panel.days is not None  # the page in view
    assert panel.lengths is None and panel.sessions is None and panel.away is None
    window.selection.select_athlete("zoe")

    _open_tab(qtbot, panel, 2)

    assert panel.tabs.currentIndex() == 2
    assert panel.away is not None and panel.away.isVisible()
    assert panel.away.periods.count() == 1  # Zoë's family trip
    assert panel.lengths is None  # still never opened


def test_an_empty_roster_is_said_in_words(qtbot, window):
    panel = window.athlete_panel
    window.document.reset(Season(name="Empty", start=dt.date(2027, 1, 4)), None)

    assert panel.empty.isVisible()
    assert "No athletes yet" in panel.empty.text()
    assert not panel.tabs.isVisible()

    window.action_add_athlete.trigger()
    assert panel.tabs.isVisible() and not panel.empty.isVisible()
    assert panel.title.text().endswith("New athlete 1")


def test_every_control_on_every_page_has_a_spoken_name(qtbot, window):
    panel = window.athlete_panel
    window.selection.select_athlete("zoe")  # a period away: its details are enabled
    unnamed = []
    for index in range(panel.tabs.count()):
        _open_tab(qtbot, panel, index)
        for widget in panel.tabs.currentWidget().findChildren(QWidget):
            if isinstance(widget, QScrollBar) or not widget.isVisible():
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            name = widget.accessibleName()
            if not name and isinstance(widget, QAbstractButton):
                name = widget.text()
            if not any(ch.isalpha() for ch in name):
                unnamed.append((index, type(widget).__name__, name))
    assert unnamed == []


def test_a_left_column_saved_before_the_panel_keeps_the_warnings_in_view(qtbot, season_file):
    """A window state saved with two left panes would collapse the third when restored."""
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.model.storage import load_season
    from planner_gui.views.main_window import MainWindow

    old = QSplitter(Qt.Orientation.Vertical)
    old.addWidget(QWidget())
    old.addWidget(QWidget())
    old.resize(290, 820)
    old.setSizes([520, 300])
    QSettings().setValue("window/left_splitter", old.saveState())
    old.deleteLater()

    main = MainWindow(SeasonDocument(load_season(season_file), season_file), today=lambda: TODAY)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)

    assert all(size > 0 for size in main.left_splitter.sizes())
    assert main.warnings.height() > 100 and main.athlete_panel.height() > 100
