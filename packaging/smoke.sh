#!/usr/bin/env bash
# Run the frozen app headless and check what a coach would use first.
#   packaging/smoke.sh DIST_DIR     (e.g. dist/planner-gui)
# Each step checks its exit code and its output; `plan --demo --json` must equal the
# source run's (the venv's planner-gui) when one is on PATH.
set -euo pipefail

dist=${1:?usage: smoke.sh DIST_DIR}
app=$dist/planner-gui
[[ -x $app ]] || app=$dist/planner-gui.exe
[[ -x $app ]] || { echo "smoke: no planner-gui in $dist" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen HOME=$out/home XDG_CONFIG_HOME=$out/config XDG_STATE_HOME=$out/state
mkdir -p "$HOME"

step() { printf 'smoke: %-34s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }

step "--version"
version=$("$app" --version)
[[ $version == planner-gui\ * ]] || { echo "unexpected: $version"; exit 1; }
ok "$version"

step "plan --demo --json"
"$app" plan --demo --json >"$out/frozen.json"
if command -v planner-gui >/dev/null && [[ $(command -v planner-gui) != "$app" ]]; then
  planner-gui plan --demo --json >"$out/source.json"
  cmp -s "$out/frozen.json" "$out/source.json" || { echo "differs from the source run"; exit 1; }
  ok "same as the source run"
else
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/frozen.json"
  ok "valid JSON; no source run to compare"
fi

step "export --demo -o plans.pdf"
"$app" export --demo -o "$out/plans.pdf" >/dev/null
[[ $(head -c 5 "$out/plans.pdf") == "%PDF-" ]] || { echo "not a PDF"; exit 1; }
ok "$(wc -c <"$out/plans.pdf") bytes"

# The newer verbs, when this build has them.
if "$app" --help | grep -q '\bcalendar\b'; then
  step "calendar --demo -o plan.ics"
  "$app" calendar --demo -o "$out/plan.ics" >/dev/null
  grep -q '^BEGIN:VCALENDAR' "$out/plan.ics" || { echo "not a calendar"; exit 1; }
  ok "$(grep -c '^BEGIN:VEVENT' "$out/plan.ics") events"
fi
if "$app" --help | grep -q '\bcsv\b'; then
  step "csv --demo -o plan.csv"
  "$app" csv --demo -o "$out/plan.csv" >/dev/null
  [[ $(wc -l <"$out/plan.csv") -gt 1 ]] || { echo "empty spreadsheet"; exit 1; }
  ok "$(($(wc -l <"$out/plan.csv") - 1)) rows"
fi

step "--screenshot window.png"
"$app" --screenshot "$out/window.png" >/dev/null
[[ -s $out/window.png && $(head -c 8 "$out/window.png" | od -An -c | tr -d ' ') == *PNG* ]] \
  || { echo "no PNG"; exit 1; }
ok "$(wc -c <"$out/window.png") bytes"

step "a bad file exits 2"
echo '{"schema_version": 2' >"$out/bad.season.json"
set +e; "$app" plan "$out/bad.season.json" >/dev/null 2>"$out/err"; status=$?; set -e
[[ $status == 2 ]] || { echo "exit $status"; cat "$out/err"; exit 1; }
ok "$(head -c 60 "$out/err")…"
echo "smoke: all passed"
