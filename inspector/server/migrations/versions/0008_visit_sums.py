"""Team digests and per-visit summaries stored and kept by each push (server/sums.py).

The digest and the summary were computed over every record of a team on each request; from
here on a push updates them in its own transaction. The backfill computes them once from the
records with the same code the pushes use.

Revision ID: visit_sums
Revises: sign_in_limits
"""

import sqlalchemy as sa
from alembic import op

revision = "visit_sums"
down_revision = "photo_questions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_sums",
        sa.Column("visit_id", sa.String(36), primary_key=True),
        sa.Column("team", sa.String(200), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False))
    op.create_index("visit_sums_team", "visit_sums", ["team", "visit_id"])
    op.create_table(
        "team_sums",
        sa.Column("team", sa.String(200), primary_key=True),
        sa.Column("count", sa.BigInteger, nullable=False),
        sa.Column("version_sum", sa.BigInteger, nullable=False))
    from inspector.server import sums  # the same rules the pushes keep them by

    sums.rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("team_sums")
    op.drop_index("visit_sums_team", "visit_sums")
    op.drop_table("visit_sums")
