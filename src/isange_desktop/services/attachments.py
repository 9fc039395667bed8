"""Attachments of a case: a scanned document or a photo, kept inside the vault.

Each one belongs to a track (a forensic photo is medical) or to the intake and follows that
part's role rules (domain/attachment_rules.py). Adding one checks, in this order: the role,
the size, the name, the type against the bytes; then a photo loses its location and device
data (domain/photo_metadata.py) unless the user says it is evidence, in which case the
original is kept byte for byte and sealed. The stored bytes are hashed (SHA-256), written
with their metadata and the audit event in one transaction, and checked against that hash
every time they are read.

Reading is from memory: ``read_attachment`` returns the bytes and writes nothing but its audit
event. ``export_attachment`` is the one way out to a file, on the user's explicit choice:
written whole or not at all, never over an existing file, and audited. Audit details name the
attachment's id, type, size and a hash prefix: never its file name, which is personal data.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from isange_desktop.domain.attachment_rules import (
    MAX_ATTACHMENT_BYTES,
    MAX_FILE_NAME_CHARS,
    MediaType,
    add_action,
    base_name,
    check_size,
    checked_media_type,
    view_action,
)
from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.forms import FORMS
from isange_desktop.domain.photo_metadata import Cleaned, clean_jpeg, clean_png
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import TRACK_OF_FORM, CaseStatus, Track
from isange_desktop.errors import ValidationError, VaultError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import attachment_repository as attachments_repo
from isange_desktop.store import case_repository as repo
from isange_desktop.store.attachment_models import Attachment
from isange_desktop.store.bounded_file import read_bounded
from isange_desktop.store.case_models import Case
from isange_desktop.store.exclusive_file import write_exclusive
from isange_desktop.store.types import utcnow


def read_attachment_file(path: Path) -> bytes:
    """The bytes of a file the user chose to attach, refused already (size, then type by
    content) when no attachment could be made of them: only the limit is read of a file too
    large, and the message gives its real size."""
    data = read_bounded(path, MAX_ATTACHMENT_BYTES, "attachment.file_unreadable")
    size = len(data)
    if size > MAX_ATTACHMENT_BYTES:
        with contextlib.suppress(OSError):
            size = path.stat().st_size
    check_size(size)
    checked_media_type(data, path.name, None)
    return data


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
HASH_PREFIX = 12  # enough to tell attachments apart in the log, too short to stand for one


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as services return it. ``file_name`` is personal data: shown to the
    user who may see the attachment, never logged."""

    id: int  # this vault's number for it (the CLI's ID)
    uid: str  # the same at every center it is referred to; form fields name it by this
    case_number: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    track: str | None  # None: intake-level
    form_id: str | None
    entry_no: int | None
    evidence: bool
    sealed: bool
    added_by: str
    added_at: str


@dataclass(frozen=True)
class AddedAttachment:
    info: AttachmentInfo
    metadata_removed: int  # metadata segments or chunks left out of a photo (0: none, or kept)


def _info(row: Attachment, case_number: str) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id, uid=row.uid, case_number=case_number, file_name=row.file_name,
        media_type=row.media_type, size=row.size, sha256=row.sha256, track=row.track,
        form_id=row.form_id, entry_no=row.entry_no, evidence=row.evidence, sealed=row.sealed,
        added_by=row.added_by, added_at=row.added_at)


def _details(row: Attachment) -> dict[str, object]:
    return {"attachment": row.id, "type": row.media_type, "size": row.size,
            "sha256": row.sha256[:HASH_PREFIX]}


def _track(value: str | Track | None) -> Track | None:
    if value is None:
        return None
    try:
        return Track(value)
    except ValueError:
        raise ValidationError("attachment.unknown_track", track=str(value)) from None


def _placement(track: str | Track | None, form_id: str | None, entry_no: int | None
               ) -> tuple[Track | None, str | None, int | None]:
    """The track an attachment belongs to, and the form entry when it names one: a form's
    track is the attachment's (one given as well must agree); a single form is entry 0."""
    chosen = _track(track)
    if form_id is None:
        if entry_no is not None:
            raise ValidationError("attachment.entry_needs_form")
        return chosen, None, None
    if form_id not in FORMS:
        raise ValidationError("attachment.unknown_form", form=form_id)
    form_track = TRACK_OF_FORM.get(form_id)
    if track is not None and form_track != chosen:
        raise ValidationError("attachment.form_not_in_track", form=form_id,
                              track=str(chosen))
    return form_track, form_id, entry_no if entry_no is not None else 0


def _checked_name(file_name: str) -> str:
    name = base_name(file_name)
    if not name or len(name) > MAX_FILE_NAME_CHARS or _CONTROL.search(name):
        raise ValidationError("attachment.name_invalid", max=MAX_FILE_NAME_CHARS)
    return name


def _cleaned(data: bytes, kind: MediaType, evidence: bool) -> Cleaned:
    """The bytes to keep: evidence as it came; a photo without its metadata; a PDF or TIFF
    scan as it came (a scanner writes no location; their metadata is not walked here)."""
    if evidence:
        return Cleaned(data, 0)
    if kind is MediaType.JPEG:
        return clean_jpeg(data)
    if kind is MediaType.PNG:
        return clean_png(data)
    return Cleaned(data, 0)


def _changeable_case(uow: Session, number: str) -> Case:
    case = repo.require_case(uow, number)
    if case.status == CaseStatus.VOIDED:
        raise ValidationError("case.voided", number=number)
    if case.status == CaseStatus.CLOSED:
        raise ValidationError("lifecycle.not_allowed", status=case.status)
    return case


def add_attachment(session: UserSession, case_number: str, data: bytes, *, file_name: str,
                   media_type: str | None = None, track: str | Track | None = None,
                   form_id: str | None = None, entry_no: int | None = None,
                   evidence: bool = False, now: datetime | None = None) -> AddedAttachment:
    """Keep ``data`` with the case (module docstring). A refusal changes nothing; only a
    refusal by role is recorded (as every denied permission is)."""
    number = str(parse_case_number(case_number))
    chosen, form, entry = _placement(track, form_id, entry_no)
    role = authorize(session, add_action(chosen), object_type="case", object_id=number)
    check_size(len(data))
    name = _checked_name(file_name)
    kind = checked_media_type(data, name, media_type)
    cleaned = _cleaned(data, kind, evidence)
    stored = cleaned.data
    stamp = (now or utcnow()).isoformat(timespec="seconds")
    with session.vault.unit_of_work() as uow:
        case = _changeable_case(uow, number)
        if form is not None and entry is not None \
                and repo.latest_revision(uow, case.id, form, entry) is None:
            raise ValidationError("attachment.entry_missing", form=form, entry=entry)
        row = attachments_repo.append(uow, Attachment(
            uid=uuid.uuid4().hex, case_id=case.id, track=chosen, form_id=form,
            entry_no=entry, file_name=name, media_type=kind, size=len(stored),
            sha256=hashlib.sha256(stored).hexdigest(), added_by=session.login,
            added_at=stamp, evidence=evidence, sealed=evidence), stored)
        record(uow, actor=session.login, role=role, action="attachment.added",
               object_type="case", object_id=number,
               details={**_details(row), "track": chosen, "evidence": evidence,
                        "metadata_removed": cleaned.removed})
        return AddedAttachment(_info(row, number), cleaned.removed)


def list_attachments(session: UserSession, case_number: str) -> tuple[AttachmentInfo, ...]:
    """The case's attachments that the user's roles may see, oldest first; the look is
    audited (the list shows file names)."""
    number = str(parse_case_number(case_number))
    role = authorize(session, Action.CASE_LIST, object_type="case", object_id=number)
    with session.vault.unit_of_work() as uow:
        case = repo.require_case(uow, number)
        rows = attachments_repo.of_case(uow, case.id)
        shown = tuple(_info(r, number) for r in rows if granting_role(
            session.roles, view_action(_track(r.track))) is not None)
        record(uow, actor=session.login, role=role, action="attachment.listed",
               object_type="case", object_id=number,
               details={"shown": len(shown), "hidden": len(rows) - len(shown)})
    return shown


def _locate(session: UserSession, attachment_id: int) -> tuple[Attachment, str]:
    with session.vault.unit_of_work(readonly=True) as uow:
        row = attachments_repo.by_id(uow, attachment_id)
        if row is None:
            raise ValidationError("attachment.not_found", id=attachment_id)
        return row, uow.get_one(Case, row.case_id).number


def _verified_content(uow: Session, row: Attachment) -> bytes:
    """The bytes, only if they are the ones hashed when they were stored (evidence must
    be provably unchanged; anything else is damage to the vault)."""
    try:
        data = attachments_repo.content(uow, row.id)
    except LookupError:
        raise VaultError("vault.damaged") from None
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise VaultError("vault.damaged")
    return data


def read_attachment(session: UserSession, attachment_id: int) -> bytes:
    """The attachment's bytes, in memory, for the app's own viewer; audited as a view."""
    row, number = _locate(session, attachment_id)
    role = authorize(session, view_action(_track(row.track)), object_type="case",
                     object_id=number)
    with session.vault.unit_of_work() as uow:
        data = _verified_content(uow, row)
        record(uow, actor=session.login, role=role, action="attachment.viewed",
               object_type="case", object_id=number, details=_details(row))
    return data


def export_attachment(session: UserSession, attachment_id: int, path: Path) -> AttachmentInfo:
    """Write the attachment to ``path`` (the user's explicit choice), whole or not at all and
    never over an existing file; the export is audited, and the file exists only if its
    audit event does."""
    path = Path(path)
    row, number = _locate(session, attachment_id)
    role = authorize(session, view_action(_track(row.track)), object_type="case",
                     object_id=number)
    if not path.parent.is_dir():
        raise ValidationError("attachment.folder_missing", path=str(path.parent))
    if path.parent.resolve().is_relative_to(session.vault.data_dir.resolve()):
        # The data folder holds nothing decrypted: a copy there would sit in every backup
        # of the folder, and look like part of the vault.
        raise ValidationError("attachment.inside_vault", path=str(path))
    if path.exists():
        raise ValidationError("attachment.file_exists", path=str(path))
    written = False
    try:
        with session.vault.unit_of_work() as uow:
            data = _verified_content(uow, row)
            try:
                write_exclusive(path, data)
            except FileExistsError:
                raise ValidationError("attachment.file_exists", path=str(path)) from None
            except OSError:
                raise ValidationError("attachment.file_unwritable", path=str(path)) from None
            written = True
            # Where it went is the user's business and may name the survivor: not logged.
            record(uow, actor=session.login, role=role, action="attachment.exported",
                   object_type="case", object_id=number, details=_details(row))
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return _info(row, number)
