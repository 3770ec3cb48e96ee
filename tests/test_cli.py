"""The `leadguard` command in-process: screening one lead from the shell, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leadguard import __version__
from leadguard.cli import build_parser, main
from leadguard.config import SETTINGS
from leadguard.lead import TEXT_FIELDS
from tests.dnsserver import DnsServer


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, dns_server: DnsServer, tmp_path: Path) -> None:
    """Only the test DNS server and a scratch data directory; no settings from the shell."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    host, port = dns_server.address
    monkeypatch.setenv("LEADGUARD_DNS_NAMESERVERS", f"{host}:{port}")
    monkeypatch.setenv("LEADGUARD_DNS_TIMEOUT", "1")
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path))


def test_screen_prints_the_result_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`leadguard screen --email jane@gmail.com --job-title CTO` prints the free_provider result."""
    assert main(["screen", "--email", "jane@gmail.com", "--job-title", "CTO"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(a["code"], a["points"], a["field"]) for a in result["adjustments"]] == [
        ("email.free_provider", -10, "email")]
    assert result["email"]["mx"] == "found"
    assert (result["verdict"], result["spam"]) == ("accept", False)


def test_screen_passes_every_option_to_the_screener(capsys: pytest.CaptureFixture[str]) -> None:
    """Form options reach the checks: a filled honeypot and a fast submit are both reported."""
    code = main(["screen", "--email", "jane.doe@acme-corp.com", "--honeypot", "bot",
                 "--elapsed-ms", "10", "--lead-id", "crm-9", "--user-agent", "curl/8"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert {a["code"] for a in result["adjustments"]} - {"model.spam_likely"} == {
        "form.honeypot", "form.too_fast"}
    assert (result["lead_id"], result["verdict"]) == ("crm-9", "reject")


def test_screen_of_an_invalid_lead_exits_2_with_the_error(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A lead the API would refuse prints the contract's error on stderr and exits 2."""
    assert main(["screen", "--email", "jane@gmail.com", "--elapsed-ms", "-5"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert json.loads(captured.err)["error"]["details"].keys() == {"elapsed_ms"}


@pytest.mark.parametrize("command", [["screen", "--email", "jane@gmail.com"], ["serve"]])
def test_unusable_policy_exits_2_with_a_message(
        command: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A bad LEADGUARD_POLICY stops screen and serve (before any worker) with one clear line."""
    policy = tmp_path / "policy.toml"
    policy.write_text('[codes."email.free_provider"]\npoints = 10\n')
    monkeypatch.setenv("LEADGUARD_POLICY", str(policy))
    assert main(command) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("leadguard: ")
    assert "codes.email.free_provider.points must be 0 or negative, not 10" in lines[0]


def test_unusable_setting_exits_2_with_a_message(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed environment variable is named in the error, not shown as a traceback."""
    monkeypatch.setenv("LEADGUARD_DNS_TIMEOUT", "soon")
    assert main(["screen", "--email", "jane@gmail.com"]) == 2
    assert "LEADGUARD_DNS_TIMEOUT='soon' is not usable" in capsys.readouterr().err


def test_serve_refuses_a_public_address_without_keys_in_process(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`serve --host 0.0.0.0` without API keys exits 2 before starting anything."""
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "refusing to serve without API keys on 0.0.0.0" in capsys.readouterr().err


def test_version_names_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`leadguard --version` prints the package version."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"leadguard {__version__}"


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a command the usage is shown and the exit status is 2."""
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "usage: leadguard" in capsys.readouterr().err


def test_screen_options_cover_every_text_field() -> None:
    """Every optional text field of a lead has a --option on `leadguard screen`."""
    args = build_parser().parse_args(["screen", "--email", "a@b.c",
                              *(part for name in TEXT_FIELDS
                                for part in ("--" + name.replace("_", "-"), "v"))])
    assert all(getattr(args, name) == "v" for name in TEXT_FIELDS)
