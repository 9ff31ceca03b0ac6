"""The owner <-> office loop: the owner's private status link, versions of an application
(each resubmission keeps the one before), the officer's notes per requirement, the statuses
`approved` and `revoked`, the certificate an application led to, businesses (a regency, a
commodity community, a pendamping), the stage each business reached over time (the office's
funnel), an e-mail outbox, and an approver's rejection or return of a waiver.

Revision ID: 0005_loop
Revises: 0003_desk
Create Date: 2026-12-08
"""
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0005_loop"
down_revision = "0003_desk"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
OLD = "('new', 'in_review', 'certified', 'returned')"
NEW = "('new', 'in_review', 'returned', 'approved', 'certified', 'revoked')"
APPEND_ONLY = ("application_versions", "application_notes", "stage_events")


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
    _append_only("application_events")


def _append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'readiness register: {table} is "
                       f"append-only'); END")


def upgrade() -> None:
    op.create_table(
        "businesses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=True),       # the NIB key; NULL: no NIB yet
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("regency", sa.String(120), nullable=False),
        sa.Column("community", sa.String(120), nullable=False),
        sa.Column("pendamping_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("key", name="uq_businesses_key"),
    )
    op.create_index("ix_businesses_regency", "businesses", ["regency"])
    op.create_index("ix_businesses_community", "businesses", ["community"])
    _statuses(NEW)
    with op.batch_alter_table("applications") as b:
        b.add_column(sa.Column("secret", sa.String(64), nullable=False, server_default=""))
        b.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        b.add_column(sa.Column("business_id", sa.Integer(), nullable=True))
        b.add_column(sa.Column("certificate", sa.String(24), nullable=False,
                               server_default=""))
        b.add_column(sa.Column("certified_sha256", sa.String(64), nullable=False,
                               server_default=""))
        b.add_column(sa.Column("result_on", sa.Date(), nullable=True))
        b.add_column(sa.Column("stage", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("updated_at", TZ, nullable=True))
        b.create_foreign_key("fk_applications_business_id", "businesses", ["business_id"],
                             ["id"])
    op.create_index("ix_applications_business_id", "applications", ["business_id"])
    op.create_table(
        "application_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"),
                  nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("dossier", sa.JSON(), nullable=False),
        sa.Column("dossier_sha256", sa.String(64), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.UniqueConstraint("application_id", "version", name="uq_application_versions"),
    )
    op.create_table(
        "application_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"),
                  nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(40), nullable=False),
        sa.Column("product", sa.Integer(), nullable=False),
        sa.Column("product_name", sa.String(400), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_index("ix_application_notes_application_id", "application_notes",
                    ["application_id"])
    op.create_table(
        "stage_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("business_id", sa.Integer(), sa.ForeignKey("businesses.id"), nullable=False),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"),
                  nullable=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(24), nullable=False),
    )
    op.create_index("ix_stage_events_business_id_at", "stage_events", ["business_id", "at"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("to_addr", sa.String(320), nullable=False),
        sa.Column("subject", sa.String(400), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("target", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", TZ, nullable=False),
        sa.Column("sent_at", TZ, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.CheckConstraint("status IN ('queued', 'sent', 'failed')", name="ck_outbox_status"),
    )
    op.create_index("ix_outbox_status_next_at", "outbox", ["status", "next_at"])
    with op.batch_alter_table("desk_decisions") as b:
        b.add_column(sa.Column("review", sa.String(12), nullable=False, server_default=""))
        b.add_column(sa.Column("review_reason", sa.Text(), nullable=False, server_default=""))
    for table in APPEND_ONLY:
        _append_only(table)
    _backfill()


def _backfill() -> None:
    """Applications sent before this revision: a secret, version 1, their business."""
    conn = op.get_bind()
    apps = conn.execute(sa.text(
        "SELECT id, created_at, business_key, business_name, regency, dossier, dossier_sha256, "
        "summary, status FROM applications ORDER BY id")).mappings().all()
    businesses: dict = {}
    for a in apps:
        key = a["business_key"] or None
        bid = businesses.get(key) if key else None
        if bid is None:
            conn.execute(sa.text(
                "INSERT INTO businesses (key, name, regency, community, created_at) "
                "VALUES (:k, :n, :r, '', :c)"), {"k": key, "n": a["business_name"],
                                                 "r": a["regency"], "c": a["created_at"]})
            bid = conn.execute(sa.text("SELECT max(id) FROM businesses")).scalar()
            if key:
                businesses[key] = bid
        conn.execute(sa.text(
            "UPDATE applications SET secret = :s, business_id = :b, updated_at = created_at "
            "WHERE id = :i"), {"s": secrets.token_urlsafe(18), "b": bid, "i": a["id"]})
        dossier, summary = a["dossier"], a["summary"]
        conn.execute(sa.text(
            "INSERT INTO application_versions (application_id, version, created_at, actor, "
            "dossier, dossier_sha256, answers, summary) VALUES (:i, 1, :c, '', :d, :h, NULL, "
            ":s)"), {"i": a["id"], "c": a["created_at"], "h": a["dossier_sha256"],
                     "d": dossier if isinstance(dossier, str) else _json(dossier),
                     "s": summary if isinstance(summary, str) else _json(summary)})


def _json(v) -> str:
    import json

    return json.dumps(v, ensure_ascii=False)


def downgrade() -> None:
    for table in ("outbox", "stage_events", "application_notes", "application_versions"):
        op.drop_table(table)
    op.drop_index("ix_applications_business_id", "applications")
    with op.batch_alter_table("applications") as b:
        b.drop_constraint("fk_applications_business_id", type_="foreignkey")
        for col in ("secret", "version", "business_id", "certificate", "certified_sha256",
                    "result_on", "stage", "updated_at"):
            b.drop_column(col)
    with op.batch_alter_table("desk_decisions") as b:
        b.drop_column("review")
        b.drop_column("review_reason")
    # the statuses this revision added read as the nearest earlier ones
    for table in ("applications", "application_events"):
        op.execute(f"UPDATE {table} SET status = 'in_review' WHERE status = 'approved'")
        op.execute(f"UPDATE {table} SET status = 'returned' WHERE status = 'revoked'")
    _statuses(OLD)
    op.drop_table("businesses")
