"""Season Planner: plan a running season's races, training phases and strength work."""

__version__ = "0.1.0"
