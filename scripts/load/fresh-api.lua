-- Distinct questions to the saved-query API: parameters never asked before (a 发文字号, a source file,
-- a year), so every request executes its query instead of finding a kept answer.
dofile("scripts/load/status.lua")
function init(args)
  codes = {}
  n = id * 1000000
end
function request()
  n = n + 1
  local k = n % 3
  local path
  if k == 0 then
    path = "/api/queries/cited-by?number=%E5%9B%BD%E5%8F%91%E3%80%94" .. n .. "%E3%80%95" .. (n % 97) .. "%E5%8F%B7"
  elseif k == 1 then
    path = "/api/queries/task-departments?source=" .. n .. ".txt"
  else
    path = "/api/queries/indicator-across-cities?concept=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fvocab%2Findicator%2Fq" .. n
  end
  return wrk.format("GET", path, { ["Accept"] = "application/sparql-results+json" })
end
