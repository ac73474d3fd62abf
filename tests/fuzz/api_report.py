"""What a fuzz run found: requests sent, statuses, and the failures (first ``MAX_FINDINGS`` kept in full)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

MAX_FINDINGS = 50


@dataclass
class Finding:
    stack: str
    identity: str
    method: str
    url: str
    status: int
    detail: str

    def __str__(self) -> str:
        return f"[{self.stack}] {self.identity}: {self.method} {self.url} -> {self.status} {self.detail[:300]}"


@dataclass
class Report:
    stack: str
    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    failures: int = 0  # 5xx, answers cut short, and (hostile ingest) answers other than the one required
    dead_letters: list[str] = field(default_factory=list)  # events a projection could not apply

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def record(self, finding: Finding | None, status: int) -> None:
        self.requests += 1
        self.statuses[status] += 1
        if finding is not None:
            self.failures += 1
            if len(self.findings) < MAX_FINDINGS:
                self.findings.append(finding)

    def line(self) -> str:
        rate = self.requests / self.seconds if self.seconds else 0.0
        return (f"{self.stack}: {self.requests} requests, {self.server_errors} 5xx, {self.failures} failures, "
                f"{self.seconds:.0f} s, {rate:.0f} requests/s; statuses "
                + ", ".join(f"{s}: {n}" for s, n in sorted(self.statuses.items())))
