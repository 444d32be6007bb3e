"""A key named twice in one object of a season file is refused, with its place.

Before, ``json.loads`` kept the last value without a word: a race written with two
dates silently lost the first one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner_gui.model import strict_json
from planner_gui.model.storage import SeasonFileError, load_season
from tests.model.test_season_schema import minimal


def two_athletes() -> str:
    """An indented season file (one key a line) with two athletes and their races."""
    data = minimal()
    data["athletes"].append(
        {"id": "b", "name": "Ben", "races": [{"id": "r2", "name": "Oslo", "date": "2027-05-02"}]}
    )
    return json.dumps(data, indent=2)


def test_a_race_with_two_dates_is_refused_with_its_place_and_line(tmp_path: Path) -> None:
    text = two_athletes()
    text = text.replace('"date": "2027-05-02"', '"date": "2027-05-02",\n"date": "2027-06-06"')
    line = text.splitlines().index('"date": "2027-06-06"') + 1
    path = tmp_path / "club.season.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeasonFileError) as caught:
        load_season(path)
    assert str(caught.value) == (
        f'{path}: athletes[1].races[0]: duplicate key "date" (line {line})'
    )
    assert caught.value.field == "athletes[1].races[0]"


def test_a_season_named_twice_is_refused_at_the_top(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    path.write_text('{\n"name": "A",\n"start": "2027-01-04",\n"name": "B"\n}', encoding="utf-8")
    with pytest.raises(SeasonFileError) as caught:
        load_season(path)
    assert str(caught.value) == f'{path}: duplicate key "name" (line 4)'
    assert caught.value.field is None


@pytest.mark.parametrize(
    ("text", "loc", "line"),
    [
        # The same key in different objects, and braces inside strings, are no repeat.
        ('{"a": {"a": 1}, "b": "{{", "c": {"x": 1, "x": 2}}', ("c",), 1),
        # A key spelled with an escape is the same key.
        ('{"k": [{}, {"k": 1,\n"\\u006b": 2}]}', ("k", 1), 2),
        # The first repeat in the text is reported, not the first one parsed.
        ('{"o": {"z": 1, "i": {"y": 1, "y": 2}, "z": 3}}', ("o",), 1),
    ],
)
def test_the_place_is_found_in_any_json(text: str, loc: tuple[object, ...], line: int) -> None:
    with pytest.raises(strict_json.DuplicateKeyError) as caught:
        strict_json.loads(text)
    assert caught.value.loc == loc
    assert caught.value.line == line


def test_a_key_with_control_characters_is_reported_on_one_line() -> None:
    with pytest.raises(strict_json.DuplicateKeyError) as caught:
        strict_json.loads('{"a\\u001b[2J\\n": 1, "a\\u001b[2J\\n": 2}')
    assert str(caught.value) == 'duplicate key "a\\u001b[2J\\n" (line 1)'


def test_files_without_repeats_read_as_before() -> None:
    text = two_athletes()
    assert strict_json.loads(text) == json.loads(text)
