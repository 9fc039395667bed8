"""The full role x action table, written out independently of domain/policy.py."""

import pytest

from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.roles import Role

N, P, L, M, A = Role.NURSE, Role.PSYCHOSOCIAL, Role.LEGAL, Role.MANAGER, Role.ADMIN
EXPECTED = {
    Action.USER_MANAGE: {A},
    Action.USER_LIST: {A, M},
    Action.SETTINGS_CHANGE: {A},
    Action.AUDIT_READ: {A, M},
    Action.AUDIT_VERIFY: {A, M},
    Action.BACKUP: {A, M},
    Action.VAULT_CHECK: {A, M},
    Action.DEVICE_ENROLL: {A},
    Action.CENTER_CARD_EXPORT: {N, P, L, M, A},
    Action.CENTER_LIST: {N, P, L, M, A},
    Action.CENTER_PIN: {A, M},
    Action.CENTER_REMOVE: {A, M},
    Action.CENTER_KEYS_ROTATE: {A},
    Action.CASE_CREATE: {N, P},
    Action.CASE_LIST: {N, P, L, M},
    Action.CASE_REVEAL_NAME: {N, P, L, M},
    Action.VIEW_IDENTIFICATION: {N, P, L},
    Action.VIEW_INCIDENT: {N, P, L, M},
    Action.EDIT_INTAKE: {N, P},
    Action.CONSENT_RECORD: {N, P, M},
    Action.VIEW_MEDICAL: {N},
    Action.VIEW_MEDICOLEGAL: {N, L, M},
    Action.EDIT_MEDICAL: {N},
    Action.SIGN_MEDICOLEGAL: {N},
    Action.VIEW_COUNSELLING: {P},
    Action.EDIT_PSYCHOSOCIAL: {P},
    Action.VIEW_LEGAL: {L, M, P},
    Action.EDIT_LEGAL: {L},
    Action.VIEW_SHELTER: {P, N, M},
    Action.EDIT_SHELTER: {P},
    Action.VIEW_HISTORY: {N, P, L, M},
    Action.TASKS_VIEW: {N, P, L, M},
    Action.TASK_COMPLETE: {N, P},
    Action.CASE_CLOSE_REQUEST: {N, P},
    Action.CASE_CLOSE_APPROVE: {M},
    Action.CASE_REOPEN: {M},
    Action.CASE_VOID: {M},
    Action.BREAK_GLASS: {N, P, L, M},
    Action.CASE_PRINT: {N, P, L, M},
    Action.REFERRAL_EXPORT: {N, P, M},
    Action.REFERRAL_IMPORT: {N, P, M},
    Action.REFERRAL_LIST: {N, P, L, M},
    Action.REPORT_MONTHLY: {M},
    Action.REPORT_INCIDENTS: {M},
    Action.REPORT_MAPPING: {M, A},
    Action.RETENTION_MANAGE: {M},
    Action.BREACH_RECORD: {M, A},
    Action.ACCESS_REQUEST: {M},
    Action.CORRECTION_RECORD: {M},
}


def test_the_admin_never_reads_or_changes_case_content():
    case_actions = [a for a in Action if a.value.startswith("case.")]
    assert case_actions
    assert all(granting_role({A}, a) is None for a in case_actions)


def test_the_admin_never_sends_or_receives_a_case():
    referral_actions = [a for a in Action if a.value.startswith("referral.")]
    assert len(referral_actions) == 3
    assert all(granting_role({A}, a) is None for a in referral_actions)


def test_the_investigator_never_sees_counselling_notes():
    assert granting_role({L}, Action.VIEW_COUNSELLING) is None
    assert granting_role({L, M}, Action.VIEW_COUNSELLING) is None


def test_every_action_is_in_the_table():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Role))
def test_matrix(role, action):
    allowed = role in EXPECTED[action]
    assert (granting_role({role}, action) is not None) == allowed


def test_a_user_with_several_roles_gets_the_one_that_allows():
    assert granting_role({N, M}, Action.BACKUP) == M
    assert granting_role({N, P, L}, Action.BACKUP) is None


def test_consent_is_recorded_by_care_staff_and_the_manager_never_by_rib():
    # A withdrawal must be recordable by whoever the survivor tells, but RIB does not record
    # what the survivor lets RIB do.
    assert granting_role({L}, Action.CONSENT_RECORD) is None
    assert {r for r in Role if granting_role({r}, Action.CONSENT_RECORD)} == {N, P, M}
