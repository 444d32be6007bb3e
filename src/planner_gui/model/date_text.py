"""Dates as text: the one place that writes dates for the coach and reads them back.

Writing: ``format_date`` ("4 Jan 2027") and ``format_day`` ("Mon 4 Jan 2027", the
form the editors show, which reads back) for one day, ``format_weekday`` ("Mon") for
its weekday, ``format_range`` ("4 – 10 Jan 2027") for a week or a season. The
window, the tooltips, the PDF sheets and the command line all use these, so a date
reads the same wherever the coach meets it.

Reading: ``parse_date`` reads the forms listed in ``ACCEPTED_FORMS`` and refuses
anything it would have to guess at, with a message that says what to type instead:
a date editor that guesses (or auto-advances through sections) silently applies a
day the coach never meant.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

ACCEPTED_FORMS = (
    "2027-01-04 (or 20270104), 4 Jan 2027, Mon 4 Jan 2027, January 4, 2027 or 04.01.2027 "
    "(day.month.year); 4/1/2027 only when it cannot be read two ways"
)
"""The forms ``parse_date`` reads, in words for tooltips."""

EXAMPLE = "4 Jan 2027 or 2027-01-04"
"""A short example for placeholders and messages."""

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
"""Year, month and day run together (20270627), as spreadsheets and file names write them."""
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def format_date(day: dt.date) -> str:
    """A date as the app writes it in running text: "4 Jan 2027"."""
    return f"{day.day} {_month_abbr(day)} {day.year}"


def format_day(day: dt.date, *, year: bool = True) -> str:
    """A date with its weekday: "Mon 4 Jan 2027" (the editors' form; reads back).

    With ``year=False`` (a list of days inside one week) "Mon 4 Jan".
    """
    if not year:
        return f"{format_weekday(day)} {day.day} {_month_abbr(day)}"
    return f"{format_weekday(day)} {format_date(day)}"


def format_weekday(day: dt.date) -> str:
    """The weekday of a date, as the app abbreviates it: "Mon"."""
    return _WEEKDAYS[day.weekday()][:3].capitalize()


def format_range(start: dt.date, end: dt.date, *, year: bool = True) -> str:
    """The days ``start`` to ``end``, naming a month or year only where it changes.

    "4 – 10 Jan 2027", "29 Mar – 4 Apr 2027", "27 Dec 2027 – 2 Jan 2028"; with
    ``year=False`` (a table that shows the year elsewhere) "4 – 10 Jan" and
    "29 Mar – 4 Apr".
    """
    last = format_date(end) if year else f"{end.day} {_month_abbr(end)}"
    if year and start.year != end.year:
        first = format_date(start)
    elif start.month != end.month or start.year != end.year:
        first = f"{start.day} {_month_abbr(start)}"
    else:
        first = str(start.day)
    return f"{first} – {last}"


def _month_abbr(day: dt.date) -> str:
    return _MONTHS[day.month - 1][:3].capitalize()


def parse_date(text: str, *, month_first: bool | None = None) -> dt.date:
    """The one date ``text`` names; ValueError with a message for the coach otherwise.

    Reads ISO dates (2027-01-04, also with / or . between, or run together as
    20270104), day.month.year with dots,
    a day, an English month name (three letters or more) and a four-digit year in
    either order, optionally after a weekday that must match, and d/m/yyyy with
    slashes or dashes only when just one reading is a real date (or both agree).
    A caller that knows how its source writes such dates (a spreadsheet where
    another date settles it, or the coach said) passes ``month_first`` to read
    03/04/2027 as 3 April (False) or March 4 (True) instead of refusing it.
    """
    words = text.strip().lower()
    if not words:
        raise ValueError(f"Type a date, for example {EXAMPLE}.")
    if match := _YEAR_FIRST.fullmatch(words):
        year, _sep, month, day = match.groups()
        return _make(int(year), int(month), int(day))
    if match := _COMPACT.fullmatch(words):
        year, month, day = match.groups()
        return _make(int(year), int(month), int(day))
    if match := _DOTTED.fullmatch(words):
        day, month, year = match.groups()
        return _make(int(year), int(month), int(day))
    if match := _SLASHED.fullmatch(words):
        first, second, year = (int(g) for g in match.group(1, 3, 4))
        if month_first is not None:
            month, day = (first, second) if month_first else (second, first)
            return _make(year, month, day)
        return _unambiguous(text.strip(), first, second, year)
    return _from_words(text.strip(), words)


def slashed_order(text: str) -> bool | None:
    """What a date with slashes says about its order: month first (True), day first
    (False), or nothing (None: both readings work, or it is not such a date).

    27/06/2027 can only be day first and 06/27/2027 only month first; 03/04/2027
    could be either, so it settles nothing.
    """
    readings = _slashed_readings(text)
    if len(readings) == 1:
        return next(iter(readings))
    return None


def reads_two_ways(text: str) -> bool:
    """Whether ``text`` is a date with slashes whose day-first and month-first
    readings are two different real dates (03/04/2027)."""
    readings = _slashed_readings(text)
    return len(readings) == 2 and readings[False] != readings[True]


def _slashed_readings(text: str) -> dict[bool, dt.date]:
    """The real dates a date with slashes can be, by month first (empty: not one)."""
    match = _SLASHED.fullmatch(text.strip())
    if match is None:
        return {}
    return _readings(*(int(g) for g in match.group(1, 3, 4)))


def _readings(first: int, second: int, year: int) -> dict[bool, dt.date]:
    """The real dates among d/m/yyyy (key False) and m/d/yyyy (True), in that order."""
    readings: dict[bool, dt.date] = {}
    for month_first, (month, day) in ((False, (second, first)), (True, (first, second))):
        with contextlib.suppress(ValueError):
            readings[month_first] = _make(year, month, day)
    return readings


def _make(year: int, month: int, day: int) -> dt.date:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"There is no year {year}.")
    if not 1 <= month <= 12:
        raise ValueError(f"There is no month {month}: months run from 1 to 12.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{_MONTHS[month - 1].capitalize()} {year} has no day {day}.") from None


def _unambiguous(text: str, first: int, second: int, year: int) -> dt.date:
    """d/m/yyyy or m/d/yyyy: whichever is a real date, refused when both are and differ."""
    readings = list(_readings(first, second, year).values())
    if not readings:
        raise ValueError(f"“{text}” is not a real date; type it like {EXAMPLE}.")
    if len(readings) == 2 and readings[0] != readings[1]:
        one, other = (f"{d.day} {_MONTHS[d.month - 1].capitalize()}" for d in readings)
        raise ValueError(
            f"“{text}” could be {one} or {other}: write the month as a word "
            f"({format_day(readings[0])[4:]}) or year first ({readings[0].isoformat()})."
        )
    return readings[0]


def _from_words(text: str, words: str) -> dt.date:
    """A day, a month name and a year in either order, maybe after a weekday."""
    tokens = [t for t in re.split(r"[\s,./-]+", words) if t]
    weekday: int | None = None
    if tokens and tokens[0].isalpha() and _name_index(tokens[0], _WEEKDAYS) is not None:
        weekday = _name_index(tokens.pop(0), _WEEKDAYS)
    days = [m.group(1) for t in tokens if (m := _ORDINAL.fullmatch(t))]
    months = [i for t in tokens if t.isalpha() and (i := _name_index(t, _MONTHS)) is not None]
    years = [t for t in tokens if t.isdigit() and len(t) == 4]
    if len(tokens) != 3 or len(days) != 1 or len(months) != 1 or len(years) != 1:
        short_year = any(t.isdigit() and len(t) == 2 for t in tokens)
        if len(months) == 1 and len(tokens) == 3 and short_year:
            raise ValueError("Write the year with all four digits, for example 2027.")
        raise ValueError(
            f"“{text}” is not a whole date: type day, month and year, for example {EXAMPLE}."
        )
    day = _make(int(years[0]), months[0] + 1, int(days[0]))
    if weekday is not None and weekday != day.weekday():
        raise ValueError(
            f"{format_day(day)[4:]} is a {_WEEKDAYS[day.weekday()].capitalize()}, "
            f"not a {_WEEKDAYS[weekday].capitalize()}."
        )
    return day


def _name_index(word: str, names: tuple[str, ...]) -> int | None:
    """Which of ``names`` ``word`` abbreviates (three letters or more), if any."""
    if len(word) < 3:
        return None
    found = [i for i, name in enumerate(names) if name.startswith(word)]
    if len(found) == 1:
        return found[0]
    return None
