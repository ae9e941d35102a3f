"""Initial schema: users, teams, tokens, sequence counter, records, conflicts, ops, blobs.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False))
    op.create_table(
        "teams",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("created_at", sa.String(40), nullable=False))
    op.create_table(
        "team_members",
        sa.Column("team", sa.String(200), primary_key=True),
        sa.Column("user_id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False))
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False, index=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40)))
    counter = op.create_table(
        "counter",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.BigInteger, nullable=False))
    op.bulk_insert(counter, [{"id": 1, "seq": 0}])
    op.create_table(
        "records",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("visit_id", sa.String(36)),
        sa.Column("blob_sha", sa.String(64)),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("needs_review", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("field_meta", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False))
    op.create_index("records_team_version", "records", ["team", "version"])
    op.create_index("records_version", "records", ["version"])
    op.create_index("records_visit", "records", ["visit_id"])
    op.create_index("records_blob", "records", ["blob_sha"])
    op.create_table(
        "record_conflicts",
        sa.Column("entity", sa.String(20), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("field", sa.String(100), primary_key=True),
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False))
    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False))
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False))
    op.create_table(
        "templates",
        sa.Column("template_id", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False))


def downgrade() -> None:
    for name in ("templates", "blobs", "applied_ops", "record_conflicts", "records", "counter",
                 "tokens", "team_members", "teams", "users"):
        op.drop_table(name)
