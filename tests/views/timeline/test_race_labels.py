"""Race names under the markers: crowded names give way to the more important race."""

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetricsF

from planner_gui.views.timeline.lane_painter import NAME_PAD, fitted_name, race_label_spans

A, B, C = 0, 1, 2


def _overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def test_a_main_race_keeps_its_name_beside_a_training_race_a_week_away():
    # Fitted season: a week is about 17 px, far less than either name needs.
    spans = race_label_spans([100.0, 117.0], [90.0, 70.0], [C, A], 0.0, 1000.0)
    assert list(spans) == [1]
    left, right = spans[1]
    assert right - left == 70.0  # the whole name, centred on its marker
    assert (left + right) / 2 == 117.0


def test_races_far_apart_each_get_their_whole_name():
    spans = race_label_spans([100.0, 400.0], [80.0, 60.0], [A, C], 0.0, 1000.0)
    assert spans == {0: (60.0, 140.0), 1: (370.0, 430.0)}


def test_equal_races_close_together_share_the_room_without_overlapping():
    spans = race_label_spans([100.0, 160.0, 220.0], [120.0, 120.0, 120.0], [B, B, B], 0.0, 1000.0)
    assert set(spans) == {0, 1, 2}
    assert not _overlap(spans[0], spans[1]) and not _overlap(spans[1], spans[2])
    for i, x in enumerate([100.0, 160.0, 220.0]):
        assert (spans[i][0] + spans[i][1]) / 2 == x


def test_a_name_stays_inside_the_lane():
    spans = race_label_spans([5.0, 995.0], [80.0, 80.0], [A, A], 0.0, 1000.0)
    assert spans == {}  # too little room at either edge to say anything legible
    spans = race_label_spans([30.0], [80.0], [A], 0.0, 1000.0)
    assert spans == {0: (0.0, 60.0)}


def test_a_name_given_its_whole_width_is_drawn_whole(qapp):
    # Ελένη's ultra in the demo at the fitted zoom: the span lands a hair under the
    # name's width in floating point, which once cut the name to "Mountain Ultra 6…".
    font = QFont(qapp.font())
    font.setBold(True)
    metrics = QFontMetricsF(font)
    name = "Mountain Ultra 60k"
    width = metrics.horizontalAdvance(name) + NAME_PAD
    centres = [984.8516483516484 + k * 0.37 for k in range(40)]
    for centre in centres:
        spans = race_label_spans([centre], [width], [A], 150.0, 1398.0)
        assert fitted_name(metrics, name, *spans[0]) == name, centre


def _spans_by_looking_at_every_name(
    centers: list[float], widths: list[float], ranks: list[int], x0: float, x1: float
) -> dict[int, tuple[float, float]]:
    """The first, plainly quadratic version of race_label_spans: the reference."""
    order = sorted(range(len(centers)), key=lambda i: (ranks[i], centers[i]))
    placed: dict[int, tuple[float, float]] = {}
    for n, i in enumerate(order):
        x = centers[i]
        if any(left < x < right for left, right in placed.values()):
            continue
        lo, hi = x0, x1
        for j in order[n + 1 :]:
            if ranks[j] != ranks[i]:
                break
            hi = min(hi, (centers[j] + x) / 2)
        for left, right in placed.values():
            if right <= x:
                lo = max(lo, right)
            elif left >= x:
                hi = min(hi, left)
        half = min(x - lo, hi - x, widths[i] / 2)
        if half >= 10.0:
            placed[i] = (x - half, x + half)
    return placed


@given(
    st.lists(
        st.tuples(
            st.integers(0, 400).map(float),  # whole pixels: markers often share an x
            st.floats(0.0, 160.0),
            st.sampled_from([A, B, C]),
        ),
        max_size=40,
    )
)
def test_names_are_placed_as_by_looking_at_every_placed_name(
    races: list[tuple[float, float, int]],
) -> None:
    centers = [c for c, _, _ in races]
    widths = [w for _, w, _ in races]
    ranks = [r for _, _, r in races]
    assert race_label_spans(centers, widths, ranks, 0.0, 400.0) == (
        _spans_by_looking_at_every_name(centers, widths, ranks, 0.0, 400.0)
    )
