"""Rwanda's provinces and their 30 districts (administrative map since 2006)."""

from __future__ import annotations

from isange_desktop.domain.forms.fields import Choice
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

PROVINCE_CHOICES = (
    Choice("kigali", QT_TRANSLATE_NOOP("forms", "Kigali City")),
    Choice("northern", QT_TRANSLATE_NOOP("forms", "Northern Province")),
    Choice("southern", QT_TRANSLATE_NOOP("forms", "Southern Province")),
    Choice("eastern", QT_TRANSLATE_NOOP("forms", "Eastern Province")),
    Choice("western", QT_TRANSLATE_NOOP("forms", "Western Province")),
)

# District names are proper nouns; they are marked all the same so every label a form shows
# goes through one translation path (a translator copies them).
DISTRICTS_BY_PROVINCE: dict[str, tuple[Choice, ...]] = {
    "kigali": (
        Choice("gasabo", QT_TRANSLATE_NOOP("forms", "Gasabo")),
        Choice("kicukiro", QT_TRANSLATE_NOOP("forms", "Kicukiro")),
        Choice("nyarugenge", QT_TRANSLATE_NOOP("forms", "Nyarugenge")),
    ),
    "northern": (
        Choice("burera", QT_TRANSLATE_NOOP("forms", "Burera")),
        Choice("gakenke", QT_TRANSLATE_NOOP("forms", "Gakenke")),
        Choice("gicumbi", QT_TRANSLATE_NOOP("forms", "Gicumbi")),
        Choice("musanze", QT_TRANSLATE_NOOP("forms", "Musanze")),
        Choice("rulindo", QT_TRANSLATE_NOOP("forms", "Rulindo")),
    ),
    "southern": (
        Choice("gisagara", QT_TRANSLATE_NOOP("forms", "Gisagara")),
        Choice("huye", QT_TRANSLATE_NOOP("forms", "Huye")),
        Choice("kamonyi", QT_TRANSLATE_NOOP("forms", "Kamonyi")),
        Choice("muhanga", QT_TRANSLATE_NOOP("forms", "Muhanga")),
        Choice("nyamagabe", QT_TRANSLATE_NOOP("forms", "Nyamagabe")),
        Choice("nyanza", QT_TRANSLATE_NOOP("forms", "Nyanza")),
        Choice("nyaruguru", QT_TRANSLATE_NOOP("forms", "Nyaruguru")),
        Choice("ruhango", QT_TRANSLATE_NOOP("forms", "Ruhango")),
    ),
    "eastern": (
        Choice("bugesera", QT_TRANSLATE_NOOP("forms", "Bugesera")),
        Choice("gatsibo", QT_TRANSLATE_NOOP("forms", "Gatsibo")),
        Choice("kayonza", QT_TRANSLATE_NOOP("forms", "Kayonza")),
        Choice("kirehe", QT_TRANSLATE_NOOP("forms", "Kirehe")),
        Choice("ngoma", QT_TRANSLATE_NOOP("forms", "Ngoma")),
        Choice("nyagatare", QT_TRANSLATE_NOOP("forms", "Nyagatare")),
        Choice("rwamagana", QT_TRANSLATE_NOOP("forms", "Rwamagana")),
    ),
    "western": (
        Choice("karongi", QT_TRANSLATE_NOOP("forms", "Karongi")),
        Choice("ngororero", QT_TRANSLATE_NOOP("forms", "Ngororero")),
        Choice("nyabihu", QT_TRANSLATE_NOOP("forms", "Nyabihu")),
        Choice("nyamasheke", QT_TRANSLATE_NOOP("forms", "Nyamasheke")),
        Choice("rubavu", QT_TRANSLATE_NOOP("forms", "Rubavu")),
        Choice("rusizi", QT_TRANSLATE_NOOP("forms", "Rusizi")),
        Choice("rutsiro", QT_TRANSLATE_NOOP("forms", "Rutsiro")),
    ),
}

DISTRICT_CHOICES = tuple(sorted(
    (d for districts in DISTRICTS_BY_PROVINCE.values() for d in districts),
    key=lambda d: d.value,
))

PROVINCE_OF_DISTRICT = {d.value: province
                        for province, districts in DISTRICTS_BY_PROVINCE.items()
                        for d in districts}
