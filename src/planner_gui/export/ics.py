"""Calendar files (iCalendar, RFC 5545) with the athletes' plans, for their phones.

``CalendarRequest`` says whose plans go where; ``write_calendars`` writes one ``.ics``
file (every chosen athlete, each title starting with the athlete's name when there
are several) or one file per athlete into a folder, each written atomically. The
events themselves come from ``ics_events``; this module only turns them into iCalendar
with the ``icalendar`` library, which folds long lines at 75 octets, escapes commas,
semicolons and line breaks, and writes UTF-8 as the standard asks.

Every event's UID says what the event is (``session/ana/2027-01-05@…``), so importing
a newer file updates the events a calendar already has instead of doubling them. Only
DTSTAMP, one moment for the whole export, differs between two exports of the same plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import icalendar

from planner_gui import __version__
from planner_gui.export.chosen_athletes import chosen_athletes
from planner_gui.export.file_names import split_file_names
from planner_gui.export.ics_events import CalendarEvent, athlete_events
from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Athlete, Season
from planner_gui.model.weeks import SeasonCalendar

SUFFIX = ".ics"
PRODID = f"-//Season Planner//planner-gui {__version__}//EN"
UID_DOMAIN = "season-planner.invalid"
"""The UIDs' fixed right-hand side. ``.invalid`` is reserved (RFC 2606): it can never
be somebody else's domain, and it says the events come from no server."""


@dataclass(frozen=True, kw_only=True)
class CalendarRequest:
    """The calendar files to write: whose plans, into which file or folder."""

    season: Season
    target: Path
    """The ``.ics`` file; with ``split``, the folder for one file per athlete (created
    when missing)."""
    athlete_ids: Sequence[str] | None = None
    """The athletes to include (in roster order); None includes everyone."""
    split: bool = False
    """One file per athlete in the ``target`` folder, instead of one file for all."""
    stamp: dt.datetime
    """DTSTAMP of every event: when the export ran (timezone-aware; tests fix it)."""
    plans: Mapping[str, AthletePlan] | None = None
    """Plans already computed, by athlete id (the window has them)."""

    def athletes(self) -> list[Athlete]:
        """The athletes to include, in roster order (ValueError when none or unknown)."""
        return chosen_athletes(self.season, self.athlete_ids, "put in a calendar")

    def paths(self) -> list[Path]:
        """The files the export writes: the target, or one per athlete in the folder."""
        if not self.split:
            return [self.target]
        names = split_file_names([a.name for a in self.athletes()], SUFFIX)
        return [self.target / name for name in names]


@dataclass(frozen=True, slots=True)
class CalendarResult:
    """What an export wrote."""

    paths: tuple[Path, ...]
    athletes: tuple[str, ...]
    """Names of the athletes, in roster order."""
    events: int
    """Events over all files."""


def calendar_name(season: Season, athletes: Sequence[Athlete]) -> str:
    """The name a calendar app shows: the athlete and the season, or the season alone."""
    if len(athletes) == 1:
        return f"{' '.join(athletes[0].name.split())} · {season.name}"
    return season.name


def build_calendar(
    season: Season,
    athletes: Sequence[Athlete],
    *,
    stamp: dt.datetime,
    plans: Mapping[str, AthletePlan] | None = None,
) -> icalendar.Calendar:
    """The VCALENDAR with every event of ``athletes`` (roster order, then by date)."""
    season_calendar = SeasonCalendar.of(season)
    name_first = len(athletes) > 1
    events: list[CalendarEvent] = []
    for athlete in athletes:
        plan = (plans or {}).get(athlete.id) or plan_athlete(
            athlete, season_calendar, season.methodology
        )
        events += athlete_events(athlete, plan, season_calendar, name_first=name_first)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = icalendar.vText(calendar_name(season, athletes))
    # X-WR-CALNAME is what most calendar apps read; NAME is RFC 7986's own. vText
    # escapes commas and semicolons, which icalendar leaves alone in X- properties.
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_vevent(event, stamp))
    return calendar


def _vevent(event: CalendarEvent, stamp: dt.datetime) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.key}@{UID_DOMAIN}")
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start)  # a date: DTSTART;VALUE=DATE, all day
    vevent.add("dtend", event.end)
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    vevent.add("categories", [event.kind.category])
    vevent.add("transp", "OPAQUE" if event.busy else "TRANSPARENT")
    return vevent


def calendar_bytes(
    season: Season,
    athletes: Sequence[Athlete],
    *,
    stamp: dt.datetime,
    plans: Mapping[str, AthletePlan] | None = None,
) -> bytes:
    """The ``.ics`` file's content (UTF-8, CRLF line ends, folded lines)."""
    data: bytes = build_calendar(season, athletes, stamp=stamp, plans=plans).to_ical()
    return data


def write_calendars(request: CalendarRequest) -> CalendarResult:
    """Write the calendar file(s) of ``request``, each atomically.

    Raises:
        ValueError: the request names nobody, or an unknown athlete.
        OSError: a file could not be written; files written before it stay.
    """
    athletes = request.athletes()
    if request.stamp.tzinfo is None:
        raise ValueError("the export's time stamp needs a time zone")
    stamp = request.stamp.astimezone(dt.UTC)
    groups = [[a] for a in athletes] if request.split else [athletes]
    if request.split:
        request.target.mkdir(parents=True, exist_ok=True)
    written = []
    events = 0
    for path, group in zip(request.paths(), groups, strict=True):
        calendar = build_calendar(request.season, group, stamp=stamp, plans=request.plans)
        events += len(calendar.events)
        write_atomically(path, calendar.to_ical())
        written.append(path)
    return CalendarResult(tuple(written), tuple(a.name for a in athletes), events)
