"""Labels from the review store as training examples: moderators' decisions and pipelines'
outcomes, next to the bundled corpus.

The store keeps each queued lead's submitted fields and adjustments, not its DNS answer. The
MX status a stored lead is replayed with is therefore read from its adjustments: an
`email.no_mx` names the problem (nxdomain, null MX, missing); without one the domain could
receive mail or DNS could not tell, and the lead is replayed as "found", the status of
nearly every deliverable lead in the corpus. "timeout" or "skipped" would be wrong there:
every feedback lead would land in one rare column, which would learn the feedback's label
mix (a DNS timeout would become evidence, or an invalid address would look legit).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

# The check's own wording of each problem: the stored reason quotes it, whatever the template.
from leadguard.checks.mx import _PROBLEMS as PROBLEMS
from leadguard.errors import ApiError
from leadguard.lead import parse_lead
from leadguard.model.corpus import Example
from leadguard.store import MAX_LIMIT, ReviewStore

CATEGORY = "feedback"
SOURCE = "review-store"


def recorded_mx(adjustments: Sequence[Mapping[str, Any]]) -> str:
    """The MX status a stored lead is replayed with, from the adjustments it was given."""
    for adjustment in adjustments:
        if adjustment.get("code") == "email.no_mx":
            reason = str(adjustment.get("reason", ""))
            for status, problem in PROBLEMS.items():
                if problem in reason:
                    return status
            return "missing"
    return "found"


def stored_reviews(store: ReviewStore, *, status: str | None = None,
                   limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stored reviews, newest first, page by page; at most `limit` of them."""
    cursor = None
    left = limit
    while left is None or left > 0:
        page_size = MAX_LIMIT if left is None else min(MAX_LIMIT, left)
        page, cursor = store.list(status=status, limit=page_size, cursor=cursor)
        yield from page
        if left is not None:
            left -= len(page)
        if cursor is None:
            return


def _key(fields: Mapping[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True, ensure_ascii=True)


def feedback_examples(store: ReviewStore) -> tuple[list[Example], int]:
    """Every labelled lead of the store as an Example of category "feedback", and how many
    stored leads could not be read back as a lead (skipped)."""
    mx_of = {_key(review["lead"]): recorded_mx(review["adjustments"])
             for review in stored_reviews(store)}
    examples = []
    skipped = 0
    for fields, label in store.labelled():
        try:
            lead = parse_lead(dict(fields))
        except ApiError:
            skipped += 1
            continue
        examples.append(Example(lead=lead, label=label, category=CATEGORY, source=SOURCE,
                                mx=mx_of.get(_key(fields), "found")))
    return examples, skipped


def digest(examples: Sequence[Example]) -> str:
    """sha256 of the examples' leads, labels and MX statuses, in order: the feedback part of
    a model's training-data hash."""
    hasher = hashlib.sha256()
    for example in examples:
        record = {"lead": dataclasses.asdict(example.lead), "label": example.label,
                  "mx": example.mx}
        hasher.update(json.dumps(record, sort_keys=True, default=str).encode() + b"\n")
    return hasher.hexdigest()
