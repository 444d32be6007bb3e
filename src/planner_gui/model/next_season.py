"""Next season from this one: the same roster and settings, one season further on.

``planner-gui next-season`` and File ▸ New Season From This One… both call
``next_season``. What a coach keeps from one season to the next is the squad and
how each athlete trains; what belongs to this season's calendar stays behind:

* kept: every athlete (same id, name, notes, strength days and own methodology), the
  season's methodology, length and first weekday;
* moved: the first day, by the season's length in whole weeks, so week 1 starts on
  the same weekday; the name's year ("Club 2027" becomes "Club 2028");
* carried over, when their priority is chosen: this season's races, moved by the same
  number of weeks, so a race keeps its weekday (the second Sunday of April stays a
  Sunday, near its date of this year). They get new ids: next year's race is another
  event than this year's, on the calendar and in the file. Name, distance and notes
  are kept. A race moved by the season's own offset always lands inside the new
  season, because it lay inside the old one;
* kept where they are: races already dated in the new season's weeks (entered ahead,
  such as next spring's marathon), whatever their priority; a carried-over race that
  lands on one of them (same name, same day) is not added twice;
* left behind: time away, week notes, and races outside both seasons.

Plain Python: neither Qt nor file access.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection

from planner_gui.model.date_text import format_date
from planner_gui.model.season import MAX_DATE, MAX_NAME, Athlete, Priority, Race, Season, new_id
from planner_gui.model.weeks import SeasonCalendar

DEFAULT_CARRIED: frozenset[Priority] = frozenset({Priority.A})
"""Priorities carried over unless the coach chooses: the main races. Most coaches aim
at the same marathon each year and build the season around it; tune-ups and training
races are picked again as the calendar fills up."""

_DAYS_PER_YEAR = 365.2425
# A year in a name: 1900-2199, not part of a longer number; optionally followed by the
# end of a season that spans two years ("2026/27", "2026-2027", "2026–27").
_YEAR = re.compile(r"(?<!\d)(19\d\d|2[01]\d\d)(?:([/–-])(\d\d(?:\d\d)?))?(?!\d)")


def season_offset(season: Season) -> dt.timedelta:
    """How far the next season lies from this one: its length, in whole weeks."""
    return dt.timedelta(weeks=season.weeks)


def next_season_name(name: str, old_start: dt.date, new_start: dt.date) -> str:
    """The next season's name: the years in ``name`` moved on, else a year added.

    "Club 2027" becomes "Club 2028" and "Winter 2026/27" "Winter 2027/28". A season of
    a year or longer moves the years by its length in years (a 52-week season that
    starts on 1 Jan ends the day before the next 1 Jan, and is still next year's); a
    shorter one by the years between the two first days. A name without a year gets
    the new first day's year; one whose years stay the same (two seasons in a year)
    gets the new first day, so the two never share a name.
    """
    years = round((new_start - old_start).days / _DAYS_PER_YEAR)
    if years < 1:
        years = new_start.year - old_start.year

    def moved(match: re.Match[str]) -> str:
        first = int(match.group(1)) + years
        if match.group(2) is None:
            return str(first)
        end = match.group(3)
        second = int(end) + years
        second_text = f"{second % 100:02d}" if len(end) == 2 else str(second)
        return f"{first}{match.group(2)}{second_text}"

    renamed = _YEAR.sub(moved, name) if years else name
    if renamed != name:
        return renamed[:MAX_NAME]
    suffix = f" {new_start.year}" if not _YEAR.search(name) else f" (from {format_date(new_start)})"
    return name[: MAX_NAME - len(suffix)].rstrip() + suffix


def next_season(
    season: Season,
    carry: Collection[Priority] = DEFAULT_CARRIED,
    *,
    name: str | None = None,
    make_id: Callable[[], str] = new_id,
) -> Season:
    """The season after ``season`` (see the module docstring for what moves and what stays).

    Args:
        season: this season.
        carry: the priorities of the races that are carried over.
        name: the new season's name; by default ``next_season_name``'s.
        make_id: makes the carried-over races' ids (tests pass a counter).

    Raises:
        ValueError: the next season would end after the last day a season may have
            (one line, for the coach).
    """
    offset = season_offset(season)
    old = SeasonCalendar.of(season)
    start = season.start + offset
    if old.end + offset > MAX_DATE:
        raise ValueError(
            f"the next season would end after {format_date(MAX_DATE)}, the last day a "
            "season can reach"
        )
    new = SeasonCalendar.of(season.model_copy(update={"start": start}))
    used = {a.id for a in season.athletes} | {r.id for a in season.athletes for r in a.races}

    def fresh_id() -> str:
        while (made := make_id()) in used:
            continue
        used.add(made)
        return made

    carried = frozenset(carry)
    athletes = tuple(
        _next_athlete(athlete, old, new, offset, carried, fresh_id) for athlete in season.athletes
    )
    return Season(
        name=name if name is not None else next_season_name(season.name, season.start, start),
        start=start,
        weeks=season.weeks,
        week_start=season.week_start,
        methodology=season.methodology,
        athletes=athletes,
    )


def _next_athlete(
    athlete: Athlete,
    old: SeasonCalendar,
    new: SeasonCalendar,
    offset: dt.timedelta,
    carry: frozenset[Priority],
    fresh_id: Callable[[], str],
) -> Athlete:
    """The athlete with next season's races and no time away or week notes."""
    kept = [race for race in athlete.races if new.contains(race.date)]
    taken = {(race.name.casefold(), race.date) for race in kept}
    moved: list[Race] = []
    for race in athlete.races:
        if race.priority not in carry or not old.contains(race.date):
            continue
        day = race.date + offset
        if (race.name.casefold(), day) in taken:
            continue  # the coach entered next year's edition already
        moved.append(race.model_copy(update={"id": fresh_id(), "date": day}))
    races = sorted([*moved, *kept], key=lambda race: race.date)  # stable: file order on ties
    return athlete.model_copy(update={"races": tuple(races), "away": (), "week_notes": ()})
