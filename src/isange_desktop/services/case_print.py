"""Printing a case: the case summary, the medico-legal report or a referral slip, as PDF bytes.

One transaction holds the whole print: the role's checks, the read of the case as that role
may see it (case_print_data), the audit event "case.printed" (the kind and the language,
never content), a signed checkpoint of the log that covers that very event, and the
rendering, whose footer prints the checkpoint. A failed rendering rolls the event back: the
log never says a document was printed that was not. Nothing is written to disk here; the
caller decides where the bytes go (a preview, the printer, or a file the user chose).

Who may print what:
- any case staff (Action.CASE_PRINT) the summary, with what their role may read;
- the medico-legal report needs Action.VIEW_MEDICOLEGAL (the clinician, the RIB investigator
  it is written for, the manager); a report not yet signed prints only for the medical staff
  (Action.VIEW_MEDICAL), as a draft;
- a referral slip needs the survivor's consent to share with that center, decided by
  domain/referral_consent.py exactly as a referral bundle is.
Every refusal is audited, as a denied permission is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.referral_consent import ReferralConsent, referral_consent
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import LANGUAGES
from isange_desktop.reports.case_data import Destination, PrintedCase, Printing
from isange_desktop.reports.case_summary import render_summary
from isange_desktop.reports.medico_legal import is_signed, render_medico_legal
from isange_desktop.reports.pdf_base import Footer
from isange_desktop.reports.referral_slip import render_referral_slip
from isange_desktop.services.case_print_data import medico_legal_parts, read_case
from isange_desktop.services.center_directory import PinnedCenter, lookup_center
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.referral_case import age_now, case_document, consent_records
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import Case
from isange_desktop.store.types import utcnow

Kind = Literal["summary", "medico_legal", "referral_slip"]
KINDS: tuple[Kind, ...] = ("summary", "medico_legal", "referral_slip")
# What the bytes are for, recorded with the print: shown on screen, sent to a printer, or
# saved to a file the user chose.
PURPOSES = ("print", "preview", "save")
# PDF standard encryption (reportlab's, RC4 128-bit) uses the first 32 bytes of a password,
# and readers disagree on how to encode anything beyond ASCII (a French "é" typed in one
# viewer does not open a file another program made): so a password is 1-32 printable ASCII
# characters, refused otherwise rather than silently shortened or unopenable.
PDF_PASSWORD = re.compile(r"[\x20-\x7e]{1,32}")

# The slip's wording of each consent refusal (domain/consent.py's decision ids).
_SLIP_REFUSALS = {
    "consent.missing": "print.slip_consent_missing",
    "consent.refused": "print.slip_consent_refused",
    "consent.guardian_needed": "print.slip_guardian_needed",
    "consent.survivor_needed": "print.slip_survivor_needed",
}


def _check_request(kind: str, lang: str, destination: str | None,
                   password: str | None, purpose: str) -> None:
    if kind not in KINDS:
        raise ValidationError("print.kind_unknown", kind=kind)
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")  # a programming error, not the user's
    if lang not in LANGUAGES:
        raise ValidationError("print.lang_unknown", lang=lang)
    if kind == "referral_slip" and not (destination and destination.strip()):
        raise ValidationError("print.destination_required")
    if kind != "referral_slip" and destination:
        raise ValidationError("print.destination_not_for_kind")
    if password is not None and (not password.strip() or not PDF_PASSWORD.fullmatch(password)):
        raise ValidationError("print.password_invalid")


def _slip_consent(uow: Session, case: Case, center: PinnedCenter, now: datetime
                  ) -> ReferralConsent:
    # The referral bundle's own reading of the consent record, so slip and bundle can never
    # disagree about whether the survivor agreed.
    document = case_document(uow, case, "")
    return referral_consent(consent_records(document), center.code, center.name,
                            age_now(document, now), now)


def _refuse(session: UserSession, role: str, number: str, kind: str,
            problem: ValidationError) -> ValidationError:
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="case.print_refused",
               object_type="case", object_id=number, outcome="refused",
               details={"kind": kind, "reason": problem.code})
    return problem


def render_case_document(session: UserSession, number: str, kind: Kind | str, lang: str, *,
                         destination: str | None = None, password: str | None = None,
                         purpose: str = "print", now: datetime | None = None) -> bytes:
    """The PDF of one case document in `lang` (rw, en or fr, whatever the screen's language);
    encrypted when a password is given. `purpose` (print, preview or save) goes into the
    audit event. Raises PermissionDenied or ValidationError, audited."""
    _check_request(kind, lang, destination, password, purpose)
    number = str(parse_case_number(number))
    role = authorize(session, Action.CASE_PRINT, object_type="case", object_id=number)
    if kind == "medico_legal":
        authorize(session, Action.VIEW_MEDICOLEGAL, object_type="case", object_id=number)
    center = lookup_center(session, destination) if kind == "referral_slip" and destination \
        else None
    now = now or utcnow()
    refusal: ValidationError | None = None
    data = b""
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        printed = read_case(uow, session, case, now)
        to: Destination | None = None
        if kind == "medico_legal":
            printed = medico_legal_parts(uow, case, printed)
            if not is_signed(printed) and granting_role(session.roles,
                                                        Action.VIEW_MEDICAL) is None:
                refusal = ValidationError("print.medico_legal_unsigned", number=number)
        elif center is not None:
            consent = _slip_consent(uow, case, center, now)
            if not consent.allowed:
                refusal = ValidationError(_SLIP_REFUSALS.get(
                    consent.reason_id, "print.slip_consent_missing"), center=center.code,
                    name=center.name)
            at = consent.record.at.isoformat() if consent.record is not None else None
            to = Destination(center.code, center.name, center.district, consent.reason_id, at)
        if refusal is None:
            data = _print(uow, session, role, printed, _Request(kind, lang, to, password,
                                                                purpose), now)
    if refusal is not None:
        raise _refuse(session, role, number, kind, refusal)
    return data


@dataclass(frozen=True)
class _Request:
    kind: str
    lang: str
    to: Destination | None
    password: str | None
    purpose: str


def _print(uow: Session, session: UserSession, role: str, printed: PrintedCase,
           request: _Request, now: datetime) -> bytes:
    kind, lang, to, password = request.kind, request.lang, request.to, request.password
    details: dict[str, object] = {"kind": kind, "language": lang, "purpose": request.purpose,
                                  "password": password is not None}
    if to is not None:
        details["center"] = to.code
    record(uow, actor=session.login, role=role, action="case.printed", object_type="case",
           object_id=printed.number, details=details)
    checkpoint = signed_checkpoint(uow)
    footer = Footer(lang=lang, case_number=printed.number,
                    printed_by=f"{session.display_name} ({session.login})", printed_at=now,
                    checkpoint_seq=int(checkpoint["seq"]),
                    checkpoint_hash=str(checkpoint["head_hash"]))
    printing = Printing(footer, password)
    if kind == "summary":
        return render_summary(printed, printing)
    if kind == "medico_legal":
        return render_medico_legal(printed, printing)
    assert to is not None
    return render_referral_slip(printed, to, printing)
