"""Render the application icon's PNGs from its SVG: ``python -m app.ui.render_icons``.

Writes ``resources/icons/leselupe-{48,128,256}.png`` from
``resources/icons/leselupe.svg`` with Qt's QSvgRenderer (antialiased, transparent
background). The PNGs are committed, so installing the desktop entry needs no Qt;
run this again after changing the SVG. Nothing else here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.desktop import PNG_SIZES, app_icon_path, png_icon_path


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = app_icon_path()
    for size in PNG_SIZES:
        out = png_icon_path(size)
        if not render(svg, size).save(str(out)):
            print(f"cannot write {out}", file=sys.stderr)
            return 1
        print(out)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
