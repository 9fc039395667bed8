"""SQLCipher connections through SQLAlchemy, keyed with a raw 32-byte key.

The key goes in as a hex blob literal (``x'..'``) so SQLCipher skips its own passphrase KDF:
the key slots already did the slow derivation. Every connection proves it is SQLCipher
(``cipher_version``) so a plain SQLite build can never open or create the vault by mistake.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from isange_desktop.errors import VaultError

KEY_BYTES = 32

# Whatever the database raises, raw or wrapped by SQLAlchemy: a damaged page, a refused write.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, DBAPIError)

# WAL keeps readers and the writer apart; synchronous=FULL makes each commit durable in WAL
# mode too (NORMAL may lose the last commits on power loss); secure_delete overwrites freed
# pages; temp_store=MEMORY keeps sorts and temp tables off the disk; a 32 MiB page cache keeps
# the decrypted index pages a search walks (each page read from disk is also decrypted and
# its HMAC checked, the main cost of a search among 100,000 cases).
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -32768",
)


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A keyed DB-API connection with the vault's pragmas; raises VaultError if it is not ours."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        prepare_connection(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def prepare_connection(conn: Any, key: bytes) -> None:
    cur = conn.cursor()
    try:
        cur.execute(key_pragma(key))
        row = cur.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise VaultError("vault.not_sqlcipher")
        # The first real read decrypts page 1: a wrong key or a foreign file fails here.
        try:
            cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise VaultError("vault.cannot_decrypt") from exc
        for pragma in _PRAGMAS:
            cur.execute(pragma)
    finally:
        cur.close()


def make_engine(path: Path, key: bytes, *, pool_size: int = 2) -> Engine:
    """An engine whose every pooled connection is keyed and checked.

    The key lives in the closure only as long as the engine; ``dispose()`` on lock drops
    the connections, and the vault object drops its reference to the key.
    """
    key_copy = bytes(key)

    def connect() -> Any:
        return sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)

    # module= makes SQLAlchemy recognise (and wrap) sqlcipher3's exceptions; with the default
    # sqlite3 module they would pass through unwrapped and unclassified.
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=connect,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        prepare_connection(dbapi_conn, key_copy)

    # pysqlite's own transaction handling is broken for SAVEPOINT and DDL; let SQLAlchemy
    # emit BEGIN itself (the documented recipe for the sqlite dialect).
    # A writing unit of work takes the write lock up front (BEGIN IMMEDIATE) so two writers
    # never deadlock on a read-to-write upgrade; read-only work uses a deferred BEGIN.
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get("isange_readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine
