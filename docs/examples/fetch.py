#!/usr/bin/env python3
"""Fetch PolicyKG resources from Python: a saved query, a SPARQL query and one resource by its IRI.

    python3 docs/examples/fetch.py [http://localhost:8080]

Needs rdflib and SPARQLWrapper (Debian: apt-get install python3-rdflib python3-sparqlwrapper;
elsewhere: pip install rdflib sparqlwrapper). The server: java -jar target/policykg.jar serve
"""
import csv
import io
import sys
import urllib.parse
import urllib.request

from rdflib import Graph, URIRef
from SPARQLWrapper import SPARQLWrapper, JSON

SERVER = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
BASE = "https://w3id.org/policykg/"


def local_url(iri):
    """A minted IRI (https://w3id.org/policykg/regulation/国海发-2017-2) as this server's URL.

    urllib (and so rdflib) sends a path as it is given and refuses non-ASCII characters in it, so the
    Chinese part is percent-encoded as UTF-8; '%' and '/' are kept (the IRI may already hold escapes).
    """
    return SERVER + "/" + urllib.parse.quote(iri[len(BASE):], safe="/%-._~")


# 1. A saved query, by name, with a parameter typed any way (国海发[2017]2号 = 国海发〔2017〕2号), as CSV.
params = urllib.parse.urlencode({"number": "国海发[2017]2号"})
request = urllib.request.Request(f"{SERVER}/api/queries/cited-by?{params}", headers={"Accept": "text/csv"})
with urllib.request.urlopen(request) as answer:
    rows = list(csv.DictReader(io.TextIOWrapper(answer, encoding="utf-8")))
print(f"cited-by: {len(rows)} documents cite {rows[0]['regulationNumber']}: " + "; ".join(r["citingTitle"] for r in rows))

# 2. Any SPARQL query on the endpoint.
sparql = SPARQLWrapper(f"{SERVER}/ds/sparql")
sparql.setReturnFormat(JSON)
sparql.setQuery("""
    PREFIX eli: <http://data.europa.eu/eli/ontology#>
    SELECT ?regulation WHERE { ?regulation eli:id_local "国海发〔2017〕2号" } LIMIT 1""")
iri = sparql.queryAndConvert()["results"]["bindings"][0]["regulation"]["value"]
print(f"IRI: {iri}")

# 3. The resource itself, as Turtle, from its local URL (percent-encoded).
url = local_url(iri) + "?format=ttl"
print(f"URL: {url}")
graph = Graph()
graph.parse(url, format="turtle")
title = graph.value(URIRef(iri), URIRef("http://data.europa.eu/eli/ontology#title"))
print(f"{len(graph)} triples about it; title: {title}")
