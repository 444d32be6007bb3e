"""``planner-gui --screenshot OUT.png`` writes its file as a save does (atomically)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

# Runs the command in a child process (Qt and its message handler stay out of the
# test process) with os.replace watched: the PNG must arrive whole, in one move.
WATCHED = """
import os, sys
from pathlib import Path
real_replace = os.replace
def replace(source, target):
    data = Path(source).read_bytes()
    print("replace", Path(target).name, data[:8] == b"\\x89PNG\\r\\n\\x1a\\n",
          data.endswith(b"IEND\\xaeB`\\x82"), flush=True)
    real_replace(source, target)
os.replace = replace
from planner_gui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_screenshot_arrives_whole_through_a_link_keeping_permissions(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    real = docs / "window.png"
    real.write_bytes(b"last release's picture")
    real.chmod(0o600)
    link = tmp_path / "window.png"
    link.symlink_to(real)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", WATCHED, "--screenshot", str(link)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert done.returncode == 0, done.stderr
    # One move of a complete PNG onto the file the link points to.
    assert done.stdout.splitlines() == ["replace window.png True True"]
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes().startswith(b"\x89PNG")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(p.name for p in docs.iterdir()) == ["window.png"]
