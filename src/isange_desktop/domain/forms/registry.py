"""Every form by id: the one place the GUI, validation, reports and bundles look them up."""

from __future__ import annotations

from isange_desktop.domain.forms.forensic import CUSTODY_HANDOVER, FORENSIC_SAMPLE
from isange_desktop.domain.forms.form import Form
from isange_desktop.domain.forms.incident import INCIDENT
from isange_desktop.domain.forms.legal import LEGAL
from isange_desktop.domain.forms.medical import MEDICAL
from isange_desktop.domain.forms.medicines import MEDICINE
from isange_desktop.domain.forms.person import PERSON
from isange_desktop.domain.forms.psychosocial import COUNSELLING_SESSION, PSYCHOSOCIAL
from isange_desktop.domain.forms.shelter import SHELTER

FORMS: dict[str, Form] = {f.id: f for f in (
    PERSON, INCIDENT,
    MEDICAL, MEDICINE, FORENSIC_SAMPLE, CUSTODY_HANDOVER,
    PSYCHOSOCIAL, COUNSELLING_SESSION,
    LEGAL,
    SHELTER,
)}


def form(form_id: str) -> Form:
    """The form with this id; KeyError when there is none."""
    return FORMS[form_id]


def entry_forms(parent_id: str) -> tuple[Form, ...]:
    """The repeating forms whose entries are appended under a form (e.g. medicines, medical)."""
    return tuple(f for f in FORMS.values() if f.part_of == parent_id)
