import ast
import re
import string
from pathlib import Path

from isange_desktop.i18n.messages import CATALOG, translate

SRC = Path(__file__).resolve().parents[1] / "src" / "isange_desktop"


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_three_languages_with_the_same_parameters():
    for code, (en, fr, rw) in CATALOG.items():
        assert en and fr and rw, code
        assert _fields(en) == _fields(fr) == _fields(rw), code


def test_every_message_id_used_in_the_code_exists():
    used = set()
    pattern = re.compile(r"^[a-z]+\.[a-z_]+$")
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                first = node.args[0]
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if (name.endswith("Error") or name in {"PermissionDenied", "VaultBusy", "_t"}) \
                        and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                        and pattern.match(first.value):
                    used.add(first.value)
    assert used, "the scan found no message ids: it is broken"
    assert sorted(used - set(CATALOG)) == []


def test_unknown_language_falls_back_to_english():
    assert translate("auth.wrong_password", "de") == CATALOG["auth.wrong_password"][0]


def test_catalog_modules_do_not_reuse_an_id():
    from isange_desktop.i18n.messages import MODULES

    seen: dict[str, str] = {}
    for module in MODULES:
        for code in module.CATALOG:
            assert code not in seen, f"{code} in {module.__name__} and {seen[code]}"
            seen[code] = module.__name__
