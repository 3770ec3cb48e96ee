"""`leadguard screen-file`: screen an export of existing leads into a JSONL file of results.

The input is a CSV export, whose CRM headers ("Email Address", "First Name", "Company Name",
"Comments", "Record ID", ...) are mapped to lead fields, or JSONL already in the request shape
of POST /v1/screen. Leads are screened in chunks whose DNS look-ups run concurrently, and the
look-ups of the next chunk start while the current one is being screened.

The output has one JSON line per input record, in input order: the screening response with the
record's `row` in front, or `{"row", "lead_id", "error"}` for a record the API would refuse. One
bad record never stops the run. The output is its own checkpoint: run again, the command keeps
the complete lines already written, drops a partly written last line and carries on from the
next record. Flagged leads are not queued for moderators: rescoring history must not flood the
review queue.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from leadguard.errors import ApiError, InvalidRequest
from leadguard.lead import TEXT_FIELDS, Lead, parse_lead

if TYPE_CHECKING:
    # Imported when screening starts: `leadguard --help` should not load the screener.
    from flask import Flask

    from leadguard.screener import Screener

LEAD_FIELDS: tuple[str, ...] = ("email", *TEXT_FIELDS, "elapsed_ms", "lead_id")
FORMATS = ("csv", "jsonl")
# The API's limit on one lead's body, applied to one JSONL line.
LINE_LIMIT = 64 * 1024
DEFAULT_BATCH = 500

# Column headers of CRM and form-tool exports (HubSpot, Salesforce, Pipedrive, Zoho, Mailchimp,
# Typeform, ...), compared after header_key(): case, spaces and punctuation do not matter.
# A lead field's own name (first_name, job_title, ...) is always recognised too.
_ALIASES: dict[str, tuple[str, ...]] = {
    "email": ("E-mail", "Email Address", "E-mail Address", "Email 1", "Primary Email",
              "Work Email", "Business Email", "Contact Email", "Mail"),
    "first_name": ("First Name", "FirstName", "Given Name", "Forename"),
    "last_name": ("Last Name", "LastName", "Surname", "Family Name"),
    "full_name": ("Name", "Full Name", "Contact Name", "Contact", "Lead Name"),
    "company": ("Company", "Company Name", "Account", "Account Name", "Organization",
                "Organisation", "Organization Name", "Business Name"),
    "job_title": ("Title", "Job Title", "Position", "Job Position", "Role", "Job Role",
                  "Designation"),
    "phone": ("Phone", "Phone Number", "Mobile", "Mobile Phone", "Mobile Phone Number",
              "Telephone", "Work Phone", "Business Phone"),
    "website": ("Website", "Web Site", "Website URL", "Company Website", "URL", "Homepage"),
    "country": ("Country", "Country/Region", "Country Code", "Country Name"),
    "message": ("Message", "Comments", "Comment", "Description", "Notes", "Note", "Inquiry",
                "Enquiry", "Your Message", "How can we help?"),
    "honeypot": ("Honeypot",),
    "ip": ("IP", "IP Address", "Client IP"),
    "user_agent": ("User Agent", "Browser"),
    "referrer": ("Referrer", "Referer", "Referring URL", "Page URL", "Conversion Page"),
    "elapsed_ms": ("Elapsed ms", "Time to Submit ms"),
    "lead_id": ("Lead ID", "Id", "Record ID", "Contact ID", "External ID", "Lead Number"),
}

# One line at most this often on a terminal; elsewhere (a log file) far less often.
_TTY_INTERVAL = 0.2
_LOG_INTERVAL = 10.0
_DELIMITERS = ",;\t|"
# A domain worth asking DNS about ahead of the screener: ASCII labels, at least two.
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_PREFETCH_DOMAIN = re.compile(rf"{_LABEL}(?:\.{_LABEL})+", re.IGNORECASE)


class BackfillError(ValueError):
    """The run cannot start; the message says what to change."""


def header_key(header: str) -> str:
    """A header as compared with the known ones: "E-mail Address" and "email_address" match."""
    return re.sub(r"[^0-9a-z]+", " ", header.casefold()).strip()


HEADER_FIELDS: dict[str, str] = {
    header_key(alias): name
    for name, aliases in _ALIASES.items()
    for alias in (name, *aliases)
}


@dataclass(frozen=True)
class ColumnMap:
    """Which lead field each CSV column fills; None: the column goes to the lead's `extra`."""

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    ignored: frozenset[int] = frozenset()

    def describe(self) -> str:
        mapped = [f"{header!r} -> {name}" for header, name in zip(self.headers, self.fields,
                                                                 strict=True) if name]
        extra = [repr(header) for i, (header, name) in enumerate(
            zip(self.headers, self.fields, strict=True)) if not name and i not in self.ignored]
        text = "columns: " + ", ".join(mapped)
        if extra:
            text += "; kept in extra: " + ", ".join(extra)
        return text


def map_columns(headers: Sequence[str],
                overrides: Mapping[str, str | None] | None = None) -> ColumnMap:
    """Match CSV headers to lead fields; `overrides` (header -> field, or None to drop the
    column) win over the known headers. The first column for a field takes it; later ones go
    to `extra`."""
    wanted = {header_key(header): name for header, name in (overrides or {}).items()}
    keys = [header_key(header) for header in headers]
    unknown = [header for header in (overrides or {}) if header_key(header) not in keys]
    if unknown:
        raise BackfillError(
            f"--map names column(s) the file does not have: {', '.join(map(repr, unknown))}; "
            f"its columns are {', '.join(map(repr, headers))}.")
    fields: list[str | None] = [None] * len(keys)
    ignored = {index for index, key in enumerate(keys) if key in wanted and wanted[key] is None}
    taken: set[str] = set()
    # Overrides first, so "--map 'Work Email=email'" wins over an earlier "Email" column.
    for pass_overrides in (True, False):
        for index, key in enumerate(keys):
            if (key in wanted) != pass_overrides or index in ignored:
                continue
            name = wanted[key] if pass_overrides else HEADER_FIELDS.get(key)
            if name is not None and name not in taken:
                taken.add(name)
                fields[index] = name
    if "email" not in taken:
        raise BackfillError(
            f"no column holds the email address; the columns are "
            f"{', '.join(map(repr, headers))}. Name it with --map \"<header>=email\".")
    return ColumnMap(tuple(headers), tuple(fields), frozenset(ignored))


@dataclass(frozen=True)
class Record:
    """One input record: its row number and the lead, or why it cannot be screened."""

    row: int
    lead: Lead | None
    error: ApiError | None = None
    lead_id: str | int | None = None


def _record(row: int, body: Any) -> Record:
    lead_id = body.get("lead_id") if isinstance(body, dict) else None
    if isinstance(lead_id, bool) or not isinstance(lead_id, str | int):
        lead_id = None
    try:
        return Record(row, parse_lead(body), lead_id=lead_id)
    except ApiError as error:
        return Record(row, None, error, lead_id)


# -- reading ------------------------------------------------------------------------------------

class _Source:
    """An input file as a sequence of records; `row` numbers are stable from run to run."""

    def __init__(self, path: Path, *, kind: str, encoding: str,
                 mapping: Mapping[str, str | None] | None) -> None:
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.columns: ColumnMap | None = None
        if kind == "csv":
            try:
                with self._open_text() as stream:
                    self.delimiter = _delimiter(stream.readline())
                    stream.seek(0)
                    header = next(csv.reader(stream, delimiter=self.delimiter), None)
            except UnicodeDecodeError as exc:
                raise self._undecodable(exc) from exc
            if not header:
                raise BackfillError(f"{path} is empty: a CSV export starts with a header line.")
            self.columns = map_columns(header, mapping)

    def _open_text(self) -> TextIO:
        try:
            return self.path.open(encoding=self.encoding, newline="")
        except OSError as exc:
            raise BackfillError(f"cannot read {self.path}: {exc.strerror}.") from exc

    def count(self) -> int:
        """How many records the file holds; also proves a CSV decodes before any is written."""
        if self.kind == "jsonl":
            with self.path.open("rb") as stream:
                return sum(1 for line in stream if line.strip())
        try:
            return sum(1 for _ in self._csv_values())
        except UnicodeDecodeError as exc:
            raise self._undecodable(exc) from exc

    def _undecodable(self, exc: UnicodeDecodeError) -> BackfillError:
        byte = exc.object[exc.start]
        return BackfillError(
            f"{self.path} is not {_encoding_name(self.encoding)} text (byte {byte:#04x} cannot "
            "be decoded); give its encoding, e.g. --encoding cp1252 for a file saved by Excel "
            "on Windows.")

    def records(self) -> Iterator[Record]:
        if self.kind == "jsonl":
            yield from self._jsonl()
        else:
            yield from self._csv()

    def _jsonl(self) -> Iterator[Record]:
        with self.path.open("rb") as stream:
            for row, raw in enumerate(stream, start=1):
                if not raw.strip():
                    continue
                if len(raw) > LINE_LIMIT:
                    yield Record(row, None, ApiError(
                        f"Line {row} is larger than {LINE_LIMIT} bytes, the limit of one lead.",
                        status=413, code="payload_too_large",
                        details={"limit_bytes": LINE_LIMIT}))
                    continue
                try:
                    body = json.loads(raw.decode("utf-8-sig"))
                except UnicodeDecodeError as exc:
                    yield Record(row, None, InvalidRequest(
                        f"Line {row} is not UTF-8 text; save the file as UTF-8.",
                        details={"position": exc.start}))
                    continue
                except ValueError as exc:
                    yield Record(row, None, InvalidRequest(
                        f"Line {row} is not valid JSON: {exc}."))
                    continue
                yield _record(row, body)

    def _csv_values(self) -> Iterator[tuple[int, list[str] | csv.Error, int]]:
        """(row, the record's values or why they cannot be read, line number) after the header;
        blank lines are no records."""
        with self._open_text() as stream:
            reader = csv.reader(stream, delimiter=self.delimiter)
            next(reader)
            row = 0
            while True:
                try:
                    values: list[str] | csv.Error = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    values = exc
                if values == []:
                    continue
                row += 1
                yield row, values, reader.line_num

    def _csv(self) -> Iterator[Record]:
        assert self.columns is not None
        columns = self.columns
        width = len(columns.headers)
        for row, values, line in self._csv_values():
            if isinstance(values, csv.Error):
                yield Record(row, None, InvalidRequest(
                    f"Record {row} cannot be read as CSV: {values}.", details={"line": line}))
            elif len(values) > width:
                yield Record(row, None, InvalidRequest(
                    f"Record {row} has {len(values)} values but the header has {width} "
                    "columns; a value holding the delimiter must be quoted.",
                    details={"line": line}))
            else:
                yield _record(row, _body(columns, values))


def _encoding_name(encoding: str) -> str:
    return "UTF-8" if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig") else encoding


def _delimiter(header_line: str) -> str:
    """The delimiter of a CSV file: the candidate its header line holds most (Excel in some
    locales writes ';')."""
    counts = {candidate: header_line.count(candidate) for candidate in _DELIMITERS}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


def _body(columns: ColumnMap, values: Sequence[str]) -> dict[str, Any]:
    """The request body a CSV record stands for; an empty cell is an absent field."""
    body: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for index, (header, name, value) in enumerate(
            zip(columns.headers, columns.fields, values, strict=False)):
        value = value.strip()
        if not value or index in columns.ignored:
            continue
        if name is None:
            extra[header] = value
        elif name == "elapsed_ms":
            body[name] = _number(value)
        else:
            body[name] = value
    if extra:
        body["extra"] = extra
    return body


def _number(text: str) -> float | str:
    """A number from a cell, or the text itself for parse_lead to refuse with its message."""
    try:
        return float(text)
    except ValueError:
        return text


def detect_format(path: Path) -> str:
    """csv or jsonl, from the file name, else from the first character."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    try:
        with path.open("rb") as stream:
            start = stream.read(4096).lstrip(codecs.BOM_UTF8).lstrip()
    except OSError as exc:
        raise BackfillError(f"cannot read {path}: {exc.strerror}.") from exc
    if start.startswith(b"["):
        raise BackfillError(f"{path} holds a JSON array; write one lead object per line "
                            "(JSONL), e.g. with: jq -c '.[]' leads.json > leads.jsonl")
    return "jsonl" if start.startswith(b"{") else "csv"


# -- the output and its tally --------------------------------------------------------------------

@dataclass
class Tally:
    """Counts over result lines: by verdict (and "error"), by adjustment code, by MX status."""

    verdicts: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    mx: Counter[str] = field(default_factory=Counter)

    def add(self, line: Mapping[str, Any]) -> None:
        if "error" in line:
            self.verdicts["error"] += 1
            self.codes[str(line["error"].get("code"))] += 1
            return
        self.verdicts[str(line["verdict"])] += 1
        self.codes.update({str(item["code"]) for item in line["adjustments"]})
        self.mx[str(line["email"]["mx"])] += 1


@dataclass
class Summary:
    input: Path
    output: Path
    total: int  # records in the input
    resumed: int  # result lines already in the output when this run started
    screened: int  # result lines this run wrote
    seconds: float
    tally: Tally

    @property
    def rows(self) -> int:
        return self.resumed + self.screened

    @property
    def complete(self) -> bool:
        return self.rows >= self.total

    @property
    def rate(self) -> float:
        return self.screened / self.seconds if self.seconds > 0 else 0.0


def _existing(output: Path) -> tuple[int, Tally, Mapping[str, Any] | None]:
    """Complete result lines in `output`: how many, their tally and the last one. A partly
    written last line (no newline: the run stopped while writing it) is cut off."""
    tally = Tally()
    count = 0
    last: Mapping[str, Any] | None = None
    complete_size = 0
    with output.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.endswith(b"\n"):
                break
            try:
                line = json.loads(raw)
            except ValueError:
                line = None
            if not isinstance(line, dict) or not isinstance(line.get("row"), int):
                raise BackfillError(
                    f"line {number} of {output} is not a screen-file result, so the file "
                    "cannot be resumed; give another -o path, or --restart to overwrite it.")
            tally.add(line)
            count += 1
            last = line
            complete_size += len(raw)
    if output.stat().st_size > complete_size:
        with output.open("r+b") as stream:
            stream.truncate(complete_size)
    return count, tally, last


def _skip(records: Iterator[Record], count: int, last: Mapping[str, Any] | None,
          source: Path, output: Path) -> None:
    """Pass over the records already screened, checking the output came from this input."""
    record: Record | None = None
    for _ in range(count):
        record = next(records, None)
        if record is None:
            break
    if last is None:
        return
    if (record is None or record.row != last["row"]
            or (last.get("lead_id") is not None and record.lead_id != last["lead_id"])):
        raise BackfillError(
            f"{output} holds {count:,} result(s) ending at row {last['row']} (lead_id "
            f"{last.get('lead_id')!r}), which do not match {source}: it was written for another "
            "input. Give another -o path, or --restart to overwrite it.")


def _line(record: Record, result: Mapping[str, Any] | None) -> dict[str, Any]:
    if result is not None:
        return {"row": record.row, **result}
    assert record.error is not None
    return {"row": record.row, "lead_id": record.lead_id, **record.error.to_dict()}


# -- progress ---------------------------------------------------------------------------------

class Progress:
    """A progress line with rate and ETA: redrawn in place on a terminal, else printed now and
    then (a log file is not a screen)."""

    def __init__(self, stream: TextIO, *, total: int, done: int = 0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.total = total
        self.first = done
        self.clock = clock
        self.tty = stream.isatty()
        self.interval = _TTY_INTERVAL if self.tty else _LOG_INTERVAL
        self.started = clock()
        self._shown_at = float("-inf")

    def update(self, done: int, *, final: bool = False) -> None:
        now = self.clock()
        if not final and now - self._shown_at < self.interval:
            return
        self._shown_at = now
        text = self.line(done, now)
        if self.tty:
            self.stream.write("\r" + text + "\x1b[K" + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def line(self, done: int, now: float) -> str:
        share = done / self.total if self.total else 1.0
        filled = round(24 * share)
        elapsed = now - self.started
        rate = (done - self.first) / elapsed if elapsed > 0 else 0.0
        eta = _clock_text((self.total - done) / rate) if rate > 0 else "?"
        return (f"{100 * share:5.1f}% [{'#' * filled}{'-' * (24 - filled)}] "
                f"{done:,}/{self.total:,} rows  {rate:,.0f} rows/s  "
                f"elapsed {_clock_text(elapsed)}  ETA {eta}")


def _clock_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# -- the run ------------------------------------------------------------------------------------

def _chunks(records: Iterator[Record], size: int, limit: int | None) -> Iterator[list[Record]]:
    left = limit
    while left is None or left > 0:
        take = size if left is None else min(size, left)
        chunk = [record for _, record in zip(range(take), records, strict=False)]
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


def _prefetch(screener: Screener, chunk: Iterable[Record]) -> None:
    """Start the MX look-ups of a chunk so they overlap the screening of the one before.

    The screener joins these look-ups (or finds their answers cached) when the chunk's turn
    comes. Only plain ASCII domains: an IDN is left to the screener, which encodes it as email
    validation does, and a malformed address is never looked up.
    """
    for record in chunk:
        if record.lead is not None:
            local, at, domain = record.lead.email.strip().rpartition("@")
            if local and at and _PREFETCH_DOMAIN.fullmatch(domain):
                screener.resolver.submit(domain)


def _screen(screener: Screener, chunk: Sequence[Record]) -> list[dict[str, Any]]:
    leads = [record.lead for record in chunk if record.lead is not None]
    results = iter(screener.screen_many(leads))
    return [_line(record, next(results) if record.lead is not None else None)
            for record in chunk]


def screen_file(
    input_path: str | Path,
    output_path: str | Path,
    *,
    app_or_screener: Flask | Screener,
    batch: int = DEFAULT_BATCH,
    mapping: Mapping[str, str | None] | None = None,
    input_format: str | None = None,
    encoding: str = "utf-8-sig",
    limit: int | None = None,
    restart: bool = False,
    progress: TextIO | None = None,
    fsync_seconds: float = 2.0,
) -> Summary:
    """Screen every record of `input_path` not yet in `output_path`, appending result lines.

    app_or_screener: a Flask app from create_app() or its Screener.
    mapping: CSV header -> lead field (None drops the column), over the built-in CRM headers.
    limit: stop after this many records in this run (running again carries on).
    restart: discard `output_path` first instead of resuming it.
    progress: where the progress line (and the column mapping) go; None: nowhere.
    fsync_seconds: how often written results are forced to disk.
    """
    from leadguard.screener import Screener

    screener: Screener = (app_or_screener if isinstance(app_or_screener, Screener)
                          else app_or_screener.extensions["leadguard.screener"])
    source_path, output = Path(input_path), Path(output_path)
    if batch < 1:
        raise BackfillError("--batch must be 1 or more.")
    if not source_path.is_file():
        raise BackfillError(f"{source_path} is not a file that can be read.")
    if output.exists() and source_path.exists() and output.samefile(source_path):
        raise BackfillError("the output would overwrite the input; give another -o path.")
    kind = input_format or detect_format(source_path)
    if kind not in FORMATS:
        raise BackfillError(f"unknown input format {kind!r}; use one of {', '.join(FORMATS)}.")
    source = _Source(source_path, kind=kind, encoding=encoding, mapping=mapping)
    total = source.count()
    if progress is not None and source.columns is not None:
        progress.write(source.columns.describe() + "\n")

    try:
        if restart or not output.exists():
            output.write_bytes(b"")
        resumed, tally, last = _existing(output)
    except OSError as exc:
        raise BackfillError(f"cannot write {output}: {exc.strerror}.") from exc
    records = source.records()
    _skip(records, resumed, last, source_path, output)
    bar = Progress(progress, total=total, done=resumed) if progress is not None else None
    started = time.monotonic()
    screened = 0
    with output.open("ab") as sink:
        synced = time.monotonic()
        try:
            chunks = _chunks(records, batch, limit)
            current = next(chunks, None)
            while current is not None:
                upcoming = next(chunks, None)
                if upcoming is not None:
                    _prefetch(screener, upcoming)
                lines = _screen(screener, current)
                sink.write(b"".join(
                    json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                    for line in lines))
                sink.flush()
                for line in lines:
                    tally.add(line)
                screened += len(lines)
                if time.monotonic() - synced >= fsync_seconds:
                    os.fsync(sink.fileno())
                    synced = time.monotonic()
                if bar is not None:
                    bar.update(resumed + screened)
                current = upcoming
        finally:
            sink.flush()
            os.fsync(sink.fileno())
            if bar is not None:
                bar.update(resumed + screened, final=True)
    return Summary(source_path, output, total, resumed, screened,
                   time.monotonic() - started, tally)


def format_summary(summary: Summary) -> str:
    """The closing report: rows and rate, then counts by verdict, by code and by MX answer."""
    lines = [f"{summary.rows:,} of {summary.total:,} rows of {summary.input} have results in "
             f"{summary.output}"]
    if summary.resumed:
        lines.append(f"  {summary.resumed:,} were there already (resumed)")
    lines.append(f"  {summary.screened:,} screened in this run in {summary.seconds:.1f} s "
                 f"({summary.rate:,.0f} rows/s)")
    if not summary.complete:
        lines.append(f"  {summary.total - summary.rows:,} rows left: run the same command "
                     "again to continue")
    rows = max(summary.rows, 1)
    tally = summary.tally
    lines += ["", f"{'verdict':<32}{'rows':>10}{'share':>9}"]
    for verdict in ("accept", "review", "reject", "error"):
        count = tally.verdicts.get(verdict, 0)
        lines.append(f"{verdict:<32}{count:>10,}{100 * count / rows:>8.1f}%")
    if tally.codes:
        lines += ["", f"{'code':<32}{'rows':>10}{'share':>9}"]
        for code, count in sorted(tally.codes.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"{code:<32}{count:>10,}{100 * count / rows:>8.1f}%")
    if tally.mx:
        lines += ["", f"{'mx':<32}{'rows':>10}{'share':>9}"]
        for status, count in sorted(tally.mx.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"{status:<32}{count:>10,}{100 * count / rows:>8.1f}%")
        unknown = tally.mx.get("timeout", 0) + tally.mx.get("error", 0)
        if unknown > rows / 100:
            lines += ["", f"{unknown:,} DNS answers were unknown (timeout or error): a larger "
                          "LEADGUARD_DNS_TIMEOUT or a smaller --batch gives slow servers more "
                          "time; --restart screens everything again."]
    return "\n".join(lines)


# -- the command --------------------------------------------------------------------------------

def _mapping_item(raw: str) -> tuple[str, str | None]:
    header, sep, name = raw.partition("=")
    name = name.strip()
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError("must be HEADER=FIELD, e.g. \"Work Email=email\"")
    if name in ("", "-"):
        return header.strip(), None
    if name not in LEAD_FIELDS:
        raise argparse.ArgumentTypeError(
            f"{name!r} is not a lead field; use one of {', '.join(LEAD_FIELDS)}, or - to "
            "drop the column")
    return header.strip(), name


def _positive(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError("must be a whole number, 1 or more")
    return int(raw)


def add_command(subparsers: Any) -> None:
    """Register `screen-file` on the `leadguard` command's subparsers."""
    parser = subparsers.add_parser(
        "screen-file", help="screen a CSV or JSONL export of leads into a JSONL file",
        description=__doc__.split("\n\n")[0] + " Run it again to resume after an interruption.")
    parser.add_argument("input", type=Path, help="leads.csv (a CRM export) or leads.jsonl")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="results.jsonl: one result line per input record")
    parser.add_argument("--batch", type=_positive, default=DEFAULT_BATCH,
                        help=f"leads screened together, DNS look-ups concurrent "
                             f"(default {DEFAULT_BATCH})")
    parser.add_argument("--map", action="append", type=_mapping_item, default=[],
                        metavar="HEADER=FIELD",
                        help="read a CSV column as a lead field (FIELD '-' drops it); repeatable")
    parser.add_argument("--format", choices=FORMATS, dest="input_format",
                        help="default: from the file name, else from its first byte")
    parser.add_argument("--encoding", default="utf-8-sig",
                        help="text encoding of a CSV file (default UTF-8)")
    parser.add_argument("--limit", type=_positive,
                        help="stop after this many rows; run again to continue")
    parser.add_argument("--restart", action="store_true",
                        help="overwrite an existing output instead of resuming it")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress line on stderr")
    parser.set_defaults(func=cmd_screen_file)


def cmd_screen_file(args: argparse.Namespace) -> int:
    from leadguard.app import close_app, create_app

    app = create_app()
    try:
        summary = screen_file(
            args.input, args.output, app_or_screener=app, batch=args.batch,
            mapping=dict(args.map), input_format=args.input_format, encoding=args.encoding,
            limit=args.limit, restart=args.restart,
            progress=None if args.no_progress else sys.stderr)
    except BackfillError as error:
        print(f"leadguard: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\nleadguard: interrupted; the results written so far are kept in "
              f"{args.output}: run the same command again to resume.", file=sys.stderr)
        return 130
    finally:
        close_app(app)
    print(format_summary(summary))
    return 0


__all__ = ["BackfillError", "ColumnMap", "Summary", "Tally", "add_command", "cmd_screen_file",
           "format_summary", "map_columns", "screen_file"]
