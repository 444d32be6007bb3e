"""The plan table at the window's default size: what fits, the Sessions mark, All columns."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolTip

from planner_gui.views import plan_panel
from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel
from planner_gui.views.plan_panel import ALL_COLUMNS_KEY, FULL_ONLY
from tests.views.conftest import TODAY
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")

MARK_MEANING = "2+ means 2 a week, or 3–4 if strength is the priority"


def _shown_columns(table: QTableView) -> list[PlanColumn]:
    return [c for c in PlanColumn if not table.isColumnHidden(c)]


def _cells_that_do_not_fit(table: QTableView) -> list[str]:
    """Every cell (all rows, shown columns) whose text needs more room than its cell.

    Asks the table's own delegate how big each text is once wrapped in the cell's
    painted rectangle (the cell less its grid line), so the answer is what the coach
    sees: no word cut off, no "…".
    """
    model = table.model()
    delegate = table.itemDelegate()
    grid = 1 if table.showGrid() else 0
    misfits = []
    for row in range(model.rowCount()):
        for column in _shown_columns(table):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            option.rect = table.visualRect(index).adjusted(0, 0, -grid, -grid)
            need = delegate.sizeHint(option, index)
            if need.width() > option.rect.width() or need.height() > option.rect.height():
                misfits.append(f"week {row + 1} {column.name}: {index.data()!r} needs "
                               f"{need.width()}×{need.height()}")
    return misfits


def test_at_1400_px_every_column_shows_its_whole_text_without_sideways_scrolling(
    qtbot, window
):
    table = window.plan.table
    assert window.width() == 1400
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert sum(table.columnWidth(c) for c in _shown_columns(table)) <= table.viewport().width()
    for column in _shown_columns(table):
        assert header.sectionSizeHint(column) <= table.columnWidth(column), column.title
    # Sets × reps and the other prescription numbers are on screen, in full.
    assert PlanColumn.SETS_REPS in _shown_columns(table)
    for row in range(window.roster.model.rowCount()):
        click(qtbot, window.roster.list, window.roster.model.index(row, 0))
        assert _cells_that_do_not_fit(table) == [], window.selection.athlete_id


def _lines(table: QTableView, row: int) -> int:
    return 2 if table.rowHeight(row) >= 2 * table.fontMetrics().lineSpacing() else 1


def test_a_week_takes_a_second_line_only_when_a_text_wraps(window):
    table, model = window.plan.table, window.plan.model
    assert table.wordWrap()
    assert _lines(table, 0) == 1  # week 1: free weeks, athlete's choice
    assert _lines(table, 17) == 1  # week 18: Strength, 3–5 × 4–6
    race_week = 24  # week 25: "Taper · race week", City Marathon (A)
    assert _lines(table, race_week) == 2
    # The marker stays whole on line two rather than splitting "race" from "week".
    assert "race\u00a0week" in model.index(race_week, PlanColumn.PHASE).data()
    assert _cells_that_do_not_fit(table) == []
    # One-line weeks keep about a dozen weeks on screen at 1400 × 900.
    viewport = table.viewport().height()
    assert table.rowAt(viewport - 1) - table.rowAt(0) + 1 >= 10


def test_all_columns_adds_effort_and_focus_and_is_remembered(qtbot, window):
    table, box = window.plan.table, window.plan.all_columns
    assert not box.isChecked()
    assert all(table.isColumnHidden(c) for c in FULL_ONLY)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    assert _shown_columns(table) == list(PlanColumn)
    header = table.horizontalHeader()
    assert header.sectionSize(PlanColumn.STRENGTH_FOCUS) > 0
    # Week 18's effort ("RPE 8–9 by the last rep") wraps: its row grows a line.
    assert _lines(table, 17) == 2
    assert all("FOCUS" in misfit for misfit in _cells_that_do_not_fit(table))
    assert QSettings().value(ALL_COLUMNS_KEY, False, type=bool) is True
    # The next window opens with every column.
    from planner_gui.views.main_window import MainWindow

    again = MainWindow(window.document, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.plan.all_columns.isChecked()
    assert not again.plan.table.isColumnHidden(PlanColumn.RUNNING_FOCUS)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert all(table.isColumnHidden(c) for c in FULL_ONLY)
    assert table.horizontalScrollBar().maximum() == 0
    assert _lines(table, 17) == 1
    assert QSettings().value(ALL_COLUMNS_KEY, True, type=bool) is False


def test_a_window_that_does_not_remember_ignores_the_stored_choice(qtbot, window):
    QSettings().setValue(ALL_COLUMNS_KEY, True)
    from planner_gui.views.main_window import MainWindow

    shot = MainWindow(window.document, remember=False, today=lambda: TODAY)
    qtbot.addWidget(shot)
    assert not shot.plan.all_columns.isChecked()
    assert all(shot.plan.table.isColumnHidden(c) for c in FULL_ONLY)


def _hover_tooltip(qtbot, widget: Any, pos: QPoint) -> str:
    QToolTip.hideText()
    qtbot.mouseMove(widget, pos)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    return QToolTip.text()


def test_hovering_the_sessions_header_explains_the_mark(qtbot, window):
    header = window.plan.table.horizontalHeader()
    x = header.sectionViewportPosition(PlanColumn.SESSIONS) + 10
    tip = _hover_tooltip(qtbot, header.viewport(), QPoint(x, header.height() // 2))
    assert tip.startswith("Strength sessions in the week, on the athlete's lifting days")
    assert MARK_MEANING in tip


def test_a_free_week_shows_2_plus_and_the_legend_says_what_it_means(qtbot, window):
    model, table = window.plan.model, window.plan.table
    free_week = model.index(0, PlanColumn.SESSIONS)
    assert free_week.data() == "Tue Fri (2+)"
    assert free_week.data(Qt.ItemDataRole.ToolTipRole).splitlines()[:2] == [
        "Tue 5 Jan, Fri 8 Jan", MARK_MEANING
    ]
    legend = window.plan.sessions_legend
    assert legend.isVisible()
    assert legend.text() == f"Sessions {MARK_MEANING}"
    # The legend sits just above the table, inside the plan panel.
    assert legend.mapTo(window.plan, QPoint(0, 0)).y() < table.mapTo(window.plan, QPoint()).y()
    click(qtbot, table, free_week)
    assert MARK_MEANING in window.plan.details.plain_text()


def test_the_legend_goes_when_no_week_is_marked(window):
    legend = window.plan.sessions_legend
    # A season that is only Ana's two blocks (weeks 10 to 45) has no free week.
    window.document.update_settings(start=dt.date(2027, 3, 8), weeks=36)
    model = window.plan.model
    assert not any("2+" in model.index(r, PlanColumn.SESSIONS).data()
                   for r in range(model.rowCount()))
    assert not legend.isVisible()
    window.document.undo_stack.undo()
    assert legend.isVisible()
    assert legend.text() == f"Sessions {MARK_MEANING}"


def test_painting_the_plan_asks_only_for_the_cells_on_screen(qtbot, season_file, monkeypatch):
    """Row heights come from the plan's texts, not from the cells: neither the first
    paint nor a repaint asks for a week off screen (resizeRowsToContents would ask
    every cell of all 52 weeks)."""
    calls: list[int] = []

    class CountingModel(PlanWeeksModel):
        # A subclass, not a patched method: PySide remembers a type's overrides once
        # an object of it has been made.
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            calls.append(index.row())
            return super().data(index, role)

    monkeypatch.setattr(plan_panel, "PlanWeeksModel", CountingModel)
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.model.storage import load_season
    from planner_gui.views.main_window import MainWindow

    main = MainWindow(SeasonDocument(load_season(season_file)), today=lambda: TODAY)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    table = main.plan.table
    qtbot.waitUntil(lambda: bool(calls))  # the first paint
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    roles_per_cell = 7  # what Qt's item delegate asks of each cell it paints
    on_screen = (last - first + 1) * len(_shown_columns(table)) * roles_per_cell
    assert calls
    assert set(calls) <= set(range(first, last + 1))  # no week off screen is asked
    assert len(calls) <= on_screen
    calls.clear()
    table.viewport().repaint()
    assert set(calls) <= set(range(first, last + 1))
    assert 0 < len(calls) <= on_screen


def test_a_repaint_reads_the_cell_texts_made_for_the_first_paint(window, monkeypatch):
    """Each paint asks every cell on screen for its text: the texts are made once a
    week (the table is painted already), not again for each paint."""
    from planner_gui.views import plan_model

    table, model = window.plan.table, window.plan.model
    table.viewport().repaint()
    made: list[dt.date] = []
    real_format_range = plan_model.format_range

    def counting_format_range(start: dt.date, end: dt.date) -> str:
        made.append(start)
        return real_format_range(start, end)

    monkeypatch.setattr(plan_model, "format_range", counting_format_range)
    table.viewport().repaint()
    table.viewport().repaint()
    assert made == []  # no week's dates were written out again
    assert model.index(0, PlanColumn.DATES).data() == "4\u00a0– 10\u00a0Jan\u00a02027"


def test_the_this_week_mark_moves_when_the_day_changes(window):
    """The texts are kept between paints, but not past midnight: the next day's "▶"
    shows without any edit to the season."""
    days = [TODAY]
    model = PlanWeeksModel(window.document, window.selection, today=lambda: days[0])
    this_week = model.current_row()
    assert model.index(this_week, PlanColumn.WEEK).data().startswith("▶")
    days[0] = TODAY + dt.timedelta(days=7)
    assert model.index(this_week + 1, PlanColumn.WEEK).data().startswith("▶")
    assert not model.index(this_week, PlanColumn.WEEK).data().startswith("▶")


def test_showing_all_columns_measures_the_weeks_once(qtbot, window, monkeypatch):
    """Hiding or showing the three long columns is one change to the row heights, not
    one per column (each measures every text of all 52 weeks)."""
    box, table, model = window.plan.all_columns, window.plan.table, window.plan.model
    passes: list[int] = []
    real_text = model.text

    def counting_text(row: int, column: PlanColumn) -> str:
        if row == 0 and column == PlanColumn.WEEK:  # each measuring starts here
            passes.append(row)
        return real_text(row, column)

    monkeypatch.setattr(model, "text", counting_text)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert _shown_columns(table) == list(PlanColumn)
    assert len(passes) == 1
    assert _lines(table, 17) == 2  # week 18's effort wraps: the heights did follow
    passes.clear()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert all(table.isColumnHidden(c) for c in FULL_ONLY)
    assert len(passes) == 1
    assert _lines(table, 17) == 1
