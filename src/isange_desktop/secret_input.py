"""Reading passwords and keys for the CLI: from a hidden prompt, or lines on standard input.

Never from arguments or the environment, where other users and process listings can see them.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from isange_desktop.errors import UsageError, ValidationError


class SecretSource:
    def __init__(self, from_stdin: bool, stream: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stream = stream or sys.stdin
        self._lines_read = 0

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self._stream.readline()
            self._lines_read += 1
            if not line:
                raise UsageError("cli.secret_missing", count=self._lines_read)
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise UsageError("cli.no_terminal")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != value:
            raise ValidationError("password.mismatch")
        return value
