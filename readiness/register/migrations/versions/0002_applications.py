"""Applications: dossiers an IKM owner sends to the office from the self-assessment form
("kirim ke Dinas", with her consent) or that an officer uploads, for the desk's queue; and
their status history (append-only).

Revision ID: 0002_applications
Revises: 0001_register
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_applications"
down_revision = "0001_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ref", sa.String(24), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(24), nullable=False),
        sa.Column("lang", sa.String(4), nullable=False),
        sa.Column("business_key", sa.String(40), nullable=False),
        sa.Column("business_name", sa.String(400), nullable=False),
        sa.Column("regency", sa.String(120), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("standard_id", sa.String(120), nullable=False),
        sa.Column("standard_version", sa.String(40), nullable=False),
        sa.Column("dossier", sa.JSON(), nullable=False),
        sa.Column("dossier_sha256", sa.String(64), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("consent", sa.String(80), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.UniqueConstraint("ref", name="uq_applications_ref"),
        sa.CheckConstraint("status IN ('new', 'in_review', 'certified', 'returned')",
                           name="ck_applications_status"),
    )
    op.create_index("ix_applications_created_at", "applications", ["created_at"])
    op.create_index("ix_applications_status", "applications", ["status"])
    op.create_index("ix_applications_regency", "applications", ["regency"])
    op.create_index("ix_applications_business_key", "applications", ["business_key"])
    op.create_table(
        "application_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"),
                  nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('new', 'in_review', 'certified', 'returned')",
                           name="ck_application_events_status"),
    )
    op.create_index("ix_application_events_application_id", "application_events",
                    ["application_id"])
    op.create_table(
        "application_counters",
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("last_value", sa.Integer(), nullable=False),
    )
    # the status history is append-only, as the certificates' history is
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON "
                   "application_events FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER application_events_no_{what.lower()} BEFORE {what} ON "
                       f"application_events BEGIN SELECT RAISE(ABORT, 'readiness register: "
                       f"application_events is append-only'); END")


def downgrade() -> None:
    for table in ("application_counters", "application_events", "applications"):
        op.drop_table(table)
