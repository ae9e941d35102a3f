"""Fixtures for sync tests: servers (SQLite and PostgreSQL), accounts, laptops (profiles)."""

from __future__ import annotations

import sys
from pathlib import Path

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

from .laptops import laptops  # noqa: E402,F401 - fixture re-exported for pytest
