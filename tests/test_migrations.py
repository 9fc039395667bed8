"""A vault made at the first schema revision upgrades on open, after a verified backup."""

import os
import uuid

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from isange_desktop.audit import checkpoints
from isange_desktop.audit.chain import event_hash, genesis_hash
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.center_keys import age_identity, signing_key
from isange_desktop.services.session import login, logout
from isange_desktop.services.users import list_users
from isange_desktop.store import (
    breach_models,  # noqa: F401  (registers the breach register tables)
    case_models,  # noqa: F401  (registers the case tables)
    center_models,  # noqa: F401  (registers the center identity tables)
    data_protection_models,  # noqa: F401  (registers the retention and correction tables)
    device_secret,
    migrate,
    referral_models,  # noqa: F401  (registers the referral tables)
)
from isange_desktop.store.backup import check_database_file, read_manifest
from isange_desktop.store.center_models import CenterKey
from isange_desktop.store.engine import make_engine
from isange_desktop.store.keyslots import SlotFile, save_slot_file
from isange_desktop.store.models import Base
from isange_desktop.store.vault import BACKUP_DIR, db_path

from conftest import FLOOR

PASSWORD = "Old-vault-pass-1"


def _make_vault_at_first_revision(data_dir):
    """What version 0.0 of the app left on disk: schema 0001, one admin, two audit events."""
    data_dir.mkdir(parents=True)
    vault_id, key, device = str(uuid.uuid4()), os.urandom(32), os.urandom(32)
    device_secret.store(vault_id, device)
    slots = SlotFile(vault_id)
    slots.set_user_slot("admin", PASSWORD, key, device, FLOOR)
    slots.set_recovery_slot(os.urandom(20), key)
    slots.set_device_secret(device, key)
    save_slot_file(data_dir, slots)
    engine = make_engine(db_path(data_dir), key)
    migrate.upgrade(engine, "0001")
    head = genesis_hash(vault_id)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO center VALUES (1, ?, 'OLD-01', 'Old center', '2025-01-01T00:00:00+00:00',"
            " ?, ?)",
            (vault_id, Ed25519PrivateKey.generate().private_bytes_raw(),
             str(pyrage.x25519.Identity.generate())),
        )
        conn.exec_driver_sql("INSERT INTO audit_head VALUES (1, 0, ?)", (head,))
        conn.exec_driver_sql(
            "INSERT INTO users (id, login, display_name, active, must_change_password, created_at)"
            " VALUES (1, 'admin', 'Old Admin', 1, 0, '2025-01-01T00:00:00+00:00')")
        conn.exec_driver_sql("INSERT INTO user_roles VALUES (1, 'admin')")
        for seq, action in ((1, "vault.created"), (2, "user.created")):
            fields = (seq, "2025-01-01T00:00:00.000000+00:00", "admin", "admin", action, None,
                      None, "ok", None, "{}")
            digest = event_hash(head, fields)
            conn.exec_driver_sql(
                "INSERT INTO audit_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*fields, head, digest))
            head = digest
    engine.dispose()
    return key


def test_first_revision_vault_is_backed_up_then_upgraded(tmp_path):
    data_dir = tmp_path / "old"
    _make_vault_at_first_revision(data_dir)
    assert migrate.head_revision() != "0001"
    # When the current app opens it
    session = login(data_dir, "admin", PASSWORD)
    try:
        # Then the schema is at head, the old data is there and the log still verifies
        assert migrate.current_revision(session.vault.engine) == migrate.head_revision()
        assert [u.display_name for u in list_users(session)] == ["Old Admin"]
        assert verify_log(session).ok
    finally:
        logout(session)
    # And a verified backup of the old schema was taken first
    backups = list((data_dir / BACKUP_DIR).glob("before-upgrade-from-0001-*.isbak"))
    assert len(backups) == 1
    manifest = read_manifest(backups[0])
    assert manifest["row_counts"]["audit_events"] == 2
    assert manifest["row_counts"]["alembic_version"] == 1


def test_models_match_the_head_schema(tmp_path):
    engine = make_engine(tmp_path / "v.db", os.urandom(32))
    migrate.upgrade(engine)
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
    engine.dispose()


def test_backup_file_check_rejects_a_wrong_key(tmp_path):
    engine = make_engine(tmp_path / "v.db", os.urandom(32))
    migrate.upgrade(engine)
    engine.dispose()
    import pytest

    from isange_desktop.errors import VaultError

    with pytest.raises(VaultError):
        check_database_file(tmp_path / "v.db", os.urandom(32))


def test_an_upgrade_that_fails_says_so_and_names_its_backup(tmp_path):
    import pytest

    from isange_desktop.errors import VaultError

    data_dir = tmp_path / "old"
    key = _make_vault_at_first_revision(data_dir)
    # Something in the way of a later step (as a hand-made change by IT might be)
    engine = make_engine(db_path(data_dir), key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE drafts (x INTEGER)")
    engine.dispose()
    with pytest.raises(VaultError) as refused:
        login(data_dir, "admin", PASSWORD)
    assert refused.value.code == "vault.upgrade_failed"
    backups = list((data_dir / BACKUP_DIR).glob("before-upgrade-from-0001-*.isbak"))
    assert len(backups) == 1 and str(backups[0]) in refused.value.message("en")
    assert "damaged" not in refused.value.message("en")


def test_a_vault_made_before_center_keys_keeps_its_keys_and_checkpoints(tmp_path):
    """Migration 0008 moves the center's keys into center_keys: the same keys (the card other
    centers may have pinned, the checkpoints already signed) and no copy left in the center row."""
    data_dir = tmp_path / "old"
    key = _make_vault_at_first_revision(data_dir)
    engine = make_engine(db_path(data_dir), key)
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        vault_id, old_signing, old_age = conn.exec_driver_sql(
            "SELECT vault_id, signing_key, age_identity FROM center").one()
    # Given a checkpoint signed with the old key before the upgrade
    with Session(engine) as session, session.begin():
        assert checkpoints.create(session, vault_id, old_signing) == 2
    engine.dispose()
    # When the current app opens it
    session = login(data_dir, "admin", PASSWORD)
    try:
        # Then the center has the keys it had, and the old checkpoint still verifies
        assert signing_key(session).private_bytes_raw() == old_signing
        assert str(age_identity(session)) == old_age
        report = verify_log(session)
        assert report.ok and report.checkpoints >= 1
        with session.vault.unit_of_work(readonly=True) as uow:
            rows = uow.scalars(select(CenterKey)).all()
            assert [(r.first_audit_seq, r.retired_at) for r in rows] == [(0, None)]
            columns = {c["name"] for c in inspect(uow.connection()).get_columns("center")}
        assert "signing_key" not in columns and "age_identity" not in columns
        assert "district" in columns
    finally:
        logout(session)


def test_referral_records_are_evidence(tmp_path):
    """Migration 0009, on a vault with a case made at 0008: sequence numbers only go up, a
    received bundle is never changed or deleted, and a sent referral changes once, from sent
    to received."""
    import pytest
    import sqlalchemy.exc

    engine = make_engine(tmp_path / "v.db", os.urandom(32))
    migrate.upgrade(engine, "0008")
    at = "2026-11-23T09:00:00+00:00"

    def refused(sql: str) -> None:
        with pytest.raises(sqlalchemy.exc.DatabaseError), engine.begin() as conn:
            conn.exec_driver_sql(sql)

    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO persons (id, family_name, given_names, family_key, given_key, sex, "
            f"created_at, created_by) VALUES (1, 'A', 'B', 'a', 'b', 'female', '{at}', 'n')")
        conn.exec_driver_sql(
            "INSERT INTO cases (id, number, person_id, status, arrival_at, flags, created_at, "
            f"created_by) VALUES (1, 'KGL-01-2026-00001-X', 1, 'open', '{at}', '[]', '{at}', "
            "'n')")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO bundle_counters VALUES ('HYE-01', 'referral', 2)")
        conn.exec_driver_sql(
            "INSERT INTO outgoing_referrals (bundle_id, case_id, destination_code, sequence, "
            "created_at, expires_at, file_name, note, created_by, status) VALUES "
            f"('{'a' * 32}', 1, 'HYE-01', 2, '{at}', '{at}', 'f.isb', '', 'n', 'sent')")
        conn.exec_driver_sql(
            "INSERT INTO received_bundles (bundle_id, kind, sender_code, sequence, "
            "sender_created_at, received_at, received_by, checkpoint) VALUES "
            f"('{'b' * 32}', 'receipt', 'HYE-01', 1, '{at}', '{at}', 'n', '{{}}')")
    refused("UPDATE bundle_counters SET last_seq = 1")
    refused("DELETE FROM bundle_counters")
    refused("UPDATE outgoing_referrals SET destination_code = 'MUS-01'")
    refused("UPDATE outgoing_referrals SET status = 'lost'")
    refused("DELETE FROM outgoing_referrals")
    refused("UPDATE received_bundles SET sequence = 9")
    refused("DELETE FROM received_bundles")
    refused(f"INSERT INTO received_bundles (bundle_id, kind, sender_code, sequence, "
            f"sender_created_at, received_at, received_by, checkpoint) VALUES "
            f"('{'b' * 32}', 'receipt', 'HYE-01', 2, '{at}', '{at}', 'n', '{{}}')")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bundle_counters SET last_seq = 3")
        conn.exec_driver_sql(f"UPDATE outgoing_referrals SET status = 'received', "
                             f"receipt_at = '{at}'")
    refused("UPDATE outgoing_referrals SET status = 'sent'")
    engine.dispose()
