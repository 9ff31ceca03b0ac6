"""The certificate register: certificates, their append-only history, the current certificate
of each business and edition, and the number counters.

Revision ID: 0001_register
Revises:
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_register"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("certificates", "certificate_events")


def upgrade() -> None:
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("business_key", sa.String(40), nullable=False),
        sa.Column("business_name", sa.String(400), nullable=False),
        sa.Column("regency", sa.String(120), nullable=False),
        sa.Column("standard_id", sa.String(120), nullable=False),
        sa.Column("standard_version", sa.String(40), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("event_start", sa.Date(), nullable=True),
        sa.Column("event_end", sa.Date(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("products", sa.JSON(), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("number", name="uq_certificates_number"),
        sa.UniqueConstraint("prefix", "seq", name="uq_certificates_prefix_seq"),
    )
    op.create_index("ix_certificates_business_key", "certificates", ["business_key"])
    op.create_table(
        "certificate_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("certificate_id", sa.Integer(), sa.ForeignKey("certificates.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("related_number", sa.String(24), nullable=False),
        sa.Column("result_sha256", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(400), nullable=False),
        sa.CheckConstraint("kind IN ('issued', 'copy', 'superseded', 'revoked')",
                           name="ck_certificate_events_kind"),
    )
    op.create_index("ix_certificate_events_certificate_id", "certificate_events",
                    ["certificate_id"])
    op.create_table(
        "current_certificates",
        sa.Column("business_key", sa.String(40), primary_key=True),
        sa.Column("standard_id", sa.String(120), primary_key=True),
        sa.Column("standard_version", sa.String(40), primary_key=True),
        sa.Column("certificate_id", sa.Integer(), sa.ForeignKey("certificates.id"),
                  nullable=False),
    )
    op.create_table(
        "number_counters",
        sa.Column("prefix", sa.String(8), primary_key=True),
        sa.Column("last_value", sa.Integer(), nullable=False),
    )
    # History is append-only in the database itself, not only by convention in our code.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION readiness_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'readiness register: % is append-only', TG_TABLE_NAME;
            END $$""")
        for table in APPEND_ONLY:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")
    else:
        for table in APPEND_ONLY:
            for what in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, 'readiness register: {table} is "
                           f"append-only'); END")


def downgrade() -> None:
    for table in ("number_counters", "current_certificates", "certificate_events",
                  "certificates"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS readiness_append_only()")
