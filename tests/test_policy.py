"""The policy turns signals into points, reasons and a verdict; checks never do."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadguard.policy import PolicyError, load_policy
from leadguard.signals import Signal


def test_free_provider_alone_costs_ten_points_and_is_accepted() -> None:
    """A free mailbox is -10 by default, like the usual lead-scoring playbook, and not spam."""
    decision = load_policy().decide([Signal("email.free_provider", "email",
                                            {"domain": "gmail.com"})])
    assert decision.score == -10
    assert decision.verdict == "accept"
    assert not decision.spam
    assert decision.adjustments[0].reason == "gmail.com is a free email provider"


@pytest.mark.parametrize("code", ["form.honeypot", "email.no_mx", "email.disposable",
                                  "email.invalid_syntax"])
def test_hard_rules_reject_whatever_the_score(code: str, tmp_path: Path) -> None:
    """Honeypot, no MX, disposable and invalid syntax reject even when their points are 0."""
    override = tmp_path / "policy.toml"
    override.write_text(f'[codes."{code}"]\npoints = 0\n')
    decision = load_policy(override).decide([Signal(code, "email")])
    assert decision.verdict == "reject"
    assert decision.spam


def test_score_bands_give_review_then_reject() -> None:
    """Points alone move a lead to review at review_at and to reject at reject_at."""
    policy = load_policy()
    gib = Signal("email.gibberish", "email", {"local": "xkqzvw"})
    name = Signal("name.gibberish", "first_name", {"field": "first name", "value": "Xk"})
    assert policy.decide([gib]).verdict == "review"
    assert policy.decide([gib, name]).verdict == "reject"
    assert policy.decide([]).verdict == "accept"


def test_probability_grows_as_the_score_falls() -> None:
    """Without a classifier, spam_probability is a monotone function of the score."""
    policy = load_policy()
    values = [policy.probability_from_score(score) for score in (0, -10, -25, -50, -100)]
    assert values == sorted(values)
    assert values[0] < 0.05 < 0.5 < values[-1]


def test_override_merges_key_by_key_and_versions_the_result(tmp_path: Path) -> None:
    """An override file changes only what it names, and the version shows it was overridden."""
    override = tmp_path / "policy.toml"
    override.write_text('version = "acme-3"\n[codes."email.free_provider"]\npoints = -3\n')
    policy = load_policy(override)
    assert policy.rules["email.free_provider"].points == -3
    assert policy.rules["email.role_account"].points == load_policy().rules[
        "email.role_account"].points
    assert policy.version.startswith("acme-3+")
    assert policy.version != load_policy(None).version


def test_reason_placeholders_cannot_reach_attributes(tmp_path: Path) -> None:
    """A reason template only fills plain {name} placeholders from the signal's detail."""
    override = tmp_path / "policy.toml"
    override.write_text('[codes."email.free_provider"]\n'
                        'reason = "{domain.__class__} / {domain} / {missing}"\n')
    decision = load_policy(override).decide([Signal("email.free_provider", "email",
                                                    {"domain": "gmail.com"})])
    assert decision.adjustments[0].reason == "{domain.__class__} / gmail.com / {missing}"


@pytest.mark.parametrize("text, fragment", [
    ('[codes."email.free_provider"]\npoints = 5\n', "0 or negative"),
    ('[codes."email.free_provider"]\nverdict = "maybe"\n', "verdict"),
    ("[verdict]\nreview_at = -60\n", "reject_at"),
    ("this is = = not toml", "not valid TOML"),
])
def test_unusable_policy_files_are_refused_with_a_clear_message(
        text: str, fragment: str, tmp_path: Path) -> None:
    """A policy that would misbehave is refused at start-up, naming what to fix."""
    override = tmp_path / "policy.toml"
    override.write_text(text)
    with pytest.raises(PolicyError, match=fragment):
        load_policy(override)


def test_a_missing_policy_file_is_refused() -> None:
    """LEADGUARD_POLICY naming a file that does not exist is a start-up error."""
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy("/nonexistent/policy.toml")


def test_unknown_signal_codes_are_a_programming_error() -> None:
    """A check emitting a code the policy does not know fails loudly, not silently."""
    with pytest.raises(PolicyError, match="no rule"):
        load_policy().decide([Signal("email.unheard_of", "email")])


def test_every_check_code_has_a_policy_rule() -> None:
    """Each code a default check can emit is priced by the bundled policy."""
    from leadguard.checks import default_checks
    from leadguard.wordlists import load_wordlists

    policy = load_policy()
    for check in default_checks(policy, load_wordlists()):
        for code in check.codes:
            assert code in policy.rules, f"{type(check).__name__} emits {code}"
