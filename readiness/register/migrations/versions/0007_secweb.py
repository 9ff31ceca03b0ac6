"""The status `dismissed`: an officer dismisses an application that is spam (anonymous
"kirim ke Dinas" has no account behind it); it leaves the queue, its history and the audit log
say who dismissed it and why, and it can be taken back into review.

Revision ID: 0007_secweb
Revises: 0006_secreg
Create Date: 2026-12-08
"""
from alembic import op

revision = "0007_secweb"
down_revision = "0006_secreg"
branch_labels = None
depends_on = None

OLD = "('new', 'in_review', 'returned', 'approved', 'certified', 'revoked')"
NEW = "('new', 'in_review', 'returned', 'approved', 'certified', 'revoked', 'dismissed')"


def _statuses(which: str) -> None:
    """The status CHECK constraints of applications and their history accept `which`."""
    if op.get_bind().dialect.name == "postgresql":
        for table in ("applications", "application_events"):
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT ck_{table}_status")
            op.execute(f"ALTER TABLE {table} ADD CONSTRAINT ck_{table}_status "
                       f"CHECK (status IN {which})")
        return
    # SQLite changes a CHECK constraint by copying the table (Alembic's batch mode); the
    # history's append-only triggers go with the old table and are made again
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute("DROP TRIGGER IF EXISTS application_events_no_update")
    op.execute("DROP TRIGGER IF EXISTS application_events_no_delete")
    for table in ("applications", "application_events"):
        with op.batch_alter_table(table, recreate="always") as b:
            b.drop_constraint(f"ck_{table}_status", type_="check")
            b.create_check_constraint(f"ck_{table}_status", f"status IN {which}")
    for what in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER application_events_no_{what.lower()} BEFORE {what} ON "
                   f"application_events BEGIN SELECT RAISE(ABORT, 'readiness register: "
                   f"application_events is append-only'); END")


def upgrade() -> None:
    _statuses(NEW)


def downgrade() -> None:
    # a dismissed application reads as returned (the nearest earlier status)
    for table in ("applications", "application_events"):
        op.execute(f"UPDATE {table} SET status = 'returned' WHERE status = 'dismissed'")
    _statuses(OLD)
