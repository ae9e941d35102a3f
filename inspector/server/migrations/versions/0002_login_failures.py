"""Failed sign-ins, per user name, for rate limiting the token endpoint.

Kept in the database (not in a process's memory) so that several server processes share one
count: an attacker gains nothing by spreading guesses over them.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("at", sa.Float, nullable=False))
    op.create_index("login_failures_user", "login_failures", ["user_name", "at"])


def downgrade() -> None:
    op.drop_index("login_failures_user", "login_failures")
    op.drop_table("login_failures")
