"""Graduate outcome figures, as PRODUCT.md defines them (each a numerator over a
denominator, so a report can print both and a test can check both).

- NACE knowledge rate = graduates with a known outcome ÷ all graduates;
- NACE career outcomes rate = (employed + service/military + continuing education) ÷
  (those + still seeking): graduates not seeking work, and unknown ones, are left out;
- Hong Kong employment rate (the graduate employment survey's) = employed ÷ (employed +
  unemployed and seeking).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from careerdesk.core.domain.choices import GraduateOutcome as O

EMPLOYED = (O.EMPLOYED_FULL_TIME, O.EMPLOYED_PART_TIME)
CAREER_OUTCOMES = (*EMPLOYED, O.SERVICE_MILITARY, O.FURTHER_STUDY)


@dataclass(frozen=True)
class Rate:
    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass
class OutcomeCounts:
    """How many graduates have each outcome (None: none recorded, counted as unknown)."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: str | None) -> None:
        self.counts[outcome or O.UNKNOWN.value] += 1

    @property
    def graduates(self) -> int:
        return sum(self.counts.values())

    def _sum(self, outcomes: tuple[O, ...]) -> int:
        return sum(self.counts[o.value] for o in outcomes)

    @property
    def knowledge_rate(self) -> Rate:
        return Rate(self.graduates - self.counts[O.UNKNOWN.value], self.graduates)

    @property
    def career_outcomes_rate(self) -> Rate:
        successful = self._sum(CAREER_OUTCOMES)
        return Rate(successful, successful + self.counts[O.SEEKING.value])

    @property
    def employment_rate(self) -> Rate:
        employed = self._sum(EMPLOYED)
        return Rate(employed, employed + self.counts[O.SEEKING.value])
