"""The DHIS2 mapping kept in the vault: imported whole from the center's CSV file, never
edited in place; every import is a new revision of one stored setting (who, when), so an
earlier mapping can be found again in the history."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import insert, select

from isange_desktop.domain.dhis2_mapping import Dhis2Mapping, parse_mapping
from isange_desktop.domain.policy import Action
from isange_desktop.errors import ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.models import SettingRevision
from isange_desktop.store.types import utcnow

# Domain settings are looked up by their own names, so this key is never taken for one.
SETTING_KEY = "report.dhis2_mapping"

_NEW_REVISION = insert(SettingRevision.metadata.tables[SettingRevision.__tablename__])


def import_mapping(session: UserSession, data: bytes) -> Dhis2Mapping:
    """Validate the file's bytes whole, then store them as the mapping in use."""
    role = authorize(session, Action.REPORT_MAPPING, object_type="setting",
                     object_id=SETTING_KEY)
    mapping = parse_mapping(data)  # refuses before anything is written
    with session.vault.unit_of_work() as uow:
        uow.execute(_NEW_REVISION, {"key": SETTING_KEY,
                                    "value": json.dumps(mapping.to_json(), sort_keys=True),
                                    "changed_by": session.login, "changed_at": utcnow()})
        record(uow, actor=session.login, role=role, action="report.dhis2_mapping_imported",
               object_type="setting", object_id=SETTING_KEY,
               details={"indicators": len(mapping.codes),
                        "sha256": hashlib.sha256(data).hexdigest()[:16]})
    return mapping


def current_mapping(session: UserSession) -> Dhis2Mapping:
    """The mapping imported last; ValidationError dhis2.no_mapping when there is none. Read
    by the monthly export, whose own audit event covers it."""
    authorize(session, Action.REPORT_MONTHLY, object_type="setting", object_id=SETTING_KEY)
    with session.vault.unit_of_work(readonly=True) as uow:
        value = uow.scalars(
            select(SettingRevision.value).where(SettingRevision.key == SETTING_KEY)
            .order_by(SettingRevision.id.desc()).limit(1)).first()
    if value is None:
        raise ValidationError("dhis2.no_mapping")
    return Dhis2Mapping.from_json(json.loads(value))
