-- Runaway queries: a cross product over the whole store and an unbounded path. The service must cut
-- them at its query timeout (answering 503) and stay healthy for everyone else.
dofile("scripts/load/status.lua")
function init(args)
  codes = {}
end

local queries = {
  "/ds/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fa%20%3Fb%20%3Fc%20.%20%3Fd%20%3Fe%20%3Ff%20.%20%3Fg%20%3Fh%20%3Fi%20%7D",
  "/ds/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20(%3Cx%3A%3E%7C!%3Cx%3A%3E)*%20%3Fo%20.%20%3Fo%20%3Fp%20%3Fq%20%7D",
}
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", queries[(n % #queries) + 1], as_client())
end

-- A runaway query now and then, not a stream of them: wait 5 s after each answer.
function delay()
  return 5000
end
