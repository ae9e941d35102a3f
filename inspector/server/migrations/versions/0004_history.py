"""A random tag per sequence number, so clients can tell a restored or replaced server.

A backup restored over the server, or a new empty server at the same address, hands out
sequence numbers the clients have already seen for other transactions. Clients send the
(seq, tag) pair they saw last; a server without that pair says so, and the client sends again
what the server lost and pulls again what it lacks (design/sync.md point 19).

Revision ID: history
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "history"
down_revision = "blob_holders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_history",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("tag", sa.String(16), nullable=False))


def downgrade() -> None:
    op.drop_table("sync_history")
