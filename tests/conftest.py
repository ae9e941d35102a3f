"""Shared fixtures. Qt runs offscreen in every test; each test gets its own profile folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from inspector.store.profile import Profile  # noqa: E402


@pytest.fixture
def profile(tmp_path):
    with Profile(tmp_path / "profile") as p:
        yield p
