"""A hash-chained log of each visit's changes (server/visit_log.py), so an edit made after the
fact, in the log or behind the server's back in the records, is visible to `visit-log check`.
Visits already on the server start their chain with their next change.

Revision ID: visit_log
Revises: sign_in_limits
"""

import sqlalchemy as sa
from alembic import op

revision = "visit_log"
down_revision = "sign_in_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_log",
        sa.Column("visit_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False))


def downgrade() -> None:
    op.drop_table("visit_log")
