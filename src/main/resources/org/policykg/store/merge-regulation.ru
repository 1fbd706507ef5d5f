# title: Merge one regulation with the others of its title key
# description: Keeps one node per regulation across documents, run after a document's graph was stored
#   (inside the TDB2 write transaction, or in the same HTTP update request): a numbered ?regulation takes
#   over every title-only regulation of its title ?key; a title-only ?regulation becomes the numbered
#   regulation of its key when there is exactly one. When two numbered regulations share a title, the
#   title cannot tell which is meant and nothing is merged. A node is renamed in every graph, as subject
#   and as object (objects first, while the old node can still be found as a subject).
# param: regulation IRI   a regulation of the document just stored
# param: key        string its pkg:titleKey (see RegulationKey)
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>

DELETE { GRAPH ?g { ?s ?p ?old } } INSERT { GRAPH ?g { ?s ?p ?regulation } }
WHERE {
  FILTER EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT DISTINCT ?old WHERE { GRAPH ?k { ?old pkg:titleKey ?key } } }
  FILTER (?old != ?regulation)
  FILTER EXISTS { GRAPH ?t { ?old a pkg:Regulation } }
  FILTER NOT EXISTS { GRAPH ?x { ?old eli:id_local ?n } }
  GRAPH ?g { ?s ?p ?old }
} ;

DELETE { GRAPH ?g { ?old ?p ?o } } INSERT { GRAPH ?g { ?regulation ?p ?o } }
WHERE {
  FILTER EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT DISTINCT ?old WHERE { GRAPH ?k { ?old pkg:titleKey ?key } } }
  FILTER (?old != ?regulation)
  FILTER EXISTS { GRAPH ?t { ?old a pkg:Regulation } }
  FILTER NOT EXISTS { GRAPH ?x { ?old eli:id_local ?n } }
  GRAPH ?g { ?old ?p ?o }
} ;

DELETE { GRAPH ?g { ?s ?p ?regulation } } INSERT { GRAPH ?g { ?s ?p ?to } }
WHERE {
  FILTER NOT EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT (SAMPLE(?n) AS ?to) WHERE {
      { SELECT DISTINCT ?n WHERE { GRAPH ?k { ?n pkg:titleKey ?key } } }
      FILTER EXISTS { GRAPH ?t { ?n a pkg:Regulation } }
      FILTER EXISTS { GRAPH ?x { ?n eli:id_local ?num } }
    } HAVING (COUNT(?n) = 1) }
  FILTER (?to != ?regulation)
  GRAPH ?g { ?s ?p ?regulation }
} ;

DELETE { GRAPH ?g { ?regulation ?p ?o } } INSERT { GRAPH ?g { ?to ?p ?o } }
WHERE {
  FILTER NOT EXISTS { GRAPH ?y { ?regulation eli:id_local ?m } }
  { SELECT (SAMPLE(?n) AS ?to) WHERE {
      { SELECT DISTINCT ?n WHERE { GRAPH ?k { ?n pkg:titleKey ?key } } }
      FILTER EXISTS { GRAPH ?t { ?n a pkg:Regulation } }
      FILTER EXISTS { GRAPH ?x { ?n eli:id_local ?num } }
    } HAVING (COUNT(?n) = 1) }
  FILTER (?to != ?regulation)
  GRAPH ?g { ?regulation ?p ?o }
}
