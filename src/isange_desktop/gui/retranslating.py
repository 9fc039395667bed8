"""Re-translation on a language change, for every widget that sets its texts in Python."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt class (``class Page(Retranslating, QWidget)``) and set every text
    in ``retranslate()``: it runs again whenever the app's language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
