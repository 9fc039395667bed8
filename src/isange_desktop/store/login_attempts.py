"""Failed logins, kept outside the vault (it is closed when they happen).

The file holds login hashes and times only, never a typed password. At the next unlock the
events are written into the audit log and the file is emptied of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from isange_desktop.domain.lockout import delay_after
from isange_desktop.store.atomic_file import write_atomic

FILE_NAME = "login-attempts.json"


@dataclass(frozen=True)
class FailedAttempt:
    login_id: str
    at: str
    kind: str  # "wrong_password", "refused_locked" or "device_enrolled"


class LoginAttempts:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self._doc = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            if isinstance(doc, dict) and isinstance(doc.get("logins"), dict):
                return doc
        except (FileNotFoundError, ValueError):
            pass
        return {"logins": {}, "events": []}

    def _save(self) -> None:
        write_atomic(self.path, json.dumps(self._doc, sort_keys=True).encode("utf-8"))

    def wait_remaining(self, login_id: str, now: datetime | None = None) -> timedelta:
        entry = self._doc["logins"].get(login_id)
        if not entry:
            return timedelta(0)
        now = now or datetime.now(UTC)
        until = datetime.fromisoformat(entry["last"]) + delay_after(int(entry["failures"]))
        return max(until - now, timedelta(0))

    def failures(self, login_id: str) -> int:
        entry = self._doc["logins"].get(login_id)
        return int(entry["failures"]) if entry else 0

    def record(self, login_id: str, kind: str, now: datetime | None = None) -> None:
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        if kind == "wrong_password":
            entry = self._doc["logins"].setdefault(login_id, {"failures": 0, "last": at})
            entry["failures"] = int(entry["failures"]) + 1
            entry["last"] = at
        self._doc["events"].append({"login_id": login_id, "at": at, "kind": kind})
        self._save()

    def pending_events(self) -> list[FailedAttempt]:
        return [FailedAttempt(e["login_id"], e["at"], e["kind"]) for e in self._doc["events"]]

    def clear_after_unlock(self, login_id: str | None) -> None:
        """Forget the flushed events and the unlocked login's counter (others stay locked)."""
        self._doc["events"] = []
        if login_id is not None:
            self._doc["logins"].pop(login_id, None)
        self._save()
