"""bench_sync's second baseline: a photo upload that does the server's necessary work, no more.

One FastAPI route on uvicorn (the stack the server must use) that hashes each body as it
arrives, writes it, fsyncs it and renames it into place: what any server that keeps photos
durably and checks them must do. No sign-in, no database, no resumable offsets, no limits.
The gap between a discarding sink and this is the cost of storing photos with this stack; the
gap between this and Inspector's upload is the sync protocol's own cost.

    BENCH_SAME_WORK_DIR=/tmp/x python -m uvicorn upload_same_work:app --app-dir bench
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fastapi import FastAPI, Request

app = FastAPI()
FOLDER = Path(os.environ.get("BENCH_SAME_WORK_DIR", "."))


@app.put("/{name}")
async def put(name: str, request: Request) -> dict[str, str]:
    digest = hashlib.sha256()
    partial = FOLDER / f"{name}.partial"
    with open(partial, "wb") as out:
        async for chunk in request.stream():
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, FOLDER / name)
    return {"sha256": digest.hexdigest()}
