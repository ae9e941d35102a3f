"""A client profile driven by tests: make records and photos, sync, compare."""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from inspector.domain.answer import Answer
from inspector.domain.facility import Facility
from inspector.domain.finding import Finding
from inspector.domain.photo import Photo
from inspector.domain.visit import Visit
from inspector.services.sync import SyncReport, run_sync
from inspector.store.profile import Profile
from inspector.store.records import TABLES
from inspector.sync.tokens import MemoryTokenStore

PASSWORD = "correct horse battery staple"


def jpeg_bytes(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    """A small real JPEG (Pillow), different for every seed."""
    rng = random.Random(seed)
    im = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    im.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(size[0] * size[1])])
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    return out.getvalue()


class Laptop:
    def __init__(self, path: Path, server_url: str, user: str) -> None:
        self.profile = Profile(path)
        self.server_url = server_url
        self.user = user
        self.tokens = MemoryTokenStore()
        self.records = self.profile.records

    def sync(self, **kwargs: Any) -> SyncReport:
        kwargs.setdefault("password", PASSWORD)
        return run_sync(self.profile, self.server_url, self.user, token_store=self.tokens,
                        **kwargs)

    # --- making data ----------------------------------------------------------------------

    def facility(self, name: str = "ЦОН Алматы") -> Facility:
        return self.records.save(Facility(kind="psc", name=name, region="Алматы"))

    def visit(self, facility: Facility | None = None, notes: str = "") -> Visit:
        facility = facility or self.facility()
        return self.records.save(Visit(facility_id=facility.id, started_on="2025-03-01",
                                       template_id="psc", template_version=1, notes=notes,
                                       deputies=["Депутат"]))

    def answer(self, visit: Visit, question: str, value: Any) -> Answer:
        return self.records.save(Answer(visit_id=visit.id, question_id=question, value=value))

    def photo(self, visit: Visit, seed: int, size: tuple[int, int] = (64, 48)) -> Photo:
        data = jpeg_bytes(seed, size)
        sha = self.profile.media.add_bytes(data)
        return self.records.save(Photo(visit_id=visit.id, sha256=sha, size=len(data),
                                       caption=f"photo {seed}"))

    def finding(self, visit: Visit, text: str) -> Finding:
        return self.records.save(Finding(visit_id=visit.id, text=text))

    # --- looking ----------------------------------------------------------------------------

    def state(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every record (tombstones included) without local bookkeeping: what must converge."""
        found = {}
        for entity, table in TABLES.items():
            for row in self.profile.database.query(f"SELECT * FROM {table}"):
                row = dict(row)
                for k in ("created_at", "updated_at"):
                    row.pop(k)
                found[(entity, row["id"])] = row
        return found

    def conflicts(self) -> list[dict[str, Any]]:
        return self.profile.database.query("SELECT * FROM conflicts ORDER BY record_id, field")

    def outbox(self) -> int:
        return self.profile.database.scalar("SELECT count(*) FROM outbox")

    def close(self) -> None:
        self.profile.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    """Make client profiles in the test's folder; all are closed at the end."""
    made: list[Laptop] = []

    def make(server_url: str, user: str, name: str | None = None) -> Laptop:
        laptop = Laptop(tmp_path / (name or f"laptop{len(made)}"), server_url, user)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
