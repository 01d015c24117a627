-- wrk script for the answer saves: each thread sends its share of the lines written by LoadDriver's join step
-- (attempt id, token, question id, answer JSON), one PUT each; once every one of them has a reply it stops and
-- leaves a file in DONE_DIR, so run.sh can end the run with SIGINT (wrk would otherwise wait out -d).
-- Connections that find nothing left to send ask for /q/health/live (200), which is not counted as a save; so
-- does the first call of request(), which wrk makes once to check the script and does not send.
-- Usage: WRK_THREADS=T wrk -t T -c C -d 300s --timeout 30s -s saves.lua URL -- SAVES_FILE DONE_DIR

-- wrk does not tell a thread how many threads there are, so run.sh passes the -t count as WRK_THREADS.
local function wrk_threads()
  return tonumber(os.getenv("WRK_THREADS") or "1")
end

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_index", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  requests, sent, acknowledged, refused, replied, checked = {}, 0, 0, 0, 0, false
  local line_number = 0
  for line in io.lines(args[1]) do
    if line_number % wrk_threads() == thread_index then
      local attempt, token, question, body = line:match("^(%S+) (%S+) (%S+) (.*)$")
      table.insert(requests, wrk.format("PUT", "/api/attempts/" .. attempt .. "/answers/" .. question,
        { ["Content-Type"] = "application/json", ["X-Attempt-Token"] = token }, body))
    end
    line_number = line_number + 1
  end
  idle = wrk.format("GET", "/q/health/live")
  done_file = args[2] .. "/thread-" .. thread_index
end

function request()
  if not checked then
    checked = true
    return idle
  end
  if sent < #requests then
    sent = sent + 1
    return requests[sent]
  end
  return idle
end

function response(status, headers, body)
  if status ~= 200 then
    replied = replied + 1
    if status == 204 then
      acknowledged = acknowledged + 1
    else
      refused = refused + 1
    end
  end
  if replied >= #requests then
    io.open(done_file, "w"):close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local acked, errors = 0, 0
  for _, thread in ipairs(threads) do
    acked = acked + thread:get("acknowledged")
    errors = errors + thread:get("refused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("save: %d acknowledged (204), %d refused, %d socket errors in %.2f s = %.0f saves/s; "
    .. "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    acked, errors, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    seconds, acked / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("ACKNOWLEDGED=%d\n", acked))
end
