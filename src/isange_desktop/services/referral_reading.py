"""Reading a referral's case.json strictly, into a ReferralDocument (referral_document.py).

Nothing is trusted: every object has exactly its keys, every value its type, every form
revision names a known form and only its declared fields. A form's newest revision must pass
the form's whole validation (required fields, conditions, and the cross-field rules as of the
day it was saved); older revisions need each value to be well-formed, because the rules a
revision was saved under may since have grown, and history is never rewritten. A refusal
names the record that failed (a form id, a position), never a value: values are case data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

from isange_desktop.domain.attachment_rules import (
    MAX_ATTACHMENT_BYTES,
    MAX_FILE_NAME_CHARS,
    MediaType,
    base_name,
)
from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import ContextFlag, GbvType, classify
from isange_desktop.domain.consent import ConsentBy, ConsentScope
from isange_desktop.domain.followups import TaskKind
from isange_desktop.domain.forms import (
    FORMS,
    cross_field_errors,
    is_empty,
    parse_date,
    parse_datetime,
    value_errors,
)
from isange_desktop.domain.forms import validate as validate_form
from isange_desktop.domain.tracks import TRACK_OF_FORM, CaseStatus, Track, TrackStatus
from isange_desktop.domain.trafficking import TraffickingIndication
from isange_desktop.errors import BundleRefused, ValidationError
from isange_desktop.services.case_forms import WORK_FLAGS
from isange_desktop.services.referral_document import (
    MAX_NOTE_CHARS,
    MAX_REASON_CHARS,
    SCHEMA,
    AttachmentRecord,
    CaseFacts,
    Consent,
    FollowUp,
    ReferralDocument,
    Revision,
    StatusChange,
)
from isange_desktop.services.screening_answers import SCREENING_FORM, parse_answers

CLASSIFICATION = "classification"
SCREENING = SCREENING_FORM
ADDENDUM = "addendum"
KNOWN_FLAGS = WORK_FLAGS | {f.value for f in ContextFlag}
# A staff login, or one already marked with the center it came from (a case referred on).
_AUTHOR = re.compile(r"^[a-z][a-z0-9._-]{1,31}(@[A-Z0-9-]{1,16})?$")
_SCREENING_ANSWERS = frozenset({
    "acts", "exploitation", "origin_countries", "transit_countries", "destination_countries",
    "recruited_by_deception", "documents_taken", "debt_owed", "movement_restricted",
    "threats_or_violence", "coerced_otherwise", "vulnerability_abused", "moved_across_border",
})

_TOP = frozenset({"schema", "case", "revisions", "case_statuses", "track_statuses", "consents",
                  "follow_ups", "note"})
_CASE = frozenset({"number", "arrival_at", "incident_earliest", "incident_latest", "gbv_type",
                   "flags", "created_at"})
_REVISION = frozenset({"form", "entry", "revision", "values", "changed", "author", "at",
                       "sealed"})
_CASE_STATUS = frozenset({"status", "author", "at", "reason"})
_TRACK_STATUS = frozenset({"track", "status", "author", "at"})
_CONSENT = frozenset({"scope", "destination", "given", "at", "by", "recorded_by",
                      "override_reason"})
_FOLLOW_UP = frozenset({"kind", "due"})
# Optional at the top: a sender from before attachments existed writes no such key.
_ATTACHMENTS = "attachments"
_ATTACHMENT = frozenset({"id", "name", "type", "size", "sha256", "track", "form", "entry",
                         "evidence", "sealed", "added_by", "at"})
_UID = re.compile(r"^[0-9a-f]{32}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _bad(where: str) -> NoReturn:
    # Names the record (a form id, a position), never a value: values are case data.
    raise BundleRefused("referral.record_invalid", record=where)


def _object(value: object, keys: frozenset[str], where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        _bad(where)
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        _bad(where)
    return value


def _text(value: object, where: str, *, limit: int, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        _bad(where)
    return value


def _moment(value: object, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if parse_datetime(value) is None:
        _bad(where)
    assert isinstance(value, str)
    return value


def _one_of(value: object, allowed: frozenset[str] | set[str], where: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        _bad(where)
    return value


def _int(value: object, where: str, *, minimum: int) -> int:
    if type(value) is not int or value < minimum:
        _bad(where)
    return value


def _author(value: object, where: str) -> str:
    if not isinstance(value, str) or not _AUTHOR.fullmatch(value):
        _bad(where)
    return value


def _case(value: object, sender_code: str) -> CaseFacts:
    raw = _object(value, _CASE, "case")
    number = _text(raw["number"], "case.number", limit=40)
    try:
        parsed = parse_case_number(number or "")
    except ValidationError:
        _bad("case.number")
    if str(parsed) != number or parsed.center != sender_code:
        # The sender refers its own cases: a number from another center is not one of them.
        _bad("case.number")
    earliest = _moment(raw["incident_earliest"], "case.incident", optional=True)
    latest = _moment(raw["incident_latest"], "case.incident", optional=True)
    if (earliest is None) != (latest is None):
        _bad("case.incident")
    flags = _list(raw["flags"], "case.flags")
    if len(set(flags)) != len(flags) or not all(f in KNOWN_FLAGS for f in flags):
        _bad("case.flags")
    gbv = raw["gbv_type"]
    if gbv is not None:
        _one_of(gbv, {t.value for t in GbvType}, "case.gbv_type")
    return CaseFacts(
        number=str(number), arrival_at=str(_moment(raw["arrival_at"], "case.arrival_at")),
        incident_earliest=earliest, incident_latest=latest, gbv_type=gbv,
        flags=tuple(flags), created_at=str(_moment(raw["created_at"], "case.created_at")),
    )


def _check_classification(values: Mapping[str, Any], where: str) -> str | None:
    if not set(values) <= {"answers", "exchanged"} or "answers" not in values:
        _bad(where)
    answers = values["answers"]
    if not isinstance(answers, dict) or not all(isinstance(v, bool) for v in answers.values()):
        _bad(where)
    if not isinstance(values.get("exchanged", False), bool):
        _bad(where)
    try:
        gbv = classify(answers)
    except ValidationError:
        _bad(where)
    return gbv.value if gbv is not None else None


def _check_screening(values: Mapping[str, Any], where: str) -> None:
    answers = {k: v for k, v in values.items() if k not in ("indication", "reasons")}
    reasons = values.get("reasons")
    if set(values) - set(answers) != {"indication", "reasons"} \
            or not set(answers) <= _SCREENING_ANSWERS \
            or not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
        _bad(where)
    _one_of(values["indication"], {i.value for i in TraffickingIndication}, where)
    try:
        parse_answers(answers)
    except ValidationError:
        _bad(where)


def _check_addendum(values: Mapping[str, Any], where: str) -> None:
    if set(values) != {"refers_to_form", "refers_to_entry", "text", "track"}:
        _bad(where)
    _one_of(values["refers_to_form"], set(TRACK_OF_FORM), where)
    _int(values["refers_to_entry"], where, minimum=0)
    _text(values["text"], where, limit=MAX_REASON_CHARS)
    _one_of(values["track"], {t.value for t in Track}, where)


def _check_declared(form_id: str, values: Mapping[str, Any], at: str, current: bool,
                    where: str) -> None:
    declared = FORMS[form_id]
    if current:
        errors = [*validate_form(declared, values),
                  *cross_field_errors(form_id, values, today=local_date(
                      datetime.fromisoformat(at)))]
        if errors:
            _bad(f"{where}.{errors[0].field_id}")
        return
    fields = {f.id: f for f in declared.fields}
    for key, value in values.items():
        if key not in fields:
            _bad(f"{where}.{key}")
        if not is_empty(value) and value_errors(fields[key], value):
            _bad(f"{where}.{key}")


def _revision(value: object, index: int) -> Revision:
    raw = _object(value, _REVISION, f"revisions[{index}]")
    form_id = _one_of(raw["form"], {*FORMS, CLASSIFICATION, SCREENING, ADDENDUM},
                      f"revisions[{index}]")
    where = f"{form_id}[{raw['entry']}] r{raw['revision']}"
    values = raw["values"]
    changed = _list(raw["changed"], where)
    if not isinstance(values, dict) or not all(isinstance(c, str) for c in changed) \
            or not isinstance(raw["sealed"], bool):
        _bad(where)
    return Revision(form_id=form_id, entry_no=_int(raw["entry"], where, minimum=0),
                    revision=_int(raw["revision"], where, minimum=1), values=values,
                    changed_fields=tuple(changed), author=_author(raw["author"], where),
                    at=str(_moment(raw["at"], where)), sealed=raw["sealed"])


def _check_revisions(revisions: list[Revision], case: CaseFacts) -> None:
    """Numbering without gaps, the intake forms present, and each revision's values."""
    counts: dict[tuple[str, int], int] = {}
    for r in revisions:
        key = (r.form_id, r.entry_no)
        repeating = r.form_id == ADDENDUM or (r.form_id in FORMS and FORMS[r.form_id].repeating)
        if r.revision != counts.get(key, 0) + 1 or (r.entry_no == 0) == repeating:
            _bad(f"{r.form_id}[{r.entry_no}] r{r.revision}")
        counts[key] = r.revision
    if not {("person", 0), ("incident", 0), (CLASSIFICATION, 0)} <= set(counts):
        _bad("revisions")
    for r in revisions:
        where = f"{r.form_id}[{r.entry_no}] r{r.revision}"
        current = counts[(r.form_id, r.entry_no)] == r.revision
        if r.form_id == CLASSIFICATION:
            gbv = _check_classification(r.values, where)
            if current and gbv != case.gbv_type:
                _bad("case.gbv_type")
        elif r.form_id == SCREENING:
            _check_screening(r.values, where)
        elif r.form_id == ADDENDUM:
            _check_addendum(r.values, where)
        else:
            _check_declared(r.form_id, r.values, r.at, current, where)


def _status(value: object, index: int, track: bool) -> StatusChange:
    where = f"{'track' if track else 'case'}_statuses[{index}]"
    raw = _object(value, _TRACK_STATUS if track else _CASE_STATUS, where)
    author, at = _author(raw["author"], where), str(_moment(raw["at"], where))
    if track:
        return StatusChange(_one_of(raw["track"], {t.value for t in Track}, where),
                            _one_of(raw["status"], {s.value for s in TrackStatus}, where),
                            author, at)
    return StatusChange(None, _one_of(raw["status"], {s.value for s in CaseStatus}, where),
                        author, at,
                        _text(raw["reason"], where, limit=MAX_REASON_CHARS, optional=True))


def _consent(value: object, index: int) -> Consent:
    where = f"consents[{index}]"
    raw = _object(value, _CONSENT, where)
    scope = _one_of(raw["scope"], {s.value for s in ConsentScope}, where)
    destination = _text(raw["destination"], where, limit=200, optional=True)
    if (destination is None) != (scope != ConsentScope.SHARE_WITH_REFERRAL) \
            or not isinstance(raw["given"], bool):
        _bad(where)
    return Consent(scope=scope, destination=destination, given=raw["given"],
                   at=str(_moment(raw["at"], where)),
                   by=_one_of(raw["by"], {b.value for b in ConsentBy}, where),
                   recorded_by=str(_author(raw["recorded_by"], where)),
                   override_reason=_text(raw["override_reason"], where,
                                         limit=MAX_REASON_CHARS, optional=True))


def _follow_up(value: object, index: int) -> FollowUp:
    where = f"follow_ups[{index}]"
    raw = _object(value, _FOLLOW_UP, where)
    if parse_date(raw["due"]) is None:
        _bad(where)
    return FollowUp(_one_of(raw["kind"], {k.value for k in TaskKind}, where), raw["due"])


def _attachment(value: object, index: int, entries: set[tuple[str, int]]) -> AttachmentRecord:
    """One attachment's metadata; the bytes are checked against it by the importer."""
    where = f"attachments[{index}]"
    raw = _object(value, _ATTACHMENT, where)
    uid, digest, name = raw["id"], raw["sha256"], raw["name"]
    if not isinstance(uid, str) or not _UID.fullmatch(uid) \
            or not isinstance(digest, str) or not _SHA256.fullmatch(digest) \
            or not isinstance(name, str) or _CONTROL.search(name) or base_name(name) != name:
        _bad(where)
    _text(name, where, limit=MAX_FILE_NAME_CHARS)
    size = _int(raw["size"], where, minimum=1)
    track = raw["track"]
    if track is not None:
        _one_of(track, {t.value for t in Track}, where)
    form, entry = raw["form"], None
    if form is None:
        if raw["entry"] is not None:
            _bad(where)
    else:
        entry = _int(raw["entry"], where, minimum=0)
        if not isinstance(form, str) or form not in FORMS \
                or TRACK_OF_FORM.get(form) != track or (form, entry) not in entries:
            # It names an entry of its own track that the case holds, as at the sender.
            _bad(where)
    evidence, sealed = raw["evidence"], raw["sealed"]
    if size > MAX_ATTACHMENT_BYTES or not isinstance(evidence, bool) \
            or not isinstance(sealed, bool) or (evidence and not sealed):
        _bad(where)
    return AttachmentRecord(
        uid=uid, file_name=name,
        media_type=_one_of(raw["type"], {m.value for m in MediaType}, where), size=size,
        sha256=digest, track=track, form_id=form, entry_no=entry,
        evidence=evidence, sealed=sealed, added_by=_author(raw["added_by"], where),
        added_at=str(_moment(raw["at"], where)))


def _attachments(value: object, revisions: list[Revision]) -> tuple[AttachmentRecord, ...]:
    entries = {(r.form_id, r.entry_no) for r in revisions}
    records = tuple(_attachment(v, i, entries) for i, v in enumerate(
        _list(value, _ATTACHMENTS)))
    if len({r.uid for r in records}) != len(records):
        _bad(_ATTACHMENTS)
    return records


def parse_referral_document(document: Mapping[str, Any], sender_code: str
                            ) -> ReferralDocument:
    """Read case.json of a referral from ``sender_code``; BundleRefused naming the first
    record that does not hold up."""
    if type(document.get("schema")) is not int:
        _bad("case document")
    if document["schema"] != SCHEMA:
        # Before any other key: a later schema may name its parts differently.
        raise BundleRefused("bundle.unknown_version")
    raw = _object(dict(document), _TOP | {_ATTACHMENTS} if _ATTACHMENTS in document else _TOP,
                  "case document")
    case = _case(raw["case"], sender_code)
    revisions = [_revision(v, i) for i, v in enumerate(_list(raw["revisions"], "revisions"))]
    _check_revisions(revisions, case)
    note = raw["note"]
    if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
        _bad("note")
    return ReferralDocument(
        case=case, revisions=tuple(revisions),
        case_statuses=tuple(_status(v, i, False) for i, v in enumerate(
            _list(raw["case_statuses"], "case_statuses"))),
        track_statuses=tuple(_status(v, i, True) for i, v in enumerate(
            _list(raw["track_statuses"], "track_statuses"))),
        consents=tuple(_consent(v, i) for i, v in enumerate(_list(raw["consents"], "consents"))),
        follow_ups=tuple(_follow_up(v, i) for i, v in enumerate(
            _list(raw["follow_ups"], "follow_ups"))),
        note=note,
        attachments=_attachments(raw.get(_ATTACHMENTS, []), revisions),
    )
