"""The exported PDF read back: content, layout, fonts, metadata, outline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.export_request import ExportCancelled, ExportRequest
from planner_gui.export.fonts import FONT
from planner_gui.export.paper import MARGIN, Paper
from planner_gui.export.pdf import export
from planner_gui.export.week_table import HEADERS, SIZE, column_widths
from planner_gui.model.demo import demo_squad, load_demo
from planner_gui.model.engine import Flag, plan_season
from planner_gui.model.phases import Phase
from planner_gui.model.season import Athlete, Race
from tests.export.pdf_reading import (
    A4,
    LETTER,
    fonts,
    outline,
    read_pages,
    sizes_close,
    text_runs,
)
from tests.model import builders

PRINTED = dt.date(2026, 11, 26)
SEASON = "Harbour Runners 2027"


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    # Same bytes for the same input: no creation time or random ids in the file.
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("pdf") / "squad.pdf"
    result = export(ExportRequest(season=load_demo(), target=path, paper=Paper.A4, printed=PRINTED))
    return path, result


def test_demo_has_overview_then_one_sheet_per_athlete(demo_pdf: tuple[Path, object]) -> None:
    path, result = demo_pdf
    pages = read_pages(path)
    assert result.pages == len(pages)  # type: ignore[attr-defined]
    athletes = [a.name for a in load_demo().athletes]
    # Overview, then per athlete a summary, at least one table page, at least one
    # calendar page, the exercises and the guide.
    assert 1 + 5 * len(athletes) <= len(pages) <= 1 + 12 * len(athletes)
    assert pages[0].footer() == ("Coach overview", SEASON, 1, 1)
    seen: list[str] = []
    for page in pages[1:]:
        name, season, number, total = page.footer()
        assert season == SEASON
        if number == 1:
            seen.append(name)
        assert 1 <= number <= total
    assert seen == athletes  # roster order, each sheet numbered from 1


def test_every_athlete_race_and_phase_is_printed(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    text = " ".join(p.flat for p in read_pages(path))
    season = load_demo()
    for athlete in season.athletes:
        assert athlete.name in text
        for race in athlete.races:
            assert race.name in text
    for phase in Phase:
        assert phase.label in text
    # Greek and Cyrillic come through as text, not as boxes.
    assert "Ελένη Παπαδοπούλου" in text and "Дмитрий Иванов" in text


def test_each_sheet_has_summary_table_and_guide(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    pages = read_pages(path)
    ana = [p for p in pages[1:] if p.footer()[0] == "Ana Martínez"]
    summary, *landscape, exercises, guide = ana
    assert not summary.landscape
    for words in ("Season at a glance", "Races", "Warnings", "City Marathon (A)",
                  "printed on 26 Nov 2026", "4 Jan 2027 – 2 Jan 2028"):
        assert words in summary.flat
    # The week table first, then the day-by-day calendar, all in landscape.
    table = [p for p in landscape if p.week_table]
    calendar = [p for p in landscape if p.calendar]
    assert table and calendar and landscape == table + calendar
    assert "Day by day — Ana Martínez" in calendar[0].flat
    assert not exercises.landscape and "Exercises — Ana Martínez" in exercises.flat
    assert not guide.landscape and "Phase guide — Ana Martínez" in guide.flat
    assert "RPE 6–7, well short of failure" in guide.flat


def test_a_warning_sits_under_its_athlete_without_repeating_the_name(
    demo_pdf: tuple[Path, object],
) -> None:
    path, _ = demo_pdf
    kofi = next(p for p in read_pages(path)[1:] if p.footer()[0] == "Kofi Mensah")
    warnings = kofi.flat.split("Warnings", 1)[1]
    assert "No main (A) race, so every week is a free week." in warnings
    assert "Kofi Mensah" not in warnings.split("free week.", 1)[0]


def test_table_header_repeats_on_every_table_page(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    table_pages = [p for p in read_pages(path)[1:] if p.landscape and not p.calendar]
    assert len(table_pages) >= 2 * len(load_demo().athletes)  # the table really splits
    for page in table_pages:
        for header in HEADERS:
            assert header in page.flat, f"{header!r} missing on {page.footer()}"


def test_week_rows_cover_the_whole_season(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    pages = [p for p in read_pages(path) if p.week_table and p.footer()[0] == "Kofi Mensah"]
    text = " ".join(p.flat for p in pages)
    assert "4 – 10 Jan 2027" in text  # week 1, with its year
    assert "27 Dec – 2 Jan 2028" in text  # week 52, a new year
    # A prescription repeated week after week is printed in full at least on the
    # first row of every page.
    free_focus = "Move well through a full range of motion"
    assert all(free_focus in p.flat for p in pages)


def test_week_numbers_right_aligned_and_block_weeks_centred(
    demo_pdf: tuple[Path, object],
) -> None:
    path, _ = demo_pdf
    first_table = next(i for i, p in enumerate(read_pages(path)) if i and p.landscape)
    widths = column_widths(A4[1] - 2 * MARGIN)
    block_left = MARGIN + sum(widths[:3])
    numbers, blocks = [], []
    for x, _, text in text_runs(path, first_table):
        if text.isdigit() and x < MARGIN + widths[0]:
            numbers.append(x + stringWidth(text, FONT, SIZE))  # right edge
        elif text.isdigit() and block_left < x < block_left + widths[3]:
            blocks.append(x + stringWidth(text, FONT, SIZE) / 2)  # centre
    assert len(numbers) >= 20 and len(blocks) >= 10
    assert max(numbers) - min(numbers) < 0.01
    assert abs(min(blocks) - (block_left + widths[3] / 2)) < 0.01
    assert max(blocks) - min(blocks) < 0.01


def test_a4_sizes_and_orientation(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    pages = read_pages(path)
    assert all(sizes_close(p, A4) for p in pages)
    assert pages[0].landscape  # the overview
    assert not pages[1].landscape  # the first athlete's summary


def test_letter_sizes(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    export(ExportRequest(season=load_demo(), target=path, athlete_ids=["ana", "kofi"],
                         paper=Paper.LETTER, printed=PRINTED))
    pages = read_pages(path)
    assert {(round(p.width), round(p.height)) for p in pages} == {(612, 792), (792, 612)}
    assert all(sizes_close(p, LETTER) for p in pages)


def test_every_font_is_embedded(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    used = fonts(path)
    assert used and all("DejaVuSans" in name for name in used)
    for name, font in used.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_metadata_and_outline(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    from pypdf import PdfReader

    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == f"{SEASON} — plan sheets"
    assert meta.subject is not None and "Дмитрий Иванов" in meta.subject
    entries = outline(path)
    names = [a.name for a in load_demo().athletes]
    assert [title for title, _, _ in entries] == ["Coach overview", *names]
    pages = read_pages(path)
    for title, page, children in entries[1:]:
        assert pages[page].footer()[0] == title and pages[page].footer()[2] == 1
        assert children == ["Week by week", "Day by day", "Exercises", "Phase guide"]


def test_chosen_athletes_only_in_roster_order(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    result = export(ExportRequest(season=load_demo(), target=path, athlete_ids=["dmitry", "ana"],
                                  paper=Paper.A4, printed=PRINTED))
    assert result.athletes == ("Ana Martínez", "Дмитрий Иванов")
    titles = [t for t, _, _ in outline(path)]
    assert titles == ["Coach overview", "Ana Martínez", "Дмитрий Иванов"]
    text = " ".join(p.flat for p in read_pages(path))
    assert "Kofi Mensah" not in text and "Björn Ødegård" not in text


def test_one_athlete_has_no_overview(tmp_path: Path) -> None:
    path = tmp_path / "one.pdf"
    export(ExportRequest(season=load_demo(), target=path, athlete_ids=["zoe"], paper=Paper.A4,
                         printed=PRINTED))
    pages = read_pages(path)
    assert pages[0].footer()[:3] == ("Zoë Kowalczyk", SEASON, 1)
    assert [t for t, _, _ in outline(path)] == ["Zoë Kowalczyk"]
    from pypdf import PdfReader

    assert PdfReader(path).metadata.title == f"Zoë Kowalczyk — {SEASON}"  # type: ignore[union-attr]


def test_split_writes_one_file_per_athlete(tmp_path: Path) -> None:
    result = export(ExportRequest(season=load_demo(), target=tmp_path / "sheets", split=True,
                                  athlete_ids=["eleni", "kofi"], paper=Paper.A4, printed=PRINTED))
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == sorted(
        ["Ελένη Παπαδοπούλου.pdf", "Kofi Mensah.pdf"]
    )
    for path, name in zip(result.paths, ["Ελένη Παπαδοπούλου", "Kofi Mensah"], strict=True):
        pages = read_pages(path)
        assert {p.footer()[0] for p in pages} == {name}
        assert pages[0].footer()[3] == len(pages)




def test_thirty_athletes_share_one_overview_page(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    season = demo_squad(30)
    export(ExportRequest(season=season, target=path, paper=Paper.A4, printed=PRINTED))
    pages = read_pages(path)
    assert pages[0].footer() == ("Coach overview", SEASON, 1, 1)
    for athlete in season.athletes:
        assert athlete.name in pages[0].flat


def test_names_the_font_lacks_are_reported_not_fatal(tmp_path: Path) -> None:
    season = load_demo()
    chinese = Athlete(id="li", name="李明", races=(
        Race(id="bj", name="北京马拉松", date=dt.date(2027, 10, 17), distance="marathon"),
    ))
    season = season.model_copy(update={"athletes": (*season.athletes[:1], chinese)})
    path = tmp_path / "cjk.pdf"
    result = export(ExportRequest(season=season, target=path, paper=Paper.A4, printed=PRINTED))
    assert result.unprintable == ("李明", "北京马拉松")
    assert len(read_pages(path)) == result.pages


def test_demo_names_all_printable(demo_pdf: tuple[Path, object]) -> None:
    _, result = demo_pdf
    assert result.unprintable == ()  # type: ignore[attr-defined]


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    request = ExportRequest(season=load_demo(), target=tmp_path / "p.pdf",
                            athlete_ids=["ana", "bjorn", "zoe"])
    export(request, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(n, 6) for n in range(1, 7)]


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "plans.pdf"
    path.write_bytes(b"the coach's previous export")
    done: list[int] = []

    def cancelled() -> bool:
        return bool(done) and done[-1] >= 9  # while the sheets are being laid out

    with pytest.raises(ExportCancelled):
        export(ExportRequest(season=load_demo(), target=path),
               progress=lambda d, _: done.append(d), cancel=cancelled)
    assert done[-1] == 9 < 14
    assert path.read_bytes() == b"the coach's previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.pdf"]  # no temp file left


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for path in (first, second):
        export(ExportRequest(season=load_demo(), target=path, athlete_ids=["bjorn"],
                             paper=Paper.A4, printed=PRINTED))
    assert first.read_bytes() == second.read_bytes()


def test_unknown_or_empty_selection_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nobody"):
        export(ExportRequest(season=load_demo(), target=tmp_path / "x.pdf", athlete_ids=["nobody"]))
    with pytest.raises(ValueError, match="no athletes"):
        export(ExportRequest(season=load_demo(), target=tmp_path / "x.pdf", athlete_ids=[]))
    assert not (tmp_path / "x.pdf").exists()


def test_text_keeps_12_mm_clear_of_every_paper_edge(demo_pdf: tuple[Path, object]) -> None:
    path, _ = demo_pdf
    edge = 12 * 72 / 25.4 - 0.01  # points
    for index, page in enumerate(read_pages(path)):
        runs = text_runs(path, index)
        assert runs
        for x, y, text in runs:
            assert edge <= x <= page.width - edge, (index, text, x)
            assert edge <= y <= page.height - edge, (index, text, y)


def test_season_strip_labels_each_phase_run_in_date_order(
    demo_pdf: tuple[Path, object],
) -> None:
    path, _ = demo_pdf
    ana_summary = 1  # after the coach overview
    runs = text_runs(path, ana_summary)
    short = {phase.short_label for phase in Phase} | {"R"}  # "R": a run too narrow to name
    bands: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in runs:
        if text in short:
            bands.setdefault(round(y, 1), []).append((x, text))
    rows = [[text for _, text in sorted(row)] for _, row in sorted(bands.items(), reverse=True)]
    # Ana's season: 9 free weeks, the City Marathon block, its recovery, the autumn block.
    assert rows[0] == ["Free", "Base", "Strength", "Race-spec.", "Taper", "R"]
    assert rows[1][:5] == ["R", "Base", "Strength", "Race-spec.", "Taper"]
    assert rows[1][-2:] == ["Recovery", "Free"]


def test_race_list_says_whether_a_b_race_lightens_its_week(tmp_path: Path) -> None:
    # The engine lightens strength for a B race only outside tapers and recoveries.
    race, day = builders.race, builders.week_day
    chosen = builders.season(
        race(day(25), "A", name="City Marathon"),
        race(day(14), "B", "half_marathon", name="Spring Half"),  # strength
        race(day(24), "B", "10k", name="Harbour Ten"),  # taper
        race(day(27), "B", "5k", name="Recovery Parkrun"),  # recovery
    )
    [plan] = plan_season(chosen)
    assert [(plan.weeks[i - 1].phase, Flag.B_RACE_WEEK in plan.weeks[i - 1].flags)
            for i in (14, 24, 27)] == [
        (Phase.STRENGTH, True), (Phase.TAPER, False), (Phase.RECOVERY, False)]
    path = tmp_path / "b.pdf"
    export(ExportRequest(season=chosen, target=path, paper=Paper.A4, printed=PRINTED))
    summary = read_pages(path)[0].flat
    assert "Spring Half Half marathon ▲ B · tune-up lighter week week 14" in summary
    assert "Harbour Ten 10 km ▲ B · tune-up no change (taper) week 24" in summary
    assert "Recovery Parkrun 5 km ▲ B · tune-up no change (recovery) week 27" in summary
    assert summary.count("lighter week") == 1
