"""docs/it-guide.md tells IT staff what to type at a center, often with no one to ask: every
`isange` command it cites must still be one the command line accepts, options included."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from isange_desktop.cli import build_parser

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "it-guide.md"


def _cited_commands() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    found = set(re.findall(r"`(isange [^`]+)`", text))
    for block in re.findall(r"```bat\n(.*?)```", text, flags=re.DOTALL):
        found.update(line.strip() for line in block.splitlines()
                     if line.strip().startswith("isange "))
    # Placeholders for "any command" and a bare command name are prose, not something to type.
    return sorted(c for c in found if "COMMAND" not in c and c not in {"isange init",
                                                                       "isange --help"})


def test_the_guide_cites_the_commands_it_should() -> None:
    cited = " ".join(_cited_commands())
    for needed in ("isange init", "isange user add", "isange backup", "isange restore",
                   "isange device enroll", "isange center remove", "isange center rotate-keys",
                   "isange setting set idle_lock_minutes"):
        assert needed in cited, needed


@pytest.mark.parametrize("command", _cited_commands())
def test_every_cited_command_parses(command: str) -> None:
    # posix=False keeps Windows paths' backslashes; the quotes around names go afterwards.
    args = [word.strip('"') for word in shlex.split(command, posix=False)[1:]]
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        try:
            build_parser().parse_args(args)
        except SystemExit:
            pytest.fail(f"{command}: {errors.getvalue().strip()}")
