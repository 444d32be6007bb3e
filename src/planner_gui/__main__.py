"""Allow ``python -m planner_gui``."""

import sys

from planner_gui.cli import main

sys.exit(main())
