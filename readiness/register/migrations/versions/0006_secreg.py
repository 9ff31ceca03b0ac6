"""Login lock-outs counted once each: the first refused attempt of a lock is in the audit log,
the rest are counted on the lock's row and reported once after it ends (issue #23).

Revision ID: 0006_secreg
Revises: 0005_loop
Create Date: 2026-12-08
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_secreg"
down_revision = "0005_loop"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "login_locks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lock_key", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(64), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("until", TZ, nullable=False),
        sa.Column("first_at", TZ, nullable=False),
        sa.Column("last_at", TZ, nullable=False),
        sa.Column("repeats", sa.Integer(), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("lock_key", name="uq_login_locks_lock_key"),
    )
    op.create_index("ix_login_locks_name_key", "login_locks", ["name_key"])
    op.create_index("ix_login_locks_client", "login_locks", ["client"])


def downgrade() -> None:
    op.drop_table("login_locks")
