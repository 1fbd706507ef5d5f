-- /health five times a second: what a load balancer sees throughout the run.
dofile("scripts/load/status.lua")
function init(args)
  codes = {}
end
function request()
  return wrk.format("GET", "/health", as_client())
end
function delay()
  return 200
end
