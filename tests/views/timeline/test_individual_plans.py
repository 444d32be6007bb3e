"""Individual plans on the timeline: an athlete's own phase lengths and the warnings
about lifting days (planning-rules.md §5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage


def _render(timeline) -> QImage:
    image = QImage(timeline.viewport().size(), QImage.Format.Format_ARGB32)
    timeline.viewport().render(image)
    return image


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
