"""The Help menu: Planning Guide, Keyboard Shortcuts, About, and the window's icon."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QListWidget, QMenu, QTabWidget
from pytestqt.qtbot import QtBot

from planner_gui import __version__
from planner_gui.cli.window import APP_ICON, DESKTOP_ID, create_main_window
from planner_gui.model import planning_guide
from planner_gui.model.engine import WarningCode
from planner_gui.model.phases import Phase
from planner_gui.model.warning_look import WARNING_LOOKS
from planner_gui.views import about_dialog
from planner_gui.views.about_dialog import COMPONENTS, AboutDialog
from planner_gui.views.planning_guide_dialog import PlanningGuideDialog
from planner_gui.views.shortcuts_dialog import ShortcutsDialog
from planner_gui.views.timeline.keyboard_edits import LANE_KEYS, RACE_KEYS, TIMELINE_KEYS
from planner_gui.views.timeline.timeline_colors import TimelineColors

# The offscreen platform plugin cannot pass a dialog's size hints on or raise it (the
# Help windows are raised when chosen again): nothing about the app.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)")


def _help_action(window: Any, text: str) -> QAction:
    menu = window.help_menu
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _dialog(window: Any, kind: type) -> Any:
    shown = [w for w in window.findChildren(kind) if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _click_item(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    item = widget.item(row)
    widget.scrollToItem(item)
    qtbot.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center()
    )


# -- the window's icon ---------------------------------------------------------------


def _pixels(icon: QIcon) -> QImage:
    return icon.pixmap(48, 48).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_window_shows_the_app_icon(qtbot: QtBot):
    window = create_main_window(None, remember=False)
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert _pixels(icon) == _pixels(QIcon(str(APP_ICON)))  # the packaged SVG, drawn
    assert not _pixels(icon).isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_ID  # matches the .desktop entry


# -- Planning Guide -----------------------------------------------------------------


def test_f1_opens_the_planning_guide_with_every_part(qtbot: QtBot, window: Any):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _dialog(window, PlanningGuideDialog)
    assert not guide.isModal()
    text = guide.text.toPlainText()
    for phase in Phase:
        assert phase.label in text
    for code in WarningCode:
        assert code.value in text
        assert WARNING_LOOKS[code].hint in text
    headings = guide.headings()
    assert headings[:4] == [planning_guide.TITLE, planning_guide.PHASES_HEADING,
                            planning_guide.RACES_HEADING, planning_guide.WARNINGS_HEADING]
    assert "§3 How a plan is computed" in headings  # the rules document's sections
    # F1 again brings the same window back rather than a second one.
    guide.close()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert _dialog(window, PlanningGuideDialog) is guide


def test_the_guides_swatches_are_painted_with_the_timelines_colours(qtbot: QtBot, window: Any):
    _help_action(window, "Planning Guide").trigger()
    guide = _dialog(window, PlanningGuideDialog)
    colors = TimelineColors.from_palette(guide.palette())
    document = guide.text.document()
    for phase in Phase:
        image = document.resource(
            QTextDocument.ResourceType.ImageResource, QUrl(planning_guide.phase_swatch_name(phase))
        )
        assert isinstance(image, QImage) and not image.isNull()
        fill = colors.phase_fill[phase].rgb()
        ratio = image.devicePixelRatio()
        centre = image.pixelColor(QPoint(int(4 * ratio), int(image.height() / 2)))
        # The band's own fill shows between the hatch lines.
        seen = {image.pixel(x, y) & 0xFFFFFF for x in range(image.width())
                for y in range(image.height())}  # fmt: skip
        assert fill & 0xFFFFFF in seen, (phase, centre.name())


def test_contents_and_find_take_the_coach_to_the_right_place(qtbot: QtBot, window: Any):
    _help_action(window, "Planning Guide").trigger()
    guide = _dialog(window, PlanningGuideDialog)
    row = guide.headings().index("§4 What each phase prescribes")
    _click_item(qtbot, guide.contents, row)
    assert guide.text.textCursor().block().text() == "§4 What each phase prescribes"
    qtbot.mouseClick(guide.find_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(guide.find_field, "torn edge")
    assert guide.text.textCursor().selectedText().lower() == "torn edge"
    qtbot.keyClicks(guide.find_field, " of nothing at all")
    assert guide.not_found.text() == "Not found"


# -- Keyboard Shortcuts ---------------------------------------------------------------


def _open_shortcuts(window: Any) -> ShortcutsDialog:
    _help_action(window, "Keyboard Shortcuts").trigger()
    return _dialog(window, ShortcutsDialog)


def test_every_action_with_a_shortcut_is_listed(qtbot: QtBot, window: Any):
    listed = _open_shortcuts(window).listed()
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts() and a.text()]
    assert len(with_keys) > 8
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        command = action.text().replace("&", "").rstrip(".…")
        assert any(c == command and keys in k for c, k in listed), (command, keys)
    assert ("Save", QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText)) in listed  # fmt: skip


def test_a_new_action_appears_without_touching_the_dialog(qtbot: QtBot, window: Any):
    menu = QMenu("&Tools", window)
    sub = menu.addMenu("&Clean")
    zap = QAction("Zap &Everything…", window)
    zap.setShortcut(QKeySequence("Ctrl+Alt+Z"))
    sub.addAction(zap)
    window.menuBar().addMenu(menu)
    loose = QAction("Secret &Move", window)
    loose.setShortcut(QKeySequence("Ctrl+Alt+M"))
    window.addAction(loose)
    dialog = _open_shortcuts(window)
    native = QKeySequence("Ctrl+Alt+Z").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Tools ▸ Clean", "Zap Everything", native) in dialog.rows
    assert ("Zap Everything", native) in dialog.listed()
    assert any(row.command == "Secret Move" for row in dialog.rows)


def test_the_timelines_own_keys_are_listed(qtbot: QtBot, window: Any):
    dialog = _open_shortcuts(window)
    listed = dialog.listed()
    for entry in TIMELINE_KEYS:
        assert any(command == entry.does for command, _ in listed)
    shown = " ".join(keys for _, keys in listed)
    for key in RACE_KEYS | LANE_KEYS:
        assert QKeySequence(key.value).toString(QKeySequence.SequenceFormat.NativeText) in shown


# -- About and --version --------------------------------------------------------------


def test_version_on_the_command_line_and_in_about_agree(qtbot: QtBot, window: Any):
    # In a process of its own: the command line turns the garbage collector back on,
    # which these window tests keep off between tests (see conftest).
    done = subprocess.run(
        [sys.executable, "-m", "planner_gui", "--version"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.strip() == f"planner-gui {__version__}"
    _help_action(window, "About Season Planner").trigger()
    about = _dialog(window, AboutDialog)
    assert f"Season Planner {__version__}" in about.about.text()


def test_every_licence_text_is_one_click_away(qtbot: QtBot, window: Any):
    _help_action(window, "About Season Planner").trigger()
    about = _dialog(window, AboutDialog)
    for component in COMPONENTS:
        assert component.name in about.about.text()
        assert component.licence in about.about.text()
    tabs: QTabWidget = about.tabs
    bar = tabs.tabBar()
    licences = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Licences")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(licences).center())
    assert tabs.currentIndex() == licences
    for row in reversed(range(len(COMPONENTS))):
        _click_item(qtbot, about.components, row)
        shown = about.licence.toPlainText()
        for path in COMPONENTS[row].files:
            text = path.read_text(encoding="utf-8")
            copyright_line = next(
                (line for line in text.splitlines() if "Copyright" in line), text[:80]
            )
            assert copyright_line in shown
    _click_item(qtbot, about.components, 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.licence.toPlainText()


def test_links_in_about_open_in_the_browser(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
):
    opened: list[str] = []
    monkeypatch.setattr(about_dialog, "open_link", lambda _parent, url: opened.append(url))
    _help_action(window, "About Season Planner").trigger()
    about = _dialog(window, AboutDialog)
    about.about.setFocus()
    qtbot.keyClick(about.about, Qt.Key.Key_Tab)  # the first link, from the keyboard
    qtbot.keyClick(about.about, Qt.Key.Key_Return)
    assert opened == [COMPONENTS[0].home]
