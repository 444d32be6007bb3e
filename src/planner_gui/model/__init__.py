"""Pure-Python season model: schema, week arithmetic, phase engine, edits and files.

Nothing in this package imports Qt (tests/model/test_model_is_plain_python.py proves it).
"""
