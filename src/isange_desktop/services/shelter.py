"""The safe room: who stays there now, and who came and went lately (the shelter board)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from isange_desktop.domain.forms import parse_datetime
from isange_desktop.domain.names import initials
from isange_desktop.domain.policy import Action
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.case_list import connection_of
from isange_desktop.store.types import utcnow

RECENT_DAYS = 30

# The newest revision of each case's shelter form, with only the three fields the board reads
# (json_extract in the database: no case's whole form is decoded for a board).
_STAYS = """SELECT c.number, p.family_name, p.given_names,
        json_extract(r.values_json, '$.admitted_at'),
        json_extract(r.values_json, '$.discharged_at'),
        json_extract(r.values_json, '$.bed')
    FROM form_revisions r
    JOIN cases c ON c.id = r.case_id JOIN persons p ON p.id = c.person_id
    WHERE r.form_id = 'shelter' AND c.status != 'voided'
      AND r.revision = (SELECT max(m.revision) FROM form_revisions m
                        WHERE m.form_id = 'shelter' AND m.case_id = r.case_id
                          AND m.entry_no = r.entry_no)"""


@dataclass(frozen=True)
class Stay:
    number: str
    initials: str
    bed: str | None
    admitted_at: datetime
    discharged_at: datetime | None

    def nights(self, now: datetime) -> int:
        """Length of stay in nights so far (or in all, once discharged)."""
        end = self.discharged_at or now
        return max(0, (end.date() - self.admitted_at.date()).days)


@dataclass(frozen=True)
class ShelterBoard:
    staying: tuple[Stay, ...]  # admitted and not discharged, longest stay first
    admitted_recently: tuple[Stay, ...]  # admitted within RECENT_DAYS, newest first
    discharged_recently: tuple[Stay, ...]  # discharged within RECENT_DAYS, newest first


def shelter_board(session: UserSession, now: datetime | None = None) -> ShelterBoard:
    role = authorize(session, Action.VIEW_SHELTER, object_type="shelter")
    now = now or utcnow()
    since = now - timedelta(days=RECENT_DAYS)
    stays: list[Stay] = []
    with session.vault.unit_of_work() as uow:
        for number, family, given, admitted, discharged, bed in connection_of(uow).execute(
                _STAYS):
            admitted_at = parse_datetime(admitted)
            if admitted_at is None:
                continue
            stays.append(Stay(number, initials(family, given), bed, admitted_at,
                              parse_datetime(discharged)))
        staying = sorted((s for s in stays if s.discharged_at is None),
                         key=lambda s: s.admitted_at)
        admitted = sorted((s for s in stays if s.admitted_at >= since),
                          key=lambda s: s.admitted_at, reverse=True)
        discharged = sorted((s for s in stays if s.discharged_at and s.discharged_at >= since),
                            key=lambda s: s.discharged_at or now, reverse=True)
        record(uow, actor=session.login, role=role, action="shelter.viewed",
               object_type="shelter", details={"staying": len(staying)})
    return ShelterBoard(tuple(staying), tuple(admitted), tuple(discharged))
