"""Reading a club's race list as spreadsheet programs save it."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.model.race_table import (
    DEFAULT_PRIORITY,
    RaceTableError,
    detect_separator,
    read_distance,
    read_race_table,
)
from planner_gui.model.season import Distance, Priority

EUROPEAN = (
    "Athlete;Name;Date;Priority;Distance;Notes\r\n"
    "Zoë Ødegård;Zürich-Marathon;27.06.2027;A;Marathon;Startnummer abholen, früh da sein\r\n"
    "René Müller;Stadtlauf Köln;12.09.2027;;10 km;\r\n"
    ";;;;;\r\n"
)


def test_a_semicolon_file_saved_as_windows_1252_reads_with_its_accents() -> None:
    table = read_race_table(EUROPEAN.encode("cp1252"))
    assert table.encoding == "Windows-1252"
    assert table.separator == ";"
    first, second = table.rows  # the empty ";;;;;" row is no race
    assert (first.number, first.athlete, first.name, first.date_text) == (
        2, "Zoë Ødegård", "Zürich-Marathon", "27.06.2027"
    )
    assert first.notes == "Startnummer abholen, früh da sein"  # a comma inside a cell
    assert (first.priority, first.distance) == (Priority.A, Distance.MARATHON)
    assert (second.priority, second.distance) == (DEFAULT_PRIORITY, Distance.TEN_K)
    assert first.problem is None and second.problem is None


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_with_or_without_a_byte_order_mark(bom: bytes) -> None:
    table = read_race_table(bom + "athlete,name,date\nΕλένη,Θεσσαλονίκη 10k,2027-05-16\n".encode())
    assert table.encoding == "UTF-8"
    assert [(r.athlete, r.name) for r in table.rows] == [("Ελένη", "Θεσσαλονίκη 10k")]


def test_tabs_and_headers_in_any_order_case_and_spacing() -> None:
    text = " DATE \tClub\tName\tATHLETE\n2027-05-16\tHarbour\tCity 10k\tAna\n"
    table = read_race_table(text.encode())
    assert table.separator == "\t"
    assert table.ignored_columns == ("Club",)
    assert [(r.athlete, r.name, r.date_text) for r in table.rows] == [
        ("Ana", "City 10k", "2027-05-16")
    ]


def test_the_separator_comes_from_the_header_not_from_commas_in_race_names() -> None:
    # csv.Sniffer picks the comma here: every data row has more commas than semicolons.
    assert detect_separator("athlete;name;date") == ";"
    text = "athlete;name;date\nAna;Run, Swim, Run, Bike, Fun;2027-05-16\n"
    assert read_race_table(text.encode()).rows[0].name == "Run, Swim, Run, Bike, Fun"


def test_rows_are_numbered_as_the_spreadsheet_shows_them() -> None:
    text = 'athlete,name,date,notes\nAna,A,2027-05-16,"two\nlines"\n,,,\nBo,B,2027-05-17,\n'
    assert [r.number for r in read_race_table(text.encode()).rows] == [2, 4]


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        (",City 10k,2027-05-16,", "the athlete is empty"),
        ("Ana,,2027-05-16,", "the name is empty"),
        ("Ana,City 10k,,", "the date is empty"),
        ("Ana,City 10k,2027-05-16,D", "the priority “D” is not A, B or C"),
    ],
)
def test_a_row_that_cannot_be_a_race_says_why(cells: str, problem: str) -> None:
    (row,) = read_race_table(f"athlete,name,date,priority\n{cells}\n".encode()).rows
    assert row.problem == problem


@pytest.mark.parametrize(
    ("text", "distance"),
    [
        ("Half marathon", Distance.HALF_MARATHON), ("half_marathon", Distance.HALF_MARATHON),
        ("21.1 km", Distance.HALF_MARATHON), ("10k", Distance.TEN_K), ("10 KM", Distance.TEN_K),
        ("5 km", Distance.FIVE_K), ("Marathon", Distance.MARATHON),
        ("42,195 km", Distance.MARATHON), ("Ultra", Distance.ULTRA), ("", Distance.OTHER),
        ("other", Distance.OTHER), ("Halbmarathon", Distance.HALF_MARATHON),
        ("Maratón", Distance.MARATHON),
    ],
)  # fmt: skip
def test_distances_as_people_write_them(text: str, distance: Distance) -> None:
    assert read_distance(text) == (distance, None)


def test_an_unknown_distance_is_a_bad_row_that_names_the_choices() -> None:
    text = b"athlete,name,date,priority,distance\nAna,X,2027-05-16,B,15 km\n"
    (row,) = read_race_table(text).rows
    assert row.distance is None and row.priority is Priority.B  # the rest still reads
    assert row.problem is not None and "“15 km”" in row.problem and "half marathon" in row.problem


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"PK\x03\x04\x00\x00", "not a text file"),
        (b"who,what,when\nAna,City 10k,2027-05-16\n", "must name the columns athlete, name"),
        (b"athlete,name,name,date\n", "twice"),
    ],
)
def test_a_file_that_is_no_race_list_is_refused(raw: bytes, words: str) -> None:
    with pytest.raises(RaceTableError, match=words):
        read_race_table(raw)


def test_ambiguous_dates_are_reported_until_one_date_settles_the_order() -> None:
    ambiguous = "athlete,name,date\nAna,A,03/04/2027\nAna,B,05/06/2027\nAna,C,2027-07-01\n"
    table = read_race_table(ambiguous.encode())
    assert table.ambiguous_dates() == ("03/04/2027", "05/06/2027")
    assert table.month_first_evidence() is None
    settled = read_race_table((ambiguous + "Ana,D,06/27/2027\n").encode())
    assert settled.ambiguous_dates() == ()
    assert settled.month_first_evidence() is True
    assert read_race_table(b"athlete,name,date\nAna,D,27/06/2027\n").month_first_evidence() is False


def test_a_date_cell_saved_with_midnight_keeps_only_the_date() -> None:
    (row,) = read_race_table(b"athlete,name,date\nAna,A,2027-05-16 00:00:00\n").rows
    assert row.date_text == "2027-05-16"


# One word: an athlete's spaces are tidied ("Ana  Lopez" is Ana Lopez), other cells trimmed.
_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.split() == [s])


@given(
    rows=st.lists(st.tuples(_cell, _cell, _cell), min_size=1, max_size=8),
    separator=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
)
def test_whatever_a_spreadsheet_writes_reads_back_cell_for_cell(
    rows: list[tuple[str, str, str]], separator: str, encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(["Athlete", "Name", "Notes", "Date"])
    for athlete, name, notes in rows:
        writer.writerow([athlete, name, notes, "2027-05-16"])
    table = read_race_table(buffer.getvalue().encode(encoding))
    assert [(r.athlete, r.name, r.notes) for r in table.rows] == rows
    assert [r.number for r in table.rows] == list(range(2, len(rows) + 2))
