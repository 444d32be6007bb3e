"""The item models: Qt's model tester, and precise row signals when the season changes."""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.demo import load_demo
from planner_gui.model.season import Athlete, Methodology, Race
from planner_gui.views.athletes_model import AthletesModel
from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel
from planner_gui.views.races_model import Column, RacesModel
from planner_gui.views.row_list_model import RowListModel
from tests.views.conftest import TODAY


@pytest.fixture
def document():
    return SeasonDocument(load_demo())


@pytest.fixture
def selection(document):
    return Selection(document)


def _edit_a_lot(document, selection):
    document.add_athlete(Athlete(name="Mia"), 1)
    document.add_race("ana", Race(name="Bay 10k", date=dt.date(2027, 3, 7)))
    document.move_race("ana-city-marathon", dt.date(2027, 7, 18))
    document.remove_race("ana-parkrun")
    document.move_athlete("bjorn", 4)
    selection.select_athlete("bjorn")
    document.update_settings(start=dt.date(2027, 1, 11), weeks=40)
    document.update_settings(methodology=Methodology(base=2))
    document.remove_athlete("ana")


def test_athletes_model_passes_the_model_tester(qtmodeltester, document, selection):
    model = AthletesModel(document)
    qtmodeltester.check(model, force_py=True)
    _edit_a_lot(document, selection)
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        a.name for a in document.season.athletes
    ]


def test_races_model_passes_the_model_tester(qtmodeltester, document, selection):
    model = RacesModel(document, selection)
    qtmodeltester.check(model, force_py=True)
    _edit_a_lot(document, selection)
    model.set_show_all(True)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == sum(len(a.races) for a in document.season.athletes)


def test_plan_model_passes_the_model_tester(qtmodeltester, document, selection):
    model = PlanWeeksModel(document, selection, today=lambda: TODAY)
    qtmodeltester.check(model, force_py=True)
    _edit_a_lot(document, selection)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 40


def test_deleting_a_race_removes_one_row_without_a_reset(qtbot, document, selection):
    model = RacesModel(document, selection)
    row = model.row_of("ana-parkrun")
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        document.remove_race("ana-parkrun")
    assert removed.args[1:] == [row, row]
    assert not resets


def test_moving_a_race_date_moves_its_row(qtbot, document, selection):
    model = RacesModel(document, selection)
    assert model.row_of("ana-spring-half") == 0
    with qtbot.waitSignal(model.rowsMoved):
        document.move_race("ana-spring-half", dt.date(2027, 12, 5))
    assert model.row_of("ana-spring-half") == model.rowCount() - 1
    assert model.index(model.rowCount() - 1, Column.DATE).data() == "Sun 5 Dec 2027"


def test_moving_the_season_start_a_week_shifts_plan_rows(qtbot, document, selection):
    model = PlanWeeksModel(document, selection, today=lambda: TODAY)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignals([model.rowsRemoved, model.rowsInserted]):
        document.update_settings(start=dt.date(2027, 1, 11))
    assert not resets
    # The table keeps each date whole with no-break spaces.
    assert model.index(0, PlanColumn.DATES).data() == "11\u00a0– 17\u00a0Jan\u00a02027"


def test_an_edit_reports_changed_plan_rows_with_data_changed(qtbot, document, selection):
    model = PlanWeeksModel(document, selection, today=lambda: TODAY)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    document.move_race("ana-city-marathon", dt.date(2027, 7, 4))  # one week later
    assert changed
    rows = {r for first, last in changed for r in range(first, last + 1)}
    assert 8 not in rows  # week 9, still free, is untouched
    assert 25 in rows  # week 26: recovery → race week


def test_the_current_week_is_bold_and_marked(document, selection):
    model = PlanWeeksModel(document, selection, today=lambda: TODAY)
    row = model.current_row()
    assert row == 17  # 3 May 2027 is in season week 18
    assert model.index(row, PlanColumn.WEEK).data() == "▶ 18"
    from PySide6.QtCore import Qt

    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(row + 1, 0).data(Qt.ItemDataRole.FontRole) is None


class _RaceNames(RowListModel[Race]):
    """The smallest model the base allows: what a row is and what its cell shows."""

    def __init__(self, document):
        super().__init__(document, columns=1, key=lambda r: r.id)

    def build_rows(self):
        races = (r for a in self._document.season.athletes for r in a.races)
        return sorted(races, key=lambda r: (r.date, r.id))

    def display(self, item, column):
        return item.name


def test_a_model_on_the_base_follows_the_document_with_precise_signals(
    qtbot, qtmodeltester, document, selection
):
    model = _RaceNames(document)
    qtmodeltester.check(model, force_py=True)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    row = model.row_of("bjorn-club-10k")
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        document.remove_race("bjorn-club-10k")
    assert removed.args[1:] == [row, row]
    row = model.row_of("ana-spring-half")
    with qtbot.waitSignal(model.dataChanged) as changed:
        document.update_race("ana-spring-half", name="Spring Half Marathon")
    assert (changed.args[0].row(), changed.args[1].row()) == (row, row)
    assert model.index(row, 0).data() == "Spring Half Marathon"
    assert model.row_of("no-such-race") == -1
    assert not resets
    document.reset(load_demo(), None)  # File > Open: a new season, a new table
    assert resets
    assert model.row_of("bjorn-club-10k") >= 0
    _edit_a_lot(document, selection)
    # Checked once more at the end: the tester stays connected, a second check doubles it.
    qtmodeltester.check(model, force_py=True)
