"""Autosave for the window, and the offer of what a crashed window left behind.

``start_autosave`` attaches an ``Autosave`` to the window's document; ``offer_recovery``
runs once at start, after the window shows: it claims the recovery files of
processes that are no longer running, asks about them in one dialog
(``recovery_dialog.ask_recovery``) and carries out the answers. A recovered season
opens as modified, with the path of the file it belongs to, so Save writes there
(even when that file is gone: Save makes it again).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planner_gui.document.autosave import Autosave
from planner_gui.model.recovery_files import Claim, Recovery, RecoveryStore
from planner_gui.model.storage import SeasonFileError, load_season
from planner_gui.views import recovery_dialog
from planner_gui.views.recovery_dialog import Choice

if TYPE_CHECKING:
    from planner_gui.views.main_window import MainWindow

RECOVER_LABEL = "Recover unsaved changes"


def start_autosave(window: MainWindow, store: RecoveryStore | None = None) -> Autosave:
    """Autosave the window's document until ``Autosave.stop`` (a normal quit)."""
    autosave = Autosave(window.document, store or RecoveryStore(), parent=window)
    autosave.failed.connect(window.show_message)
    return autosave


def offer_recovery(
    window: MainWindow, autosave: Autosave, now: dt.datetime | None = None
) -> Recovery | None:
    """Offer left-over recovery files; returns the one recovered into the window, if any."""
    claims = autosave.store.claim_left_over()
    if not claims:
        return None
    now = now or dt.datetime.now().astimezone()
    choices = recovery_dialog.ask_recovery(window, [claim.recovery for claim in claims], now)
    recovered: Recovery | None = None
    for claim, choice in zip(claims, choices, strict=True):
        if choice is Choice.RECOVER and recovered is None:
            if _recover(window, autosave, claim):
                recovered = claim.recovery
        elif choice is Choice.DISCARD:
            claim.discard()
        else:  # Later, or a second Recover (one season per window)
            claim.keep()
    kept = sum(1 for choice in choices if choice is not Choice.DISCARD) - (recovered is not None)
    if recovered is not None:
        window.show_message(
            f"Recovered the unsaved changes to {_name(recovered)}: save to keep them."
            + (f" {_waiting(kept)}" if kept else "")
        )
    elif kept:
        window.show_message(_waiting(kept))
    return recovered


def _recover(window: MainWindow, autosave: Autosave, claim: Claim) -> bool:
    """Open the recovered season in the window, modified; False when the coach cancels."""
    if not window.files.maybe_save("recovering unsaved changes"):
        claim.keep()
        return False
    recovery = claim.recovery
    document = window.document
    original = recovery.original
    on_disk = None
    if original is not None:
        try:
            on_disk = load_season(original)
        except SeasonFileError:
            on_disk = None  # gone or damaged: Save will write it again
    if on_disk is not None and original is not None:
        # Opened like any file, so Undo steps back to what is on disk.
        window.files.load(original)
        document.edit(RECOVER_LABEL, recovery.season)
    else:
        document.reset(recovery.season, original)
    if not document.modified:
        document.undo_stack.resetClean()  # same as on disk: still offer to save it
    # Our own recovery file first, then the old one goes: never a moment without one.
    autosave.write_now()
    claim.discard()
    return True


def _name(recovery: Recovery) -> str:
    return recovery.original.name if recovery.original is not None else recovery.season.name


def _waiting(count: int) -> str:
    seasons = "season" if count == 1 else "seasons"
    return f"Unsaved changes to {count} more {seasons} will be offered at the next start."
