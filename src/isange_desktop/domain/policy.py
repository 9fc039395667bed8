"""Who may do what: the role x action table. Services check it before every change."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from isange_desktop.domain.roles import Role


class Action(StrEnum):
    USER_MANAGE = "user.manage"
    USER_LIST = "user.list"
    SETTINGS_CHANGE = "settings.change"
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    BACKUP = "vault.backup"
    VAULT_CHECK = "vault.check"
    DEVICE_ENROLL = "device.enroll"
    # Center identity. A card holds public keys only; pinning decides where survivors' data
    # may go, so it is the center manager's or the admin's call after the fingerprint call.
    CENTER_CARD_EXPORT = "center.card_export"
    CENTER_LIST = "center.list"
    CENTER_PIN = "center.pin"  # also applying another center's key-change statement
    CENTER_REMOVE = "center.remove"
    CENTER_KEYS_ROTATE = "center.keys_rotate"
    # Case work. The admin manages the system and never reads case content.
    CASE_CREATE = "case.create"
    CASE_LIST = "case.list"  # case number, initials, status, clocks: no names
    CASE_REVEAL_NAME = "case.reveal_name"
    VIEW_IDENTIFICATION = "case.view_identification"
    VIEW_INCIDENT = "case.view_incident"
    EDIT_INTAKE = "case.edit_intake"  # person, incident, consent, classification
    CONSENT_RECORD = "case.consent_record"  # a consent given or withdrawn after intake
    VIEW_MEDICAL = "case.view_medical"
    VIEW_MEDICOLEGAL = "case.view_medicolegal"
    EDIT_MEDICAL = "case.edit_medical"
    SIGN_MEDICOLEGAL = "case.sign_medicolegal"
    VIEW_COUNSELLING = "case.view_counselling"
    EDIT_PSYCHOSOCIAL = "case.edit_psychosocial"
    VIEW_LEGAL = "case.view_legal"
    EDIT_LEGAL = "case.edit_legal"
    VIEW_SHELTER = "case.view_shelter"
    EDIT_SHELTER = "case.edit_shelter"
    VIEW_HISTORY = "case.view_history"
    TASKS_VIEW = "case.tasks_view"
    TASK_COMPLETE = "case.task_complete"
    CASE_CLOSE_REQUEST = "case.close_request"
    CASE_CLOSE_APPROVE = "case.close_approve"
    CASE_REOPEN = "case.reopen"
    CASE_VOID = "case.void"
    BREAK_GLASS = "case.break_glass"
    CASE_PRINT = "case.print"
    # Referrals to another center: case content leaves or enters the vault, so like every
    # case action they are never the admin's.
    REFERRAL_EXPORT = "referral.export"
    REFERRAL_IMPORT = "referral.import"  # a referral or a receipt from another center
    REFERRAL_LIST = "referral.list"  # the outbox and the inbox: centers, dates, case numbers
    # The center's figures. A month's counts can single out a survivor (the one man over 60),
    # so they stay with the manager, never IT; the DHIS2 mapping holds codes only, and the
    # admin may be who sets it up with the district's HMIS officer.
    REPORT_MONTHLY = "report.monthly"  # monthly figures: PDF, CSV, DHIS2
    REPORT_INCIDENTS = "report.incident_recorder"  # one row per incident, no names
    REPORT_MAPPING = "report.dhis2_mapping"  # import the DHIS2 codes
    # Data protection (Law 058/2021). Retention: listing the closed cases past the center's
    # period, archiving them and removing them from the vault, the manager's decision.
    RETENTION_MANAGE = "case.retention"
    # A suspected breach is the center's to report: the manager, or IT who often finds it
    # (a lost laptop). The record names counts and kinds of data, never a survivor.
    BREACH_RECORD = "breach.record"
    # A survivor's access request: everything the vault holds about them, printed for the
    # manager who answers it; and their request to correct what is on record.
    ACCESS_REQUEST = "case.access_request"
    CORRECTION_RECORD = "case.correction_record"


_CASE_STAFF = frozenset({Role.NURSE, Role.PSYCHOSOCIAL, Role.LEGAL, Role.MANAGER})
_EVERYONE = frozenset(Role)

_ALLOWED: dict[Action, frozenset[Role]] = {
    Action.USER_MANAGE: frozenset({Role.ADMIN}),
    Action.USER_LIST: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.SETTINGS_CHANGE: frozenset({Role.ADMIN}),
    Action.AUDIT_READ: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.AUDIT_VERIFY: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.BACKUP: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.VAULT_CHECK: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.DEVICE_ENROLL: frozenset({Role.ADMIN}),
    Action.CENTER_CARD_EXPORT: _EVERYONE,
    Action.CENTER_LIST: _EVERYONE,
    Action.CENTER_PIN: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.CENTER_REMOVE: frozenset({Role.ADMIN, Role.MANAGER}),
    # New keys make every other center apply a statement: a system change, the admin's.
    Action.CENTER_KEYS_ROTATE: frozenset({Role.ADMIN}),
    Action.CASE_CREATE: frozenset({Role.NURSE, Role.PSYCHOSOCIAL}),
    Action.CASE_LIST: _CASE_STAFF,
    Action.CASE_REVEAL_NAME: _CASE_STAFF,
    Action.VIEW_IDENTIFICATION: frozenset({Role.NURSE, Role.PSYCHOSOCIAL, Role.LEGAL}),
    Action.VIEW_INCIDENT: _CASE_STAFF,
    Action.EDIT_INTAKE: frozenset({Role.NURSE, Role.PSYCHOSOCIAL}),
    # A survivor gives or withdraws consent to whoever looks after them: the care staff, or
    # the manager they ask for. A withdrawal must be recordable at once, so the manager too.
    # Not the investigator: consent to what RIB may do must not be recorded by RIB.
    Action.CONSENT_RECORD: frozenset({Role.NURSE, Role.PSYCHOSOCIAL, Role.MANAGER}),
    Action.VIEW_MEDICAL: frozenset({Role.NURSE}),
    Action.VIEW_MEDICOLEGAL: frozenset({Role.NURSE, Role.LEGAL, Role.MANAGER}),
    Action.EDIT_MEDICAL: frozenset({Role.NURSE}),
    Action.SIGN_MEDICOLEGAL: frozenset({Role.NURSE}),
    # Counselling notes stay with the psychosocial staff: never the investigator or manager.
    Action.VIEW_COUNSELLING: frozenset({Role.PSYCHOSOCIAL}),
    Action.EDIT_PSYCHOSOCIAL: frozenset({Role.PSYCHOSOCIAL}),
    Action.VIEW_LEGAL: frozenset({Role.LEGAL, Role.MANAGER, Role.PSYCHOSOCIAL}),
    Action.EDIT_LEGAL: frozenset({Role.LEGAL}),
    Action.VIEW_SHELTER: frozenset({Role.PSYCHOSOCIAL, Role.NURSE, Role.MANAGER}),
    Action.EDIT_SHELTER: frozenset({Role.PSYCHOSOCIAL}),
    Action.VIEW_HISTORY: _CASE_STAFF,
    Action.TASKS_VIEW: _CASE_STAFF,
    Action.TASK_COMPLETE: frozenset({Role.NURSE, Role.PSYCHOSOCIAL}),
    Action.CASE_CLOSE_REQUEST: frozenset({Role.NURSE, Role.PSYCHOSOCIAL}),
    Action.CASE_CLOSE_APPROVE: frozenset({Role.MANAGER}),
    Action.CASE_REOPEN: frozenset({Role.MANAGER}),
    Action.CASE_VOID: frozenset({Role.MANAGER}),
    # An emergency read of what the role may not normally see, with a reason, audited.
    Action.BREAK_GLASS: _CASE_STAFF,
    Action.CASE_PRINT: _CASE_STAFF,
    # Those who give the care and the manager who oversees it send a case on; the
    # investigator's file goes to RIB by RIB's own channels, not by a center's referral.
    Action.REFERRAL_EXPORT: frozenset({Role.NURSE, Role.PSYCHOSOCIAL, Role.MANAGER}),
    # An imported referral is a new case at this center: those who open cases (intake) and
    # the manager.
    Action.REFERRAL_IMPORT: frozenset({Role.NURSE, Role.PSYCHOSOCIAL, Role.MANAGER}),
    Action.REFERRAL_LIST: _CASE_STAFF,
    Action.REPORT_MONTHLY: frozenset({Role.MANAGER}),
    Action.REPORT_INCIDENTS: frozenset({Role.MANAGER}),
    Action.REPORT_MAPPING: frozenset({Role.MANAGER, Role.ADMIN}),
    Action.RETENTION_MANAGE: frozenset({Role.MANAGER}),
    Action.BREACH_RECORD: frozenset({Role.MANAGER, Role.ADMIN}),
    Action.ACCESS_REQUEST: frozenset({Role.MANAGER}),
    Action.CORRECTION_RECORD: frozenset({Role.MANAGER}),
}


def allowed_roles(action: Action) -> frozenset[Role]:
    return _ALLOWED[action]


def granting_role(roles: Iterable[Role], action: Action) -> Role | None:
    """The role under which a user may do the action (recorded in the audit event), or None."""
    allowed = _ALLOWED[action]
    return next((role for role in sorted(roles) if role in allowed), None)
