"""The Qt Designer forms in ui/: each loads offscreen, holds what its Python class needs, and a
form edited wrong stops the app at start with a message naming the file and the object."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop import resource_files
from isange_desktop.gui import designer_forms
from isange_desktop.gui.designer_forms import UiFileError, child, load_ui, ui_file
from isange_desktop.gui.languages import LanguageChooser, apply_language
from isange_desktop.gui.login_window import LoginWindow
from isange_desktop.gui.no_vault_window import NoVaultWindow
from isange_desktop.gui.password_dialog import ChangePasswordDialog

UI_DIR = Path(__file__).resolve().parents[1] / "ui"

# Every form, the project widgets it names, and the objects its Python class looks up.
FORMS: dict[str, tuple[tuple[type[QWidget], ...], dict[str, type[QObject]]]] = {
    "add_user_dialog": ((), {
        "login": QLineEdit, "display_name": QLineEdit, "role_nurse": QCheckBox,
        "role_psychosocial": QCheckBox, "role_legal": QCheckBox, "role_manager": QCheckBox,
        "role_admin": QCheckBox, "password": QLineEdit, "confirm": QLineEdit, "error": QLabel,
        "progress": QProgressBar, "buttons": QDialogButtonBox}),
    "settings_dialog": ((), {
        "idle_lock_minutes": QSpinBox, "idle_lock_range": QLabel, "error": QLabel,
        "progress": QProgressBar, "buttons": QDialogButtonBox}),
    "login_window": ((LanguageChooser,), {
        "title": QLabel, "subtitle": QLabel, "login_label": QLabel, "login_field": QLineEdit,
        "password_label": QLabel, "password_field": QLineEdit, "submit_button": QPushButton,
        "progress": QProgressBar, "status_label": QLabel, "error_label": QLabel,
        "demo_box": QGroupBox, "demo_warning": QLabel, "demo_table": QTableWidget,
        "language_chooser": LanguageChooser,
    }),
    "change_password_dialog": ((), {
        "current": QLineEdit, "new": QLineEdit, "confirm": QLineEdit, "error": QLabel,
        "progress": QProgressBar, "buttons": QDialogButtonBox,
    }),
    "main_window": ((LanguageChooser,), {
        "centerName": QLabel, "userName": QLabel, "userRoles": QLabel,
        "language_chooser": LanguageChooser, "lock_button": QPushButton,
        "lock_action": QAction, "navigation": QListWidget, "pages": QStackedWidget,
    }),
    "no_vault_window": ((), {
        "explanation": QLabel, "command": QPlainTextEdit, "copy_button": QPushButton,
        "close_button": QPushButton,
    }),
    "referral_import_dialog": ((), {
        "status": QLabel, "progress": QProgressBar, "details_box": QGroupBox,
        "from_value": QLabel, "sender_value": QLabel, "their_case_value": QLabel,
        "sent_value": QLabel, "consent_value": QLabel, "parts_value": QLabel,
        "history_value": QLabel, "error": QLabel, "import_button": QPushButton,
        "save_receipt_button": QPushButton, "open_case_button": QPushButton,
        "close_button": QPushButton,
    }),
    "centers_dialog": ((), {
        "own_fingerprint": QLabel, "message": QLabel, "progress": QProgressBar,
        "save_card_button": QPushButton, "add_button": QPushButton,
        "remove_button": QPushButton, "close_button": QPushButton, "table_place": QVBoxLayout,
    }),
    "pin_center_dialog": ((), {
        "name_value": QLabel, "district_value": QLabel, "fingerprint_value": QLabel,
        "confirm_field": QLineEdit, "match_label": QLabel, "error": QLabel,
        "progress": QProgressBar, "pin_button": QPushButton, "cancel_button": QPushButton,
    }),
    "consent_dialog": ((), {
        "intro": QLabel, "age_note": QLabel, "form_layout": QFormLayout, "scope": QComboBox,
        "answer": QComboBox, "by": QComboBox, "destination": QComboBox, "reason": QLineEdit,
        "verdict": QLabel, "error": QLabel, "progress": QProgressBar,
        "buttons": QDialogButtonBox,
    }),
    "print_dialog": ((), {
        "kind": QComboBox, "center": QComboBox, "language": QComboBox,
        "document_layout": QFormLayout, "preview_button": QPushButton,
        "print_button": QPushButton, "save_box": QGroupBox, "password": QLineEdit,
        "confirm": QLineEdit, "save_button": QPushButton, "progress": QProgressBar,
        "message": QLabel, "error": QLabel, "close_button": QPushButton,
        "previous_button": QToolButton, "page": QSpinBox, "page_count": QLabel,
        "next_button": QToolButton, "zoom_out_button": QToolButton, "zoom": QComboBox,
        "zoom_in_button": QToolButton, "preview_hint": QLabel, "preview_place": QVBoxLayout,
    }),
    "reports_page": ((), {
        "monthly_box": QGroupBox, "month": QDateEdit, "language": QComboBox,
        "suppress": QCheckBox, "show_button": QPushButton, "save_pdf_button": QPushButton,
        "save_csv_button": QPushButton, "save_dhis2_button": QPushButton,
        "incidents_box": QGroupBox, "first_day": QDateEdit, "last_day": QDateEdit,
        "save_xlsx_button": QPushButton, "save_incidents_csv_button": QPushButton,
        "mapping_box": QGroupBox, "import_mapping_button": QPushButton,
        "progress": QProgressBar, "message": QLabel, "error": QLabel,
        "options_scroll": QScrollArea, "preview_panel": QWidget, "preview_hint": QLabel,
        "preview_place": QVBoxLayout, "previous_button": QToolButton, "page": QSpinBox,
        "page_count": QLabel, "next_button": QToolButton, "zoom_out_button": QToolButton,
        "zoom": QComboBox, "zoom_in_button": QToolButton,
    }),
}


def settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def root_class(name: str) -> type[QWidget]:
    root = ET.parse(UI_DIR / f"{name}.ui").getroot().find("widget")
    assert root is not None
    classes = {"QWidget": QWidget, "QDialog": QDialog, "QMainWindow": QMainWindow}
    return classes[root.get("class", "")]


# --- Every form ------------------------------------------------------------------------------

def test_every_form_in_ui_is_tested_here():
    assert {p.stem for p in UI_DIR.glob("*.ui")} == set(FORMS)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_form_loads_with_the_objects_its_class_needs(qtbot, name):
    # Given a bare widget of the form's top-level class
    owner = root_class(name)()
    qtbot.addWidget(owner)
    custom, needed = FORMS[name]
    # When the form is loaded into it
    assert load_ui(name, owner, custom_widgets=custom) is owner
    # Then the owner is the form (no wrapper) and every object the code looks up is there
    assert owner.objectName() and owner.layout() is not None
    for object_name, cls in needed.items():
        assert isinstance(child(owner, cls, object_name), cls), object_name


@pytest.mark.parametrize("name", sorted(FORMS))
def test_buddies_and_tab_stops_name_real_widgets(qtbot, name):
    # Qt ignores a buddy naming no widget without a word: a label's Alt+letter would do nothing.
    tree = ET.parse(UI_DIR / f"{name}.ui")
    owner = root_class(name)()
    qtbot.addWidget(owner)
    load_ui(name, owner, custom_widgets=FORMS[name][0])
    for label in tree.iter("widget"):
        if label.get("class") != "QLabel":
            continue
        text = label.findtext("property[@name='text']/string") or ""
        buddy = label.findtext("property[@name='buddy']/cstring")
        shown = child(owner, QLabel, label.get("name", ""))
        if "&" in text.replace("&&", ""):
            assert buddy, f"{label.get('name')} has an accelerator but no buddy"
        if buddy:
            assert shown.buddy() is child(owner, QWidget, buddy)
    for stop in tree.iter("tabstop"):
        child(owner, QWidget, stop.text or "")  # raises UiFileError when there is none


# --- Each class on its form ------------------------------------------------------------------

def test_the_login_window_is_its_form(qtbot, runner, tmp_path):
    window = LoginWindow(tmp_path, runner)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Isange Desktop - Log in"
    assert window.login_label.text() == "&User name:"
    assert window.login_label.buddy() is window.login_field
    assert window.password_field.echoMode() == QLineEdit.EchoMode.Password
    assert window.submit_button.accessibleName() == "Log in"
    assert [window.demo_table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "User name", "Password", "Role"]
    # The demo accounts only show in demo mode; nothing is busy or wrong yet
    assert window.demo_box.isHidden() and window.error_label.isHidden()
    assert window.progress.isHidden() and window.submit_button.isEnabled()


def test_the_password_dialog_is_its_form(qtbot, runner):
    dialog = ChangePasswordDialog(SimpleNamespace(), runner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Choose your own password" and dialog.isModal()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Change password"
    assert dialog.error.isHidden() and dialog.progress.isHidden()


def test_the_no_vault_window_is_its_form(qtbot, tmp_path):
    window = NoVaultWindow(tmp_path / "empty")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Isange Desktop - No vault yet"
    assert str(tmp_path / "empty") in window.explanation.text()
    assert "{folder}" not in window.explanation.text()
    assert window.command.toPlainText().startswith("isange init --data-dir ")


def test_the_forms_follow_a_language_change(qtbot, runner, tmp_path):
    app = QApplication.instance()
    login = LoginWindow(tmp_path, runner)
    no_vault = NoVaultWindow(tmp_path / "empty")
    qtbot.addWidget(login)
    qtbot.addWidget(no_vault)
    try:
        # When the app switches to French
        apply_language(app, "fr")
        settle()
        # Then the texts of the .ui and those set from Python are French
        assert login.windowTitle() == "Isange Desktop - Connexion"
        assert login.login_label.text() == "Nom d'&utilisateur :"
        assert login.login_field.accessibleName() == "Nom d'utilisateur"
        assert login.demo_table.horizontalHeaderItem(2).text() == "Rôle"
        assert no_vault.explanation.text().startswith("Isange Desktop n'a trouvé aucun coffre")
        assert str(tmp_path / "empty") in no_vault.explanation.text()
    finally:
        apply_language(app, "en")
        settle()
    assert login.windowTitle() == "Isange Desktop - Log in"


# --- A form edited wrong ---------------------------------------------------------------------

def test_a_missing_or_mistyped_object_names_the_file_and_the_object(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    load_ui("login_window", owner, custom_widgets=[LanguageChooser])
    with pytest.raises(UiFileError, match=r"ui/login_window\.ui has no QLineEdit named "
                                          r"'user_field'"):
        child(owner, QLineEdit, "user_field")
    with pytest.raises(UiFileError, match=r"ui/login_window\.ui: 'login_field' is a QLineEdit"):
        child(owner, QPushButton, "login_field")
    # Layouts are found too (a placeholder row the code fills in, say)
    assert child(owner, QHBoxLayout, "language_row") is not None


def write_form(tmp_path: Path, body: str, root: str = "QWidget") -> Path:
    path = tmp_path / "broken.ui"
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<ui version="4.0">\n'
                    f'<class>Broken</class>\n<widget class="{root}" name="Broken">\n'
                    f'<layout class="QVBoxLayout" name="layout">{body}</layout>\n</widget>\n'
                    f"<tabstops><tabstop>gone</tabstop></tabstops>\n</ui>\n")
    return path


def test_a_form_the_loader_complains_about_fails_at_start(qtbot, tmp_path, monkeypatch):
    # Given a form naming a widget class nobody registered and a tab stop with no widget
    path = write_form(tmp_path, '<item><widget class="LanguageChoser" name="chooser"/></item>')
    monkeypatch.setattr(designer_forms, "ui_file", lambda _name: path)
    owner = QWidget()
    qtbot.addWidget(owner)
    # Then loading it fails, listing both problems with the file's name
    with pytest.raises(UiFileError, match=r"ui/broken\.ui") as raised:
        load_ui("broken", owner)
    assert "LanguageChoser" in str(raised.value) and "'gone'" in str(raised.value)


def test_a_form_for_another_kind_of_window_fails(qtbot, tmp_path, monkeypatch):
    path = write_form(tmp_path, "", root="QDialog")
    monkeypatch.setattr(designer_forms, "ui_file", lambda _name: path)
    owner = QWidget()
    qtbot.addWidget(owner)
    with pytest.raises(UiFileError, match=r"top-level widget is a QDialog"):
        load_ui("broken", owner)


def test_an_unreadable_form_fails(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "broken.ui"
    path.write_text("<ui><widget class='QWidget'")
    monkeypatch.setattr(designer_forms, "ui_file", lambda _name: path)
    owner = QWidget()
    qtbot.addWidget(owner)
    with pytest.raises(UiFileError, match=r"ui/broken\.ui: .*(Premature|error)"):
        load_ui("broken", owner)


def test_forms_are_found_in_the_wheel_and_in_a_frozen_build(monkeypatch, tmp_path):
    # Given an installed wheel: the package holds _ui/ (pyproject's force-include)
    package = tmp_path / "site-packages" / "isange_desktop"
    wheel_form = package / "_ui" / "login_window.ui"
    wheel_form.parent.mkdir(parents=True)
    wheel_form.write_text("<ui/>")
    monkeypatch.setattr(resource_files, "_PACKAGE", package)
    assert ui_file("login_window") == wheel_form
    # And a PyInstaller-style bundle holding ui/ of its own: its copy wins
    bundle_form = tmp_path / "bundle" / "ui" / "login_window.ui"
    bundle_form.parent.mkdir(parents=True)
    bundle_form.write_text("<ui/>")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert ui_file("login_window") == bundle_form
    # And a missing form names every place tried
    with pytest.raises(FileNotFoundError, match=r"ui file not found: .*no_such\.ui"):
        ui_file("no_such")
