"""The architecture's rules, as tests: Qt stays in inspector/ui, the server stays apart."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "inspector"
QT_MODULES = ("PySide6", "shiboken6")
QT_ALLOWED = ("inspector/ui/", "inspector/app.py", "inspector/__main__.py")
SERVER_MAY_IMPORT = ("inspector.domain", "inspector.sync.protocol", "inspector.server")


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module a file imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def python_files(folder: Path):
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def test_qt_is_imported_only_in_ui():
    offenders = []
    for path in python_files(PACKAGE):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        if any(m.split(".")[0] in QT_MODULES for m in imported_modules(path)):
            offenders.append(rel)
    assert offenders == [], f"Qt imported outside inspector/ui: {offenders}"


def test_server_does_not_import_the_desktop_side():
    offenders = []
    for path in python_files(PACKAGE / "server"):
        for module in imported_modules(path):
            if module.startswith("inspector") and not module.startswith(SERVER_MAY_IMPORT):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def test_domain_imports_nothing_else_of_inspector():
    offenders = [f"{p.relative_to(ROOT)} imports {m}" for p in python_files(PACKAGE / "domain")
                 for m in imported_modules(p)
                 if m.startswith("inspector") and not m.startswith("inspector.domain")]
    assert offenders == []


def test_the_rule_catches_an_offender(tmp_path):
    """The walker really sees a Qt import, relative imports included."""
    bad = ROOT / "inspector" / "store" / "_probe_tmp.py"
    bad.write_text("from PySide6 import QtCore\nfrom ..ui import app\n")
    try:
        found = imported_modules(bad)
    finally:
        bad.unlink()
    assert "PySide6" in found and "inspector.ui.app" in found


def test_every_package_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")
               if "__pycache__" not in p.parts}
    missing = on_disk - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
