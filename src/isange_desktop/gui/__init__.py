"""The PySide6 windows: they show what services return and send what the user did.

Every piece of vault work goes through ``runner.Runner``; no widget holds a rule.
"""
