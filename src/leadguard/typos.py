"""Typo domains of common mailbox providers: gmial.com -> gmail.com, gmail.con -> gmail.com.

Pure functions, no Flask. The index is built once from the target domains: every single slip
of each target's first label (a drop, a swap of neighbours, a doubled letter, a QWERTY-neighbour
key instead of or next to the intended one) and of its suffix ("con", "cmo", "ne", "orgg") is
mapped back to the target. A look-up is then a few dict look-ups, however many targets there are.

Conservative by design, because a wrong correction sends the lead's mail to a stranger:
- only labels of at least MIN_LABEL_FOR_SLIPS letters get label slips ("me", "qq", "aol", "mail"
  only get suffix slips), and the first letter is never dropped or replaced ("cloud" is not a
  typo of "icloud", "ymail" is not a typo of "gmail");
- only suffixes of at least MIN_SUFFIX_FOR_SLIPS letters get suffix slips: a slip of a two-letter
  country code is usually another real country code (hotmail.de is not a typo of hotmail.se);
- a multi-label suffix ("co.uk") only gets its truncation ("co"), so hotmail.co is as near to
  hotmail.co.uk as to hotmail.com, and is left alone;
- the nearest target must be unique: a tie between two targets suggests nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

MIN_LABEL_FOR_SLIPS = 5
MIN_SUFFIX_FOR_SLIPS = 3

_QWERTY_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Keys touching each key on a staggered QWERTY keyboard (digits row included)."""
    near: dict[str, set[str]] = {key: set() for row in _QWERTY_ROWS for key in row}
    for r, row in enumerate(_QWERTY_ROWS):
        for i, key in enumerate(row):
            # Each row sits half a key to the right of the one above it.
            spots = [(r, i - 1), (r, i + 1), (r - 1, i), (r - 1, i + 1), (r + 1, i - 1), (r + 1, i)]
            for rr, ii in spots:
                if 0 <= rr < len(_QWERTY_ROWS) and 0 <= ii < len(_QWERTY_ROWS[rr]):
                    near[key].add(_QWERTY_ROWS[rr][ii])
    return {key: frozenset(keys) for key, keys in near.items()}


KEYBOARD_NEIGHBOURS = _keyboard_neighbours()


def slips(word: str, *, keep_first: bool) -> set[str]:
    """Every string one typing slip away from `word`.

    A slip is a dropped letter, two neighbouring letters swapped, a letter typed twice, a
    QWERTY-neighbour key instead of the intended one, or a neighbour key hit next to it.
    With keep_first the first letter is never dropped, replaced or preceded by a stray key
    (swapping the first two letters still counts).
    """
    found: set[str] = set()
    start = 1 if keep_first else 0
    for i in range(len(word)):
        head, char, tail = word[:i], word[i], word[i + 1:]
        found.add(head + char + char + tail)
        if i + 1 < len(word):
            found.add(head + word[i + 1] + char + word[i + 2:])
        near = KEYBOARD_NEIGHBOURS.get(char, frozenset())
        for key in near:
            found.add(head + char + key + tail)
        if i >= start:
            found.add(head + tail)
            for key in near:
                found.add(head + key + tail)
                found.add(head + key + char + tail)
    found.discard(word)
    found.discard("")
    return found


def split_domain(domain: str) -> tuple[str, str] | None:
    """The first label and the rest ("hotmail.co.uk" -> ("hotmail", "co.uk")), if both exist."""
    label, _, suffix = domain.partition(".")
    if not label or not suffix:
        return None
    return label, suffix


def _suffix_slips(suffix: str) -> Iterator[str]:
    if "." in suffix:
        yield suffix.split(".", 1)[0]
    elif len(suffix) >= MIN_SUFFIX_FOR_SLIPS:
        yield from slips(suffix, keep_first=False)


class TypoIndex:
    """Maps a typed domain to the one target it is most likely a slip of."""

    def __init__(self, targets: Iterable[str]) -> None:
        self.targets = frozenset(target.strip().lower() for target in targets)
        self._suffixes_of: dict[str, set[str]] = {}
        label_slips: dict[str, set[str]] = {}
        suffix_slips: dict[str, set[str]] = {}
        for target in self.targets:
            parts = split_domain(target)
            if parts is None:
                continue
            label, suffix = parts
            self._suffixes_of.setdefault(label, set()).add(suffix)
            if len(label) >= MIN_LABEL_FOR_SLIPS:
                for typo in slips(label, keep_first=True):
                    label_slips.setdefault(typo, set()).add(label)
            for typo in _suffix_slips(suffix):
                suffix_slips.setdefault(typo, set()).add(suffix)
        self._label_slips = {typo: frozenset(found) for typo, found in label_slips.items()}
        self._suffix_slips = {typo: frozenset(found) for typo, found in suffix_slips.items()}

    def suggest(self, domain: str) -> str | None:
        """The target `domain` is a slip of, or None when it is a target, unrelated or ambiguous.

        A slip in the label and one in the suffix may come together (gmial.con); the target
        needing the fewest slips wins, and only if no other target needs as few.
        """
        if domain in self.targets:
            return None
        parts = split_domain(domain)
        if parts is None:
            return None
        label, suffix = parts
        labels = [(near, 1) for near in self._label_slips.get(label, ())]
        if label in self._suffixes_of:
            labels.append((label, 0))
        suffixes = [(near, 1) for near in self._suffix_slips.get(suffix, ())]
        suffixes.append((suffix, 0))
        cost_of: dict[str, int] = {}
        for near_label, label_cost in labels:
            own = self._suffixes_of[near_label]
            for near_suffix, suffix_cost in suffixes:
                if near_suffix in own:
                    cost_of[f"{near_label}.{near_suffix}"] = label_cost + suffix_cost
        if not cost_of:
            return None
        best = min(cost_of.values())
        nearest = [target for target, cost in cost_of.items() if cost == best]
        return nearest[0] if len(nearest) == 1 else None
