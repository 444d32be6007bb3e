"""Timeline race markers and legend are drawn from the shared table in ``race_look``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.views.timeline import TimelineView
from planner_gui.views.timeline.lane_items import MARKER_SIZE
from planner_gui.views.timeline.lane_painter import race_marker_path
from planner_gui.views.timeline.timeline_legend import ENTRIES, TimelineLegend


@pytest.mark.parametrize("priority", [Priority.A, Priority.B])
def test_a_polygon_marker_is_the_shared_shape_scaled(priority: Priority) -> None:
    look = RACE_LOOKS[priority]
    path = race_marker_path(priority, QPointF(40, 20))
    [polygon] = path.toSubpathPolygons()
    corners = [v for p in polygon for v in (p.x(), p.y())]
    expected = look.shape.placed(40, 20, 17.0 * look.scale)
    assert corners == pytest.approx([v for p in [*expected, expected[0]] for v in p])  # closed


def test_the_c_marker_is_the_shared_small_circle() -> None:
    look = RACE_LOOKS[Priority.C]
    box = race_marker_path(Priority.C, QPointF(40, 20)).boundingRect()
    diameter = 2 * look.shape.radius * MARKER_SIZE[Priority.C]
    assert (box.width(), box.height()) == pytest.approx((diameter, diameter))
    assert (box.center().x(), box.center().y()) == pytest.approx((40, 20))


def _dark(image: QImage, x: float, y: float) -> bool:
    return image.pixelColor(round(x), round(y)).lightness() < 80


@pytest.mark.parametrize(
    ("race_name", "inside", "outside"),
    [
        # (dx, dy) in units of the marker's width, from its centre, y downwards
        ("City Marathon", [(0, -0.3), (0.3, 0), (0, 0.3)], [(-0.4, -0.4), (0.4, 0.4)]),
        ("Spring Half", [(0, -0.2), (-0.25, 0.2), (0.25, 0.2)], [(-0.4, -0.3), (0.4, -0.3)]),
        ("Harbour parkrun", [(0, 0), (0.25, 0), (0, -0.25)], [(0.45, 0.45), (-0.45, -0.45)]),
    ],
)
def test_lanes_paint_each_priority_in_its_shared_shape(
    timeline: TimelineView,
    race_name: str,
    inside: list[tuple[float, float]],
    outside: list[tuple[float, float]],
) -> None:
    # Ana's A race a diamond, her B race a triangle, her C race a small circle.
    items = timeline.lane_items("ana")
    [item] = [i for i in items.races if i.race.name == race_name]
    size = 17.0 * RACE_LOOKS[item.race.priority].scale
    assert item.rect.width() == pytest.approx(size)
    image = QImage(timeline.viewport().size(), QImage.Format.Format_ARGB32)
    timeline.viewport().render(image)
    cx = item.center.x()
    cy = item.center.y() + timeline.lane_rect("ana").top()
    assert all(_dark(image, cx + dx * size, cy + dy * size) for dx, dy in inside)
    assert not any(_dark(image, cx + dx * size, cy + dy * size) for dx, dy in outside)


def test_the_legend_lists_the_shared_shapes_in_words(qtbot) -> None:
    legend = TimelineLegend()
    qtbot.addWidget(legend)
    assert [label for label, _, band in ENTRIES if not band] == ["A race", "B race", "C race"]
    assert legend.accessibleDescription().endswith(
        "Race shapes: A race diamond, B race triangle, C race small circle."
    )
