"""The report fonts: PT Serif for text, PT Sans for tables and charts, embedded in every PDF.

ReportLab's built-in Helvetica/Times have no Cyrillic, let alone Ә Ғ Қ Ң Ө Ұ Ү Һ І, so every style
of the reports names one of these families. They are registered once per process; registration
is global in ReportLab, and a lock keeps two background reports from racing on it.
"""

from __future__ import annotations

import importlib.resources
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "PTSerif"
SERIF_BOLD = "PTSerif-Bold"
SERIF_ITALIC = "PTSerif-Italic"
SANS = "PTSans"
SANS_BOLD = "PTSans-Bold"

_FILES = {
    SERIF: "PTSerif-Regular.ttf",
    SERIF_BOLD: "PTSerif-Bold.ttf",
    SERIF_ITALIC: "PTSerif-Italic.ttf",
    SANS: "PTSans-Regular.ttf",
    SANS_BOLD: "PTSans-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make the families known to ReportLab (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = importlib.resources.files("inspector.resources") / "fonts"
        for name, filename in _FILES.items():
            with importlib.resources.as_file(folder / filename) as path:
                # TTFont reads the whole file at once, so the temporary path may vanish after.
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs resolve through these mappings.
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        _registered = True


def font_files() -> dict[str, str]:
    """Font name -> file name, for the bundle and for tests."""
    return dict(_FILES)
