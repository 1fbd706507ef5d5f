-- Distinct questions to the pages: a search for words never searched before and a comparison of a
-- concept never asked for, so every page runs its queries.
dofile("scripts/load/status.lua")
local words = { "%E6%B9%BF%E5%9C%B0", "%E6%B2%B3%E9%95%BF", "%E7%A7%B8%E7%A7%86", "%E6%B0%B4%E8%B4%A8", "%E6%A3%AE%E6%9E%97", "%E6%B8%AF%E5%8F%A3" }
function init(args)
  codes = {}
  n = id * 1000000
end
function request()
  n = n + 1
  local path
  if n % 2 == 0 then
    path = "/search?q=" .. words[(n % #words) + 1] .. "+" .. n
  else
    path = "/compare?concept=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fvocab%2Findicator%2Fp" .. n
  end
  return wrk.format("GET", path, { ["Accept"] = "text/html" })
end
