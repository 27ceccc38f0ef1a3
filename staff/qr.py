"""QR codes for the dashboard (segno, pure Python): an inline SVG, no image service, no CDN."""

from __future__ import annotations

import segno
from markupsafe import Markup

QR_SCALE = 6  # pixels per module: a version-3 code with its quiet zone is ~200 px, easy for a tablet camera
QR_ERROR = "m"  # 15 % of the code may be damaged or glared


def qr_svg(data: str, *, title: str) -> Markup:
    """``data`` as an inline ``<svg>`` (with ``role="img"`` and a ``<title>`` for screen readers)."""
    code = segno.make(data, error=QR_ERROR, micro=False)
    svg = code.svg_inline(scale=QR_SCALE, title=title, dark="#000", light="#fff", svgclass="qr")
    return Markup(svg.replace("<svg ", '<svg role="img" ', 1))
