"""Names are one line of printable text; notes are lines of text (planning-rules.md §6).

Before, any character was accepted: an escape sequence in a race name reached the
terminal through ``plan`` raw, a line break in a name forged rows of its table.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.model.season import Season
from planner_gui.model.storage import SeasonFileError, load_season, season_from_json
from tests.model.test_season_schema import minimal

NAME_FIELDS = [
    ("name", lambda d, v: d.update(name=v)),
    ("athletes[0].name", lambda d, v: d["athletes"][0].update(name=v)),
    ("athletes[0].races[0].name", lambda d, v: d["athletes"][0]["races"][0].update(name=v)),
    (
        "methodology.exercises.base[1]",
        lambda d, v: d.update(methodology={"exercises": {"base": ["Squat", v]}}),
    ),
    (
        "athletes[0].methodology.exercises.taper[0]",
        lambda d, v: d["athletes"][0].update(methodology={"exercises": {"taper": [v]}}),
    ),
]
NOTE_FIELDS = [
    ("athletes[0].notes", lambda d, v: d["athletes"][0].update(notes=v)),
    ("athletes[0].races[0].notes", lambda d, v: d["athletes"][0]["races"][0].update(notes=v)),
    (
        "athletes[0].away[0].note",
        lambda d, v: d["athletes"][0].update(
            away=[{"start": "2027-03-01", "end": "2027-03-05", "note": v}]
        ),
    ),
    (
        "athletes[0].week_notes[0].text",
        lambda d, v: d["athletes"][0].update(week_notes=[{"date": "2027-03-01", "text": v}]),
    ),
]


def with_value(setter: Any, value: str) -> dict[str, Any]:
    data = minimal()
    setter(data, value)
    return data


@pytest.mark.parametrize(("field", "setter"), NAME_FIELDS, ids=[f for f, _ in NAME_FIELDS])
@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\x1b", "U+001B"),  # ESC: starts terminal escape sequences
        ("\n", "a line break"),
        ("\t", "a tab"),
        ("\x00", "U+0000"),
        ("\x7f", "U+007F"),  # DEL
        ("\x9b", "U+009B"),  # C1 CSI
        ("\u2028", "U+2028"),  # line separator
    ],
)
def test_every_name_refuses_control_characters_naming_the_field(
    tmp_path: Path, field: str, setter: Any, char: str, shown: str
) -> None:
    path = tmp_path / "club.season.json"
    path.write_text(json.dumps(with_value(setter, f"Oslo{char}Run")), encoding="utf-8")
    with pytest.raises(SeasonFileError) as caught:
        load_season(path)
    message = str(caught.value)
    assert caught.value.field == field
    assert message == (
        f"{path}: {field}: a name cannot contain control characters, line breaks or tabs "
        f"(found {shown})"
    )


@pytest.mark.parametrize(("field", "setter"), NAME_FIELDS, ids=[f for f, _ in NAME_FIELDS])
def test_names_of_every_script_are_welcome(field: str, setter: Any) -> None:
    name = "Zoë Ødegård · 東京マラソン · محمد"
    data = with_value(setter, name)
    assert name in Season.model_validate(data).model_dump_json()


@pytest.mark.parametrize(("field", "setter"), NOTE_FIELDS, ids=[f for f, _ in NOTE_FIELDS])
def test_notes_keep_line_breaks_and_tabs(field: str, setter: Any) -> None:
    text = "Long run:\n\t30 km easy\nthen 4 × 1 km"
    season = Season.model_validate(with_value(setter, text))
    assert json.dumps(text, ensure_ascii=False)[1:-1] in season.model_dump_json()


@pytest.mark.parametrize(("field", "setter"), NOTE_FIELDS, ids=[f for f, _ in NOTE_FIELDS])
def test_windows_line_ends_in_notes_become_plain_ones(field: str, setter: Any) -> None:
    season = Season.model_validate(with_value(setter, "one\r\ntwo\rthree"))
    dumped = season.model_dump_json()
    assert "one\\ntwo\\nthree" in dumped
    assert "\\r" not in dumped


@pytest.mark.parametrize(("field", "setter"), NOTE_FIELDS, ids=[f for f, _ in NOTE_FIELDS])
@pytest.mark.parametrize(("char", "shown"), [("\x1b", "U+001B"), ("\x07", "U+0007"),
                                             ("\x85", "U+0085")])
def test_notes_refuse_other_control_characters(
    field: str, setter: Any, char: str, shown: str
) -> None:
    with pytest.raises(SeasonFileError) as caught:
        season_from_json(with_value(setter, f"fine{char}[2J"), "club.season.json")
    assert str(caught.value) == (
        f"club.season.json: {field}: notes can hold line breaks and tabs but no other "
        f"control characters (found {shown})"
    )
