"""Every audit action the code records has words in the three languages (i18n/catalog_audit.py);
an unknown code is shown as it is.

The recorded codes are found in the source, as a reader would grep them: the ``action=`` of
every record()/append() call, the code each helper that passes its ``action`` parameter on is
called with, module constants, and the two codes built with an f-string. A refused attempt
records the permission (services/session.authorize), so every Action is a code too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from isange_desktop.domain.breach_deadlines import Step
from isange_desktop.domain.policy import Action
from isange_desktop.domain.roles import Role
from isange_desktop.i18n.audit_words import action_words, outcome_words, role_words
from isange_desktop.i18n.messages import CATALOG, LANGUAGES

SRC = Path(__file__).resolve().parents[1] / "src" / "isange_desktop"
CODE = re.compile(r"^[a-z0-9_]+\.[a-z0-9_]+$")
RECORDERS = {"record", "append"}  # services/session.record, audit/events.append
LANG_INDEX = {"en": 0, "fr": 1, "rw": 2}


def _name(func: ast.expr) -> str:
    return getattr(func, "id", getattr(func, "attr", ""))


def _codes_in(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and CODE.match(n.value)}


def _passes_action_on(call: ast.Call, helpers: dict[str, int]) -> bool:
    def is_action(node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id == "action"

    if _name(call.func) in RECORDERS | set(helpers):
        if any(k.arg == "action" and is_action(k.value) for k in call.keywords):
            return True
        index = helpers.get(_name(call.func))
        return index is not None and len(call.args) > index and is_action(call.args[index])
    return False


def _login_attempt_kinds(trees: dict[Path, ast.Module]) -> set[str]:
    """The kinds LoginAttempts.record is called with (they become auth.<kind>)."""
    kinds = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "record" \
                    and isinstance(node.func, ast.Attribute) and len(node.args) == 2 \
                    and isinstance(node.args[1], ast.Constant):
                kinds.add(node.args[1].value)
    return kinds


def recorded_actions() -> set[str]:
    trees = {path: ast.parse(path.read_text("utf-8")) for path in sorted(SRC.rglob("*.py"))}
    # Helpers taking an `action` parameter they pass on to record(), directly or through
    # another helper (audited_refusals -> _record_refusal -> record): name -> its position.
    helpers: dict[str, int] = {}
    while True:
        found = dict(helpers)
        for tree in trees.values():
            for fn in ast.walk(tree):
                if isinstance(fn, ast.FunctionDef):
                    params = [a.arg for a in fn.args.args]
                    if "action" in params and any(
                            isinstance(c, ast.Call) and _passes_action_on(c, helpers)
                            for c in ast.walk(fn)):
                        found[fn.name] = params.index("action")
        if found == helpers:
            break
        helpers = found
    dynamic = {
        "f'auth.{attempt.kind}'": {f"auth.{k}" for k in _login_attempt_kinds(trees)},
        "f'breach.{step.value}'": {f"breach.{s.value}" for s in Step},
    }
    codes: set[str] = {str(a) for a in Action}  # str(action) in authorize()
    unexplained = []
    for path, tree in trees.items():
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) for t in n.targets
                     if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _name(node.func) in RECORDERS:
                for keyword in node.keywords:
                    if keyword.arg != "action":
                        continue
                    value, text = keyword.value, ast.unparse(keyword.value)
                    if isinstance(value, ast.JoinedStr):
                        if text not in dynamic:
                            unexplained.append(f"{path.name}: {text}")
                        codes |= dynamic.get(text, set())
                    elif isinstance(value, ast.Name) and value.id in constants:
                        codes.add(constants[value.id])
                    elif text not in {"action", "str(action)"}:
                        codes |= _codes_in(value)
            if _name(node.func) in helpers and len(node.args) > helpers[_name(node.func)]:
                codes |= _codes_in(node.args[helpers[_name(node.func)]])
    assert unexplained == [], "an action built at run time: teach this test its values"
    return codes


def test_the_scan_finds_the_codes_built_every_way():
    codes = recorded_actions()
    assert len(codes) > 100, "the scan found too few codes: it is broken"
    for code in ("case.form_saved", "case.viewed", "case.break_glass",  # literal, ternary
                 "case.access_request",  # a module constant
                 "case.closed", "vault.restored", "center.pin_refused",  # through a helper
                 "referral.refused",  # through two helpers
                 "auth.wrong_password", "auth.device_enrolled", "breach.notified",  # f-strings
                 "case.view_medical"):  # a permission, recorded when refused
        assert code in codes, code


def test_every_recorded_action_has_words_in_every_language():
    missing, untranslated = [], []
    for code in sorted(recorded_actions()):
        entry = CATALOG.get(f"audit.action.{code}")
        if entry is None:
            missing.append(code)
            continue
        if not all(entry) or code in entry[1:]:
            untranslated.append(code)
        for lang in LANGUAGES:
            assert action_words(code, lang) == entry[LANG_INDEX[lang]]
    assert missing == [], "add them to i18n/catalog_audit.py"
    assert untranslated == []


def test_no_words_for_an_action_nothing_records():
    known = {code.removeprefix("audit.action.") for code in CATALOG
             if code.startswith("audit.action.")}
    assert sorted(known - recorded_actions()) == []


def test_every_role_and_outcome_has_words():
    for role in Role:
        for lang in LANGUAGES:
            assert role_words(role.value, lang) not in ("", role.value)
    for outcome in ("ok", "denied", "refused", "failed"):
        for lang in LANGUAGES:
            assert outcome_words(outcome, lang) not in ("", outcome)


def test_words_follow_the_language():
    assert action_words("case.form_saved", "en") == "Form saved"
    assert action_words("case.form_saved", "fr") == "Formulaire enregistré"
    assert action_words("case.form_saved", "rw") == "Fomu yabitswe"
    assert role_words("nurse", "fr") == "Infirmier·ère"
    # A refused attempt carries every role of the user, joined with "+"
    assert role_words("manager+nurse", "en") == "Manager, Nurse"


def test_an_unknown_code_is_shown_as_it_is():
    for lang in (*LANGUAGES, None, "de"):
        assert action_words("case.something_new", lang) == "case.something_new"
        assert action_words("", lang) == ""
        assert role_words("-", lang) == "-"
        assert role_words("nurse+auditor", "en") == "Nurse, auditor"
        assert outcome_words("partial", lang) == "partial"
