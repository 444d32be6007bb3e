#!/usr/bin/env bash
# Take Season Planner out of the desktop's menu: removes exactly the files
# install-desktop.sh wrote (listed in <data>/planner-gui/installed-files).
#
#   packaging/uninstall-desktop.sh [--user]
set -euo pipefail

data=/usr/local/share
while (($#)); do
  case $1 in
    --user) data=${XDG_DATA_HOME:-$HOME/.local/share} ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall-desktop.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

manifest=$data/planner-gui/installed-files
if [[ ! -f $manifest ]]; then
  echo "uninstall-desktop.sh: Season Planner is not installed in $data (no $manifest)" >&2
  exit 2
fi
while IFS= read -r file; do
  case $file in
    "$data"/*) rm -f -- "$file" ;;  # only what we wrote, only under this data folder
    *) echo "uninstall-desktop.sh: skipping $file (outside $data)" >&2 ;;
  esac
done <"$manifest"
rm -f -- "$manifest"
rmdir -- "$data/planner-gui" 2>/dev/null || true

if command -v update-mime-database >/dev/null && [[ -d $data/mime ]]; then update-mime-database "$data/mime" || true; fi
if command -v update-desktop-database >/dev/null && [[ -d $data/applications ]]; then update-desktop-database -q "$data/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null && [[ -d $data/icons/hicolor ]]; then gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true; fi
echo "Season Planner is out of the menu ($data)"
