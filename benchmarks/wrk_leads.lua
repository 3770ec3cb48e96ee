-- wrk script: POST /v1/screen with a different lead on every request.
--
--   wrk -t2 -c32 -d60s --latency -s benchmarks/wrk_leads.lua http://127.0.0.1:8000 -- leads.jsonl 2
--
-- The arguments after `--` are a JSONL file with one request body per line (see
-- benchmarks/make_leads_file.py) and wrk's thread count: thread i sends lines i, i+T, i+2T, ...
-- so no lead is sent twice before the file is used up (each lead stands for one person; the
-- same email or IP sent over and over would rightly hit form.velocity).
-- At the end it prints the figures benchmarks/http_wrk.sh reports, including every error count.

local bodies = {}
local position = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local path = args[1] or error("give the leads file: wrk ... -s wrk_leads.lua URL -- leads.jsonl 2")
  local stride = tonumber(args[2] or "1")
  local index = 0
  for line in io.lines(path) do
    if line:match("%S") then
      if index % stride == id % stride then
        bodies[#bodies + 1] = line
      end
      index = index + 1
    end
  end
  if #bodies == 0 then
    error(path .. " holds no leads for this thread")
  end
  wrk.method = "POST"
  wrk.path = "/v1/screen"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  position = position % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[position])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("requests %d in %.1f s: %.0f screens/s\n",
    summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency ms: mean %.2f  p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n",
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
  io.write(string.format("errors: non-2xx/3xx %d  connect %d  read %d  write %d  timeout %d\n",
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
