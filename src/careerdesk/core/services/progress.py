"""How long work reports progress and hears a Cancel, without knowing about Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from threading import Event
from typing import Protocol

from careerdesk.core.errors import CancelledError


class ProgressCallback(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


def _ignore(done: int, total: int, message: str) -> None:
    pass


@dataclass
class Progress:
    """Passed into long work: ``step`` reports, and raises ``CancelledError`` after Cancel."""

    report: ProgressCallback = _ignore
    cancel_event: Event = field(default_factory=Event)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.cancelled:
            raise CancelledError()
        self.report(done, total, message)
