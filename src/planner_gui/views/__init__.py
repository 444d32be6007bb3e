"""Qt widgets, item models and the season document."""
