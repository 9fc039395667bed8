"""The one-line editors: text, date, date and time (in center time), integer and decimal.

A value set from outside comes back unchanged while its text is untouched; what the user types
that does not parse is returned as typed, so validation names the problem at the field."""


from __future__ import annotations

import copy
import math
from datetime import datetime

from PySide6.QtCore import (
    QLocale,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QDoubleValidator, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from isange_desktop.domain.center_time import CENTER_TZ, in_center_time
from isange_desktop.domain.forms.fields import Field, FieldType
from isange_desktop.domain.forms.values import format_datetime, is_empty, parse_datetime
from isange_desktop.gui.field_editor_base import (
    BaseFieldEditor,
    forms_text,
    wrap_editor,
)

# Numbers beyond these are typos, not answers; the declared range is checked by validation.
_NUMBER_LIMIT = 10**9


class _LineEditor(BaseFieldEditor):
    """A one-line input; a value set from outside comes back unchanged while its text is
    untouched (a stored 70 stays 70, not 70.0; a UTC time keeps its "Z")."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self._given: object = None
        self._given_text = ""
        self._sample = ""
        self._limit = self.line.maxLength()
        self._row = wrap_editor(self, self.line)
        self.line.textChanged.connect(self.changed)

    def value(self) -> object:
        text = self.line.text().strip()
        if not text:
            return None
        if self._given is not None and text == self._given_text:
            return self._given
        return self._parse(text)

    def set_value(self, value: object) -> None:
        self._given = None if is_empty(value) else copy.deepcopy(value)
        self._given_text = "" if self._given is None else self._display(self._given)
        # A stored text too long for the field is shown whole: validation says so, and
        # nothing is cut behind the user's back.
        self.line.setMaxLength(max(self._limit, len(self._given_text)))
        self.line.setText(self._given_text)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    def _parse(self, text: str) -> object:
        return text

    def _display(self, value: object) -> str:
        return str(value)

    def _fit(self, sample: str, after: QLabel | None = None) -> None:
        """A short input sized to what it holds, with an optional label after it."""
        self._sample = sample
        self._row.setStretch(0, 0)
        if after is not None:
            self._row.addWidget(after)
        self._row.addStretch(1)
        self._fit_width()

    def _fit_width(self) -> None:
        # Wide enough for the sample and for the placeholder in the current language.
        metrics = self.line.fontMetrics()
        text = max(self._sample, self.line.placeholderText(), key=metrics.horizontalAdvance)
        self.line.setFixedWidth(metrics.horizontalAdvance(text) + 4 * metrics.averageCharWidth())


class TextEditor(_LineEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._limit = field.length_limit or self._limit
        self.line.setMaxLength(self._limit)
        if self._limit <= 30:
            self._fit("M" * max(self._limit, 8))


class DateEditor(_LineEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9-]{0,10}"),
                                                           self.line))
        self._fit("0000-00-00")
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._fit_width()


class DateTimeEditor(_LineEditor):
    """Typed as "YYYY-MM-DD HH:MM" in the center's time, stored with the center's offset."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.zone = QLabel(self)
        self._fit("0000-00-00 00:00:00", self.zone)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self._fit_width()
        offset = datetime(2000, 1, 1, tzinfo=CENTER_TZ).isoformat()[-6:]  # "+02:00"
        self.zone.setText(self.tr("center time (UTC%1)").replace("%1", offset))

    def _parse(self, text: str) -> object:
        if ":" not in text:
            return text  # a date without a time is not an instant; validation says so
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        return format_datetime(in_center_time(moment))

    def _display(self, value: object) -> str:
        moment = parse_datetime(value)
        if moment is None:
            return str(value)
        local = moment.astimezone(CENTER_TZ)
        spec = "minutes" if local.second == 0 and local.microsecond == 0 else "auto"
        return f"{local.date().isoformat()} {local.time().isoformat(timespec=spec)}"


class NumberEditor(_LineEditor):
    """Typed with the user's decimal separator; the unit is shown after the input."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.unit = QLabel(self)
        self._locale = QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator
                                      | QLocale.NumberOption.RejectGroupSeparator)
        negative = field.minimum is not None and field.minimum < 0
        bottom = -_NUMBER_LIMIT if negative else 0
        validator: QIntValidator | QDoubleValidator
        if field.type is FieldType.INTEGER:
            validator = QIntValidator(bottom, _NUMBER_LIMIT, self.line)
        else:
            validator = QDoubleValidator(bottom, _NUMBER_LIMIT, 6, self.line)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(self._locale)
        self.line.setValidator(validator)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._fit("0000000.00", self.unit)
        self.retranslate()

    def retranslate(self) -> None:
        self.unit.setText(forms_text(self.field.unit) if self.field.unit else "")

    def _parse(self, text: str) -> object:
        whole, ok = self._locale.toLongLong(text)
        if ok:
            return whole
        if self.field.type is FieldType.DECIMAL:
            number, ok = self._locale.toDouble(text)
            if ok and math.isfinite(number):
                return number
        return text

    def _display(self, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return self._locale.toString(value)
        if isinstance(value, float) and math.isfinite(value):
            shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
            return self._locale.toString(value, "g", shortest)
        return str(value)
