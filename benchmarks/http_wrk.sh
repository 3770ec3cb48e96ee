#!/usr/bin/env bash
# Screens per second and latency of a real `leadguard serve` under wrk, POSTing varied leads.
#
# Usage: benchmarks/http_wrk.sh [DURATION=60s] [CONNECTIONS=32]
#   WEB_CONCURRENCY=2   gunicorn worker processes (as `leadguard serve` reads it)
#   GUNICORN_THREADS=N  run gunicorn with the Docker image's config module and N threads per
#                       worker instead of `leadguard serve` (which uses leadguard.server.threads)
#   WRK_THREADS=2       wrk's own threads
#   LEADGUARD_DATABASE_URL  the review store (default: SQLite in a scratch data directory)
#
# Prints wrk's figures and who used the CPUs meanwhile: the server and DNS processes, wrk, and
# everything else on the machine.
# Starts the test suite's loopback DNS server (benchmarks/dns_server.py) in a process of its own,
# the server against it, warms every worker up, then runs wrk with benchmarks/wrk_leads.lua
# over 100,000 distinct leads (benchmarks/make_leads_file.py). wrk's timeout is 10 s so a slow
# request is measured rather than dropped from the latency figures.
# Needs wrk (Debian package `wrk`): installed with apt-get when missing and running as root.
set -euo pipefail

cd "$(dirname "$0")/.."
duration=${1:-60s}
connections=${2:-32}
workers=${WEB_CONCURRENCY:-2}
wrk_threads=${WRK_THREADS:-2}
python=.venv/bin/python

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "wrk is missing: installing the Debian package" >&2
        apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        echo "wrk is missing: install it with 'sudo apt-get install wrk' and run this again" >&2
        exit 2
    fi
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

$python benchmarks/make_leads_file.py -o "$work/leads.jsonl" --rows 100000 --bad-every 0 >/dev/null

$python benchmarks/dns_server.py >"$work/dns.address" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/dns.address" ] && break; sleep 0.1; done
nameserver=$(head -1 "$work/dns.address")

port=$($python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export LEADGUARD_DNS_NAMESERVERS=$nameserver LEADGUARD_DATA_DIR=$work/data
export LEADGUARD_PORT=$port WEB_CONCURRENCY=$workers
if [ -n "${GUNICORN_THREADS:-}" ]; then
    server="gunicorn --config python:leadguard.server, $workers workers x $GUNICORN_THREADS threads"
    .venv/bin/leadguard db upgrade >/dev/null 2>&1
    .venv/bin/gunicorn --config python:leadguard.server --bind "127.0.0.1:$port" \
        --workers "$workers" --threads "$GUNICORN_THREADS" >"$work/serve.log" 2>&1 &
else
    threads=$($python -c 'from leadguard import server; print(server.threads)')
    server="leadguard serve, $workers workers x $threads threads"
    .venv/bin/leadguard serve >"$work/serve.log" 2>&1 &
fi
pids+=($!)

# Ready, then screens in parallel so every worker has loaded its models before wrk starts.
$python benchmarks/_warm_up.py "http://127.0.0.1:$port" "$work/leads.jsonl"

url="http://127.0.0.1:$port"
wrk -t"$wrk_threads" -c8 -d10s --timeout 10s -s benchmarks/wrk_leads.lua "$url" \
    -- "$work/leads.jsonl" "$wrk_threads" >/dev/null
echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs"
echo "$server; review store ${LEADGUARD_DATABASE_URL:-SQLite in a scratch directory}"
echo "wrk $wrk_threads threads, $connections connections, $duration, timeout 10 s"
$python benchmarks/_cpu.py start "$work/cpu" "${pids[@]}"
TIMEFORMAT='%U %S'
{ time wrk -t"$wrk_threads" -c"$connections" -d"$duration" --timeout 10s --latency \
    -s benchmarks/wrk_leads.lua "$url" -- "$work/leads.jsonl" "$wrk_threads" >"$work/wrk.out"; } \
    2>"$work/wrk.time"
$python benchmarks/_cpu.py report "$work/cpu" "$(awk '{print $1 + $2}' "$work/wrk.time")" wrk
sed -n '/^requests /,$p' "$work/wrk.out"
# Anything the server complained about during the run (the open-API warning aside).
problems=$(grep -E "WARNING|ERROR|CRITICAL|Traceback" "$work/serve.log" | grep -v "LEADGUARD_API_KEYS is unset" || true)
if [ -n "$problems" ]; then
    echo "server log:"
    echo "$problems" | tail -20
else
    echo "server log: no warnings or errors"
fi
