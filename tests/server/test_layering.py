"""The server imports only inspector.domain and inspector.sync.protocol from the rest of
inspector (architecture.md): it never pulls in the desktop side."""

from __future__ import annotations

import ast
from pathlib import Path

import inspector.server

ALLOWED = ("inspector.domain", "inspector.sync.protocol", "inspector.server")


def test_server_imports_only_domain_and_protocol():
    root = Path(inspector.server.__file__).parent
    bad = []
    for path in root.rglob("*.py"):
        package = "inspector.server" + "".join(
            "." + p for p in path.relative_to(root).parent.parts)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    name = f"{base}.{node.module}" if node.module else base
                else:
                    name = node.module or ""
                names = [name]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("inspector") and not name.startswith(ALLOWED):
                    bad.append(f"{path.name}: {name}")
                if name.split(".")[0] in ("PySide6", "requests", "keyring"):
                    bad.append(f"{path.name}: {name}")
    assert bad == []
