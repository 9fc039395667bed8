"""Retention: which ended cases the center has kept long enough, and their archival and removal.

Archiving a case writes one archive bundle per case (the referral bundle format, kind
"archive": the whole form history, statuses, consents and attachments, sealed with age and
signed with this center's key) addressed to this center or to a pinned national archive. An
archive for the national archive is also sealed to this center, so it can be checked here.

Nothing is removed until every archive was written, read back from the disk, opened with this
center's identity and found to hold exactly the case as the vault has it. Then, in the one
transaction that also wrote the files: the tombstone (migration 0011), the deletes, and the
audit events. A failure anywhere removes the files written so far and removes no case. Freed
pages are zeroed (SQLite secure_delete), so the removed rows are not left in the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.domain.retention import ENDED, is_due, retention_ends
from isange_desktop.domain.settings import RETENTION_YEARS
from isange_desktop.errors import BundleRefused, ValidationError
from isange_desktop.services.center_directory import lookup_center
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.referral_attachments import member_name, members_to_send
from isange_desktop.services.referral_case import case_document
from isange_desktop.services.referral_reading import parse_referral_document
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.services.settings import get_setting
from isange_desktop.store import case_repository as repo
from isange_desktop.store.atomic_file import write_new_file
from isange_desktop.store.attachment_models import Attachment
from isange_desktop.store.case_models import Case, CaseStatusChange
from isange_desktop.store.case_removal import remove_case_rows
from isange_desktop.store.center_identity import age_recipient, current_keys
from isange_desktop.store.data_protection_models import CaseRemoval
from isange_desktop.store.models import Center
from isange_desktop.store.referral_repository import next_bundle_seq
from isange_desktop.store.types import utcnow
from isange_desktop.transfer.bundle_file import open_payload, read_header, write_bundle
from isange_desktop.transfer.bundle_limits import MAX_ARCHIVE_LIFETIME
from isange_desktop.transfer.manifest import ARCHIVE, canonical_json

MAX_CASES_PER_RUN = 200  # one transaction, one bundle in memory at a time: bounded work


@dataclass(frozen=True)
class DueCase:
    """A case past its retention period, as the manager's list shows it: no names."""

    number: str
    status: str
    ended_at: datetime
    due_since: datetime
    attachments: int


@dataclass(frozen=True)
class RetentionList:
    years: int
    cases: tuple[DueCase, ...]


@dataclass(frozen=True)
class ArchivedCase:
    number: str
    bundle_id: str
    path: Path
    sha256: str  # of the archive file
    attachments: int


@dataclass(frozen=True)
class ArchiveRun:
    recipient_code: str
    cases: tuple[ArchivedCase, ...]


def _ended_at(uow: Session, case: Case) -> datetime:
    """When the case reached its present (ended) status: its newest status change to it."""
    at = uow.scalar(select(func.max(CaseStatusChange.at)).where(
        CaseStatusChange.case_id == case.id, CaseStatusChange.status == case.status))
    return datetime.fromisoformat(at or case.created_at)


def _due(uow: Session, years: int, now: datetime) -> list[DueCase]:
    """One query for every ended case with when it ended and its attachment count."""
    ended_at = (select(func.max(CaseStatusChange.at))
                .where(CaseStatusChange.case_id == Case.id,
                       CaseStatusChange.status == Case.status).scalar_subquery())
    attachments = (select(func.count()).select_from(Attachment)
                   .where(Attachment.case_id == Case.id).scalar_subquery())
    due = []
    for number, status, at, created_at, count in uow.execute(
            select(Case.number, Case.status, ended_at, Case.created_at, attachments)
            .where(Case.status.in_(sorted(ENDED))).order_by(Case.id)):
        ended = datetime.fromisoformat(at or created_at)
        if is_due(status, ended, years, now):
            due.append(DueCase(number, status, ended, retention_ends(ended, years), count))
    return due


def cases_past_retention(session: UserSession, *, now: datetime | None = None
                         ) -> RetentionList:
    """The ended cases kept longer than the center's period, oldest first."""
    role = authorize(session, Action.RETENTION_MANAGE, object_type="retention",
                     object_id="list")
    years = get_setting(session, RETENTION_YEARS.key)
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        due = sorted(_due(uow, years, now), key=lambda d: (d.due_since, d.number))
        record(uow, actor=session.login, role=role, action="retention.listed",
               object_type="retention", object_id="list",
               details={"years": years, "due": len(due)})
    return RetentionList(years, tuple(due))


@dataclass(frozen=True)
class _Addressing:
    own_code: str
    recipient_code: str
    recipient_age: str
    also_readable_by: tuple[str, ...]
    key: Ed25519PrivateKey
    identity: pyrage.x25519.Identity


def _addressing(uow: Session, recipient: tuple[str, str] | None) -> _Addressing:
    own_code = uow.get_one(Center, 1).code
    keys = current_keys(uow)
    own_age = age_recipient(keys)
    code, age = recipient or (own_code, own_age)
    return _Addressing(own_code, code, age, () if recipient is None else (own_age,),
                       Ed25519PrivateKey.from_private_bytes(keys.signing_key),
                       pyrage.x25519.Identity.from_str(keys.age_identity))


def _check_archive(path: Path, data: bytes, expected_case: bytes,
                   expected_members: dict[str, str], a: _Addressing, now: datetime) -> None:
    """Read the file back and open it as a reader would; refuse unless it is the case."""
    try:
        back = path.read_bytes()
    except OSError:
        raise ValidationError("retention.verify_failed", path=str(path)) from None
    try:
        header = read_header(back)
        opened = open_payload(back, header, sender_public_key=a.key.public_key(),
                              identity=a.identity, own_code=a.recipient_code, now=now)
        parse_referral_document(opened.case, a.own_code)
    except BundleRefused:
        raise ValidationError("retention.verify_failed", path=str(path)) from None
    members = {name: hashlib.sha256(body).hexdigest()
               for name, body in opened.attachments.items()}
    if back != data or canonical_json(opened.case) != expected_case \
            or members != expected_members or opened.kind != ARCHIVE:
        raise ValidationError("retention.verify_failed", path=str(path))


def _archive_one(uow: Session, session: UserSession, role: str, case: Case, years: int,
                 a: _Addressing, out_dir: Path, now: datetime, written: list[Path]
                 ) -> ArchivedCase:
    ended = _ended_at(uow, case)
    if not is_due(case.status, ended, years, now):
        raise ValidationError("retention.not_due", number=case.number,
                              date=retention_ends(ended, years).date().isoformat())
    document = case_document(uow, case, "")
    members = members_to_send(uow, case.id, document.attachments)
    expected_members = {member_name(r): r.sha256 for r in document.attachments}
    created = now.replace(microsecond=0)
    case_json = document.to_json()
    bundle = write_bundle(
        kind=ARCHIVE, sender_code=a.own_code, sender_key=a.key,
        recipient_code=a.recipient_code, recipient_age=a.recipient_age,
        sequence=next_bundle_seq(uow, a.recipient_code, ARCHIVE), created_at=created,
        expires_at=created + MAX_ARCHIVE_LIFETIME,
        consent_ref=f"retention/{years}y/{case.status}/{ended.date().isoformat()}",
        checkpoint=signed_checkpoint(uow), case=case_json, attachments=members,
        also_readable_by=a.also_readable_by)
    del members
    path = out_dir / bundle.file_name
    try:
        write_new_file(path, bundle.data)
    except FileExistsError:
        raise ValidationError("retention.file_exists", path=str(path)) from None
    except OSError:
        raise ValidationError("retention.file_unwritable", path=str(path)) from None
    written.append(path)
    _check_archive(path, bundle.data, canonical_json(case_json), expected_members, a, created)
    digest = hashlib.sha256(bundle.data).hexdigest()
    uow.add(CaseRemoval(case_number=case.number, closed_at=ended.isoformat(),
                        archive_bundle_id=bundle.bundle_id, archive_sha256=digest,
                        archive_recipient=a.recipient_code, removed_by=session.login,
                        removed_at=now.isoformat(timespec="seconds")))
    uow.flush()
    remove_case_rows(uow, case)
    record(uow, actor=session.login, role=role, action="case.removed", object_type="case",
           object_id=case.number,
           details={"bundle": bundle.bundle_id, "archive_sha256": digest,
                    "recipient": a.recipient_code, "years": years,
                    "attachments": len(expected_members)})
    return ArchivedCase(case.number, bundle.bundle_id, path, digest, len(expected_members))


def archive_and_remove(session: UserSession, numbers: Sequence[str], out_dir: Path, *,
                       recipient_code: str | None = None, now: datetime | None = None
                       ) -> ArchiveRun:
    """Archive each named case into ``out_dir`` and remove it from the vault (module
    docstring). ``recipient_code`` None: the archive is addressed to this center."""
    role = authorize(session, Action.RETENTION_MANAGE, object_type="retention",
                     object_id="archive")
    wanted = list(dict.fromkeys(str(parse_case_number(n)) for n in numbers))
    if not wanted:
        raise ValidationError("retention.nothing_chosen")
    if len(wanted) > MAX_CASES_PER_RUN:
        raise ValidationError("retention.too_many", max=MAX_CASES_PER_RUN)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ValidationError("retention.folder_missing", path=str(out_dir))
    recipient = None
    if recipient_code is not None:
        center = lookup_center(session, recipient_code)
        recipient = (center.code, center.age_recipient)
    years = get_setting(session, RETENTION_YEARS.key)
    now = now or utcnow()
    written: list[Path] = []
    try:
        with session.vault.unit_of_work() as uow:
            # Freed pages are overwritten with zeros: the removed case is not left behind
            # in the database file's free list.
            uow.execute(text("PRAGMA secure_delete = ON"))
            a = _addressing(uow, recipient)
            done = tuple(_archive_one(uow, session, role, repo.require_case(uow, number),
                                      years, a, out_dir, now, written)
                         for number in wanted)
            record(uow, actor=session.login, role=role, action="retention.archived",
                   object_type="retention", object_id="archive",
                   details={"cases": len(done), "recipient": a.recipient_code,
                            "years": years})
    except BaseException:
        # No case was removed, so no archive of this run is one: they all go.
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return ArchiveRun(a.recipient_code, done)
