"""The text of Help ▸ Planning Guide, assembled from the project's rules document.

``docs/planning-rules.md`` is the one account of how a plan is computed (the engine
and its tests cite it). The guide shows that document whole, after three sections
generated from the tables the app draws with, so they can never disagree with the
screen: the phases with their colour and hatch (``phase_look``), the race symbols
(``race_look``) and every warning with what it means (``warning_look``).

Where the document lies: a wheel and the frozen build carry a copy in the package's
``resources/`` folder (``setup.py`` and ``packaging/planner_gui.spec`` put it there);
an editable install reads the checkout's ``docs/`` folder. Plain Python: no Qt here.
"""

from __future__ import annotations

from pathlib import Path

from planner_gui.model.engine import WarningCode
from planner_gui.model.package_files import PACKAGE, RESOURCES
from planner_gui.model.phase_look import LEGEND_ORDER, PHASE_LOOKS, Hatch
from planner_gui.model.phases import PHASE_SUMMARIES, Phase
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.model.warning_look import WARNING_LOOKS

RULES_NAME = "planning-rules.md"

TITLE = "Planning Guide"

PHASES_HEADING = "Phases on the timeline"
RACES_HEADING = "Race symbols"
WARNINGS_HEADING = "Warnings"

HATCH_WORDS: dict[Hatch, str] = {
    Hatch.NONE: "no pattern",
    Hatch.DOTS: "fine dots",
    Hatch.RISING: "lines rising to the right (////)",
    Hatch.LEVEL: "level lines (====)",
    Hatch.CROSS: "crossed lines (XXXX)",
    Hatch.FALLING: "lines falling to the right (\\\\\\\\)",
}
"""Each hatch in words, for coaches who tell phases apart by pattern."""

COLOUR_NAMES: dict[Phase, str] = {
    Phase.FREE: "light grey",
    Phase.BASE: "green",
    Phase.STRENGTH: "blue",
    Phase.RACE_SPECIFIC: "orange",
    Phase.TAPER: "pink",
    Phase.RECOVERY: "teal",
}
"""Each phase's colour in a word (the hex value is the light-theme fill)."""


def rules_document_path() -> Path:
    """Where the rules document is: the installed copy, else the source checkout's."""
    installed = RESOURCES / RULES_NAME
    if installed.is_file():
        return installed
    return PACKAGE.parent.parent / "docs" / RULES_NAME  # src/planner_gui → checkout


CUT_SHORT_SWATCH = "swatch-cut-short.png"
AWAY_SWATCH = "swatch-away.png"


def phase_swatch_name(phase: Phase) -> str:
    """The image name the guide uses for a phase's swatch (the window paints it)."""
    return f"swatch-phase-{phase.value}.png"


def race_swatch_name(priority: Priority) -> str:
    """The image name the guide uses for a race marker (the window paints it)."""
    return f"swatch-race-{priority.value}.png"


def demote_headings(markdown: str, levels: int = 1) -> str:
    """``markdown`` with every heading ``levels`` deeper ("# A" → "## A"), code kept."""
    out = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            line = "#" * levels + line
        out.append(line)
    return "\n".join(out)


def phases_section() -> str:
    """The phases as the timeline and the sheets show them: swatch, colour, hatch, code."""
    rows = [
        f"## {PHASES_HEADING}",
        "",
        "Every week of a plan belongs to one phase. On the timeline, in the plan table "
        "and on the printed sheets each phase has its own colour, and also its own "
        "pattern and letter, so the phases stay apart in black-and-white print.",
        "",
        "| | phase | colour | pattern | letter | what it is for |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for phase in LEGEND_ORDER:
        look = PHASE_LOOKS[phase]
        rows.append(
            f"| ![{phase.label}]({phase_swatch_name(phase)}) | **{phase.label}** "
            f"| {COLOUR_NAMES[phase]} ({look.light}) | {HATCH_WORDS[look.hatch]} "
            f"| {look.code} | {PHASE_SUMMARIES[phase]} |"
        )
    rows += [
        "",
        "Two more marks lie over the phases:",
        "",
        "| | mark | what it means |",
        "| --- | --- | --- |",
        f"| ![Block cut short]({CUT_SHORT_SWATCH}) | **Block cut short** | A torn edge and "
        "a warning sign: the block lost weeks from its start because the main race before "
        "it is too close (see the warning below). |",
        f"| ![Away]({AWAY_SWATCH}) | **Away** | Grey stripes: days the athlete is away "
        "(a holiday, an illness). The phase goes on; no strength sessions fall on those "
        "days. |",
    ]
    return "\n".join(rows)


def races_section() -> str:
    """The race markers: shape, priority and what each does to the plan."""
    rows = [
        f"## {RACES_HEADING}",
        "",
        "A race's shape says its priority, on the timeline and on paper.",
        "",
        "| | symbol | priority | what it does |",
        "| --- | --- | --- | --- |",
    ]
    for priority in Priority:
        look = RACE_LOOKS[priority]
        rows.append(
            f"| ![{look.label}]({race_swatch_name(priority)}) | {look.glyph} {look.shape_name} "
            f"| **{look.label}** ({look.role}) | {look.explanation} |"
        )
    return "\n".join(rows)


def warnings_section() -> str:
    """Every warning the plan can give: what it means and what to do about it."""
    rows = [
        f"## {WARNINGS_HEADING}",
        "",
        "The Warnings list under the plan names the athlete and the race; choose a "
        "warning there to select the race it is about.",
    ]
    for code in WarningCode:
        look = WARNING_LOOKS[code]
        rows += [
            "",
            f"### {look.title} (`{code.value}`)",
            "",
            look.meaning,
            "",
            f"*What to do:* {look.hint}",
        ]
    return "\n".join(rows)


def guide_markdown(rules: str | None = None) -> str:
    """The whole guide as Markdown: the generated sections, then the rules document.

    ``rules`` is the document's text (default: read from ``rules_document_path()``);
    its headings move one level down, under the guide's title.
    """
    if rules is None:
        rules = rules_document_path().read_text(encoding="utf-8")
    return "\n\n".join(
        [
            f"# {TITLE}",
            "How Season Planner turns races into a week-by-week plan: first what the "
            "colours, shapes and warnings in the window mean, then the planning rules "
            "in full.",
            phases_section(),
            races_section(),
            warnings_section(),
            demote_headings(rules),
        ]
    )
