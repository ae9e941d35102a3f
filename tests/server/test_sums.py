"""The team digest and per-visit summary the server keeps as records change (server/sums.py)
equal the ones recomputed over the records, after any mix of pushes, edits and deletes, on
SQLite and PostgreSQL; and a database migrated from before them is backfilled."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import inprocess
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, or_, select

from inspector.domain.answer import Answer
from inspector.domain.visit import Visit
from inspector.server import db, sums
from inspector.server.auth import Principal
from inspector.server.pull import summary_json
from inspector.server.tables import records, team_sums, visit_sums
from inspector.sync.protocol import Digest, SummaryResponse, VisitSummary, visit_checksum

PASSWORD = "sums test password"


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Engine]:
    url = "" if request.param == "sqlite" else request.getfixturevalue("pg_cluster").new_database()
    made = inprocess.engine_for(tmp_path_factory.mktemp("sums") / "data", url)
    yield made
    made.dispose()


def recomputed(engine: Engine, teams: list[str]) -> tuple[Digest, list[VisitSummary]]:
    """The definition: what the server computed over every record before sums.py."""
    with db.read(engine) as conn:
        count, total = conn.execute(select(func.count(), func.coalesce(func.sum(records.c.version), 0))
                                    .where(records.c.team.in_(teams))).one()
        groups: dict[str, list[tuple[str, str, int, bool]]] = defaultdict(list)
        for r in conn.execute(select(records).where(
                records.c.team.in_(teams),
                or_(records.c.entity == "visit", records.c.visit_id.is_not(None)))):
            visit = r.id if r.entity == "visit" else r.visit_id
            groups[visit].append((r.entity, r.id, int(r.version), bool(r.deleted)))
    return (Digest(count=count, version_sum=int(total)),
            [VisitSummary(visit_id=v, count=len(rows), checksum=visit_checksum(rows))
             for v, rows in sorted(groups.items())])


def kept(engine: Engine, teams: list[str]) -> tuple[Digest, list[VisitSummary]]:
    with db.read(engine) as conn:
        return sums.digest(conn, teams), [VisitSummary(**s.__dict__) for s in sums.summary(conn, teams)]


def served(engine: Engine, who: Principal) -> list[VisitSummary]:
    """What GET /sync/summary answers (through its cache keyed by the digest)."""
    with db.read(engine) as conn:
        return SummaryResponse.model_validate_json(summary_json(conn, who)).visits


# One push: (which of two members, what), on visits picked by index among those made so far.
ACTION = (st.one_of(
    st.tuples(st.just("visit"), st.integers(0, 4)),  # a new visit with n answers
    st.tuples(st.just("answer"), st.integers(0, 50)),  # one more answer to a visit
    st.tuples(st.just("edit"), st.integers(0, 50)),  # change a visit's notes
    st.tuples(st.just("delete"), st.integers(0, 50)),  # delete a visit (and its parts)
    st.tuples(st.just("delete_answer"), st.integers(0, 50)),
))


@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(st.tuples(st.integers(0, 1), st.lists(ACTION, min_size=1, max_size=3)),
                     min_size=1, max_size=10))
def test_kept_sums_equal_recomputed(engine: Engine,
                                    steps: list[tuple[int, list[tuple[str, int]]]]) -> None:
    a, b = f"team-{uuid.uuid4().hex[:8]}", f"team-{uuid.uuid4().hex[:8]}"
    tokens = inprocess.team(engine, a, [(f"d-{uuid.uuid4().hex[:6]}", "deputy"),
                                        (f"a-{uuid.uuid4().hex[:6]}", "aide")], PASSWORD)
    other = inprocess.team(engine, b, [(f"d-{uuid.uuid4().hex[:6]}", "deputy")], PASSWORD)
    people = [inprocess.principal(engine, t) for t in tokens]
    inprocess.register_template(engine, people[0])
    visits: list[tuple[Visit, int]] = []  # (visit, its version as last pushed)
    answers: list[tuple[Answer, int]] = []
    for who_index, actions in steps:
        who = people[who_index]
        ops = []
        for kind, n in actions:  # one push may touch several visits
            if kind == "visit":
                ops += inprocess.visit_ops(n)
            elif not visits:
                continue
            elif kind == "answer":
                visit = visits[n % len(visits)][0]
                ops.append(inprocess.op(Answer(visit_id=visit.id, question_id=f"x{n}", value=n)))
            elif kind == "edit":
                visit, version = visits[n % len(visits)]
                ops.append(inprocess.op(visit, version, fields={"notes": f"edit {n}"}))
            elif kind == "delete":
                visit, version = visits[n % len(visits)]
                ops.append(inprocess.op(visit, version, deleted=True, fields={}))
            elif answers:
                answer, version = answers[n % len(answers)]
                ops.append(inprocess.op(answer, version, deleted=True, fields={}))
        if not ops:
            continue
        reply = inprocess.send(engine, who, ops)
        served(engine, people[0])  # a summary cached for a state the next push changes
        by_id = {o.op_id: r for o, r in zip(ops, reply.results, strict=True)}
        for o in ops:
            if by_id[o.op_id].status == "applied" and o.entity in ("visit", "answer") \
                    and not o.deleted and o.base_version == 0:
                record = (Visit if o.entity == "visit" else Answer)(**o.fields)
                record.id = o.record_id
                (visits if o.entity == "visit" else answers).append((record, by_id[o.op_id].version))
    # The other team's pushes must not leak into this team's sums, nor this team's into theirs.
    inprocess.send(engine, inprocess.principal(engine, other[0]), inprocess.visit_ops(2))
    for teams in ([a], [b], [a, b]):
        assert kept(engine, teams) == recomputed(engine, teams)
    assert served(engine, people[0]) == recomputed(engine, [a])[1]


def test_migration_backfills_existing_records(tmp_path: Path) -> None:
    """A database with records from before the sums (their rows emptied, as before migration
    visit_sums) gets them from the backfill, equal to the recomputed ones."""
    engine = inprocess.engine_for(tmp_path / "data")
    team = "team-backfill"
    tokens = inprocess.team(engine, team, [("deputy-backfill", "deputy")], PASSWORD)
    who = inprocess.principal(engine, tokens[0])
    inprocess.register_template(engine, who)
    for n in range(3):
        inprocess.send(engine, who, inprocess.visit_ops(n + 1))
    expected = recomputed(engine, [team])
    with db.write(engine) as conn:
        conn.execute(team_sums.delete())
        conn.execute(visit_sums.delete())
    assert kept(engine, [team])[0].count == 0
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "photo_questions")
    db.upgrade(engine)
    assert kept(engine, [team]) == expected
    assert expected[0].count == 3 + 3 + 1 + 2 + 3  # 3 facilities, 3 visits, 1+2+3 answers
    engine.dispose()


