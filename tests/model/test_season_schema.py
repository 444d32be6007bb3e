"""The season file schema: what loads, its defaults, its bounds and its versions."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from planner_gui.model import season as season_module
from planner_gui.model.season import (
    Distance,
    Methodology,
    Priority,
    Race,
    Season,
    Weekday,
)

MINIMAL: dict[str, Any] = {
    "schema_version": 1,
    "name": "2027",
    "start": "2027-01-04",
    "weeks": 52,
    "week_start": "monday",
    "athletes": [
        {
            "name": "Ana",
            "races": [
                {
                    "name": "City Marathon",
                    "date": "2027-06-27",
                    "priority": "A",
                    "distance": "marathon",
                }
            ],
        }
    ],
}


def minimal() -> dict[str, Any]:
    """A fresh copy of the minimal season file (README, "The season file")."""
    return copy.deepcopy(MINIMAL)


def test_domain_minimal_input_loads() -> None:
    season = Season.model_validate(minimal())
    assert season.name == "2027"
    assert season.start == dt.date(2027, 1, 4)
    assert season.week_start is Weekday.MONDAY
    [athlete] = season.athletes
    [race] = athlete.races
    assert (race.name, race.date, race.priority, race.distance) == (
        "City Marathon",
        dt.date(2027, 6, 27),
        Priority.A,
        Distance.MARATHON,
    )


def test_optional_fields_take_their_defaults() -> None:
    season = Season.model_validate(
        {
            "name": "Bare",
            "start": "2027-01-04",
            "athletes": [{"name": "Ana", "races": [{"name": "Fun run", "date": "2027-05-01"}]}],
        }
    )
    assert season.schema_version == 2  # read as version 1, held (and saved) as 2
    assert season.weeks == 52
    assert season.week_start is Weekday.MONDAY
    assert season.methodology == Methodology(
        base=4, strength=4, race_specific=4, taper=4, recovery=2
    )
    assert season.methodology.block_length == 16
    race = season.athletes[0].races[0]
    assert (race.priority, race.distance, race.notes) == (Priority.A, Distance.OTHER, "")
    assert season.athletes[0].notes == ""


def test_methodology_missing_keys_take_defaults() -> None:
    data = minimal() | {"methodology": {"taper": 2, "recovery": 3}}
    assert Season.model_validate(data).methodology == Methodology(taper=2, recovery=3)


@pytest.mark.parametrize("day", list(Weekday))
def test_any_weekday_in_lower_case_starts_the_week(day: Weekday) -> None:
    assert Season.model_validate(minimal() | {"week_start": day.value}).week_start is day


def test_ids_are_generated_when_absent_and_unique() -> None:
    data = minimal()
    data["athletes"].append({"name": "Björn", "races": [{"name": "R", "date": "2027-03-01"}]})
    season = Season.model_validate(data)
    ids = [a.id for a in season.athletes] + [r.id for a in season.athletes for r in a.races]
    assert len(set(ids)) == 4
    assert all(ids)
    # A second load of the same input makes new ids; saving keeps them from then on.
    assert Season.model_validate(data).athletes[0].id != season.athletes[0].id


def test_ids_are_kept_when_present() -> None:
    data = minimal()
    data["athletes"][0]["id"] = "ana"
    data["athletes"][0]["races"][0]["id"] = "ana-city-marathon"
    season = Season.model_validate(data)
    assert season.athletes[0].id == "ana"
    assert season.athletes[0].races[0].id == "ana-city-marathon"


def test_an_id_used_twice_is_refused_with_its_place() -> None:
    data = minimal()
    data["athletes"][0]["id"] = "ana"
    data["athletes"][0]["races"][0]["id"] = "ana"
    with pytest.raises(ValidationError, match=r"athletes\[0\]\.races\[0\]\.id 'ana'"):
        Season.model_validate(data)


def test_names_are_trimmed_and_blank_names_refused() -> None:
    data = minimal()
    data["athletes"][0]["name"] = "  Ana  "
    assert Season.model_validate(data).athletes[0].name == "Ana"
    data["athletes"][0]["name"] = "   "
    with pytest.raises(ValidationError):
        Season.model_validate(data)


def _with(path: str, value: Any) -> dict[str, Any]:
    """Minimal input with the dotted ``path`` set to ``value`` ("athletes.0.races.0.date")."""
    data = minimal()
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target.setdefault(part, {})
    target[last] = value
    return data


ACCEPTED = [
    ("weeks", 1),
    ("weeks", 260),
    ("name", "x" * 200),
    ("athletes.0.name", "Ø" * 200),
    ("athletes.0.races.0.date", "1900-01-01"),
    ("athletes.0.races.0.date", "2200-12-31"),
    ("start", "1900-01-01"),
    ("methodology.base", 0),
    ("methodology.taper", 8),
    ("methodology.recovery", 2),
    ("methodology.recovery", 6),
]

REFUSED = [
    ("weeks", 0, "weeks"),
    ("weeks", 261, "weeks"),
    ("weeks", "52", "weeks"),
    ("weeks", 52.0, "weeks"),
    ("weeks", True, "weeks"),
    ("name", "x" * 201, "name"),
    ("name", "", "name"),
    ("athletes.0.name", "x" * 201, "athletes.0.name"),
    ("athletes.0.races.0.name", "x" * 201, "athletes.0.races.0.name"),
    ("athletes.0.races.0.date", "1899-12-31", "athletes.0.races.0.date"),
    ("athletes.0.races.0.date", "2201-01-01", "athletes.0.races.0.date"),
    ("athletes.0.races.0.date", "2027-02-30", "athletes.0.races.0.date"),
    ("athletes.0.races.0.date", "27/06/2027", "athletes.0.races.0.date"),
    ("athletes.0.races.0.date", "2027-06-27T09:00", "athletes.0.races.0.date"),
    ("athletes.0.races.0.date", 1_782_518_400, "athletes.0.races.0.date"),  # a timestamp
    ("start", "2201-01-01", "start"),
    ("athletes.0.races.0.priority", "D", "athletes.0.races.0.priority"),
    ("athletes.0.races.0.priority", "a", "athletes.0.races.0.priority"),
    ("athletes.0.races.0.distance", "42k", "athletes.0.races.0.distance"),
    ("week_start", "Monday", "week_start"),
    ("methodology.base", -1, "methodology.base"),
    ("methodology.strength", 9, "methodology.strength"),
    ("methodology.race_specific", 4.5, "methodology.race_specific"),
    ("methodology.recovery", 1, "methodology.recovery"),
    ("methodology.recovery", 7, "methodology.recovery"),
    ("athletes", "Ana", "athletes"),
    ("athletes.0.races", {}, "athletes.0.races"),
    ("surprise", 1, "surprise"),
]


@pytest.mark.parametrize(("path", "value"), ACCEPTED)
def test_values_inside_the_bounds_load(path: str, value: Any) -> None:
    Season.model_validate(_with(path, value))


@pytest.mark.parametrize(("path", "value", "loc"), REFUSED)
def test_values_outside_the_bounds_are_refused_at_their_field(
    path: str, value: Any, loc: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Season.model_validate(_with(path, value))
    first = caught.value.errors()[0]["loc"]
    assert ".".join(str(p) for p in first) == loc


def test_empty_methodology_is_refused() -> None:
    data = minimal() | {"methodology": {"base": 0, "strength": 0, "race_specific": 0, "taper": 0}}
    with pytest.raises(ValidationError, match="at least one week"):
        Season.model_validate(data)


def test_roster_and_race_count_limits() -> None:
    race = {"name": "R", "date": "2027-05-01", "priority": "C"}
    at_most = minimal() | {"athletes": [{"name": "Ana", "races": [race] * 300}]}
    assert len(Season.model_validate(at_most).athletes[0].races) == 300
    too_many = minimal() | {"athletes": [{"name": "Ana", "races": [race] * 301}]}
    with pytest.raises(ValidationError, match="at most 300"):
        Season.model_validate(too_many)
    roster = minimal() | {"athletes": [{"name": f"A{i}"} for i in range(500)]}
    assert len(Season.model_validate(roster).athletes) == 500
    roster["athletes"].append({"name": "One too many"})
    with pytest.raises(ValidationError, match="at most 500"):
        Season.model_validate(roster)


@pytest.mark.parametrize("version", [3, 99])
def test_newer_schema_version_is_refused(version: int) -> None:
    with pytest.raises(ValidationError, match=f"version {version} is newer than this app"):
        Season.model_validate(minimal() | {"schema_version": version})


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, None])
def test_schema_version_must_be_a_positive_integer(version: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Season.model_validate(minimal() | {"schema_version": version})
    assert caught.value.errors()[0]["loc"] == ("schema_version",)


def test_migration_upgrades_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[int] = []

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        steps.append(1)
        assert data["schema_version"] == 1
        # Pretend version 1 called the season name "title".
        title = data.pop("title")
        return {**data, "name": title, "schema_version": 2}

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        steps.append(2)
        assert data["schema_version"] == 2 and "title" not in data
        return {**data, "schema_version": 3}

    monkeypatch.setattr(season_module, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(season_module, "_MIGRATIONS", {1: one_to_two, 2: two_to_three})
    old = {k: v for k, v in minimal().items() if k != "name"} | {"title": "Old"}
    season = Season.model_validate(old)
    assert steps == [1, 2]
    assert (season.name, season.schema_version) == ("Old", 3)
    steps.clear()
    assert Season.model_validate(minimal() | {"schema_version": 2}).schema_version == 3
    assert steps == [2]
    with pytest.raises(ValidationError, match="version 4 is newer"):
        Season.model_validate(minimal() | {"schema_version": 4})


def test_migration_lives_in_one_before_validator() -> None:
    # pydantic runs several before-validators in reverse order: keep the hook single.
    validators = Season.__pydantic_decorators__.model_validators.values()
    assert [v.cls_var_name for v in validators if v.info.mode == "before"] == ["_migrate"]


def test_models_are_immutable() -> None:
    season = Season.model_validate(minimal())
    with pytest.raises(ValidationError):
        season.athletes[0].races[0].name = "Renamed"  # type: ignore[misc]


def test_race_accepts_date_objects_from_edits() -> None:
    assert Race(name="R", date=dt.date(2027, 5, 1)).date == dt.date(2027, 5, 1)
    with pytest.raises(ValidationError):
        Race(name="R", date=dt.datetime(2027, 5, 1, 9, 30))
