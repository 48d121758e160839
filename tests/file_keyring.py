"""A keyring backend for tests: passwords in a JSON file in CAREERDESK_HOME (a real
backend of the `keyring` package, chosen with PYTHON_KEYRING_BACKEND, so the command line
run in a subprocess keeps and finds passwords as it would in a desktop's keyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["CAREERDESK_HOME"]) / "test-keyring.json"

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except OSError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._read()
        kept[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(kept), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        kept = self._read()
        kept.pop(f"{service}/{username}", None)
        self._path.write_text(json.dumps(kept), encoding="utf-8")
