"""Which teams hold each blob's bytes: a hash alone no longer opens another team's photo.

Photos already referenced before this migration count as held by the team of each record
naming them: the server cannot tell any more who uploaded what, and refusing them would cut
teams off from their own photos.

Revision ID: blob_holders
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "blob_holders"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_holders",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("team", sa.String(200), primary_key=True),
        sa.Column("created_at", sa.String(40), nullable=False))
    op.execute(
        "INSERT INTO blob_holders (sha256, team, created_at) "
        "SELECT DISTINCT r.blob_sha, r.team, b.created_at FROM records r "
        "JOIN blobs b ON b.sha256 = r.blob_sha WHERE r.entity = 'photo'")


def downgrade() -> None:
    op.drop_table("blob_holders")
