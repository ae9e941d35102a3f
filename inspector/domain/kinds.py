"""The four kinds of institution that deputies visit, and their names in each language.

Apart from the templates so that the visit list can name kinds without loading checklists.
"""

from __future__ import annotations

INSTITUTION_KINDS: tuple[str, ...] = ("psc", "elderly_home", "baby_home", "adaptation_center")

KIND_NAMES = {
    "psc": {"ru": "ЦОН", "kk": "ХҚКО", "en": "Public Service Centre"},
    "elderly_home": {"ru": "Дом престарелых", "kk": "Қарттар үйі", "en": "Elderly home"},
    "baby_home": {"ru": "Дом ребёнка", "kk": "Сәби үйі", "en": "Baby home"},
    "adaptation_center": {"ru": "Центр адаптации", "kk": "Бейімдеу орталығы",
                          "en": "Adaptation centre"},
}
