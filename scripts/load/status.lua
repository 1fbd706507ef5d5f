-- Counts the answers of every connection by status code and prints them when wrk is done, so that
-- 429s (a client over its share), 503s (busy, or a query cut at its timeout) and other errors are
-- told apart (wrk itself only counts "non-2xx"). Loaded by the other scripts with dofile.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("codes")) do
      total[code] = (total[code] or 0) + n
    end
  end
  local line = "statuses:"
  for code, n in pairs(total) do
    line = line .. " " .. code .. "=" .. n
  end
  io.write(line .. "\n")
end

-- With LOAD_CLIENTS=N (load-test.sh FORWARDED=1, the server started with --behind-proxy) each request
-- names one of N clients in X-Forwarded-For, in turn, as a reverse proxy would: the server then sees N
-- researchers, each with its own share, instead of one address asking everything.
local forwarded = tonumber(os.getenv("LOAD_CLIENTS") or "0")
local turn = 0
function as_client(headers)
  headers = headers or {}
  if forwarded > 0 then
    turn = turn + 1
    local c = (turn * 7 + (id or 0) * 13) % forwarded
    headers["X-Forwarded-For"] = "10.77." .. math.floor(c / 250) .. "." .. (c % 250 + 1)
  end
  return headers
end
