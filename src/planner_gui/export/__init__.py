"""Exports of plans (PDF sheets) built from the model; never imports the views."""
