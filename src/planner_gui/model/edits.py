"""Pure edits of a season: each takes a ``Season`` and returns a new one.

The GUI's undo commands and the timeline's drag preview both go through these, so
there is one way to change a season. Unchanged athletes and races are shared between
the old and the new season, which keeps snapshots cheap and plan caching simple.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from planner_gui.model.season import (
    MAX_ATHLETES,
    MAX_RACES,
    Athlete,
    Race,
    Season,
    WeekNote,
    new_id,
)


@dataclass(frozen=True, slots=True)
class RaceLocation:
    """Where a race sits in a season."""

    athlete_index: int
    race_index: int
    athlete: Athlete
    race: Race


# Race rows by id per athlete, kept while the athlete object lives. Edits share
# unchanged athletes, so after an edit only the changed athlete is indexed again, and
# finding a race or checking an id costs one look-up per athlete, not one per race.
_RACE_ROWS: dict[int, tuple[weakref.ref[Athlete], dict[str, int], frozenset[str]]] = {}


def _indexed(athlete: Athlete) -> tuple[dict[str, int], frozenset[str]]:
    """The athlete's race rows by race id, and every id the athlete uses (its own too)."""
    key = id(athlete)
    entry = _RACE_ROWS.get(key)
    if entry is not None and entry[0]() is athlete:
        return entry[1], entry[2]
    rows = {race.id: row for row, race in enumerate(athlete.races)}
    ids = frozenset((athlete.id, *rows))
    # The callback runs as the athlete dies, before its id can be given to another.
    ref = weakref.ref(athlete, lambda _ref: _RACE_ROWS.pop(key, None))
    _RACE_ROWS[key] = (ref, rows, ids)
    return rows, ids


def find_race(season: Season, race_id: str) -> RaceLocation:
    """Locate a race by id (KeyError if absent)."""
    for a_index, athlete in enumerate(season.athletes):
        r_index = _indexed(athlete)[0].get(race_id)
        if r_index is not None:
            return RaceLocation(a_index, r_index, athlete, athlete.races[r_index])
    raise KeyError(race_id)


def athlete_index(season: Season, athlete_id: str) -> int:
    """Index of an athlete in the roster (KeyError if absent)."""
    for index, athlete in enumerate(season.athletes):
        if athlete.id == athlete_id:
            return index
    raise KeyError(athlete_id)


def _validated(model: Any, **changes: Any) -> Any:
    """A copy of a frozen model with changes, validated like file input."""
    data = model.model_dump()
    data.update(changes)
    return type(model).model_validate(data)


def _with_athlete(season: Season, index: int, athlete: Athlete) -> Season:
    athletes = list(season.athletes)
    athletes[index] = athlete
    return season.model_copy(update={"athletes": tuple(athletes)})


def _with_races(athlete: Athlete, races: list[Race]) -> Athlete:
    return athlete.model_copy(update={"races": tuple(races)})


def _check_id_free(season: Season, new: str) -> None:
    """Refuse an id already in use: the saved file would not load again."""
    if any(new in _indexed(athlete)[1] for athlete in season.athletes):
        raise ValueError(f"the id {new!r} is already used in this season")


def _with_roster(season: Season, athletes: list[Athlete], changed: Iterable[int]) -> Season:
    """``season`` with this roster, checked as ``Season`` checks a file, but only where
    it changed: the athletes at the indexes ``changed`` (already validated ``Athlete``
    objects) against the others. Unchanged athletes are shared, not validated again,
    so an edit costs the same whatever the roster's size.

    Raises pydantic's ``ValidationError`` as ``Season`` would, so callers that
    catch it (and read its message) work as they did with a full validation.
    """
    if len(athletes) > MAX_ATHLETES:
        raise _invalid(
            ("athletes",),
            f"the roster already has {MAX_ATHLETES} athletes, the most a season holds",
        )
    for index in changed:
        athlete = athletes[index]
        rows, ids = _indexed(athlete)
        if len(rows) != len(athlete.races) or athlete.id in rows:
            raise _invalid(("athletes", index), "an id is used twice")
        for other_index, other in enumerate(athletes):
            if other_index != index and not ids.isdisjoint(_indexed(other)[1]):
                used = min(ids & _indexed(other)[1])
                raise _invalid(("athletes", index), f"the id {used!r} is used twice")
        try:
            athlete.effective_methodology(season.methodology)
        except ValueError:
            raise _invalid(
                ("athletes", index, "methodology"),
                "with the season's lengths, the four block phases together need at "
                "least one week",
            ) from None
    return season.model_copy(update={"athletes": tuple(athletes)})


def _invalid(loc: tuple[str | int, ...], message: str) -> ValidationError:
    """A ``ValidationError`` for ``Season`` with one value error at ``loc``."""
    return ValidationError.from_exception_data(
        "Season",
        [{"type": "value_error", "loc": loc, "input": None, "ctx": {"error": ValueError(message)}}],
    )


def update_race(season: Season, race_id: str, **changes: Any) -> Season:
    """Change fields of a race (name, date, priority, distance, notes); validated."""
    loc = find_race(season, race_id)
    if changes.get("id", race_id) != race_id:
        _check_id_free(season, changes["id"])
    races = list(loc.athlete.races)
    races[loc.race_index] = _validated(loc.race, **changes)
    return _with_athlete(season, loc.athlete_index, _with_races(loc.athlete, races))


def add_race(season: Season, athlete_id: str, race: Race, index: int | None = None) -> Season:
    """Add a race to an athlete (at the end unless ``index`` is given)."""
    a_index = athlete_index(season, athlete_id)
    athlete = season.athletes[a_index]
    if len(athlete.races) >= MAX_RACES:
        raise _invalid(
            ("athletes", a_index, "races"),
            f"{athlete.name} already has {MAX_RACES} races, the most one athlete can have",
        )
    _check_id_free(season, race.id)
    races = list(athlete.races)
    races.insert(len(races) if index is None else index, race)
    return _with_athlete(season, a_index, _with_races(athlete, races))


def remove_race(season: Season, race_id: str) -> Season:
    """Remove a race."""
    loc = find_race(season, race_id)
    races = list(loc.athlete.races)
    del races[loc.race_index]
    return _with_athlete(season, loc.athlete_index, _with_races(loc.athlete, races))


def move_race(
    season: Season,
    race_id: str,
    day: dt.date,
    athlete_id: str | None = None,
    *,
    copy: bool = False,
) -> tuple[Season, str]:
    """Move (or copy) a race to ``day`` on ``athlete_id``'s calendar (default: its own).

    Returns the new season and the id of the moved race (a fresh id for a copy).
    """
    loc = find_race(season, race_id)
    target = loc.athlete.id if athlete_id is None else athlete_id
    if copy:
        race = _validated(loc.race, date=day, id=new_id())
        return add_race(season, target, race), race.id
    if target == loc.athlete.id:
        return update_race(season, race_id, date=day), race_id
    moved = _validated(loc.race, date=day)
    return add_race(remove_race(season, race_id), target, moved), race_id


def add_athlete(season: Season, athlete: Athlete, index: int | None = None) -> Season:
    """Add an athlete to the roster (at the end unless ``index`` is given)."""
    athletes = list(season.athletes)
    at = len(athletes) if index is None else max(0, min(index, len(athletes)))
    athletes.insert(at, athlete)
    return _with_roster(season, athletes, [at])


def remove_athlete(season: Season, athlete_id: str) -> Season:
    """Remove an athlete and their races."""
    athletes = [a for a in season.athletes if a.id != athlete_id]
    return season.model_copy(update={"athletes": tuple(athletes)})


def update_athlete(season: Season, athlete_id: str, **changes: Any) -> Season:
    """Change an athlete's fields (name, notes, lifting days, methodology, away, notes).

    Validated like file input, including the athlete's effective methodology
    (raises pydantic's ValidationError or ``ValueError``).
    """
    index = athlete_index(season, athlete_id)
    athletes = list(season.athletes)
    athletes[index] = _validated(season.athletes[index], **changes)
    return _with_roster(season, athletes, [index])


def set_week_note(
    season: Season, athlete_id: str, week: tuple[dt.date, dt.date], text: str
) -> Season:
    """Make ``text`` the athlete's note for the week ``week`` (first, last day).

    The week's notes become one note ("" removes them), dated like the first of them,
    or on the week's first day; notes of other weeks are kept as they are.
    """
    athlete = season.athlete(athlete_id)
    first, last = week
    inside = [n for n in athlete.week_notes if first <= n.date <= last]
    others = [n for n in athlete.week_notes if not first <= n.date <= last]
    text = text.strip()
    if text:
        day = min((n.date for n in inside), default=first)
        others.append(WeekNote(date=day, text=text))
    others.sort(key=lambda n: n.date)
    return update_athlete(season, athlete_id, week_notes=tuple(others))


def move_athlete(season: Season, athlete_id: str, new_index: int) -> Season:
    """Move an athlete to another place in the roster."""
    athletes = list(season.athletes)
    athlete = athletes.pop(athlete_index(season, athlete_id))
    athletes.insert(max(0, min(new_index, len(athletes))), athlete)
    return season.model_copy(update={"athletes": tuple(athletes)})


def week_note(athlete: Athlete, week: tuple[dt.date, dt.date]) -> str:
    """The athlete's notes for a week as one text (several are joined by blank lines)."""
    first, last = week
    notes = sorted(
        (n for n in athlete.week_notes if first <= n.date <= last), key=lambda n: n.date
    )
    return "\n\n".join(n.text for n in notes)


def update_settings(season: Season, **changes: Any) -> Season:
    """Change season-wide settings (name, start, weeks, week_start, methodology)."""
    # The athletes go in as they are (pydantic takes validated instances without
    # validating them again); the season's own checks still run over all of them.
    data: dict[str, Any] = {**season.model_dump(exclude={"athletes"}), "athletes": season.athletes}
    data.update(changes)
    return Season.model_validate(data)
