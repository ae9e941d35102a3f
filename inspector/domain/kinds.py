"""The four kinds of institution that deputies visit, and their names in each language.

Apart from the templates so that the visit list can name kinds without loading checklists.
"""

from __future__ import annotations

from .text import N_

INSTITUTION_KINDS: tuple[str, ...] = ("psc", "elderly_home", "baby_home", "adaptation_center")

KIND_NAMES = {
    "psc": N_("Public Service Centre"),
    "elderly_home": N_("Elderly home"),
    "baby_home": N_("Baby home"),
    "adaptation_center": N_("Adaptation centre"),
}
