"""Fixtures for server tests: servers on SQLite and PostgreSQL, accounts, laptops."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pg import (  # noqa: E402,F401 - fixtures re-exported for pytest
    PASSWORD,
    Accounts,
    ServerProcess,
    accounts,
    backend,
    pg_cluster,
    server,
)
from sync.laptops import Laptop  # noqa: E402


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[callable]:
    made: list[Laptop] = []

    def make(server_url: str, user: str, name: str | None = None) -> Laptop:
        laptop = Laptop(tmp_path / (name or f"laptop{len(made)}"), server_url, user)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
