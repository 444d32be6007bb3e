"""The desktop integration files in resources/: valid, consistent, and installable.

The validators are the freedesktop tools (CI installs desktop-file-utils and
appstream before the tests run); the install scripts run into a temporary XDG
data folder, never the real one.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "org.seasonplanner.SeasonPlanner"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
MIME = RESOURCES / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-season-planner+json"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # CI installs them (.ci/run); say what is missing, never pass silently
        pytest.fail(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_validates() -> None:
    validate = _tool("desktop-file-validate")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_metainfo_validates_offline() -> None:
    command = [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_files_agree_on_the_id_the_icon_and_the_file_type() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert "%f" in entry["Exec"]  # a double-clicked season reaches the app as its FILE
    meta = ElementTree.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    assert meta.find("content_rating").get("type", "").startswith("oars-")
    mime = ElementTree.parse(MIME).getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{namespace}mime-type")
    assert kind.get("type") == MIME_TYPE
    assert kind.find(f"{namespace}glob").get("pattern") == "*.season.json"


def test_metainfo_screenshots_are_pictures_in_docs() -> None:
    meta = ElementTree.parse(METAINFO).getroot()
    images = [image.text or "" for image in meta.iter("image")]
    assert images
    for url in images:
        assert (ROOT / "docs" / url.rsplit("/docs/", 1)[1]).is_file(), url


def test_the_icon_pngs_are_fresh_renderings_of_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_shows_the_same_icon_as_the_desktop() -> None:
    packaged = ROOT / "src" / "planner_gui" / "resources" / f"{APP_ID}.svg"
    assert packaged.read_bytes() == (RESOURCES / "icons" / f"{APP_ID}.svg").read_bytes()


def _run_script(name: str, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    return subprocess.run(
        ["bash", str(ROOT / "packaging" / name), "--user", *args],
        capture_output=True, text=True, env=env,
    )


def _files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


def test_install_puts_the_app_in_the_menu_and_uninstall_removes_just_that(tmp_path: Path) -> None:
    data = tmp_path / "share"
    mine = data / "applications" / "someone-else.desktop"  # a file that is not ours
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n")

    installed = _run_script("install-desktop.sh", data, "--exec", "/opt/season planner/planner-gui")
    assert installed.returncode == 0, installed.stderr
    entry_path = data / "applications" / f"{APP_ID}.desktop"
    entry = _desktop_entry(entry_path)
    assert entry["Exec"] == '"/opt/season planner/planner-gui" %f'
    subprocess.run([_tool("desktop-file-validate"), str(entry_path)], check=True)
    for size in (16, 32, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):  # the cache now knows *.season.json
        assert "*.season.json" in (data / "mime" / "globs2").read_text()
    manifest = (data / "planner-gui" / "installed-files").read_text().split("\n")
    assert {Path(line) for line in manifest if line} >= {entry_path}

    ours = {Path(line).relative_to(data) for line in manifest if line}
    removed = _run_script("uninstall-desktop.sh", data)
    assert removed.returncode == 0, removed.stderr
    left = _files(data)
    assert not ours & left
    assert Path("applications/someone-else.desktop") in left
    assert not (data / "planner-gui").exists()


def test_uninstall_without_an_install_says_so(tmp_path: Path) -> None:
    result = _run_script("uninstall-desktop.sh", tmp_path / "share")
    assert result.returncode == 2
    assert "not installed" in result.stderr
