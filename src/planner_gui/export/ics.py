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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icalendar
from icalendar.parser import Contentline, Parameters

from planner_gui import __version__
from planner_gui.export.export_progress import Cancel, ExportCancelled, Progress
from planner_gui.export.file_request import FileRequest
from planner_gui.export.ics_events import CalendarEvent, EventKind, athlete_events
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
class CalendarRequest(FileRequest):
    """The calendar files to write: whose plans, into which ``.ics`` file or folder."""

    SUFFIX = SUFFIX
    DOING = "put in a calendar"

    stamp: dt.datetime
    """DTSTAMP of every event: when the export ran (timezone-aware; tests fix it)."""


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


def _calendar_head(season: Season, athletes: Sequence[Athlete]) -> icalendar.Calendar:
    """The VCALENDAR with its own properties and no events yet."""
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
    return calendar


def _events(
    season: Season,
    athlete: Athlete,
    calendar: SeasonCalendar,
    plans: Mapping[str, AthletePlan] | None,
    name_first: bool,
) -> list[CalendarEvent]:
    plan = (plans or {}).get(athlete.id) or plan_athlete(athlete, calendar, season.methodology)
    return athlete_events(athlete, plan, calendar, name_first=name_first)


def build_calendar(
    season: Season,
    athletes: Sequence[Athlete],
    *,
    stamp: dt.datetime,
    plans: Mapping[str, AthletePlan] | None = None,
) -> icalendar.Calendar:
    """The VCALENDAR with every event of ``athletes`` (roster order, then by date).

    The files are written by ``calendar_bytes``, which gives the same bytes as this
    calendar's ``to_ical()`` in well under half the time.
    """
    season_calendar = SeasonCalendar.of(season)
    calendar = _calendar_head(season, athletes)
    for athlete in athletes:
        for event in _events(season, athlete, season_calendar, plans, len(athletes) > 1):
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
    """The ``.ics`` file's content (UTF-8, CRLF line ends, folded lines).

    The same bytes as ``build_calendar(...).to_ical()``.
    """
    data, _events_written = _calendar_file(season, athletes, _EventLines(stamp), plans)
    return data


def _calendar_file(
    season: Season,
    athletes: Sequence[Athlete],
    lines: _EventLines,
    plans: Mapping[str, AthletePlan] | None,
    before_athlete: Callable[[], None] | None = None,
) -> tuple[bytes, int]:
    """One file's bytes and its number of events; ``before_athlete`` runs before each
    athlete's events are made (the export's progress and cancel)."""
    head = _calendar_head(season, athletes).to_ical()
    end = b"END:VCALENDAR\r\n"
    parts = [head.removesuffix(end)]
    season_calendar = SeasonCalendar.of(season)
    count = 0
    for athlete in athletes:
        if before_athlete is not None:
            before_athlete()
        events = _events(season, athlete, season_calendar, plans, len(athletes) > 1)
        parts += (lines.event(event) for event in events)
        count += len(events)
    parts.append(end)
    return b"".join(parts), count


class _EventLines:
    """Turns events into VEVENT text, property by property, through icalendar.

    icalendar's own ``Calendar.to_ical()`` cost about 50 ms an athlete (a 500-athlete
    squad took 25 s): for every property of every event it builds a component, sorts
    its keys, re-encodes its parameters and folds the line one character at a time.
    Here each property is still icalendar's (its value types, TEXT escaping and
    75-octet folding), but what every event shares (DTSTAMP, CATEGORIES, TRANSP, the
    order of the properties) is made once, a line already made (a date, a session
    text the whole squad shares) is made only once, and a line shorter than 75 octets,
    which folding leaves as it is, is not walked. ``build_calendar`` stays the
    reference: the tests check both give the same bytes.
    """

    _ORDER: tuple[str, ...] = ()
    """Property names in the order icalendar writes them (its canonical order)."""

    def __init__(self, stamp: dt.datetime) -> None:
        if not self._ORDER:
            sample = _vevent(
                CalendarEvent(EventKind.RACE, "k", stamp.date(), stamp.date(), "s", "d"), stamp
            )
            type(self)._ORDER = tuple(name.upper() for name in sample.sorted_keys())
        self._known: dict[tuple[str, object], bytes] = {}
        # DTSTAMP goes out in UTC whatever the zone given (icalendar's add does so too).
        self._stamp = self._line("DTSTAMP", icalendar.vDDDTypes(stamp.astimezone(dt.UTC)))

    def event(self, event: CalendarEvent) -> bytes:
        """One VEVENT, from BEGIN to END, each line ending in CRLF."""
        known = self._known_line
        parts = {
            "UID": self._line("UID", icalendar.vText(f"{event.key}@{UID_DOMAIN}")),
            "DTSTAMP": self._stamp,
            "DTSTART": known("DTSTART", event.start),
            "DTEND": known("DTEND", event.end),
            "SUMMARY": known("SUMMARY", event.summary),
            "DESCRIPTION": known("DESCRIPTION", event.description),
            "CATEGORIES": known("CATEGORIES", event.kind),
            "TRANSP": known("TRANSP", event.busy),
        }
        return b"".join(
            (b"BEGIN:VEVENT\r\n", *(parts[name] for name in self._ORDER), b"END:VEVENT\r\n")
        )

    def _known_line(self, name: str, value: object) -> bytes:
        key = (name, value)
        line = self._known.get(key)
        if line is None:
            line = self._known[key] = self._line(name, _typed(name, value))
        return line

    @staticmethod
    def _line(name: str, value: Any) -> bytes:
        params: Parameters = value.params  # every icalendar value type has its parameters
        line = Contentline.from_parts(name, params, value)
        raw = line.encode("utf-8")
        # icalendar folds at 75 octets and leaves shorter lines exactly as they are.
        folded: bytes = raw if len(raw) < _FOLD_AT else line.to_ical()
        return folded + b"\r\n"


_FOLD_AT = 75
"""Octets from which icalendar folds a line (RFC 5545 §3.1)."""


def _typed(name: str, value: object) -> Any:
    """The icalendar value of an event's property, as ``_vevent`` adds it."""
    if isinstance(value, EventKind):
        return icalendar.vCategory([value.category])
    if isinstance(value, bool):
        return icalendar.vText("OPAQUE" if value else "TRANSPARENT")
    if isinstance(value, dt.date):
        return icalendar.vDDDTypes(value)  # DTSTART;VALUE=DATE: all day
    return icalendar.vText(str(value))


def write_calendars(
    request: CalendarRequest, progress: Progress | None = None, cancel: Cancel | None = None
) -> CalendarResult:
    """Write the calendar file(s) of ``request``, each atomically.

    ``progress`` hears (athletes done, athletes in all); ``cancel`` is asked between
    athletes. A cancel leaves no partial file: the file being made is never started
    on disk, and with one file per athlete the files finished before stay.

    Raises:
        ValueError: the request names nobody, or an unknown athlete.
        ExportCancelled: ``cancel()`` said so.
        OSError: a file could not be written; files written before it stay.
    """
    athletes = request.athletes()
    if request.stamp.tzinfo is None:
        raise ValueError("the export's time stamp needs a time zone")
    lines = _EventLines(request.stamp)
    groups = [[a] for a in athletes] if request.split else [athletes]
    if request.split:
        request.target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    done = 0

    def check() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled(written)

    def before_athlete() -> None:
        nonlocal done
        check()
        if progress is not None and done:
            progress(done, len(athletes))
        done += 1

    events = 0
    for path, group in zip(request.paths(), groups, strict=True):
        data, count = _calendar_file(request.season, group, lines, request.plans, before_athlete)
        check()  # a cancel while the file was made: it is not written
        write_atomically(path, data)
        written.append(path)
        events += count
    if progress is not None:
        progress(done, len(athletes))
    return CalendarResult(tuple(written), tuple(a.name for a in athletes), events)
