"""Isange Desktop: case intake for Rwanda's Isange One Stop Centers."""

__version__ = "0.1.0"
