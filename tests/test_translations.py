"""The translation files: complete, in step with the sources and the .qm, and used at run time.

The file checks run the same functions as `python -m isange_desktop.gui.translations_tool check`,
so a failure here is fixed by the commands docs/translations.md gives.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from isange_desktop.gui import translations_tool as tool
from isange_desktop.gui.languages import (
    LANGUAGES,
    LanguageChooser,
    apply_language,
    remove_translations,
)
from isange_desktop.i18n import messages
from isange_desktop.i18n.catalog_vault import CATALOG as VAULT_MESSAGES

# --- The files -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", tool.app_ts_names() + tool.QT_CATALOGS)
def test_every_entry_is_finished_with_its_placeholders_and_accelerators(name):
    path = tool.ts_path(name)
    assert path.is_file(), f"{path} is missing: run the tool's update"
    assert tool.ts_problems(path) == []


def test_french_and_kinyarwanda_translate_the_same_strings():
    fr = {e.key for e in tool.read_ts(tool.ts_path("isange_fr"))[1]}
    rw = {e.key for e in tool.read_ts(tool.ts_path("isange_rw"))[1]}
    assert fr == rw
    plural = {key for key in fr if key[3]}
    assert {e.key for e in tool.read_ts(tool.ts_path("isange_en"))[1]} == plural


def test_plural_strings_have_the_forms_of_their_language():
    # Qt's rules: English, French and Kinyarwanda all have two forms (lupdate emits two
    # <numerusform> for language="rw", and QTranslator picks them: see the run-time test).
    for name in tool.app_ts_names():
        language, entries = tool.read_ts(tool.ts_path(name))
        assert language == name.removeprefix("isange_")
        assert {len(e.translations) for e in entries if e.numerus} == {2}, name


def test_the_problems_a_translator_can_make_are_found():
    def entry(source: str, *texts: str) -> tool.Entry:
        return tool.Entry("C", source, "", len(texts) > 1, texts, unfinished=False)

    assert tool.entry_problems(entry("Error: %1", "Erreur")) != []
    assert tool.entry_problems(entry("{clock}: {time} left", "{clock} : reste")) != []
    assert tool.entry_problems(entry("&Save", "Enregistrer")) != []
    assert tool.entry_problems(entry("&Save", "&Enregi&strer")) != []
    assert tool.entry_problems(entry("%n day(s)", "%n jour", "")) != []
    assert tool.entry_problems(entry("Tom && Jerry", "Tom && Jerry")) == []
    assert tool.entry_problems(tool.Entry("C", "x", "", False, ("",), unfinished=True)) != []


def test_the_built_qm_files_are_compiled_from_the_ts_files_as_they_are():
    assert tool.stale_qm() == []


def test_the_ts_files_hold_exactly_what_lupdate_finds_in_the_sources():
    # A self.tr() added without running `update` fails here; so does a string left behind.
    assert tool.drift() == []


def test_every_string_translated_at_run_time_is_one_lupdate_extracts():
    # lupdate skips a call it cannot read (a helper such as _tr(text), a context in a variable,
    # a self.tr() inside an f-string) and takes QCoreApplication.translate's plural count for an
    # encoding argument; those strings would stay in English whatever the .ts says.
    assert tool.invisible_calls() == []


def test_the_finder_reads_the_patterns_lupdate_misses(tmp_path):
    source = tmp_path / "src" / "isange_desktop" / "gui" / "sample.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "_CTX = 'ctx'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Words', text)\n"
        "class Page(QObject):\n"
        "    def show(self, n):\n"
        "        return [_tr('a'), self.tr('b'), self.tr('%n c', None, n),\n"
        "                QCoreApplication.translate('Words', '%n d', None, n),\n"
        "                QT_TRANSLATE_NOOP(_CTX, 'e')]\n", "utf-8")
    calls = {(c.context, c.source, c.plural) for c in tool.translated_calls(tmp_path)}
    assert calls == {("Words", "a", False), ("Page", "b", False), ("Page", "%n c", True),
                     ("Words", "%n d", True), ("ctx", "e", False)}
    invisible = "\n".join(tool.invisible_calls(tmp_path))
    assert "'a'" in invisible and "'%n d' as a plural" in invisible and "'e'" in invisible
    assert "'b'" not in invisible and "'%n c'" not in invisible


def test_qtbase_rw_uses_qt_s_own_contexts_and_source_texts():
    # Qt's French catalog knows every string Qt translates; a Kinyarwanda entry it does not
    # know (a typo, or a text a Qt upgrade changed) would never be asked for.
    qt_fr = QTranslator()
    assert qt_fr.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = [(e.context, e.source) for e in tool.read_ts(tool.ts_path("qtbase_rw"))[1]
               if not qt_fr.translate(e.context, e.source)]
    assert unknown == []


# --- At run time -----------------------------------------------------------------------------

@pytest.fixture
def app(qapp) -> Iterator[QCoreApplication]:
    """The test's QApplication, given back untranslated, with the locale it had."""
    locale = QLocale()
    yield qapp
    remove_translations(qapp)
    messages.set_language(None)
    QLocale.setDefault(locale)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def _days(n: int) -> str:
    return QCoreApplication.translate("CaseWords", "%n day(s)", None, n)


def test_switching_languages_changes_qt_the_forms_plurals_dates_and_core_errors(app, qtbot):
    # Given an open window with a date and a language chooser, in English
    window = QWidget()
    date = QDateEdit(QDate(2026, 3, 4), window)
    date.setDisplayFormat("d MMMM yyyy")
    chooser = LanguageChooser(window)
    QVBoxLayout(window).addWidget(date)
    qtbot.addWidget(window)
    expected = {
        # Qt's Cancel, a form label, the plural forms, the month, the chooser's name
        "rw": ("Reka", "Itariki y'amavuko", "umunsi 1", "iminsi 3", "Werurwe", "Ururimi"),
        "en": ("Cancel", "Date of birth", "1 day", "3 days", "March", "Language"),
        "fr": ("Annuler", "Date de naissance", "1 jour", "3 jours", "mars", "Langue"),
    }
    for code, (cancel, label, one, three, month, chooser_name) in expected.items():
        # When the language is applied
        apply_language(app, code)
        # Then Qt's own buttons, the forms, the plurals and the core's errors follow
        assert _cancel_text() == cancel
        assert QCoreApplication.translate("forms", "Date of birth") == label
        assert (_days(1), _days(3)) == (one, three)
        assert messages.current_language() == code
        index = ("en", "fr", "rw").index(code)
        assert messages.translate("auth.wrong_password") == VAULT_MESSAGES[
            "auth.wrong_password"][index]
        # and the open window re-formatted itself at once, and re-translates itself when the
        # posted LanguageChange events arrive
        assert month in date.text()
        qtbot.waitUntil(lambda name=chooser_name: chooser.accessibleName() == name)
        assert QLocale().name() == {"rw": "rw_RW", "en": "en_RW", "fr": "fr_RW"}[code]


def test_kinyarwanda_covers_the_line_edit_menu_and_the_wizard_buttons(app, qtbot):
    apply_language(app, "rw")
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "Hitamo byose" in texts and "Ko&meka" in texts
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Komeza >"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yego"


def test_the_chooser_speaks_only_when_the_user_picks_another_language(app, qtbot):
    chooser = LanguageChooser()
    qtbot.addWidget(chooser)
    assert [chooser.itemText(i) for i in range(chooser.count())] == [n for _, n in LANGUAGES]
    # Setting it from code is silent
    with qtbot.assertNotEmitted(chooser.language_chosen):
        chooser.set_language("fr")
    assert chooser.language() == "fr"
    # A user moving to the next language is heard
    chooser.setFocus()
    with qtbot.waitSignal(chooser.language_chosen) as chosen:
        qtbot.keyClick(chooser, Qt.Key.Key_Up)
    assert chosen.args == ["en"]


def test_the_core_language_can_be_set_and_given_back_to_the_environment(monkeypatch):
    monkeypatch.setenv("ISANGE_LANG", "fr")
    try:
        messages.set_language("rw")
        assert messages.current_language() == "rw"
        messages.set_language(None)
        assert messages.current_language() == "fr"
        with pytest.raises(ValueError, match="unknown language"):
            messages.set_language("de")
    finally:
        messages.set_language(None)


def test_an_unknown_language_is_refused(app):
    with pytest.raises(ValueError, match="unknown language"):
        apply_language(app, "sw")
