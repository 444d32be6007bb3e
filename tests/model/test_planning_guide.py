"""Help ▸ Planning Guide's text: built from the rules document and the look tables."""

from __future__ import annotations

import re
from pathlib import Path

from planner_gui.model import planning_guide
from planner_gui.model.engine import WarningCode
from planner_gui.model.phase_look import PHASE_LOOKS
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.model.warning_look import WARNING_LOOKS

RULES = Path(__file__).resolve().parents[2] / "docs" / "planning-rules.md"


def _headings(markdown: str) -> list[str]:
    return [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]


def test_the_guide_reads_the_projects_rules_document():
    assert planning_guide.rules_document_path().read_text(encoding="utf-8") == RULES.read_text(
        encoding="utf-8"
    )


def test_every_heading_of_the_rules_document_is_in_the_guide_one_level_down():
    guide = planning_guide.guide_markdown()
    rules_headings = [line for line in RULES.read_text(encoding="utf-8").splitlines()
                      if line.startswith("#")]  # fmt: skip
    assert rules_headings  # the document has sections
    for heading in rules_headings:
        assert f"\n#{heading}\n" in guide


def test_the_guide_follows_the_document_when_it_changes():
    rules = "# Planning rules\n\n## §7 Altitude camps\n\nTwo weeks up high count as base.\n"
    guide = planning_guide.guide_markdown(rules)
    assert "### §7 Altitude camps" in guide
    assert "Two weeks up high count as base." in guide


def test_every_phase_is_explained_with_its_colour_hatch_and_swatch():
    section = planning_guide.phases_section()
    for phase in Phase:
        look = PHASE_LOOKS[phase]
        row = next(line for line in section.splitlines() if f"**{phase.label}**" in line)
        assert look.light in row
        assert planning_guide.COLOUR_NAMES[phase] in row
        assert planning_guide.HATCH_WORDS[look.hatch] in row
        assert f"({planning_guide.phase_swatch_name(phase)})" in row


def test_every_race_symbol_is_explained():
    section = planning_guide.races_section()
    for priority in Priority:
        look = RACE_LOOKS[priority]
        row = next(line for line in section.splitlines() if f"**{look.label}**" in line)
        assert look.glyph in row
        assert look.explanation in row
        assert planning_guide.race_swatch_name(priority) in row


def test_every_warning_code_is_explained_with_what_to_do():
    guide = planning_guide.guide_markdown()
    for code in WarningCode:
        look = WARNING_LOOKS[code]
        assert f"### {look.title} (`{code.value}`)" in guide
        assert look.meaning in guide
        assert look.hint in guide


def test_every_warning_code_has_words():
    assert set(WARNING_LOOKS) == set(WarningCode)


def test_headings_in_code_blocks_stay_as_they_are():
    text = "# Title\n\n```\n# a comment\n```\n## Part"
    assert planning_guide.demote_headings(text) == "## Title\n\n```\n# a comment\n```\n### Part"


def test_the_guide_has_one_title_and_its_own_sections_first():
    headings = _headings(planning_guide.guide_markdown())
    assert headings[:4] == [
        planning_guide.TITLE,
        planning_guide.PHASES_HEADING,
        planning_guide.RACES_HEADING,
        planning_guide.WARNINGS_HEADING,
    ]
    assert sum(1 for line in planning_guide.guide_markdown().splitlines()
               if re.match(r"# ", line)) == 1  # fmt: skip
