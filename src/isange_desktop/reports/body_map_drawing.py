"""The body-map drawings on paper: the same outlines as the screen, with the numbered marks.

reportlab cannot read SVG without svglib, which is not a dependency. The drawings in
resources/body_map are deliberately simple (absolute path commands M L H V C Q Z, circles and
ellipses, one group's fill and stroke), so they are read here and redrawn with reportlab's own
shapes. A drawing that uses anything else is refused loudly (ValueError) rather than printed
half right: the tests read every shipped drawing.

A mark's x and y are fractions of the drawing's viewBox from its top-left corner
(domain/forms/body_map.py), exactly as the screen places them, so a mark lands on the same
spot of the same outline.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Path, String
from reportlab.lib import colors

from isange_desktop.reports.pdf_base import FONT, FONT_BOLD, printable
from isange_desktop.resource_files import resource_path

_SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MLHVCQZmlhvcqz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "Z": 0}
MARK_RADIUS = 6.5
MARK_COLOUR = colors.HexColor("#8b0000")
OUTLINE = colors.HexColor("#3c3c3c")
LABEL_HEIGHT = 12.0  # the side words above the outline


@dataclass(frozen=True)
class _Shape:
    kind: str  # "path", "circle" or "ellipse"
    path: tuple[tuple[str, tuple[float, ...]], ...]  # (command, absolute points) for paths
    centre: tuple[float, float] = (0.0, 0.0)
    radii: tuple[float, float] = (0.0, 0.0)
    filled: bool = True
    stroke_width: float = 1.6


@dataclass(frozen=True)
class Outline:
    width: float  # of the viewBox
    height: float
    shapes: tuple[_Shape, ...]


def _path(d: str) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Path data as (M|L|C|Z, absolute points): H, V and Q become L and C."""
    tokens = _TOKEN.findall(d)
    out: list[tuple[str, tuple[float, ...]]] = []
    x = y = start_x = start_y = 0.0
    i, command = 0, ""
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        if command not in _ARGS:
            raise ValueError(f"unsupported path command {command!r}")
        n = _ARGS[command]
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        if len(args) != n:
            raise ValueError("truncated path")
        if command == "M":
            x, y = start_x, start_y = args
            out.append(("M", (x, y)))
            command = "L"  # further pairs after a moveto are linetos
        elif command in "LHV":
            x = args[0] if command in "LH" else x
            y = args[-1] if command in "LV" else y
            out.append(("L", (x, y)))
        elif command == "C":
            out.append(("C", tuple(args)))
            x, y = args[4], args[5]
        elif command == "Q":
            qx, qy, ex, ey = args
            # The cubic with the same curve: control points 2/3 of the way to the quadratic's.
            out.append(("C", (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                              ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)))
            x, y = ex, ey
        else:  # Z
            out.append(("Z", ()))
            x, y = start_x, start_y
    return tuple(out)


@functools.cache
def outline(name: str) -> Outline:
    """One of resources/body_map/*.svg, e.g. "adult_front"."""
    root = ET.parse(resource_path("body_map", f"{name}.svg")).getroot()  # noqa: S314 - ours
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    shapes: list[_Shape] = []
    for element in root.iter():
        tag = element.tag.removeprefix(_SVG)
        filled = element.get("fill") != "none"
        stroke = float(element.get("stroke-width", "1.6"))
        if tag == "path":
            shapes.append(_Shape("path", _path(element.attrib["d"]), filled=filled,
                                 stroke_width=stroke))
        elif tag == "circle":
            r = float(element.attrib["r"])
            shapes.append(_Shape("circle", (), (float(element.attrib["cx"]),
                                                float(element.attrib["cy"])), (r, r),
                                 filled, stroke))
        elif tag == "ellipse":
            shapes.append(_Shape("ellipse", (), (float(element.attrib["cx"]),
                                                 float(element.attrib["cy"])),
                                 (float(element.attrib["rx"]), float(element.attrib["ry"])),
                                 filled, stroke))
        elif tag not in ("svg", "g", "title", "desc"):
            raise ValueError(f"unsupported SVG element {tag!r} in {name}")
    return Outline(width, height, tuple(shapes))


@dataclass(frozen=True)
class PlacedMark:
    number: int
    x: float
    y: float


def drawing(name: str, marks: Sequence[PlacedMark], box_height: float,
            side_labels: tuple[str, str]) -> Drawing:
    """The outline scaled to `box_height` points (plus a line for the side words), the
    survivor's sides written above it, and each mark as a numbered dot."""
    shape = outline(name)
    scale = box_height / shape.height
    width = shape.width * scale
    d = Drawing(width, box_height + LABEL_HEIGHT)

    def at(px: float, py: float) -> tuple[float, float]:
        return px * scale, box_height - py * scale  # SVG's y runs down, the PDF's up

    for s in shape.shapes:
        fill = colors.white if s.filled else None
        if s.kind == "path":
            p = Path(strokeColor=OUTLINE, strokeWidth=s.stroke_width * scale, fillColor=fill,
                     strokeLineJoin=1, strokeLineCap=1)
            for command, points in s.path:
                if command == "M":
                    p.moveTo(*at(*points))
                elif command == "L":
                    p.lineTo(*at(*points))
                elif command == "C":
                    p.curveTo(*at(*points[0:2]), *at(*points[2:4]), *at(*points[4:6]))
                else:
                    p.closePath()
            d.add(p)
        else:
            cx, cy = at(*s.centre)
            rx, ry = s.radii[0] * scale, s.radii[1] * scale
            item = Circle(cx, cy, rx) if s.kind == "circle" else Ellipse(cx, cy, rx, ry)
            item.strokeColor, item.fillColor = OUTLINE, fill
            item.strokeWidth = s.stroke_width * scale
            d.add(item)
    left, right = side_labels
    d.add(String(0, box_height + 3, printable(left), fontName=FONT, fontSize=7,
                 fillColor=colors.HexColor("#616161")))
    d.add(String(width, box_height + 3, printable(right), fontName=FONT, fontSize=7,
                 textAnchor="end", fillColor=colors.HexColor("#616161")))
    for mark in sorted(marks, key=lambda m: m.number):
        cx, cy = width * mark.x, box_height * (1 - mark.y)
        d.add(Circle(cx, cy, MARK_RADIUS, fillColor=MARK_COLOUR, strokeColor=colors.white,
                     strokeWidth=0.8))
        label = str(mark.number)
        d.add(String(cx, cy - 2.6, label, fontName=FONT_BOLD,
                     fontSize=7 if len(label) < 3 else 5.5, fillColor=colors.white,
                     textAnchor="middle"))
    return d
