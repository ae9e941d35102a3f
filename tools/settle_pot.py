"""Replaces the gettext template by a fresh extraction unless only its creation date differs.

    python tools/settle_pot.py NEW.pot resources/i18n/inspector.pot

pybabel stamps every extraction with the time (it does not read SOURCE_DATE_EPOCH), and
`pybabel update` copies that stamp into each .po: without this, every `make i18n-update` would
change three files when no text changed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_STAMP = re.compile(r'^"POT-Creation-Date: [^"]*"\n', re.M)


def main(new: Path, pot: Path) -> int:
    fresh = new.read_text("utf-8")
    if not pot.exists() or _STAMP.sub("", fresh) != _STAMP.sub("", pot.read_text("utf-8")):
        pot.write_text(fresh, "utf-8")
    new.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
