from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from leadguard.screening import Screening
from leadguard.signals import Signal

_SEPARATORS = re.compile(r"[._\-]")


class RoleAccount:
    """A mailbox for a function (info@, sales@, noreply@), not a person."""

    codes: ClassVar[tuple[str, ...]] = ("email.role_account",)

    def __init__(self, role_accounts: frozenset[str]) -> None:
        self.role_accounts = role_accounts
        self._squashed = frozenset(_SEPARATORS.sub("", name) for name in role_accounts)

    def __call__(self, screening: Screening) -> Iterator[Signal]:
        email = screening.email
        if email is None:
            return
        local = email.local.lower().split("+", 1)[0]
        if local in self.role_accounts or _SEPARATORS.sub("", local) in self._squashed:
            yield Signal("email.role_account", "email", {"local": local})
