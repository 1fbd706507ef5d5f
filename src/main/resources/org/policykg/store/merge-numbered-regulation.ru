# title: A numbered regulation takes over the title-only ones of its title key
# description: Keeps one node per regulation across documents. Run after a document's graph was stored
#   (inside the TDB2 write transaction, or in the same HTTP update request) for each numbered regulation
#   of the document: every title-only regulation with its title key becomes it, in every graph, as object
#   and as subject (objects first, while the old node can still be found as a subject).
# param: regulation IRI    a numbered regulation of the document just stored
# param: key        string one of its pkg:titleKey values (see RegulationKey)
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
}
