"""The limits the season file sets, read from the schema, for editors to offer.

Spin boxes and checks in the window take their ranges from here, so the window never
allows what the file would refuse, nor refuses what it allows.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel

from planner_gui.model.season import LENGTH_KEYS, Methodology, Season, SessionCount


def _bound(metadata: list[Any], kind: str, what: str) -> int:
    for item in metadata:
        if hasattr(item, kind):
            return int(getattr(item, kind))
    raise LookupError(f"{what} has no {kind} bound")


def field_range(model: type[BaseModel], field: str) -> tuple[int, int]:
    """(min, max) of a whole-number model field, as the schema declares it."""
    metadata = model.model_fields[field].metadata
    what = f"{model.__name__}.{field}"
    return _bound(metadata, "ge", what), _bound(metadata, "le", what)


LENGTH_RANGES = {name: field_range(Methodology, name) for name in LENGTH_KEYS}
"""(min, max) weeks of each phase length (planning-rules.md §2)."""
SEASON_WEEKS = field_range(Season, "weeks")
"""(min, max) length of a season in weeks."""
# A session count is optional per phase, so its bounds sit on the type, not a field.
_SESSION_META = list(get_args(SessionCount)[1].metadata)
SESSION_RANGE = (
    _bound(_SESSION_META, "ge", "a session count"),
    _bound(_SESSION_META, "le", "a session count"),
)
"""(min, max) strength sessions a week in a phase (planning-rules.md §5.1)."""
