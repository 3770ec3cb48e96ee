"""One lead in the middle of being screened: what every check may read."""

from __future__ import annotations

import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from leadguard.dns import MxResult
from leadguard.emailaddr import ParsedEmail
from leadguard.lead import Lead


@dataclass
class Screening:
    lead: Lead
    email: ParsedEmail | None
    syntax_problem: str | None
    deadline: float  # time.monotonic() past which DNS answers are "timeout"
    mx_future: Future[MxResult] | None = None
    _mx: MxResult | None = field(default=None, repr=False)

    def mx(self) -> MxResult:
        """The MX answer for the lead's domain, waiting at most until the DNS deadline."""
        if self._mx is None:
            if self.mx_future is None:
                self._mx = MxResult("skipped")
            else:
                remaining = self.deadline - time.monotonic()
                try:
                    self._mx = self.mx_future.result(timeout=max(remaining, 0.0))
                except FutureTimeout:
                    self._mx = MxResult("timeout")
        return self._mx
