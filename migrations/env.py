"""Alembic environment: the app runs migrations in-process on an already keyed connection.

There is no URL here on purpose: a SQLCipher vault can only be opened by the app, which passes
its connection in ``config.attributes["connection"]``.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Isange migrations run inside the app (isange_desktop.store.migrate)")

context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
