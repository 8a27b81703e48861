-- wrk script for server_bench.sh: cycles through the request paths given after
-- "--" (each thread starting at its own offset; none: wrk's URL), and prints
-- the latency percentiles wrk --latency leaves out, p95 among them, in ms.
local paths = {}
local next_path = 1
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count)
end

function init(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
  if #paths > 0 then next_path = ((thread_index or 1) * 7919) % #paths + 1 end
end

function request()
  if #paths == 0 then return wrk.format() end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("percentiles_ms p50 %.2f p95 %.2f p99 %.2f max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors connect %d read %d write %d status %d timeout %d\n",
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
