"""Every server setting is read from the environment, and every way to start the server uses
the same default data folder."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from inspector.server import cli
from inspector.server.settings import (
    DEFAULT_DATA_DIR,
    ENVIRONMENT,
    SettingError,
    Settings,
)


def test_every_setting_comes_from_its_variable():
    environ, wanted = {}, {}
    for n, f in enumerate(fields(Settings), start=1):
        default = getattr(Settings(), f.name)
        value = (Path(f"/srv/data-{n}") if isinstance(default, Path) else
                 f"postgresql://db-{n}" if isinstance(default, str) else type(default)(n * 7))
        environ[ENVIRONMENT[f.name]] = str(value)
        wanted[f.name] = value
    assert len(set(environ)) == len(fields(Settings))  # one variable each
    made = Settings.from_env(environ)
    assert {name: getattr(made, name) for name in wanted} == wanted
    # The command line's options win over the environment.
    assert Settings.from_env(environ, data_dir=Path("here")).data_dir == Path("here")


@pytest.mark.parametrize("text", ["soon", "0", "-3", "nan"])
def test_a_nonsense_number_names_its_variable(text):
    with pytest.raises(SettingError, match="INSPECTOR_SERVER_PAGE_SIZE") as caught:
        Settings.from_env({"INSPECTOR_SERVER_PAGE_SIZE": text})
    assert repr(text) in str(caught.value)


def test_serve_and_the_uvicorn_factory_use_one_default_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ENVIRONMENT.values():
        monkeypatch.delenv(name, raising=False)
    args = cli.build_parser().parse_args(["serve"])
    assert cli._settings(args).data_dir == Settings.from_env().data_dir == DEFAULT_DATA_DIR
    assert (tmp_path / DEFAULT_DATA_DIR).is_dir()
    monkeypatch.setenv("INSPECTOR_SERVER_DATA", str(tmp_path / "from-env"))
    assert cli._settings(cli.build_parser().parse_args(["serve"])).data_dir == \
        Settings.from_env().data_dir == tmp_path / "from-env"
