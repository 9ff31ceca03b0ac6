"""Alembic environment of the register. Run by `readiness.register.store.migrate()`, which
passes an open connection (already inside a transaction that holds the migration lock) in
`config.attributes["connection"]`; there is no alembic.ini and no offline mode."""

from alembic import context

from readiness.register.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only ever run through readiness.register
    raise RuntimeError("run the register's migrations with readiness.register.store.migrate()")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
