"""A club's race list as a spreadsheet saves it: bytes in, typed rows out.

Spreadsheet programs save "CSV" in several dialects: a European one writes semicolons
and Windows-1252 ("Zürich-Marathon;27.06.2027"), others commas or tabs, with or
without a byte-order mark. ``read_race_table`` reads all of them: the text is UTF-8
(a BOM is dropped) or else Windows-1252; the separator is the one the header line
uses (``csv.Sniffer`` guesses from the data rows and guesses wrong on race names with
commas); columns are found by their header, in any order and case.

Each row comes back as a ``RaceRow`` with what could be read and, for a row that
cannot become a race, the reason in the coach's words. Dates stay text here: whether
03/04/2027 is 3 April or March 4 depends on the whole file (``month_first_evidence``)
or on the coach, and ``race_import`` decides it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from planner_gui.model.bounded_read import UnreadableFile, read_bounded
from planner_gui.model.date_text import reads_two_ways, slashed_order
from planner_gui.model.season import MAX_ATHLETES, MAX_RACES, Distance, Priority
from planner_gui.model.storage import MAX_FILE_BYTES

COLUMNS = ("athlete", "name", "date", "priority", "distance", "notes")
"""The columns the importer knows, by their header."""
REQUIRED = ("athlete", "name", "date")
DEFAULT_PRIORITY = Priority.C
"""A race whose priority cell is empty is a C race: it shows on the plan but shapes no
training block. A club's list is mostly such races; the coach marks the main ones A."""
SEPARATORS = {",": "commas", ";": "semicolons", "\t": "tabs"}
MAX_ROWS = MAX_ATHLETES * MAX_RACES
"""No season holds more races than this, so no race list needs more rows."""

_DISTANCES = {
    Distance.FIVE_K: ("5k", "5km", "5000m", "5000"),
    Distance.TEN_K: ("10k", "10km", "10000m", "10000"),
    Distance.HALF_MARATHON: (
        "halfmarathon", "half", "hm", "21k", "21km", "211km", "21097km",
        # as European club lists write it
        "halbmarathon", "semimarathon", "halvemarathon", "halvmaraton", "halvmarathon",
        "mediamaraton", "mediamaratón", "mezzamaratona", "meiamaratona", "półmaraton",
    ),
    Distance.MARATHON: (
        "marathon", "fullmarathon", "42k", "42km", "422km", "42195km",
        "maraton", "maratón", "maratona", "marathonlauf",
    ),
    Distance.ULTRA: ("ultra", "ultramarathon", "ultratrail", "ultramaraton"),
    Distance.OTHER: ("other",),
}  # fmt: skip
_DISTANCE_WORDS = {word: distance for distance, words in _DISTANCES.items() for word in words}
DISTANCE_HELP = "5k, 10k, half marathon, marathon, ultra or other"
# A date cell a spreadsheet saved with a time of day ("2027-06-27 00:00:00").
_MIDNIGHT = re.compile(r"(.+?)[ T]0?0:00(?::00)?")


class RaceTableError(ValueError):
    """A file that is not a race list at all; ``str()`` is one line for the coach."""


@dataclass(frozen=True, slots=True)
class RaceRow:
    """One data row of the race list, as read (dates still text).

    ``number`` is the row as a spreadsheet shows it (the header is row 1); ``problem``
    says why the row cannot become a race, or is None.
    """

    number: int
    athlete: str
    name: str
    date_text: str
    priority: Priority | None
    """None when the cell holds no priority (``problem`` says so)."""
    distance: Distance | None
    """None when the cell holds no distance the app knows (``problem`` says so)."""
    notes: str
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class RaceTable:
    """A read race list: its rows, and how the file was written."""

    rows: tuple[RaceRow, ...]
    encoding: str
    """"UTF-8" or "Windows-1252"."""
    separator: str
    ignored_columns: tuple[str, ...] = ()
    """Headers the importer does not know (left out, shown in the preview)."""

    def month_first_evidence(self) -> bool | None:
        """Whether the file's slashed dates are month first, day first, or unknown.

        The first date that reads only one way settles it (27/06/2027 is day first).
        """
        for row in self.rows:
            order = slashed_order(row.date_text)
            if order is not None:
                return order
        return None

    def ambiguous_dates(self) -> tuple[str, ...]:
        """The dates that read two ways (03/04/2027) when nothing in the file settles
        their order; empty when there are none or another date settles it."""
        if self.month_first_evidence() is not None:
            return ()
        return tuple(row.date_text for row in self.rows if reads_two_ways(row.date_text))


def decode(raw: bytes) -> tuple[str, str]:
    """The text of a spreadsheet file and its encoding's name.

    UTF-8 (with or without a BOM) first; a file that is not UTF-8 was saved by a
    program using the Windows code page (Excel's and LibreOffice's "CSV" in Western
    Europe), which maps nearly every byte.
    """
    if b"\x00" in raw:
        raise RaceTableError("this is not a text file (saved as a workbook? save it as CSV)")
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise RaceTableError("the text is neither UTF-8 nor Windows-1252") from None


def detect_separator(header: str) -> str:
    """The separator the header line uses: the one of comma, semicolon and tab that
    splits it into the most known columns (the header names no race, so it is clean)."""
    best, best_known = ",", -1
    for separator in SEPARATORS:
        cells = next(csv.reader([header], delimiter=separator), [])
        known = sum(1 for cell in cells if name_key(cell) in COLUMNS)
        if known > best_known:
            best, best_known = separator, known
    return best


def read_race_file(path: Path) -> RaceTable:
    """Read a race list file; RaceTableError (one line, without the path) when it
    cannot be read or is no race list. A pipe or a device is never waited on (``bounded_read``)."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES, "a race list")
    except UnreadableFile as error:
        raise RaceTableError(str(error)) from None
    return read_race_table(raw)


def read_race_table(raw: bytes) -> RaceTable:
    """Read a race list file's bytes; RaceTableError when it is no race list."""
    if len(raw) > MAX_FILE_BYTES:
        raise RaceTableError(f"the file is too large ({len(raw)} bytes) to be a race list")
    text, encoding = decode(raw)
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    if not header_line:
        raise RaceTableError("the file is empty")
    separator = detect_separator(header_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        records = list(reader)
    except csv.Error as error:
        where = f"line {reader.line_num}: {error}"
        raise RaceTableError(f"cannot be read as a table ({where})") from None
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)  # blank lines above the header
    columns = _columns(records[0])
    if len(records) - 1 > MAX_ROWS:
        raise RaceTableError(
            f"the file has {len(records) - 1} rows; a season holds at most {MAX_ROWS} races"
        )
    rows = tuple(
        _row(number, record, columns)
        for number, record in enumerate(records[1:], start=2)
        if any(cell.strip() for cell in record)  # a spreadsheet's empty rows (";;;;")
    )
    ignored = tuple(
        cell.strip() for cell in records[0] if cell.strip() and name_key(cell) not in COLUMNS
    )
    return RaceTable(rows, encoding, separator, ignored)


def name_key(text: str) -> str:
    """A cell as the import compares it, header or name: case and repeated spaces
    ignored ("kofi  MENSAH" is Kofi Mensah)."""
    return " ".join(text.split()).casefold()


def _columns(header: list[str]) -> dict[str, int]:
    """Column positions by name; RaceTableError when a required one is missing."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = name_key(cell)
        if name in COLUMNS:
            if name in columns:
                raise RaceTableError(f"the header names the column “{name}” twice")
            columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        found = ", ".join(f"“{c.strip()}”" for c in header if c.strip()) or "nothing"
        raise RaceTableError(
            f"the first row must name the columns athlete, name and date (also known: "
            f"priority, distance, notes); it has {found}"
        )
    return columns


def _row(number: int, record: list[str], columns: dict[str, int]) -> RaceRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        if index is None or index >= len(record):
            return ""
        return record[index].strip()

    athlete, name = " ".join(cell("athlete").split()), cell("name")
    date_text = cell("date")
    if midnight := _MIDNIGHT.fullmatch(date_text):
        date_text = midnight.group(1)
    problems = []
    priority, problem = read_priority(cell("priority"))
    problems.append(problem)
    distance, problem = read_distance(cell("distance"))
    problems.append(problem)
    for value, column in ((athlete, "athlete"), (name, "name"), (date_text, "date")):
        if not value:
            problems.insert(0, f"the {column} is empty")
    first = next((p for p in problems if p), None)
    return RaceRow(number, athlete, name, date_text, priority, distance, cell("notes"), first)


def read_priority(text: str) -> tuple[Priority | None, str | None]:
    """A priority cell: A, B or C in any case ("a", "A race"); empty is the default."""
    word = re.sub(r"[\s-]*race$", "", text.strip(), flags=re.IGNORECASE).upper()
    if not word:
        return DEFAULT_PRIORITY, None
    if word in Priority.__members__:
        return Priority(word), None
    return None, f"the priority “{text}” is not A, B or C"


def read_distance(text: str) -> tuple[Distance | None, str | None]:
    """A distance cell as people write it ("Half marathon", "10 km", "21.1k"); empty
    is Other."""
    word = re.sub(r"[\s_.,-]", "", text.casefold())
    if not word:
        return Distance.OTHER, None
    if word in _DISTANCE_WORDS:
        return _DISTANCE_WORDS[word], None
    return None, f"the distance “{text}” is not one of {DISTANCE_HELP}"
