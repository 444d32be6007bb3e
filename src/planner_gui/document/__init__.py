"""The open season as a document: undo history, computed plans and the shared selection.

Qt core only (signals, the undo stack); no widgets. Views edit the season through
``SeasonDocument`` and follow ``Selection``.
"""
