"""Typed dates: every accepted form reads as the one date meant; guesses are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.model.date_text import (
    format_date,
    format_day,
    format_range,
    format_weekday,
    parse_date,
    reads_two_ways,
    slashed_order,
)

JAN_4 = dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    "text",
    [
        "2027-01-04", "2027-1-4", "2027/01/04", "4 Jan 2027", "04 jan 2027",
        "Mon 4 Jan 2027", "Monday, 4 January 2027", "January 4, 2027", "4th Jan 2027",
        "4-Jan-2027", "04.01.2027", "4.1.2027", "  4 JAN 2027  ", "20270104", " 20270104 ",
    ],
)  # fmt: skip
def test_accepted_forms_name_the_fourth_of_january(text):
    assert parse_date(text) == JAN_4


def test_slashes_are_read_only_when_one_reading_is_a_real_date():
    assert parse_date("25/12/2027") == dt.date(2027, 12, 25)
    assert parse_date("12/25/2027") == dt.date(2027, 12, 25)
    assert parse_date("4/4/2027") == dt.date(2027, 4, 4)
    with pytest.raises(ValueError, match="could be 4 January or 1 April"):
        parse_date("4/1/2027")


def test_a_spreadsheet_that_knows_its_order_reads_slashes_that_way():
    assert parse_date("4/1/2027", month_first=False) == JAN_4
    assert parse_date("1/4/2027", month_first=True) == JAN_4
    assert parse_date("04.01.2027", month_first=True) == JAN_4  # dots are always day first
    with pytest.raises(ValueError, match="no month 25"):
        parse_date("25/12/2027", month_first=True)


@pytest.mark.parametrize(
    ("text", "order", "two_ways"),
    [
        ("27/06/2027", False, False), ("06/27/2027", True, False), ("03/04/2027", None, True),
        ("4/4/2027", None, False), ("2027-06-27", None, False), ("32/13/2027", None, False),
    ],
)  # fmt: skip
def test_what_a_slashed_date_says_about_its_order(text, order, two_ways):
    assert slashed_order(text) is order
    assert reads_two_ways(text) is two_ways


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type a date"),
        ("04", "not a whole date"),
        ("Jan", "not a whole date"),
        ("4 Jan", "not a whole date"),
        ("2027-02-30", "February 2027 has no day 30"),
        ("30.02.2027", "February 2027 has no day 30"),
        ("2027-13-01", "no month 13"),
        ("4 Jan 27", "all four digits"),
        ("Tue 4 Jan 2027", "is a Monday, not a Tuesday"),
        ("0000-01-04", "no year 0"),
    ],
)
def test_what_cannot_be_read_as_one_date_is_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text)


def test_the_shown_form_reads_back():
    for day in (JAN_4, dt.date(2027, 9, 30), dt.date(1900, 1, 1), dt.date(2200, 12, 31)):
        assert parse_date(format_day(day)) == day
    assert format_day(JAN_4) == "Mon 4 Jan 2027"


def test_digits_run_together_are_year_month_day_and_must_be_a_real_date():
    assert parse_date("20270627") == dt.date(2027, 6, 27)
    with pytest.raises(ValueError, match="February 2027 has no day 30"):
        parse_date("20270230")
    with pytest.raises(ValueError, match="no month 13"):
        parse_date("20271301")


def test_a_day_is_written_the_same_way_everywhere():
    assert format_date(JAN_4) == "4 Jan 2027"
    assert format_day(dt.date(2027, 6, 27)) == "Sun 27 Jun 2027"
    # Inside one week the year goes without saying: "Tue 9 Mar, Fri 12 Mar".
    assert format_day(dt.date(2027, 3, 9), year=False) == "Tue 9 Mar"
    assert format_weekday(dt.date(2027, 3, 14)) == "Sun"


@pytest.mark.parametrize(
    ("start", "end", "text", "short"),
    [
        (JAN_4, dt.date(2027, 1, 10), "4 – 10 Jan 2027", "4 – 10 Jan"),
        (dt.date(2027, 3, 29), dt.date(2027, 4, 4), "29 Mar – 4 Apr 2027", "29 Mar – 4 Apr"),
        (dt.date(2027, 12, 27), dt.date(2028, 1, 2), "27 Dec 2027 – 2 Jan 2028", "27 Dec – 2 Jan"),
        (JAN_4, dt.date(2028, 1, 9), "4 Jan 2027 – 9 Jan 2028", "4 Jan – 9 Jan"),
    ],
)
def test_a_range_names_a_month_or_year_only_where_it_changes(start, end, text, short):
    assert format_range(start, end) == text
    assert format_range(start, end, year=False) == short
