"""The raw baselines and patched engines the vault benchmark compares the services with."""


from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from bench_support import (
    ADMIN,
    ADMIN_PASSWORD,
    SETTING,
)
from isange_desktop.audit.chain import event_hash, genesis_hash
from isange_desktop.audit.events import HASHED_COLUMNS, canonical_details
from isange_desktop.services import vault_admin
from isange_desktop.services.session import UserSession
from isange_desktop.store import engine as engine_module
from isange_desktop.store import vault as vault_module
from isange_desktop.store.engine import key_pragma
from isange_desktop.store.kdf import Argon2Params


def new_vault(data_dir: Path, kdf: Argon2Params) -> None:
    vault_admin.init_vault(
        data_dir, center_code="BENCH-01", center_name="Benchmark center", admin_login=ADMIN,
        admin_name="Bench Admin", admin_password=ADMIN_PASSWORD, kdf=kdf,
    )


def make_plain_engine(driver: Callable[..., Any]) -> Callable[..., Engine]:
    """``store.engine.make_engine`` without the key: same pool, pragmas and BEGIN handling.

    Mirrors make_engine line for line (keep them in step) minus ``PRAGMA key`` and the
    cipher_version check, so the service layer can run unchanged on a plain SQLite file.
    """

    def make(path: Path, key: bytes, *, pool_size: int = 2) -> Engine:
        del key

        def connect() -> Any:
            return driver(str(path), isolation_level=None, check_same_thread=False)

        engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool,
                               pool_size=pool_size, max_overflow=2)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            try:
                cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
                for pragma in engine_module._PRAGMAS:
                    cur.execute(pragma)
            finally:
                cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            readonly = conn.get_execution_options().get("isange_readonly", False)
            conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

        return engine

    return make


@contextlib.contextmanager
def plain_engine_patched(driver: Callable[..., Any]) -> Iterator[None]:
    """Create or open a vault whose database is plain SQLite (benchmark only, never in src)."""
    with mock.patch.object(vault_module, "make_engine", make_plain_engine(driver)):
        yield


def vault_ddl(session: UserSession, tables: tuple[str, ...]) -> list[str]:
    """The vault's own CREATE statements (tables, then indexes and triggers), verbatim."""
    marks = ", ".join("?" for _ in tables)
    with session.vault.dbapi() as conn:
        rows = conn.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "
            "ORDER BY type != 'table', type, name", tables,
        ).fetchall()
    return [r[0] for r in rows]


class RawInserter:
    """One INSERT into setting_revisions and a COMMIT per call, on a bare DB-API connection."""

    SQL = ("INSERT INTO setting_revisions (key, value, changed_by, changed_at) "
           "VALUES (?, ?, ?, ?)")

    def __init__(self, path: Path, ddl: list[str], *, key: bytes | None,
                 driver: Callable[..., Any]) -> None:
        self.conn = driver(str(path), isolation_level=None, check_same_thread=False)
        cur = self.conn.cursor()
        if key is not None:
            cur.execute(key_pragma(key))
        for pragma in engine_module._PRAGMAS:
            cur.execute(pragma)
        for statement in ddl:
            cur.execute(statement)
        self.cur = cur

    def __call__(self, i: int) -> None:
        self.cur.execute("BEGIN IMMEDIATE")
        self.cur.execute(self.SQL, (
            SETTING, json.dumps(1 + i % 60), ADMIN,
            datetime.now(UTC).isoformat(timespec="microseconds"),
        ))
        self.cur.execute("COMMIT")

    def close(self) -> None:
        self.cur.close()
        self.conn.close()


class RawAuditedInserter(RawInserter):
    """What the service asks of the database, hand-written: the setting INSERT, then read the
    audit head, hash the event and INSERT it (the chain triggers run), in one transaction.
    The Python layer's cost is what the service takes beyond this."""

    EVENT_SQL = (f"INSERT INTO audit_events ({', '.join((*HASHED_COLUMNS, 'prev_hash', 'hash'))})"
                 f" VALUES ({', '.join('?' for _ in range(len(HASHED_COLUMNS) + 2))})")

    def __init__(self, path: Path, ddl: list[str], *, key: bytes | None,
                 driver: Callable[..., Any]) -> None:
        super().__init__(path, ddl, key=key, driver=driver)
        self.cur.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, ?)",
                         (genesis_hash("bench"),))

    def __call__(self, i: int) -> None:
        cur = self.cur
        now = datetime.now(UTC)
        cur.execute("BEGIN IMMEDIATE")
        cur.execute(self.SQL, (SETTING, json.dumps(1 + i % 60), ADMIN,
                               now.isoformat(timespec="microseconds")))
        seq, head = cur.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
        fields = (seq + 1, now.isoformat(timespec="microseconds"), ADMIN, "admin",
                  "setting.changed", "setting", SETTING, "ok", None, canonical_details(None))
        cur.execute(self.EVENT_SQL, (*fields, head, event_hash(head, fields)))
        cur.execute("COMMIT")


# --------------------------------------------------------------------------------------------
# 1. Unlock
# --------------------------------------------------------------------------------------------
