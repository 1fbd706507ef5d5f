# title: A title-only regulation joins the one numbered regulation of its title key
# description: Keeps one node per regulation across documents. Run after a document's graph was stored
#   for each title-only regulation of the document: when exactly one numbered regulation has its title key,
#   the title-only node becomes it, in every graph; when two numbered regulations share the title, the
#   title cannot tell which is meant and nothing is merged. (The count is projected and filtered outside,
#   not tested by HAVING without GROUP BY, which Virtuoso 7 refuses although SPARQL 1.1 allows it.)
# param: regulation IRI    a title-only regulation of the document just stored
# param: key        string its pkg:titleKey (see RegulationKey)
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>

DELETE { GRAPH ?g { ?s ?p ?regulation } } INSERT { GRAPH ?g { ?s ?p ?to } }
WHERE {
  FILTER NOT EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT (SAMPLE(?n) AS ?to) (COUNT(?n) AS ?numbered) WHERE {
      { SELECT DISTINCT ?n WHERE { GRAPH ?k { ?n pkg:titleKey ?key } } }
      FILTER EXISTS { GRAPH ?t { ?n a pkg:Regulation } }
      FILTER EXISTS { GRAPH ?x { ?n eli:id_local ?num } }
    } }
  FILTER (?numbered = 1)
  FILTER (?to != ?regulation)
  GRAPH ?g { ?s ?p ?regulation }
} ;

DELETE { GRAPH ?g { ?regulation ?p ?o } } INSERT { GRAPH ?g { ?to ?p ?o } }
WHERE {
  FILTER NOT EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT (SAMPLE(?n) AS ?to) (COUNT(?n) AS ?numbered) WHERE {
      { SELECT DISTINCT ?n WHERE { GRAPH ?k { ?n pkg:titleKey ?key } } }
      FILTER EXISTS { GRAPH ?t { ?n a pkg:Regulation } }
      FILTER EXISTS { GRAPH ?x { ?n eli:id_local ?num } }
    } }
  FILTER (?numbered = 1)
  FILTER (?to != ?regulation)
  GRAPH ?g { ?regulation ?p ?o }
}
