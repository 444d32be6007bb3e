#!/usr/bin/env bash
# Put Season Planner in the desktop's menu: icon, desktop entry, AppStream metainfo and
# the season-file type, so a double-clicked *.season.json opens in the app.
#
#   packaging/install-desktop.sh [--user] [--exec COMMAND]
#
# --user        install for this user only (~/.local/share, or $XDG_DATA_HOME);
#               without it, for everyone under /usr/local/share (needs root).
# --exec CMD    the command the menu entry starts. Default: the frozen app next to
#               this script when there is one (the unpacked tarball), else
#               planner-gui-desktop from PATH (a pip install).
#
# Every file written is listed in <data>/planner-gui/installed-files, which
# uninstall-desktop.sh reads to remove exactly those files.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.seasonplanner.SeasonPlanner
data=/usr/local/share
exec_cmd=""
while (($#)); do
  case $1 in
    --user) data=${XDG_DATA_HOME:-$HOME/.local/share} ;;
    --exec) exec_cmd=${2:?--exec needs a command}; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# The assets: resources/ beside this script (the tarball) or at the top of the source tree.
if [[ -d $here/resources ]]; then resources=$here/resources; else resources=$here/../resources; fi
[[ -f $resources/$app_id.desktop ]] || { echo "install-desktop.sh: no $app_id.desktop in $resources" >&2; exit 2; }
if [[ -z $exec_cmd ]]; then
  if [[ -x $here/planner-gui ]]; then exec_cmd=$here/planner-gui; else exec_cmd=planner-gui-desktop; fi
fi

manifest=$data/planner-gui/installed-files
mkdir -p "$(dirname "$manifest")"
: >"$manifest.new"
put() {  # put SOURCE TARGET: copy one file and note it in the manifest
  mkdir -p "$(dirname "$2")"
  install -m 644 "$1" "$2"
  echo "$2" >>"$manifest.new"
}

for png in "$resources"/icons/hicolor/*/apps/$app_id.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  put "$png" "$data/icons/hicolor/$size/apps/$app_id.png"
done
put "$resources/icons/$app_id.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
put "$resources/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
put "$resources/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"

# The desktop entry starts the command chosen above (quoted as the spec asks).
desktop=$data/applications/$app_id.desktop
mkdir -p "$(dirname "$desktop")"
quoted=$(printf '%s' "$exec_cmd" | sed 's/[\\"`$]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$quoted\" %f|" -e "s|^TryExec=.*|TryExec=$exec_cmd|" \
  "$resources/$app_id.desktop" >"$desktop"
chmod 644 "$desktop"
echo "$desktop" >>"$manifest.new"
mv "$manifest.new" "$manifest"

# Refresh the caches the desktop reads, where their tools exist.
if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime" || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true; fi
echo "Season Planner is in the menu ($data); it starts: $exec_cmd"
