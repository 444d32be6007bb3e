#!/usr/bin/env bash
# Build the frozen one-folder app with PyInstaller, in a build venv of its own:
#   dist/planner-gui/                          the app (run dist/planner-gui/planner-gui)
#   dist/planner-gui-VERSION-OS-ARCH.tar.gz    it, with the desktop files and install scripts
# Usage: packaging/build.sh   (from anywhere; Linux, macOS, or Windows under Git Bash)
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_VERSION=6.22.3  # pinned: a new PyInstaller is a change to test, not a surprise
PILLOW_VERSION=13.0.0       # ReportLab needs it anyway; here it also packs the .ico/.icns
python=${PYTHON:-python3}

venv=build/venv
"$python" -m venv --clear "$venv"
if [[ -x $venv/bin/python ]]; then py=$venv/bin/python; else py=$venv/Scripts/python.exe; fi
"$py" -m pip install --quiet --upgrade pip
"$py" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION" "pillow==$PILLOW_VERSION" .

version=$("$py" -c 'import planner_gui; print(planner_gui.__version__)')
case "$(uname -s)" in
  Linux) os=linux; icon=build/icons/planner-gui.ico ;;
  Darwin) os=macos; icon=build/icons/planner-gui.icns ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon=build/icons/planner-gui.ico ;;
  *) os=$(uname -s | tr '[:upper:]' '[:lower:]'); icon=build/icons/planner-gui.ico ;;
esac
arch=$(uname -m)
mkdir -p build/icons
"$py" packaging/render_icons.py --ico build/icons/planner-gui.ico --icns build/icons/planner-gui.icns

rm -rf dist/planner-gui
PLANNER_GUI_ICON=$PWD/$icon "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/planner_gui.spec

# The desktop integration travels with the app: unpack, then install-desktop.sh --user.
cp -r resources dist/planner-gui/resources
cp packaging/install-desktop.sh packaging/uninstall-desktop.sh dist/planner-gui/
tarball=dist/planner-gui-$version-$os-$arch.tar.gz
tar -C dist -czf "$tarball" planner-gui
echo "built dist/planner-gui ($(du -sh dist/planner-gui | cut -f1)) and $tarball ($(du -h "$tarball" | cut -f1))"
