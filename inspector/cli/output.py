"""What every command prints the same way: JSON, progress, dates given as arguments."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{100 * done // max(1, total):3d} %", end="" if done < total else "\n",
              file=sys.stderr, flush=True)
