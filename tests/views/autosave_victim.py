"""A window that makes three edits, autosaves them, then waits to be killed.

Run by tests/views/test_recovery.py as a separate process:
``python autosave_victim.py SEASON_FILE``, with ``PLANNER_GUI_STATE_DIR`` set. It
builds the main window as ``planner-gui`` does, starts autosave the same way
(``start_recovery``), edits through the document, spins the event loop until the
recovery file is written, prints "autosaved" and sleeps until the test SIGKILLs it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from planner_gui.cli.window import application, start_recovery
from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.storage import load_season
from planner_gui.views.main_window import MainWindow

EDITED_NAME = "Harbour Season (edited before the crash)"
RENAMED = "Renamed Before The Crash"


def three_edits(document: SeasonDocument) -> None:
    """The edits the test expects back: season name, an athlete's name, one race gone."""
    season = document.season
    document.update_settings(name=EDITED_NAME)
    document.rename_athlete(season.athletes[0].id, RENAMED)
    document.remove_race(season.athletes[1].races[0].id)


def main(season_file: Path) -> None:
    app = application()
    window = MainWindow(SeasonDocument(load_season(season_file), season_file), remember=False)
    window.show()
    autosave = start_recovery(window)
    written: list[Path] = []
    autosave.written.connect(written.append)
    three_edits(window.document)
    while not written:
        app.processEvents()
        time.sleep(0.02)
    print("autosaved", written[-1], flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
