"""Zoom, scrolling, View actions, tooltips, warnings and what the lanes paint."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from planner_gui.model.phases import Phase
from planner_gui.views.phase_colors import phase_color
from planner_gui.views.timeline.lane_layout import NAME_WIDTH
from tests.views.timeline.conftest import TODAY


def _wheel(timeline, point: QPointF, dy: int, mods=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(
        point, timeline.viewport().mapToGlobal(point), QPoint(), QPoint(0, dy),
        Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(timeline.viewport(), event)


def test_ctrl_wheel_zooms_around_the_date_under_the_mouse(timeline):
    day = dt.date(2027, 6, 15)
    x = timeline.x_for_date(day) + timeline.day_width / 2
    width = timeline.day_width
    _wheel(timeline, QPointF(x, 200), 120, Qt.KeyboardModifier.ControlModifier)
    assert timeline.day_width == pytest.approx(width * 1.25)
    assert timeline.hits.day_at(x) == day
    _wheel(timeline, QPointF(x, 200), 240, Qt.KeyboardModifier.ControlModifier)
    assert timeline.day_width == pytest.approx(width * 1.25**3)
    assert timeline.hits.day_at(x) == day
    _wheel(timeline, QPointF(x, 200), -120, Qt.KeyboardModifier.ControlModifier)
    assert timeline.day_width == pytest.approx(width * 1.25**2)
    assert timeline.hits.day_at(x) == day


def test_the_wheel_scrolls_lanes_and_shift_wheel_scrolls_weeks(timeline):
    timeline.resize(900, 220)  # only a few lanes fit
    timeline.zoom_by(3)
    top = timeline.lane_rect("ana").top()
    _wheel(timeline, QPointF(500, 120), -120)
    assert timeline.lane_rect("ana").top() < top
    x = timeline.x_for_date(dt.date(2027, 6, 1))
    _wheel(timeline, QPointF(500, 120), -120, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.x_for_date(dt.date(2027, 6, 1)) < x


def test_view_actions_zoom_fit_and_go_to_today(timeline):
    actions = timeline.view_actions
    width = timeline.day_width
    actions.zoom_in.trigger()
    assert timeline.day_width == pytest.approx(width * 1.25)
    actions.zoom_in.trigger()
    actions.zoom_out.trigger()
    assert timeline.day_width == pytest.approx(width * 1.25)
    actions.fit_season.trigger()
    end = timeline.document.calendar.end
    assert timeline.x_for_date(timeline.document.calendar.start) >= NAME_WIDTH
    assert timeline.x_for_date(end) + timeline.day_width <= timeline.viewport().width()
    actions.zoom_in.trigger()
    actions.zoom_in.trigger()
    actions.zoom_in.trigger()
    timeline.horizontalScrollBar().setValue(timeline.horizontalScrollBar().maximum())
    assert actions.go_to_today.isEnabled()  # today (3 May 2027) lies in the season
    actions.go_to_today.trigger()
    middle = (NAME_WIDTH + timeline.viewport().width()) / 2
    assert abs(timeline.x_for_date(TODAY) - middle) <= timeline.day_width + 1
    assert [a.text().replace("&", "") for a in actions.all()] == [
        "Zoom In", "Zoom Out", "Fit Season", "Go to Today",
    ]  # fmt: skip
    assert all(a.statusTip() for a in actions.all())


def test_go_to_today_is_disabled_outside_the_season(qtbot, document, selection):
    from planner_gui.views.timeline import TimelineView

    view = TimelineView(document, selection, today=lambda: dt.date(2026, 11, 26))
    qtbot.addWidget(view)
    assert not view.view_actions.go_to_today.isEnabled()
    assert "outside this season" in view.view_actions.go_to_today.toolTip()


def test_tooltips_name_races_bands_and_warnings(timeline):
    city = timeline.race_rect("ana-city-marathon").center()
    text = timeline.hits.tooltip_at(QPointF(city))
    assert "City Marathon" in text and "27 Jun 2027" in text
    assert "A race" in text and "Marathon" in text
    assert "in 7 weeks 6 days" in text  # 3 May → 27 Jun 2027
    band = timeline.point_for("ana", dt.date(2027, 4, 21))  # season week 16: strength
    text = timeline.hits.tooltip_at(QPointF(band.x(), band.y() - 5))
    assert text.startswith("Strength")
    assert "Block week 7 of 16 towards City Marathon" in text
    assert "Season week 16: 19 – 25 Apr 2027" in text
    assert "5 Apr – 2 May 2027 (4 weeks)" in text


def test_a_compressed_block_shows_a_torn_edge_and_a_warning(timeline):
    items = timeline.lane_items("bjorn")
    (warning,) = items.warnings
    assert warning.torn_x == pytest.approx(timeline.x_for_date(dt.date(2027, 5, 3)))
    lane_top = timeline.lane_rect("bjorn").top()
    text = timeline.hits.tooltip_at(
        QPointF(warning.rect.center().x(), warning.rect.center().y() + lane_top)
    )
    assert "Lakes Marathon" in text and "6 of its 16 weeks" in text
    assert "River Half Marathon" in text


def _render(timeline) -> QImage:
    image = QImage(timeline.viewport().size(), QImage.Format.Format_ARGB32)
    timeline.viewport().render(image)
    return image


def test_lanes_paint_phase_colours_and_highlight_the_selected_athlete(timeline, selection):
    selection.select_athlete("zoe")
    image = _render(timeline)
    palette = timeline.viewport().palette()
    # Zoë's base weeks (season weeks 4–7) are painted in the base colour (sampled clear of
    # the warning sign at the block's front).
    point = timeline.point_for("zoe", dt.date(2027, 2, 10))
    assert (
        image.pixelColor(point.x(), point.y() - 8).name() == phase_color(Phase.BASE, palette).name()
    )
    # The selected athlete's name cell is filled with the highlight colour.
    name_y = timeline.lane_rect("zoe").top() + 3
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    assert image.pixelColor(5, name_y).name() == highlight
    assert image.pixelColor(5, timeline.lane_rect("ana").top() + 3).name() != highlight


def test_names_stay_visible_when_scrolled_sideways(timeline):
    timeline.zoom_by(4)
    timeline.horizontalScrollBar().setValue(timeline.horizontalScrollBar().maximum())
    image = _render(timeline)
    row = timeline.lane_rect("ana").top() + 14
    header = timeline.colors().header
    inked = [x for x in range(8, NAME_WIDTH - 8) if image.pixelColor(x, row) != header]
    assert inked, "the athlete's name should still be drawn in the name column"


def test_a_drag_preview_repaints_only_the_dragged_lane(qtbot, timeline):
    _render(timeline)
    before = dict(timeline.lane_cache.paints)
    assert set(before) == {a.id for a in timeline.document.season.athletes}
    start = timeline.race_rect("ana-city-marathon").center()
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for dx in (12, 24, 36):
        qtbot.mouseMove(viewport, start + QPoint(dx, 0))
    _render(timeline)
    painted = timeline.lane_cache.paints
    changed = {a for a in painted if painted[a] != before[a]}
    assert changed == {"ana"}
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start)


def test_a_screen_reader_is_told_every_key_the_timeline_answers_to(qtbot, timeline):
    # Each key below really acts on the selected race (see test_keyboard.py); the
    # description is how someone who cannot see the markers learns them.
    description = timeline.accessibleDescription()
    for key in ("Left", "Right", "Shift", "Delete", "F2", "Ctrl"):
        assert key in description, key
    assert timeline.accessibleName()


def test_dragging_empty_lane_space_pans_without_editing(qtbot, timeline, document, selection):
    timeline.resize(900, 220)
    timeline.zoom_by(3)
    season = document.season
    h, v = timeline.horizontalScrollBar(), timeline.verticalScrollBar()
    h.setValue(h.maximum() // 2)
    start = QPoint(600, timeline.lane_rect("zoe").center().y())
    assert timeline.race_rect("zoe-cross").contains(start) is False
    before = (h.value(), v.value())
    viewport = timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(-20 * step, -6 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, -30))
    assert h.value() == before[0] + 100
    assert v.value() == min(before[1] + 30, v.maximum())
    assert document.season is season
    assert selection.athlete_id == "zoe"


def test_the_name_column_tooltip_explains_a_lane_without_main_race(timeline):
    y = timeline.lane_rect("kofi").center().y()
    text = timeline.hits.tooltip_at(QPointF(20, y))
    assert text == "Kofi Mensah\nNo main (A) race, so every week is a free week."
