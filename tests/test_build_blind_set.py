"""scripts/build_blind_set.py: the leads it makes of a mononym (a person with one name only)."""

from __future__ import annotations

import random
from types import ModuleType

import pytest

from tests.scripts import load_script


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_script("build_blind_set")


def test_a_mononym_gets_no_empty_family_part(builder: ModuleType) -> None:
    person = builder.Person(given="Aung", family="", given_latin="Aung", family_latin="",
                            country="MM", lang="my", female=False, source="test")
    rng = random.Random(7)
    assert person.full_name == "Aung"
    mailboxes = [builder.corporate_mailbox(rng, person) for _ in range(40)]
    mailboxes += [builder.free_mailbox(rng, person, "gmail.com") for _ in range(40)]
    mailboxes += [builder.unusual_pattern(rng, person, "gmail.com") for _ in range(40)]
    assert all(box.startswith("aung") for box in mailboxes), mailboxes
    assert not any(box.endswith((".", "_", "-", "x")) for box in mailboxes), mailboxes
    for _ in range(60):
        name, domain = builder.company(rng, person, {})
        assert name == name.strip() and "  " not in name and name not in ("CV", "Ltd.")
        assert domain.split(".")[0]


def test_a_person_with_a_family_name_keeps_both(builder: ModuleType) -> None:
    person = builder.Person(given="Nguyen", family="Thi Hong", given_latin="Nguyen",
                            family_latin="Thi Hong", country="VN", lang="vi", female=True,
                            source="test", family_first=True)
    assert person.full_name == "Thi Hong Nguyen"
    assert person.last == "thihong"
