"""How big a window opens: the size the layouts are made for (the 1366x768 laptops of the
centers), or less when the screen is smaller in logical pixels, as a 1920x1080 laptop at
Windows' default 150% scaling is (1280x720)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WINDOW_SIZE = (1366, 768)


def fit_to_screen(window: QWidget, preferred: tuple[int, int] = WINDOW_SIZE) -> None:
    width, height = preferred
    screen = window.screen()
    # The offscreen platform (tests, the screenshot tour without a display) has no real
    # screen: its 800x600 is a placeholder, not a laptop to fit.
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        available = screen.availableGeometry()
        width, height = min(width, available.width()), min(height, available.height())
    window.resize(width, height)
