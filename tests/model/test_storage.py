"""Reading and writing season files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planner_gui.model import storage
from planner_gui.model.demo import load_demo
from planner_gui.model.edits import update_settings
from planner_gui.model.storage import (
    SeasonFileError,
    backup_path,
    field_path,
    load_season,
    save_season,
    season_from_json,
    season_to_json,
)
from tests.model.test_season_schema import minimal


def write(tmp_path: Path, content: str | bytes, name: str = "club.season.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    season = load_demo()
    path = tmp_path / "club.season.json"
    save_season(season, path)
    again = load_season(path)
    assert again == season
    save_season(again, tmp_path / "second.season.json")
    assert path.read_bytes() == (tmp_path / "second.season.json").read_bytes()


def test_saved_file_is_readable_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    text = path.read_text(encoding="utf-8")
    assert "Ελένη Παπαδοπούλου" in text  # not \u-escaped: coaches diff these files
    assert text.endswith("\n")
    data = json.loads(text)
    assert data["schema_version"] == 2
    assert data["athletes"][0]["races"][0]["date"] == "2027-04-11"


def test_generated_ids_are_written_so_they_stay(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(minimal()))
    first = load_season(path)
    save_season(first, path)
    assert load_season(path).athletes[0].id == first.athletes[0].id


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    season = load_demo()
    save_season(season, path)
    assert not backup_path(path).exists()
    old_bytes = path.read_bytes()
    save_season(update_settings(season, name="Renamed"), path)
    assert backup_path(path) == tmp_path / "club.season.json.bak"
    assert backup_path(path).read_bytes() == old_bytes
    assert load_season(path).name == "Renamed"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "club.season.json",
        "club.season.json.bak",
    ]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "club.season.json"
    season = load_demo()
    save_season(season, path)
    before = path.read_bytes()

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(OSError, match="No space"):
        save_season(update_settings(season, name="Lost"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_season(path) == season
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_save_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    os.chmod(path, 0o600)
    save_season(load_demo(), path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_saving_through_a_symlink_keeps_the_link_and_writes_its_file(tmp_path: Path) -> None:
    # The season lives in a synced folder; the coach opens it through a link.
    synced = tmp_path / "synced"
    synced.mkdir()
    real = synced / "club.season.json"
    season = load_demo()
    save_season(season, real)
    link = tmp_path / "club.season.json"
    link.symlink_to(real)
    save_season(update_settings(season, name="Renamed"), link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_season(real).name == "Renamed"
    assert backup_path(link).read_bytes() == season_to_json(season).encode()


def test_a_link_planted_at_the_backup_name_is_replaced_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    season = load_demo()
    save_season(season, path)
    notes = tmp_path / "notes.txt"
    notes.write_text("the coach's own notes")
    backup_path(path).symlink_to(notes)
    save_season(update_settings(season, name="Renamed"), path)
    assert notes.read_text() == "the coach's own notes"
    assert not backup_path(path).is_symlink()
    assert load_season(backup_path(path)) == season


def test_the_backup_keeps_the_permissions_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    os.chmod(path, 0o600)
    save_season(update_settings(load_demo(), name="Renamed"), path)
    assert backup_path(path).stat().st_mode & 0o777 == 0o600


def _bad_race_date() -> str:
    data = minimal()
    data["athletes"][0]["races"] += [
        {"name": "B", "date": "2027-03-01"},
        {"name": "C", "date": "2027-02-30"},
    ]
    return json.dumps(data)


@pytest.mark.parametrize(
    ("content", "field", "words"),
    [
        (_bad_race_date(), "athletes[0].races[2].date", "not a real calendar date"),
        (json.dumps(minimal() | {"weeks": 300}), "weeks", "less than or equal to 260"),
        (json.dumps(minimal() | {"schema_version": 7}), None, "schema_version: version 7"),
        (json.dumps(minimal() | {"athletes": "Ana"}), "athletes", "list"),
        (json.dumps(minimal() | {"extra": 1}), "extra", "unknown field"),
        ("", None, "empty"),
        ("   \n", None, "empty"),
        ("{", None, "not valid JSON"),
        ('{"name": "x",}', None, "not valid JSON"),
        ("[1, 2]", None, "expected a JSON object"),
        (b"\xff\xfe\x00binary", None, "not UTF-8"),
        ("[" * 100_000 + "]" * 100_000, None, "nested too deeply"),
        ('{"name": ' + "[" * 100_000 + "]" * 100_000 + "}", None, "nested too deeply"),
        # Python refuses to parse integers longer than 4300 digits (a ValueError).
        ('{"weeks": 1' + "0" * 5000 + "}", None, "number too long"),
    ],
)
def test_unusable_files_raise_one_line_naming_file_and_field(
    tmp_path: Path, content: str | bytes, field: str | None, words: str
) -> None:
    path = write(tmp_path, content)
    before = path.read_bytes()
    with pytest.raises(SeasonFileError) as caught:
        load_season(path)
    error = caught.value
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert words in message
    assert error.field == field
    if field:
        assert f": {field}: " in message
    assert path.read_bytes() == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SeasonFileError, match="no such file"):
        load_season(tmp_path / "nope.season.json")
    with pytest.raises(SeasonFileError, match="folder"):
        load_season(tmp_path)


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 100)
    with pytest.raises(SeasonFileError, match="too large"):
        load_season(write(tmp_path, json.dumps(minimal())))


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps(minimal()).encode())
    assert load_season(path).name == "2027"


def test_many_problems_are_counted_in_one_line() -> None:
    data = minimal() | {"weeks": 0, "week_start": "someday"}
    with pytest.raises(SeasonFileError, match=r"\(and 1 more problems\)$"):
        season_from_json(data, "x.season.json")


def test_field_path_reads_like_python() -> None:
    assert field_path(("athletes", 0, "races", 2, "date")) == "athletes[0].races[2].date"
    assert field_path(("methodology", "base")) == "methodology.base"
    assert field_path(()) == ""


def test_season_to_json_is_stable() -> None:
    season = load_demo()
    assert season_to_json(season) == season_to_json(load_demo().model_copy())
