"""The app's three languages, and switching between them while it runs.

`apply_language` changes everything that speaks at once: Qt's translators (the project's .qm,
and Qt's own words for its standard buttons and menus), the default QLocale (dates and numbers),
and the core's message catalog (errors raised by services). Installing a translator sends a
LanguageChange event to every widget, which re-translates itself in its `retranslate()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from isange_desktop.i18n import messages
from isange_desktop.resource_files import resource_path

log = logging.getLogger(__name__)

# (code, the language's name in itself): a user who cannot read the current language still
# finds their own.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("rw", "Ikinyarwanda"),
    ("en", "English"),
    ("fr", "Français"),
)
# Rwanda's conventions for every language (CLDR has rw_RW, en_RW and fr_RW): Kinyarwanda month
# names, a French decimal comma, the week starting on Monday in all three.
LOCALES = {"rw": "rw_RW", "en": "en_RW", "fr": "fr_RW"}
# Shown whatever the current language, so the chooser can always be found.
_TOOLTIP = "Ururimi · Language · Langue"

# The translators this module installed, so the next call can take them out again; holding
# them here also keeps Python from collecting a translator Qt is still using.
_installed: list[QTranslator] = []


def _qm_files(code: str) -> list[tuple[Path, bool]]:
    """The .qm files for `code`, each with whether its absence is a packaging error."""
    files = [(resource_path("translations", f"isange_{code}.qm"), True)]
    if code == "fr":
        # Qt's own French, shipped with PySide6; without it only Qt's buttons stay English.
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append((qt_dir / "qtbase_fr.qm", False))
    elif code == "rw":
        files.append((resource_path("translations", "qtbase_rw.qm"), True))
    return files


def apply_language(app: QCoreApplication, code: str) -> None:
    """Show the app in `code` ("rw", "en" or "fr") from now on, open windows included."""
    if code not in LOCALES:
        raise ValueError(f"unknown language {code!r}")
    # The locale and the core's language first: widgets re-translating on the LanguageChange
    # events below format dates and errors with them.
    messages.set_language(code)
    QLocale.setDefault(QLocale(LOCALES[code]))
    if isinstance(app, QApplication):
        # A widget copies the default locale when it is created; unsetLocale makes each window
        # (and its children) take the new default, unless it chose a locale of its own.
        for window in app.topLevelWidgets():
            if not window.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                window.unsetLocale()
    remove_translations(app)
    for path, required in _qm_files(code):
        translator = QTranslator()  # owned by _installed, freed when taken out
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif required:
            raise FileNotFoundError(f"cannot load the translation {path}")
        else:
            log.warning("Qt's own translation %s is missing; its buttons stay in English", path)


def switch_language(code: str) -> None:
    """What a language chooser does: the running app speaks `code` from now on."""
    app = QCoreApplication.instance()
    if app is not None:
        apply_language(app, code)


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators apply_language installed: Qt's source English again (tests that
    switch languages give the shared QApplication back this way)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


class LanguageChooser(QComboBox):
    """The languages by their own names; emits `language_chosen(code)` when the user picks
    another one. Applying it (and saving it as the user's preference) is the owner's job."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGES:
            self.addItem(name, code)
        self.setToolTip(_TOOLTIP)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_language(messages.current_language())
        # `activated`, not currentIndexChanged: set_language must not look like a user's choice.
        self.activated.connect(self._activated)
        self.retranslate()

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        """Show `code` as the current language without emitting language_chosen."""
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        self._shown = self.language()

    def _activated(self, index: int) -> None:
        code = str(self.itemData(index))
        if code != self._shown:
            self._shown = code
            self.language_chosen.emit(code)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        # A language applied elsewhere (the other window's chooser, the stored preference)
        # shows here too.
        self.set_language(messages.current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
