"""The athlete panel in the window: it follows the roster, says when there is nobody
to show, builds a page when it is first opened, and names every control."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollBar, QSplitter, QWidget

from planner_gui.model.season import Season, Weekday
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


def _wheel_down(widget):
    """One notch of the mouse wheel turned towards the coach, over the widget's middle."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle, QPointF(widget.mapToGlobal(middle)), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_past_spin_boxes_without_changing_them(qtbot, window):
    """Seen under X: scrolling the phases page set a phase's sessions to 0 on the way."""
    panel = window.athlete_panel
    panel.page(1)
    spins = [*panel.lengths.lengths.values(), *panel.sessions.counts.values()]
    before = [spin.value() for spin in spins]
    for spin in spins:
        _wheel_down(spin)

    assert [spin.value() for spin in spins] == before
    assert window.document.undo_stack.count() == 0
    assert not any(spin.hasFocus() for spin in spins)

    spin = panel.sessions.counts["free"]  # once chosen, the wheel is the coach's to use
    spin.setFocus()
    _wheel_down(spin)
    assert spin.value() == before[len(panel.lengths.lengths)] - 1


def test_a_left_column_saved_before_the_panel_keeps_the_warnings_in_view(window):
    """A window state saved with two left panes would collapse the third when restored."""
    old = QSplitter(Qt.Orientation.Vertical, window)  # a child: no second window
    old.addWidget(QWidget())
    old.addWidget(QWidget())
    old.setSizes([520, 300])
    QSettings().setValue("window/left_splitter", old.saveState())
    old.deleteLater()

    window.restore_layout()

    assert all(size > 0 for size in window.left_splitter.sizes())
    assert window.warnings.height() > 100 and window.athlete_panel.height() > 100
