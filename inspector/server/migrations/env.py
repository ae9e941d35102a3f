"""Alembic environment: always given a live connection by inspector.server.db.upgrade()."""

from __future__ import annotations

from alembic import context

from inspector.server.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through inspector.server.db.upgrade()")
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
