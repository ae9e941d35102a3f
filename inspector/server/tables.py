"""The server's tables (SQLAlchemy Core). Alembic migrations in migrations/ create them.

One `records` table holds every kind of record as JSON: sync treats records uniformly (merge
per field, version per change), and the desktop schema may grow fields without a server
migration. `field_meta` keeps, per field, the sequence and device of its last change, which is
what per-field merge needs (design/sync.md point 10).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
)

teams = Table(
    "teams", metadata,
    Column("name", String(200), primary_key=True),
    Column("created_at", String(40), nullable=False),
)

team_members = Table(
    "team_members", metadata,
    Column("team", String(200), primary_key=True),
    Column("user_id", Integer, primary_key=True),
    Column("position", Integer, nullable=False, default=0),  # "first team" = lowest position
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of a 256-bit random token
    Column("user_id", Integer, nullable=False, index=True),
    Column("device_id", String(64), nullable=False),
    Column("device_name", String(200), nullable=False, default=""),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

# A single row: the last sequence number handed out. Each push transaction increments it first,
# which serialises writers, so a transaction committing later can never carry a lower number
# than one a pull has already served (design/sync.md point 5).
counter = Table(
    "counter", metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
)

# One random tag per sequence number handed out (migration history): a client that saw (seq,
# tag) can tell whether this server's history still contains it (see server/history.py).
sync_history = Table(
    "sync_history", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("tag", String(16), nullable=False),
)

records = Table(
    "records", metadata,
    Column("entity", String(20), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("team", String(200), nullable=False),
    Column("visit_id", String(36)),
    Column("blob_sha", String(64)),
    Column("version", BigInteger, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("needs_review", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=False),
    Column("field_meta", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("records_team_version", "team", "version"),
    Index("records_version", "version"),
    Index("records_visit", "visit_id"),
    Index("records_blob", "blob_sha"),
)

conflicts = Table(
    "record_conflicts", metadata,
    Column("entity", String(20), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("field", String(100), primary_key=True),
    Column("device_id", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("user_name", String(200), nullable=False, default=""),
    Column("seq", BigInteger, nullable=False),
)

applied_ops = Table(
    "applied_ops", metadata,
    Column("op_id", String(36), primary_key=True),
    Column("user_id", Integer, nullable=False),
    Column("result", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("created_at", String(40), nullable=False),
)

blobs = Table(
    "blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("created_at", String(40), nullable=False),
)

# Which teams have proven they hold a blob's bytes (a member uploaded them). The bytes are
# stored once, but a hash alone is no key (design/sync.md point 15): a team may reference,
# download or be told of a photo only once it sent those bytes itself (migration blob_holders).
blob_holders = Table(
    "blob_holders", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("team", String(200), primary_key=True),
    Column("created_at", String(40), nullable=False),
)

# Kept by server/sums.py in the transaction that changes records (migration visit_sums), so the
# team digest and the per-visit summary are reads of a few rows whatever the team's history.
visit_sums = Table(
    "visit_sums", metadata,
    Column("visit_id", String(36), primary_key=True),
    Column("team", String(200), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("checksum", String(64), nullable=False),
    Index("visit_sums_team", "team", "visit_id"),
)

team_sums = Table(
    "team_sums", metadata,
    Column("team", String(200), primary_key=True),
    Column("count", BigInteger, nullable=False),
    Column("version_sum", BigInteger, nullable=False),
)

templates = Table(
    "templates", metadata,
    Column("template_id", String(200), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

# Sign-in limits (migration sign_in_limits): failed sign-ins per user name, per known device and
# per client address. A sign-in locks its rows before the password is checked (server/throttle.py).
sign_in_limits = Table(
    "sign_in_limits", metadata,
    Column("key", String(300), primary_key=True),  # "user:NAME", "device:ID:DEVICE", "address:IP"
    Column("failures", Integer, nullable=False),
    Column("last_failure", Float, nullable=False),  # time.time()
    Index("sign_in_limits_last", "last_failure"),
)

# The hash-chained log of each visit's changes (migration visit_log; server/visit_log.py).
visit_log = Table(
    "visit_log", metadata,
    Column("visit_id", String(36), primary_key=True),
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("entity", String(20), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("data", Text, nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("user_name", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
