"""Shared fixtures. Qt runs offscreen in every test; each test gets its own profile folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from inspector.store.profile import Profile  # noqa: E402

# The sync fixtures (servers on SQLite and PostgreSQL, accounts, laptops) as plugins, so any test
# folder asks for them by name; pytest puts tests/ on the path for this root conftest.
pytest_plugins = ["pg", "sync.laptops"]


@pytest.fixture
def profile(tmp_path):
    with Profile(tmp_path / "profile") as p:
        yield p
