-- A researcher's own queries on /ds/sparql, each one new (a literal that changes), so none is kept:
-- documents with their titles, tasks of a body, targets above a value.
dofile("scripts/load/status.lua")
local queries = {
  "SELECT ?doc ?title WHERE { ?doc a <https://w3id.org/policykg/ontology#PolicyDocument> ; <http://data.europa.eu/eli/ontology#title> ?title FILTER(?title != \"%d\") }",
  "SELECT ?task ?text WHERE { ?task a <https://w3id.org/policykg/ontology#Task> ; <https://w3id.org/policykg/ontology#text> ?text FILTER(CONTAINS(?text, \"%d\")) } LIMIT 20",
  "SELECT (COUNT(*) AS ?n) WHERE { ?t <https://w3id.org/policykg/ontology#value> ?v FILTER(?v > %d) }",
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
function init(args)
  codes = {}
  n = id * 1000000
end
function request()
  n = n + 1
  local q = string.format(queries[(n % #queries) + 1], n)
  return wrk.format("GET", "/ds/sparql?query=" .. encode(q), as_client({ ["Accept"] = "application/sparql-results+json" }))
end
