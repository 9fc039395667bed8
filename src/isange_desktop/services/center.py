"""The center this vault belongs to (shown in the window header)."""

from __future__ import annotations

from isange_desktop.services.session import UserSession
from isange_desktop.store.models import Center
from isange_desktop.store.vault import CenterInfo


def current_center(session: UserSession) -> CenterInfo:
    """Any logged-in user may see which center they work in; it names no person."""
    with session.vault.unit_of_work(readonly=True) as uow:
        center = uow.get_one(Center, 1)
        return CenterInfo(center.vault_id, center.code, center.name, center.district)
