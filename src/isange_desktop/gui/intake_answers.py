"""Small answer widgets the intake pages share: a yes / no / not answered combo box, and a
combo box of (value, text) options that keeps its choice when its texts are set again.

Combo boxes rather than radio buttons: a nurse with the survivor in the room answers by
keyboard, and a closed combo takes the answer from its first letters ("Y", "N", "Gi").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class OptionCombo(QComboBox):
    """A combo box of fixed options, each a stored value with a text in the user's language.

    `set_texts` replaces the texts (a language change) without changing the choice or
    emitting `currentIndexChanged`, so a retranslation is never taken for an edit.
    """

    def __init__(self, values: Sequence[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in values:
            self.addItem("", value)

    def set_texts(self, texts: Sequence[str]) -> None:
        blocked = self.blockSignals(True)
        try:
            for index, text in enumerate(texts):
                self.setItemText(index, text)
        finally:
            self.blockSignals(blocked)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = next((i for i in range(self.count())
                      if type(self.itemData(i)) is type(value) and self.itemData(i) == value),
                     0)
        self.setCurrentIndex(index)


class YesNoCombo(OptionCombo):
    """Not answered (None) / Yes (True) / No (False): "no" is an answer, unlike no answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((None, True, False), parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts((self.tr("(not answered)"), self.tr("Yes"), self.tr("No")))

    def answer(self) -> bool | None:
        value = self.currentData()
        return value if isinstance(value, bool) else None
