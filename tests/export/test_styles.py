"""Text wrapping for table cells: nothing may run into the next column."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export import styles
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.styles import wrap_lines


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(
    "name",
    [
        "Schwäbische-Alb-Halbmarathon-Meisterschaften (B)",  # hyphens, no spaces
        "Internationaler Bodensee-Marathon-Lindau-Bregenz-Friedrichshafen",
        "R" * 120,  # no break opportunity at all
    ],
)
def test_long_words_are_broken_to_fit_the_cell(name: str, bold: bool) -> None:
    width = 77.0  # the week table's races column, less padding
    lines = wrap_lines(name, width, 7.0, bold).split("\n")
    font = FONT_BOLD if bold else FONT
    assert all(stringWidth(line, font, 7.0) <= width for line in lines), lines
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")  # nothing lost
    if "-" in name:
        # Broken after a hyphen where one is at hand, not in the middle of a word.
        assert all(line.endswith("-") for line in lines[:-1] if "-" in line)


def test_short_text_keeps_its_lines() -> None:
    assert wrap_lines("Spring Half (B)\nCity 10k (C)", 77.0, 7.0) == "Spring Half (B)\nCity 10k (C)"


def test_a_recurring_text_is_wrapped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same prescriptions recur in every week of every athlete: measuring them
    # again for each cell made a squad's export twice as slow (bench/bench_pdf.py).
    measured: list[str] = []

    def counting_split(text: str, *args: object) -> list[str]:
        measured.append(text)
        return real_split(text, *args)

    real_split = styles.simpleSplit
    monkeypatch.setattr(styles, "simpleSplit", counting_split)
    text = "Bounding drills 4 × 30 m, walk back (measured once)"
    first = wrap_lines(text, 77.0, 7.0)
    assert wrap_lines(text, 77.0, 7.0) == first
    assert measured == [text]
