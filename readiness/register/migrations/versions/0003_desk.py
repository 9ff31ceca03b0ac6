"""The office desk: accounts, sessions, login attempts, the audit log (append-only, a hash
chain), the desk's decisions, idempotency keys of its forms, the vendor desk's jobs and the
admin's settings.

Revision ID: 0003_desk
Revises: 0002_applications
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_desk"
down_revision = "0002_applications"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("name_key", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("must_change", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("password_changed_at", TZ, nullable=False),
        sa.UniqueConstraint("name_key", name="uq_users_name_key"),
        sa.CheckConstraint("role IN ('officer', 'approver', 'organizer', 'admin')",
                           name="ck_users_role"),
    )
    op.create_table(
        "desk_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_seen", TZ, nullable=False),
        sa.Column("ended_at", TZ, nullable=True),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("agent", sa.String(200), nullable=False),
    )
    op.create_index("ix_desk_sessions_user_id", "desk_sessions", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("name_key", sa.String(64), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_login_attempts_name_key_at", "login_attempts", ["name_key", "at"])
    op.create_index("ix_login_attempts_client_at", "login_attempts", ["client", "at"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_sha256", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
    op.create_table(
        "desk_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"),
                  nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("rule", sa.String(40), nullable=False),
        sa.Column("product", sa.Integer(), nullable=False),
        sa.Column("product_name", sa.String(400), nullable=False),
        sa.Column("verdict", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("officer_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=False),
        sa.Column("approver_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("approved_at", TZ, nullable=True),
        sa.Column("withdrawn_key", sa.Integer(), nullable=False),
        sa.Column("withdrawn_by", sa.String(200), nullable=False),
        sa.Column("withdrawn_at", TZ, nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.CheckConstraint("kind IN ('waiver', 'verdict')", name="ck_desk_decisions_kind"),
        sa.UniqueConstraint("application_id", "kind", "rule", "product", "withdrawn_key",
                            name="uq_desk_decisions_in_force"),
    )
    op.create_index("ix_desk_decisions_application_id", "desk_decisions", ["application_id"])
    op.create_table(
        "desk_requests",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("result", sa.String(400), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "vendor_jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ref", sa.String(32), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("input_sha256", sa.String(64), nullable=False),
        sa.Column("standard", sa.String(120), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("lang", sa.String(4), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("started_at", TZ, nullable=True),
        sa.Column("heartbeat_at", TZ, nullable=True),
        sa.Column("finished_at", TZ, nullable=True),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.UniqueConstraint("ref", name="uq_vendor_jobs_ref"),
        sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')",
                           name="ck_vendor_jobs_status"),
    )
    op.create_index("ix_vendor_jobs_user_id", "vendor_jobs", ["user_id"])
    op.create_index("ix_vendor_jobs_status", "vendor_jobs", ["status"])
    op.create_table(
        "desk_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    # the audit log is append-only in the database, as the certificates' history is
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_log_no_{what.lower()} BEFORE {what} ON audit_log "
                       f"BEGIN SELECT RAISE(ABORT, 'readiness register: audit_log is "
                       f"append-only'); END")


def downgrade() -> None:
    for table in ("desk_settings", "vendor_jobs", "desk_requests", "desk_decisions",
                  "audit_log", "login_attempts", "desk_sessions", "users"):
        op.drop_table(table)
