"""Partial uploads a laptop never came back for are deleted when the server starts; recent ones
stay, so a laptop can still resume (a real inspector-server process on SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pg import ServerProcess, database_for


def partial_upload(data_dir: Path, body: bytes, device: str, hours_old: float) -> Path:
    folder = data_dir / "blobs" / ".partial"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(body).hexdigest()}-{device}"
    path.write_bytes(body[: len(body) // 2])
    stamp = time.time() - hours_old * 3600
    os.utime(path, (stamp, stamp))
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def start(data_dir: Path, database_url: str) -> ServerProcess:
    return ServerProcess(data_dir, database_url).start()


def test_abandoned_partial_uploads_are_removed_at_start(backend, request, data_dir):
    url = database_for(backend, request)
    old = [partial_upload(data_dir, os.urandom(400_000) + bytes([i]), "laptop-a", 8 * 24)
           for i in range(3)]
    recent = partial_upload(data_dir, os.urandom(400_000), "laptop-b", 2)
    server = start(data_dir, url)
    try:
        assert not any(path.exists() for path in old)  # 3 files, 600 kB, gone
        assert recent.exists()
        assert "3 abandoned partial uploads" in (data_dir.parent / f"server-{server.port}.log") \
            .read_text()
    finally:
        server.stop()


def test_the_age_comes_from_the_environment(backend, request, data_dir, monkeypatch):
    monkeypatch.setenv("INSPECTOR_SERVER_ABANDONED_UPLOAD_HOURS", "1.5")
    url = database_for(backend, request)
    two_hours = partial_upload(data_dir, os.urandom(100_000), "laptop-a", 2)
    one_hour = partial_upload(data_dir, os.urandom(100_000), "laptop-b", 1)
    server = start(data_dir, url)
    server.stop()
    assert not two_hours.exists() and one_hour.exists()


def test_a_nonsense_age_stops_the_server_with_the_setting_named(data_dir):
    data_dir.mkdir(parents=True)
    # Run to its end rather than through ServerProcess, whose start-up wait is for a healthy
    # server: on a loaded machine the refusal can take longer than that wait.
    refused = subprocess.run(
        [sys.executable, "-m", "inspector.server.cli", "serve", "--data", str(data_dir),
         "--port", "0"], capture_output=True, text=True, timeout=300,
        env={**os.environ, "INSPECTOR_SERVER_ABANDONED_UPLOAD_HOURS": "soon"})
    assert refused.returncode == 1
    assert "INSPECTOR_SERVER_ABANDONED_UPLOAD_HOURS" in refused.stderr and "'soon'" in \
        refused.stderr
    assert "Traceback" not in refused.stderr
