"""`leadguard screen-file`: CSV and JSONL exports screened into JSONL results, bad rows,
resuming after an interruption, and the closing summary."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from leadguard.backfill import (
    BackfillError,
    Progress,
    add_command,
    format_summary,
    map_columns,
    screen_file,
)
from leadguard.config import SETTINGS
from tests.dnsserver import DnsServer

CRM_HEADERS = ["Record ID", "First Name", "Last Name", "Email Address", "Company Name",
               "Job Title", "Comments", "Lead Source"]
CRM_ROWS = [
    ["crm-1", "Jane", "Doe", "jane.doe@acme-corp.com", "Acme Corp", "VP Marketing",
     "We'd like a demo for 40 seats.", "Webinar"],
    ["crm-2", "John", "Smith", "john.smith@gmail.com", "", "CTO", "", "Website"],
    ["crm-3", "Ann", "Lee", "someone@mailinator.com", "", "", "", ""],
    ["crm-4", "Bob", "Stone", "bob@no-such-company-xyz.com", "", "", "", ""],
]

# Leads in the request shape whose verdicts and codes are known from the API's own tests.
JSONL_LEADS: list[dict[str, Any]] = [
    {"email": "jane.doe@acme-corp.com", "first_name": "Jane", "lead_id": "a1",
     "elapsed_ms": 8400},
    {"email": "jane@gmail.com", "job_title": "CTO", "lead_id": "a2"},
    {"email": "someone@mailinator.com", "lead_id": "a3"},
    {"email": "jane@acme-corp.com", "honeypot": "http://spam.example", "lead_id": 4},
    {"email": "not an address", "lead_id": "a5"},
]


def write_csv(path: Path, header: list[str], rows: list[list[str]], *,
              delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, leads: list[Any]) -> Path:
    path.write_text("".join((item if isinstance(item, str) else json.dumps(item)) + "\n"
                            for item in leads), encoding="utf-8")
    return path


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def crm_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "export.csv", CRM_HEADERS, CRM_ROWS)


# --- column mapping -----------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Email", "EMAIL", "E-mail", "e-mail address",
                                    "Email Address", "email_address", " Work Email "])
def test_common_email_headers_map_to_email(header: str) -> None:
    """Email columns are found whatever the CRM calls them, case and punctuation ignored."""
    assert map_columns([header]).fields == ("email",)


@pytest.mark.parametrize(("header", "field"), [
    ("First Name", "first_name"), ("Last Name", "last_name"), ("Company", "company"),
    ("Company Name", "company"), ("Title", "job_title"), ("Job Title", "job_title"),
    ("Phone", "phone"), ("Website", "website"), ("Country", "country"),
    ("Message", "message"), ("Comments", "message"), ("Lead ID", "lead_id"), ("Id", "lead_id"),
    ("Record ID", "lead_id"), ("job_title", "job_title")])
def test_crm_headers_map_to_lead_fields(header: str, field: str) -> None:
    """Each common CRM export header fills the lead field it means."""
    assert map_columns(["Email", header]).fields == ("email", field)


def test_unknown_and_second_columns_for_a_field_are_kept_in_extra() -> None:
    """A column no field claims, or a second one for a field already taken, goes to extra."""
    columns = map_columns(["Email", "Id", "Record ID", "Lead Source"])
    assert columns.fields == ("email", "lead_id", None, None)
    assert "kept in extra: 'Record ID', 'Lead Source'" in columns.describe()


def test_map_overrides_and_drops_columns() -> None:
    """--map reads a column as the field named, and '-' drops one the table would have mapped."""
    columns = map_columns(["Contact", "Notes", "Title"],
                          {"contact": "email", "NOTES": "message", "Title": None})
    assert columns.fields == ("email", "message", None)
    assert 2 in columns.ignored


def test_a_map_override_wins_over_an_earlier_known_header() -> None:
    """--map "Work Email=email" takes the field even when an "Email" column comes first."""
    columns = map_columns(["Email", "Work Email"], {"Work Email": "email"})
    assert columns.fields == (None, "email")


def test_a_json_array_is_refused_with_how_to_make_jsonl(tmp_path: Path, app: Flask) -> None:
    """A file holding one JSON array is not read line by line as garbage: it is refused."""
    source = tmp_path / "leads.json"
    source.write_text(json.dumps([{"email": "jane@gmail.com"}]), "utf-8")
    with pytest.raises(BackfillError, match="JSON array"):
        screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)


def test_without_an_email_column_the_run_refuses_naming_the_columns(tmp_path: Path,
                                                                    app: Flask) -> None:
    """No column maps to email: nothing is written and the message lists headers and --map."""
    source = write_csv(tmp_path / "in.csv", ["Who", "Company"], [["x@acme-corp.com", "Acme"]])
    with pytest.raises(BackfillError, match=r"'Who', 'Company'.*--map"):
        screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    assert not (tmp_path / "out.jsonl").exists()


def test_map_naming_a_missing_column_is_refused() -> None:
    """A --map header the file does not have is an error, not silently ignored."""
    with pytest.raises(BackfillError, match="'Mail'"):
        map_columns(["Email"], {"Mail": "email"})


# --- screening a file ------------------------------------------------------------------------

def test_crm_csv_rows_are_screened_with_row_and_lead_id(crm_csv: Path, tmp_path: Path,
                                                        app: Flask) -> None:
    """Each CSV record gives one result line, in order, with its row number and Record ID."""
    output = tmp_path / "out.jsonl"
    summary = screen_file(crm_csv, output, app_or_screener=app)
    lines = read_lines(output)
    assert [(line["row"], line["lead_id"]) for line in lines] == [
        (1, "crm-1"), (2, "crm-2"), (3, "crm-3"), (4, "crm-4")]
    assert [line["verdict"] for line in lines] == ["accept", "accept", "reject", "reject"]
    codes = [{a["code"] for a in line["adjustments"]} for line in lines]
    assert "email.free_provider" in codes[1]
    assert "email.disposable" in codes[2]
    assert "email.no_mx" in codes[3]
    assert (summary.rows, summary.total, summary.complete) == (4, 4, True)


def test_csv_fields_reach_the_checks(tmp_path: Path, app: Flask) -> None:
    """Mapped CSV columns are screened as the lead's fields: a spam Comments column hits."""
    source = write_csv(tmp_path / "in.csv", ["E-mail", "Comments"], [
        ["jane@acme-corp.com", "We will boost your Google ranking with 500 high quality "
                               "backlinks! Guaranteed first page. http://seo.example"]])
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    [line] = read_lines(tmp_path / "out.jsonl")
    assert "message.spam_content" in {a["code"] for a in line["adjustments"]}


def test_semicolon_csv_from_a_european_excel_is_read(tmp_path: Path, app: Flask) -> None:
    """A ';'-delimited export is recognised from its header line."""
    source = write_csv(tmp_path / "in.csv", ["Id", "E-Mail"], [["7", "jane@gmail.com"]],
                       delimiter=";")
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    [line] = read_lines(tmp_path / "out.jsonl")
    assert (line["lead_id"], line["email"]["normalized"]) == ("7", "jane@gmail.com")


def test_csv_in_another_encoding_needs_encoding_and_then_works(tmp_path: Path,
                                                               app: Flask) -> None:
    """A Windows-1252 CSV is refused with a hint at --encoding, and read with it."""
    source = write_csv(tmp_path / "in.csv", ["Email", "Last Name"],
                       [["jane@acme-corp.com", "Müller"]], encoding="cp1252")
    with pytest.raises(BackfillError, match="--encoding cp1252"):
        screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app, encoding="cp1252")
    assert read_lines(tmp_path / "out.jsonl")[0]["verdict"] == "accept"


def test_jsonl_gives_the_same_results_as_the_api(tmp_path: Path, app: Flask) -> None:
    """A JSONL line in the request shape gets the verdict and adjustments POST /v1/screen gives."""
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_LEADS)
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    client = app.test_client()
    for lead, line in zip(JSONL_LEADS, read_lines(tmp_path / "out.jsonl"), strict=True):
        expected = client.post("/v1/screen", json=lead).get_json()
        assert line["lead_id"] == lead["lead_id"]
        assert (line["verdict"], line["adjustments"], line["email"]) == (
            expected["verdict"], expected["adjustments"], expected["email"])


def test_screener_is_accepted_in_place_of_the_app(tmp_path: Path, app: Flask) -> None:
    """app_or_screener takes the Screener itself as well as the app."""
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_LEADS[:1])
    screen_file(source, tmp_path / "out.jsonl",
                app_or_screener=app.extensions["leadguard.screener"])
    assert read_lines(tmp_path / "out.jsonl")[0]["verdict"] == "accept"


def test_flagged_leads_are_not_queued_for_moderators(tmp_path: Path, app: Flask) -> None:
    """A backfill does not fill the review queue: rejected rows carry no review_id."""
    source = write_jsonl(tmp_path / "in.jsonl", JSONL_LEADS)
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    assert {line["review_id"] for line in read_lines(tmp_path / "out.jsonl")} == {None}


# --- bad rows ------------------------------------------------------------------------------------

def test_bad_jsonl_lines_become_error_rows_and_the_run_goes_on(tmp_path: Path,
                                                               app: Flask) -> None:
    """Broken JSON, a non-object, a wrong type and a missing email each give an error line
    with the contract's error shape; the leads around them are screened."""
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"email": "jane@gmail.com", "lead_id": "ok-1"},
        '{"email": "broken',
        "[1, 2]",
        {"email": "jane@gmail.com", "elapsed_ms": "soon", "lead_id": "bad-type"},
        {"first_name": "Jane", "lead_id": "no-email"},
        {"email": "john@gmail.com", "lead_id": "ok-2"},
    ])
    summary = screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [line["row"] for line in lines] == [1, 2, 3, 4, 5, 6]
    assert ["error" in line for line in lines] == [False, True, True, True, True, False]
    assert {line["error"]["code"] for line in lines if "error" in line} == {"invalid_request"}
    assert lines[3]["lead_id"] == "bad-type"
    assert lines[3]["error"]["details"].keys() == {"elapsed_ms"}
    assert lines[4]["error"]["details"].keys() == {"email"}
    assert lines[5]["verdict"] == "accept"
    assert summary.tally.verdicts["error"] == 4


def test_jsonl_row_is_the_line_number_and_blank_lines_are_skipped(tmp_path: Path,
                                                                  app: Flask) -> None:
    """Blank lines give no result, and `row` stays the line number in the file."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"email": "a@gmail.com"}\n\n{"email": "b@gmail.com"}\n', "utf-8")
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    assert [line["row"] for line in read_lines(tmp_path / "out.jsonl")] == [1, 3]


def test_bad_csv_rows_become_error_rows(tmp_path: Path, app: Flask) -> None:
    """A CSV record without an email or with more values than headers is an error line;
    a malformed email is a screening result, as in the API."""
    source = tmp_path / "in.csv"
    source.write_text("Email,Name\n"
                      ",Jane\n"
                      "jane@gmail.com,Jane,Doe,extra\n"
                      "not an address,Jane\n"
                      "john@gmail.com,John\n", "utf-8")
    screen_file(source, tmp_path / "out.jsonl", app_or_screener=app)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [line["row"] for line in lines] == [1, 2, 3, 4]
    assert lines[0]["error"]["details"] == {"email": "is required"}
    assert "4 values but the header has 2" in lines[1]["error"]["message"]
    assert "email.invalid_syntax" in {a["code"] for a in lines[2]["adjustments"]}
    assert lines[3]["verdict"] == "accept"


def test_missing_input_or_unwritable_output_is_refused(crm_csv: Path, tmp_path: Path,
                                                       app: Flask) -> None:
    """A missing input file or an output in a missing directory is a message, not a crash."""
    with pytest.raises(BackfillError, match=r"missing\.csv is not a file"):
        screen_file(tmp_path / "missing.csv", tmp_path / "out.jsonl", app_or_screener=app)
    with pytest.raises(BackfillError, match="cannot write"):
        screen_file(crm_csv, tmp_path / "no-such-dir" / "out.jsonl", app_or_screener=app)


# --- resuming ----------------------------------------------------------------------------------

def test_a_stopped_run_resumes_after_the_rows_written(crm_csv: Path, tmp_path: Path,
                                                      app: Flask) -> None:
    """Stopped after 2 rows, the next run screens only rows 3 and 4: each row once, in order."""
    output = tmp_path / "out.jsonl"
    first = screen_file(crm_csv, output, app_or_screener=app, limit=2, batch=1)
    assert (first.rows, first.complete) == (2, False)
    second = screen_file(crm_csv, output, app_or_screener=app)
    assert (second.resumed, second.screened, second.complete) == (2, 2, True)
    assert [line["row"] for line in read_lines(output)] == [1, 2, 3, 4]


def test_a_partly_written_last_line_is_dropped_and_screened_again(
        crm_csv: Path, tmp_path: Path, app: Flask) -> None:
    """An output cut in the middle of a line (the process died writing it) is repaired:
    the partial line is replaced by that row's full result."""
    output = tmp_path / "out.jsonl"
    screen_file(crm_csv, output, app_or_screener=app)
    complete = output.read_bytes()
    lines = complete.splitlines(keepends=True)
    output.write_bytes(b"".join(lines[:2]) + lines[2][:25])
    summary = screen_file(crm_csv, output, app_or_screener=app)
    assert (summary.resumed, summary.screened) == (2, 2)
    assert [line["row"] for line in read_lines(output)] == [1, 2, 3, 4]


def test_a_finished_output_is_left_as_it_is(crm_csv: Path, tmp_path: Path, app: Flask) -> None:
    """Running again over a complete output screens nothing and changes nothing."""
    output = tmp_path / "out.jsonl"
    screen_file(crm_csv, output, app_or_screener=app)
    before = output.read_bytes()
    summary = screen_file(crm_csv, output, app_or_screener=app)
    assert (summary.resumed, summary.screened) == (4, 0)
    assert output.read_bytes() == before


def test_restart_screens_everything_again(crm_csv: Path, tmp_path: Path, app: Flask) -> None:
    """restart discards the existing output instead of resuming it."""
    output = tmp_path / "out.jsonl"
    screen_file(crm_csv, output, app_or_screener=app, limit=3)
    summary = screen_file(crm_csv, output, app_or_screener=app, restart=True)
    assert (summary.resumed, summary.screened) == (0, 4)
    assert len(read_lines(output)) == 4


def test_output_of_another_input_is_not_resumed(crm_csv: Path, tmp_path: Path,
                                                app: Flask) -> None:
    """Results whose last row does not match this input are refused, not extended."""
    output = tmp_path / "out.jsonl"
    other = write_jsonl(tmp_path / "other.jsonl", [{"email": "x@gmail.com", "lead_id": "zz"}])
    screen_file(other, output, app_or_screener=app)
    before = output.read_bytes()
    with pytest.raises(BackfillError, match="another input"):
        screen_file(crm_csv, output, app_or_screener=app)
    assert output.read_bytes() == before


def test_a_file_that_is_not_screen_file_output_is_not_touched(crm_csv: Path, tmp_path: Path,
                                                              app: Flask) -> None:
    """An -o file holding something else is refused rather than appended to or cut."""
    output = tmp_path / "notes.jsonl"
    output.write_text("my notes\n", "utf-8")
    with pytest.raises(BackfillError, match="not a screen-file result"):
        screen_file(crm_csv, output, app_or_screener=app)
    assert output.read_text("utf-8") == "my notes\n"


# --- the summary and the progress line ----------------------------------------------------------

def test_summary_counts_by_verdict_code_and_mx_across_resumed_runs(tmp_path: Path,
                                                                   app: Flask) -> None:
    """The summary covers every row in the output, those of the earlier run included."""
    source = write_jsonl(tmp_path / "in.jsonl", [*JSONL_LEADS, {"lead_id": "no-email"}])
    output = tmp_path / "out.jsonl"
    screen_file(source, output, app_or_screener=app, limit=3)
    summary = screen_file(source, output, app_or_screener=app)
    tally = summary.tally
    assert tally.verdicts == {"accept": 2, "reject": 3, "error": 1}
    assert tally.codes["email.free_provider"] == 1
    assert tally.codes["email.disposable"] == 1
    assert tally.codes["form.honeypot"] == 1
    assert tally.codes["email.invalid_syntax"] == 1
    assert tally.codes["invalid_request"] == 1
    assert tally.mx["found"] == 4
    text = format_summary(summary)
    assert "6 of 6 rows" in text
    assert "3 were there already (resumed)" in text
    assert any(line.split()[:2] == ["reject", "3"] for line in text.splitlines())
    assert any(line.split()[:2] == ["email.disposable", "1"] for line in text.splitlines())


def test_progress_line_shows_count_rate_and_eta() -> None:
    """On a non-terminal stream the progress line carries rows done, rows/s and an ETA."""
    now = [100.0]
    stream = io.StringIO()
    bar = Progress(stream, total=1000, done=200, clock=lambda: now[0])
    now[0] = 102.0
    bar.update(600, final=True)
    assert stream.getvalue() == (
        " 60.0% [##############----------] 600/1,000 rows  200 rows/s  "
        "elapsed 0:00:02  ETA 0:00:02\n")


def test_progress_goes_to_the_stream_given(crm_csv: Path, tmp_path: Path, app: Flask) -> None:
    """The column mapping and a final 100% line are written to the progress stream."""
    stream = io.StringIO()
    screen_file(crm_csv, tmp_path / "out.jsonl", app_or_screener=app, progress=stream)
    text = stream.getvalue()
    assert "'Email Address' -> email" in text
    assert "kept in extra: 'Lead Source'" in text
    assert text.splitlines()[-1].startswith("100.0% ")


# --- the command ---------------------------------------------------------------------------------

@pytest.fixture
def command(monkeypatch: pytest.MonkeyPatch, dns_server: DnsServer,
            tmp_path: Path) -> argparse.ArgumentParser:
    """A `leadguard` parser with screen-file, configured for the test DNS server only."""
    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    host, port = dns_server.address
    monkeypatch.setenv("LEADGUARD_DNS_NAMESERVERS", f"{host}:{port}")
    monkeypatch.setenv("LEADGUARD_DNS_TIMEOUT", "1")
    monkeypatch.setenv("LEADGUARD_DATA_DIR", str(tmp_path / "data"))
    parser = argparse.ArgumentParser(prog="leadguard")
    add_command(parser.add_subparsers(dest="command", required=True))
    return parser


def test_command_writes_results_and_prints_the_summary(
        command: argparse.ArgumentParser, crm_csv: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`screen-file export.csv -o out.jsonl --map ...` screens every row and prints the table."""
    args = command.parse_args(["screen-file", str(crm_csv), "-o", str(tmp_path / "out.jsonl"),
                               "--batch", "2", "--map", "Lead Source=-"])
    assert args.func(args) == 0
    captured = capsys.readouterr()
    assert "4 of 4 rows" in captured.out
    assert "kept in extra" not in captured.err
    assert "100.0%" in captured.err
    assert len(read_lines(tmp_path / "out.jsonl")) == 4


def test_command_exits_2_with_the_reason(command: argparse.ArgumentParser, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A file the command cannot use exits 2 with a sentence on stderr and no traceback."""
    source = write_csv(tmp_path / "in.csv", ["Who"], [["x"]])
    args = command.parse_args(["screen-file", str(source), "-o", str(tmp_path / "o.jsonl")])
    assert args.func(args) == 2
    assert capsys.readouterr().err.startswith("leadguard: no column holds the email address")


@pytest.mark.parametrize("bad", ["Email", "Email=mail", "=email"])
def test_command_refuses_a_bad_map(command: argparse.ArgumentParser, bad: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """--map must be HEADER=FIELD with a real lead field."""
    with pytest.raises(SystemExit):
        command.parse_args(["screen-file", "in.csv", "-o", "out.jsonl", "--map", bad])
    assert "--map" in capsys.readouterr().err
