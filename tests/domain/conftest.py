"""Shared by the template tests: what a person is told when a template file is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.domain.checklist import TemplateError, load_template


@pytest.fixture
def refusal(tmp_path: Path) -> Callable[[dict], TemplateError]:
    """Write `data` as broken.json, load it, and return the error that refused it."""

    def refuse(data: dict) -> TemplateError:
        path = tmp_path / "broken.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(TemplateError) as error:
            load_template(path)
        return error.value

    return refuse
