"""Individual plans on the timeline: days away, an athlete's own phase lengths, and
the warnings about lifting days (planning-rules.md §5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from planner_gui.views.timeline.lane_layout import BAND_HEIGHT, BAND_TOP
from planner_gui.views.timeline.timeline_colors import TimelineColors
from planner_gui.views.timeline.timeline_legend import ENTRIES, TimelineLegend
from tests.views.timeline.conftest import days, drag

HOLIDAY = (dt.date(2027, 3, 6), dt.date(2027, 3, 16))
"""Zoë's family holiday in the demo season, in her strength weeks."""
HOLIDAY_TEXT = "Holiday, 6 – 16 Mar 2027: Family trip; running only, no gym."


def _render(timeline) -> QImage:
    image = QImage(timeline.viewport().size(), QImage.Format.Format_ARGB32)
    timeline.viewport().render(image)
    return image


def _band_pixels(timeline, image: QImage, athlete_id: str, first: dt.date, last: dt.date):
    """The colours of an athlete's band row from ``first`` to ``last`` (inner pixels only)."""
    top = timeline.lane_rect(athlete_id).top()
    x0 = round(timeline.x_for_date(first)) + 2
    x1 = round(timeline.x_for_date(last) + timeline.day_width) - 2
    y0, y1 = top + BAND_TOP + 2, top + BAND_TOP + BAND_HEIGHT - 2
    return [image.pixelColor(x, y) for x in range(x0, x1) for y in range(y0, y1)]


def _saturation(colors: list[QColor]) -> float:
    return sum(c.hsvSaturation() for c in colors) / len(colors)


def _lane_without_away(timeline, document) -> QImage:
    document.update_athlete("zoe", "Remove Zoë's holiday", away=())
    return _render(timeline)


def test_days_away_are_a_grey_band_over_exactly_those_days(timeline, document):
    x_of = timeline.x_for_date
    image = _render(timeline)
    away = _band_pixels(timeline, image, "zoe", *HOLIDAY)
    plain = _band_pixels(timeline, image, "zoe", dt.date(2027, 3, 18), dt.date(2027, 3, 21))
    # Same strength weeks: the days away are greyer than the days around them.
    assert _saturation(away) < _saturation(plain) * 0.85
    # Without the holiday those days paint differently, and the rest of the band does not.
    strength = next(b for b in timeline.lane_items("zoe").bands if b.x0 <= x_of(HOLIDAY[0]) < b.x1)
    without = _lane_without_away(timeline, document)
    assert away != _band_pixels(timeline, without, "zoe", *HOLIDAY)
    top = timeline.lane_rect("zoe").top()
    x0, x1 = round(x_of(HOLIDAY[0])) - 1, round(x_of(HOLIDAY[1]) + timeline.day_width) + 1
    outside = [*range(round(strength.x0), x0), *range(x1, round(strength.x1))]
    assert len(outside) > 40
    for x in outside:
        for y in range(top, top + BAND_TOP + BAND_HEIGHT + 1):
            assert image.pixelColor(x, y) == without.pixelColor(x, y), (x, y)


def test_days_away_show_in_a_dark_palette_too(timeline, document):
    dark = QPalette(timeline.viewport().palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    timeline.setPalette(dark)
    timeline.viewport().setPalette(dark)
    image = _render(timeline)
    away = _band_pixels(timeline, image, "zoe", *HOLIDAY)
    plain = _band_pixels(timeline, image, "zoe", dt.date(2027, 3, 18), dt.date(2027, 3, 21))
    assert _saturation(away) < _saturation(plain) * 0.85
    # The stripes are lighter than the dark phase fill, so they read on a dark ground.
    assert max(c.lightness() for c in away) > max(c.lightness() for c in plain) + 40


def test_the_tooltip_over_days_away_gives_the_reason_and_the_note(timeline):
    point = timeline.point_for("zoe", dt.date(2027, 3, 10))
    text = timeline.hits.tooltip_at(QPointF(point.x(), point.y() - 6))
    first, rest = text.split("\n\n", 1)
    assert first == HOLIDAY_TEXT
    assert rest.startswith("Strength")  # the phase of those weeks is still told
    after = timeline.point_for("zoe", dt.date(2027, 3, 18))
    assert "Holiday" not in timeline.hits.tooltip_at(QPointF(after.x(), after.y() - 6))


def test_the_away_band_stays_on_its_days_while_a_race_is_dragged(qtbot, timeline, document):
    before = timeline.lane_items("zoe").away
    assert [(a.period.start, a.period.end) for a in before] == [HOLIDAY]
    image = _render(timeline)
    away = _band_pixels(timeline, image, "zoe", *HOLIDAY)
    start = timeline.race_rect("zoe-city-10k").center()
    drag(qtbot, timeline, start, start + QPoint(days(14), 0), release=False)
    assert timeline.preview is not None
    shown = timeline.lane_items("zoe")
    assert shown is not timeline.hits.items(document.season.athlete("zoe"))
    assert [(a.x0, a.x1) for a in shown.away] == [(a.x0, a.x1) for a in before]
    during = _render(timeline)
    assert _saturation(_band_pixels(timeline, during, "zoe", *HOLIDAY)) < _saturation(away) * 1.2
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    qtbot.mouseRelease(timeline.viewport(), Qt.MouseButton.LeftButton, pos=start)


def _note_ink(timeline, image: QImage, athlete_id: str) -> int:
    """Inked pixels on the note line under an athlete's name."""
    lane = timeline.lane_rect(athlete_id)
    ground = image.pixelColor(4, lane.bottom() - 2)  # the cell's fill (selected or not)
    return sum(
        image.pixelColor(x, y) != ground
        for x in range(10, 140)
        for y in range(lane.top() + lane.height() // 2 + 1, lane.bottom() - 2)
    )


def test_own_phase_lengths_are_marked_by_the_name(timeline):
    image = _render(timeline)
    assert _note_ink(timeline, image, "eleni") > 30
    assert _note_ink(timeline, image, "ana") == 0
    y = timeline.lane_rect("eleni").center().y()
    assert timeline.hits.tooltip_at(QPointF(20, y)) == (
        "Ελένη Παπαδοπούλου\nOwn phase lengths: base 6 weeks instead of 4; "
        "taper 3 weeks instead of 4; recovery 3 weeks instead of 2."
    )
    y = timeline.lane_rect("ana").center().y()
    assert timeline.hits.tooltip_at(QPointF(20, y)) == "Ana Martínez"


def test_a_band_tooltip_counts_with_the_athletes_own_lengths(timeline):
    # Ελένη's 6 + 4 + 4 + 3 block weeks and 3 recovery weeks (the season has 16 and 2).
    point = timeline.point_for("eleni", dt.date(2027, 9, 8))
    text = timeline.hits.tooltip_at(QPointF(point.x(), point.y() - 6))
    assert "Recovery week 1 of 3 after Mountain Ultra 60k" in text
    point = timeline.point_for("eleni", dt.date(2027, 5, 20))
    text = timeline.hits.tooltip_at(QPointF(point.x(), point.y() - 6))
    assert "of 17 towards Mountain Ultra 60k" in text


def test_lifting_day_warnings_are_told_by_the_name(timeline):
    image = _render(timeline)
    # Dmitry has a main race: no "No A race" note, but a warning sign by his name.
    assert _note_ink(timeline, image, "dmitry") == 0
    lane = timeline.lane_rect("dmitry")
    warning = timeline.colors().warning
    assert any(
        image.pixelColor(x, y) == warning
        for x in range(100, 150)
        for y in range(lane.top(), lane.top() + lane.height() // 2)
    )
    text = timeline.hits.tooltip_at(QPointF(20, lane.center().y()))
    assert text.startswith("Дмитрий Иванов\n4 strength sessions in 4 weeks found no free lifting")
    text = timeline.hits.tooltip_at(QPointF(20, timeline.lane_rect("zoe").center().y()))
    assert "2 strength sessions in 1 week found no free lifting day" in text
    assert "11 days away during the block for City 10k" in text


def test_the_legend_explains_the_away_band(qtbot):
    legend = TimelineLegend()
    qtbot.addWidget(legend)
    assert "Away" in legend.accessibleDescription()
    swatches = {label: paint for label, paint, _ in ENTRIES}
    colors = TimelineColors.from_palette(legend.palette())

    def darkest(label: str) -> int:
        image = QImage(40, 24, QImage.Format.Format_ARGB32)
        image.fill(colors.header)
        p = QPainter(image)
        swatches[label](p, QRectF(4, 4, 26, 14), colors)
        p.end()
        return min(image.pixelColor(x, y).lightness() for x in range(7, 28) for y in range(7, 16))

    assert darkest("Away") < darkest("Free weeks") - 60  # the stripes, as on the lanes
