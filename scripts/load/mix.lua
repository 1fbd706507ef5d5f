-- A mix of the saved queries a researcher runs, through the saved-query API and the SPARQL endpoint.
-- Each connection cycles through the list from a different starting point.
local requests = {
  "/api/queries/citations",
  "/api/queries/cited-by?number=%E5%9B%BD%E6%B5%B7%E5%8F%91%E3%80%942017%E3%80%952%E5%8F%B7",
  "/api/queries/cited-by",
  "/api/queries/citation-chains",
  "/api/queries/task-departments?source=003_0f5258ab0390f5fa.txt",
  "/api/queries/indicator-targets",
  "/api/queries/indicator-across-cities?concept=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fvocab%2Findicator%2Ftree-cover",
  "/api/queries/shared-indicators",
  "/api/queries/targets-by-theme",
  "/api/queries/department-workload",
  "/api/queries/lead-bodies",
  "/api/queries/shared-regulations",
  "/api/queries/policy-basis-by-level",
  "/api/queries/timeline",
  "/api/queries/projects-by-city",
  -- a researcher's own query through the SPARQL endpoint: every document with its title
  "/ds/sparql?query=SELECT%20%3Fdoc%20%3Ftitle%20WHERE%20%7B%20%3Fdoc%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fpolicykg%2Fontology%23PolicyDocument%3E%20%3B%20%3Chttp%3A%2F%2Fdata.europa.eu%2Feli%2Fontology%23title%3E%20%3Ftitle%20%7D",
}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  i = offset
end

function request()
  i = i + 1
  return wrk.format("GET", requests[(i % #requests) + 1], { ["Accept"] = "application/sparql-results+json" })
end
