"""Where a device's API token is kept: the OS keyring when there is one, else a private file."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Protocol

SERVICE = "inspector-sync"
TOKEN_FILE = "sync-tokens.json"


class TokenStore(Protocol):
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, token: str) -> None: ...
    def delete(self, key: str) -> None: ...


def token_key(server_url: str, user: str, device_id: str) -> str:
    return f"{server_url.rstrip('/')}|{user}|{device_id}"


class MemoryTokenStore:
    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.tokens.get(key)

    def set(self, key: str, token: str) -> None:
        self.tokens[key] = token

    def delete(self, key: str) -> None:
        self.tokens.pop(key, None)


class FileTokenStore:
    """A JSON file readable only by its owner (0600), written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    def _save(self, tokens: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(tokens, f)
        os.chmod(tmp, 0o600)  # O_CREAT's mode does not apply to a file left from before
        os.replace(tmp, self.path)

    def get(self, key: str) -> str | None:
        return self._load().get(key)

    def set(self, key: str, token: str) -> None:
        self._save(self._load() | {key: token})

    def delete(self, key: str) -> None:
        tokens = self._load()
        if tokens.pop(key, None) is not None:
            self._save(tokens)


class KeyringTokenStore:
    def get(self, key: str) -> str | None:
        import keyring

        return keyring.get_password(SERVICE, key)

    def set(self, key: str, token: str) -> None:
        import keyring

        keyring.set_password(SERVICE, key, token)

    def delete(self, key: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, key)


def keyring_usable() -> bool:
    """A real OS keyring, not keyring's "fail" or "null" stand-ins (headless Linux, CI)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install must not break sync
        return False
    if isinstance(backend, fail.Keyring) or "null" in type(backend).__module__:
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return getattr(backend, "priority", 0) > 0


def default_token_store(profile_dir: Path) -> TokenStore:
    if keyring_usable():
        return KeyringTokenStore()
    return FileTokenStore(Path(profile_dir) / TOKEN_FILE)
