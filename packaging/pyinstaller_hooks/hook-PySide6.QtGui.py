"""Replaces PyInstaller's own hook for PySide6.QtGui (packaging/isange_desktop.spec puts this
folder on `hookspath`, which wins over the built-in hooks): the same collection, less the Qt
plugins this app never loads.

It has to happen here, not by filtering the spec's Analysis afterwards: PyInstaller follows
each collected plugin's library dependencies, so the virtual keyboard plugin would still bring
QtQml and QtQuick, and the GTK theme plugin all of GTK, even with the plugin itself removed.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin folders dropped whole: embedded-device input and displays, Wayland (on a Wayland
# desktop Qt runs through XWayland with the xcb plugin), desktop themes (GTK, portals) and
# accessibility bridges for toolkits the app does not use.
DROPPED_GROUPS = {
    "egldeviceintegrations", "generic", "platformthemes", "accessiblebridge",
    "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
# Plugin folders of which only these plugins are kept (by name, without "lib" and suffix).
KEPT_PLUGINS = {
    # windows: the app; xcb: a Linux desktop; offscreen and minimal: CI and --self-test.
    "platforms": {"qwindows", "qxcb", "qoffscreen", "qminimal"},
    # Compose keys and IBus let a Linux keyboard type French and Kinyarwanda letters; the
    # virtual keyboard (QtQuick) is for touch kiosks.
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    # The drawings and icons are SVG; JPEG, PNG (built in) and TIFF are the photo formats an
    # attachment may have; ICO for the Windows icon.
    "imageformats": {"qsvg", "qjpeg", "qtiff", "qico", "qgif"},
}


def _wanted(destination: str, source: str) -> bool:
    parts = PurePath(destination).parts
    if "plugins" not in parts or parts.index("plugins") + 1 >= len(parts):
        return True
    group = parts[parts.index("plugins") + 1]
    if group in DROPPED_GROUPS:
        return False
    name = PurePath(source).name.split(".")[0].removeprefix("lib")
    return group not in KEPT_PLUGINS or name in KEPT_PLUGINS[group]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _wanted(dest, src)]
