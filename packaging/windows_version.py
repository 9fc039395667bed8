"""The Windows version resource of each executable, made from the package version.

Windows shows it in the file's Properties (Details) and the installer and IT staff read it to
tell builds apart; signtool keeps it. The spec (packaging/isange_desktop.spec) writes one file
per executable into the build folder with `write_version_file` and hands it to PyInstaller's
EXE(version=...), which embeds it on Windows only. The text is PyInstaller's VSVersionInfo
format (Python syntax, evaluated by PyInstaller), so nothing here needs PyInstaller itself.

    python packaging/windows_version.py   # prints the version and the desktop exe's resource
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "Isange"  # the same author name as the data folder (isange_desktop/paths.py)
PRODUCT = "Isange Desktop"
COPYRIGHT = "Isange One Stop Centers, Rwanda"


def package_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml, the one source of it."""
    with (root / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the binary fields: "0.1.0" -> (0, 1, 0, 0); a pre-release or local
    suffix ("1.2.0rc1", "1.2.0+ci") keeps its leading numbers only (the text fields keep it
    whole)."""
    found = re.match(r"\d+(?:\.\d+){0,3}", version.strip())
    if found is None:
        raise ValueError(f"not a version: {version!r}")
    numbers = [int(n) for n in found.group(0).split(".")]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"each part of a Windows version is 16-bit: {version!r}")
    a, b, c, d = (*numbers, 0, 0, 0)[:4]
    return a, b, c, d


def version_file_text(version: str, exe_name: str, description: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})"
                                for k, v in strings.items())
    # 0x0409 / 1200: US English, Unicode; the strings are English whatever the app's language.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(out_dir: Path, version: str, exe_name: str, description: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"version-{exe_name}.txt"
    path.write_text(version_file_text(version, exe_name, description), encoding="utf-8")
    return path


if __name__ == "__main__":
    current = package_version()
    sys.stdout.write(f"{current}\n")
    sys.stdout.write(version_file_text(current, "isange-desktop", PRODUCT))
