"""Sign-in limits per user name, per known device and per client address, with back-off.

One row per limited key holds its failure count, so that a sign-in can take its turn with one
row lock (PostgreSQL) or the write lock (SQLite) before any password is checked: parallel
attempts, on any server process, can no longer all read "under the limit" at once. Replaces
login_failures (a row per failure, counted without a lock); its counts last a minute, so none
are worth carrying over.

Revision ID: sign_in_limits
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "sign_in_limits"
down_revision = "history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_limits",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure", sa.Float, nullable=False))
    op.create_index("sign_in_limits_last", "sign_in_limits", ["last_failure"])
    op.drop_index("login_failures_user", "login_failures")
    op.drop_table("login_failures")


def downgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("at", sa.Float, nullable=False))
    op.create_index("login_failures_user", "login_failures", ["user_name", "at"])
    op.drop_index("sign_in_limits_last", "sign_in_limits")
    op.drop_table("sign_in_limits")
