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
}


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
