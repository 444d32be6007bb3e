"""The ``planner_gui.cli`` package says which verbs the command has (a reader's map)."""

from __future__ import annotations

import argparse

import planner_gui.cli as cli


def test_the_package_docstring_names_every_verb_and_its_module() -> None:
    parser = cli._build_parser()
    (verbs,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    doc = cli.__doc__ or ""
    assert len(verbs.choices) >= 6
    for verb in verbs.choices:
        assert f"``{verb}``" in doc, verb
        module = verbs.choices[verb].get_default("run").__module__.rsplit(".", 1)[1]
        assert f"``{module}``" in doc, module
