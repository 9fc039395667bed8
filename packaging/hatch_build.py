"""Build step: compile the Qt translations (.ts, the sources kept in git) into the .qm files the
app loads. Hatchling runs it for every build, the editable install of a checkout included
(`pip install -e .`), so the generated .qm never need to be committed.

Configured in pyproject.toml ([tool.hatch.build.hooks.custom]); the compiler is Qt's lrelease
from the PySide6 wheel the build environment installs ([build-system] requires).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        # The project's own tool, loaded by path: the package is not installed yet here, and
        # the tool needs nothing but the standard library and lrelease.
        path = root / "src" / "isange_desktop" / "gui" / "translations_tool.py"
        spec = importlib.util.spec_from_file_location("_isange_translations_tool", path)
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = tool  # its dataclasses look their module up there
        spec.loader.exec_module(tool)
        for qm in tool.compile_all(root=root):
            self.app.display_info(f"compiled {qm.relative_to(root)}")
