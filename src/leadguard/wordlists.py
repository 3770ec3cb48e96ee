"""The bundled word lists (wordlists/*.txt): loading, domain matching, and their version.

Every file starts with a '#' header naming source, version, license and date; entries follow,
one per line, lower-case. scripts/regenerate_wordlists.py rebuilds them from registry packages.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

FILES = (
    "disposable_domains.txt",
    "disposable_allowlist.txt",
    "disposable_mx.txt",
    "free_providers.txt",
    "role_accounts.txt",
    "typo_targets.txt",
    "legal_forms.txt",
)


class WordlistError(RuntimeError):
    """A bundled word list is missing or unreadable."""


class DomainSet:
    """A set of domains where a listed domain also covers its subdomains."""

    def __init__(self, domains: Iterable[str]) -> None:
        self._domains = frozenset(domains)

    def __len__(self) -> int:
        return len(self._domains)

    def __contains__(self, domain: object) -> bool:
        return isinstance(domain, str) and domain in self._domains

    def match(self, domain: str) -> str | None:
        """The listed domain that is `domain` or one of its parents, if any."""
        labels = domain.lower().rstrip(".").split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            if candidate in self._domains:
                return candidate
        return None


@dataclass(frozen=True)
class Wordlists:
    disposable: DomainSet
    disposable_mx: DomainSet
    free: frozenset[str]
    role_accounts: frozenset[str]
    typo_targets: tuple[str, ...]
    legal_forms: frozenset[str]
    version: str
    sizes: dict[str, int]


def read_entries(text: str) -> list[str]:
    """Entries of a word list file: header and blank lines skipped, order kept."""
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry:
            entries.append(entry)
    return entries


def _root(directory: str | Path | None) -> Traversable:
    if directory is not None:
        return Path(directory)
    return resources.files("leadguard").joinpath("wordlists")


def load_wordlists(directory: str | Path | None = None) -> Wordlists:
    """The word lists of `directory` (default: the bundled ones), read once per process."""
    return _load(None if directory is None else str(Path(directory).resolve()))


# Word lists are immutable once loaded; reading the 170k disposable domains costs ~0.2 s, so
# every app in a process (tests build many) shares one copy per directory.
@functools.lru_cache(maxsize=8)
def _load(directory: str | None) -> Wordlists:
    root = _root(directory)
    texts: dict[str, str] = {}
    for name in FILES:
        try:
            texts[name] = root.joinpath(name).read_text("utf-8")
        except OSError as exc:
            raise WordlistError(f"word list {name} cannot be read from {root}: {exc}") from exc
    entries = {name: read_entries(text) for name, text in texts.items()}
    allow = set(entries["disposable_allowlist.txt"])
    free = frozenset(entries["free_providers.txt"])
    disposable = DomainSet(d for d in entries["disposable_domains.txt"] if d not in allow)
    # The version covers every bundled list, including those other modules read (titles,
    # message patterns), so any edit to the data shows in each answer's versions.
    digest = hashlib.sha256()
    for item in sorted(root.iterdir(), key=lambda item: item.name):
        if item.is_file() and not item.name.startswith("."):
            digest.update(item.name.encode())
            # the lists read above are hashed from memory, not read a second time
            text = texts.get(item.name)
            digest.update(text.encode() if text is not None else item.read_bytes())
    return Wordlists(
        disposable=disposable,
        disposable_mx=DomainSet(entries["disposable_mx.txt"]),
        free=free,
        role_accounts=frozenset(entries["role_accounts.txt"]),
        typo_targets=tuple(dict.fromkeys(entries["typo_targets.txt"])),
        legal_forms=frozenset(entries["legal_forms.txt"]),
        version=digest.hexdigest()[:12],
        sizes={name: len(items) for name, items in entries.items()},
    )
