"""The server's database driven in-process, without HTTP: teams, tokens and pushes of visits
with their answers, for tests and benchmarks that need many records fast (bench/ seeds its
load runs with it). The same push() the server runs, so the records are what laptops make."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.visit import Visit
from inspector.server import auth, db, templates
from inspector.server.auth import Principal
from inspector.server.push import push
from inspector.server.settings import Settings
from inspector.server.tables import team_members, users
from inspector.sync.protocol import Op, PushRequest, PushResponse
from inspector.sync.templates import shipped_templates

TEMPLATE = ("psc", 1)
_HASH: dict[str, str] = {}


def engine_for(data_dir: Path, database_url: str = "") -> Engine:
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(Settings(data_dir=data_dir, database_url=database_url).database)
    db.upgrade(engine)
    return engine


def team(engine: Engine, name: str, members: list[tuple[str, str]], password: str) -> list[str]:
    """A team and its (name, role) members; one password hash for all (hashing is slow on
    purpose, and a benchmark makes hundreds of users). Returns the tokens, one per member."""
    if password not in _HASH:
        _HASH[password] = auth.hash_password(password)
    tokens = []
    with db.write(engine) as conn:
        auth.add_team(conn, name)
        for position, (user, role) in enumerate(members):
            user_id = conn.execute(insert(users).values(
                name=user, role=role, password_hash=_HASH[password], disabled=False,
                created_at=auth.now())).inserted_primary_key[0]
            conn.execute(insert(team_members).values(team=name, user_id=user_id, position=position))
            token, _ = auth.issue_token(conn, {"id": user_id}, str(uuid.uuid4()), user, 30)
            tokens.append(token)
    return tokens


def principal(engine: Engine, token: str) -> Principal:
    with db.read(engine) as conn:
        who = auth.principal_for(conn, token)
    assert who is not None
    return who


def register_template(engine: Engine, who: Principal) -> None:
    with db.write(engine) as conn:
        templates.register(conn, who, *TEMPLATE, shipped_templates()[TEMPLATE])


def send(engine: Engine, who: Principal, ops: list[Op]) -> PushResponse:
    with db.write(engine) as conn:
        return push(conn, who, PushRequest(ops=ops))


def op(record: Any, base_version: int = 0, deleted: bool = False,
       fields: dict[str, Any] | None = None) -> Op:
    return Op(op_id=str(uuid.uuid4()), entity=record.entity, record_id=record.id,
              fields=record.content() if fields is None else fields, deleted=deleted,
              base_version=base_version)


def visit_ops(answers: int, facility: Facility | None = None) -> list[Op]:
    """A visit (and its facility when none is given) with `answers` answers."""
    ops = []
    if facility is None:
        facility = Facility(kind="psc", name="ЦОН Алматы", region="Алматы")
        ops.append(op(facility))
    visit = Visit(facility_id=facility.id, started_on="2025-03-01", template_id=TEMPLATE[0],
                  template_version=TEMPLATE[1], notes="", deputies=["Депутат"])
    ops.append(op(visit))
    ops += [op(Answer(visit_id=visit.id, question_id=f"q{i}", value=i % 5)) for i in range(answers)]
    return ops
