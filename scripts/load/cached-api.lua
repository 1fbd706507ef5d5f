-- The saved-query API with the parameters of the shipped corpus: questions asked again and again,
-- answered from the kept answers (scripts/load/mix.lua's list without the /ds query).
dofile("scripts/load/status.lua")
local requests = {
  "/api/queries/citations",
  "/api/queries/cited-by?number=%E5%9B%BD%E6%B5%B7%E5%8F%91%E3%80%942017%E3%80%952%E5%8F%B7",
  "/api/queries/citation-chains",
  "/api/queries/task-departments?source=003_0f5258ab0390f5fa.txt",
  "/api/queries/indicator-targets",
  "/api/queries/indicator-across-cities?concept=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fvocab%2Findicator%2Ftree-cover",
  "/api/queries/targets-by-theme",
  "/api/queries/department-workload",
  "/api/queries/lead-bodies",
  "/api/queries/timeline",
}
function init(args)
  codes = {}
  i = id
end
function request()
  i = i + 1
  return wrk.format("GET", requests[(i % #requests) + 1], as_client({ ["Accept"] = "application/sparql-results+json" }))
end
