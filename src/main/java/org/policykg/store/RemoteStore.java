package org.policykg.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.out.NodeFmtLib;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * Any SPARQL 1.1 store over HTTP (Fuseki, GraphDB, Virtuoso, Stardog, Neptune, QLever …) through
 * Jena's RDFConnection: queries to its query endpoint, documents by SPARQL Update, the vocabulary
 * graph by a Graph Store Protocol PUT. The store's default graph must be the union of its named
 * graphs, as the saved queries expect (Fuseki/TDB2: {@code tdb2:unionDefaultGraph true}).
 *
 * <p>What HTTP cannot give is a transaction spanning requests. A document's replacement is therefore
 * <em>one</em> Update request — delete the graphs read before from the same file, drop the document's
 * graph, {@code INSERT DATA} the new one, then merge its regulations with the stored ones — which a
 * store that executes a request atomically (Fuseki does, in one write transaction; the SPARQL 1.1
 * Update recommendation says a request SHOULD be atomic) applies whole or not at all. Between
 * requests there is no isolation: the duplicate check and the write are two requests, and two
 * ingests into one endpoint at once may interleave (run one writer at a time).
 */
public final class RemoteStore implements GraphStore {
    static {
        // before any vocabulary class: Jena initialises itself on first use, and a vocabulary class
        // touched first (here in a static initialiser) can see its own constants still null
        org.apache.jena.sys.JenaSystem.init();
    }

    private static final String PREFIXES = "PREFIX pkg: <" + PolicyOntology.NS + ">\nPREFIX eli: <" + Eli.NS + ">\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    /**
     * Triples per {@code INSERT DATA} operation: a document of more is sent as several in the same request.
     * Virtuoso 7's SPARQL parser runs out of stack ("SP030 … memory exhausted") at about 5,000 triples in one
     * operation, while several operations of 1,000 in one request are parsed and run alike by every store.
     */
    static final int INSERT_CHUNK = 1000;

    private final RDFConnection connection;
    private final String location;
    private final String gspUrl;

    private RemoteStore(RDFConnection connection, String location, String gspUrl) {
        this.connection = connection;
        this.location = location;
        this.gspUrl = gspUrl;
    }

    /** A dataset URL in Fuseki's layout: {@code URL/query}, {@code URL/update}, {@code URL/data} (GSP). */
    public static RemoteStore connect(String datasetUrl) {
        String base = datasetUrl.replaceAll("/+$", "");
        return connect(base + "/query", base + "/update", base + "/data");
    }

    /** Explicit endpoints; {@code updateUrl} and {@code gspUrl} may be null for a read-only store. */
    public static RemoteStore connect(String queryUrl, String updateUrl, String gspUrl) {
        // A long query goes as an HTML form (application/x-www-form-urlencoded), not as a bare
        // application/sparql-query body: both are SPARQL 1.1 Protocol, but Virtuoso 7.2 never answers
        // the second (the request hangs and the server spins), while every store takes the form.
        var builder = RDFConnectionRemote.newBuilder().queryEndpoint(queryUrl)
                .querySendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asGetWithLimitForm);
        if (updateUrl != null) {
            builder.updateEndpoint(updateUrl);
        }
        if (gspUrl != null) {
            builder.gspEndpoint(gspUrl);
        }
        return new RemoteStore(builder.build(), queryUrl, gspUrl);
    }

    @Override
    public String location() {
        return location;
    }

    /** GSP PUT: the store replaces the graph in one request. */
    @Override
    public void replaceGraph(String graphIri, Model model) {
        connection.put(graphIri, model);
    }

    /** No transaction spans HTTP requests: each document is one Update request, sent as it is written. */
    @Override
    public void writeBatch(Consumer<DocumentWriter> body) {
        body.accept(new DocumentWriter() {
            @Override
            public Optional<String> storedCopy(String checksum, String ownFileName) {
                try (QueryExecution exec = connection.query(StoredCopyQuery.of(checksum, ownFileName))) {
                    return StoredCopyQuery.first(exec);
                }
            }

            @Override
            public void replaceDocument(DocumentGraph graph) {
                connection.update(replacement(graph));
            }
        });
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Function<QueryExecution, T> action) {
        var builder = connection.newQuery().query(query);
        Model terms = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        bindings.forEach((name, node) -> builder.substitution(name, terms.asRDFNode(node)));
        try (QueryExecution exec = builder.build()) {
            return action.apply(exec);
        }
    }

    @Override
    public <T> T read(Function<org.apache.jena.query.Dataset, T> action) {
        org.apache.jena.query.Dataset copy = null;
        if (gspUrl != null) {
            try {
                copy = org.apache.jena.query.DatasetFactory.wrap(org.apache.jena.sparql.exec.http.DSP.service(gspUrl).GET());
            } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.riot.RiotException datasetGetRefused) {
                // a Graph Store that serves one graph per request only (Virtuoso's /sparql-graph-crud
                // answers a dataset GET with an error page): the quads are read by a query instead
            }
        }
        return action.apply(copy != null ? copy : queriedCopy());
    }

    private org.apache.jena.query.Dataset queriedCopy() {
        org.apache.jena.query.Dataset copy = org.apache.jena.query.DatasetFactory.create();
        try (QueryExecution exec = connection.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            var dsg = copy.asDatasetGraph();
            exec.execSelect().forEachRemaining(row -> dsg.add(row.get("g").asNode(), row.get("s").asNode(),
                    row.get("p").asNode(), row.get("o").asNode()));
        }
        return copy;
    }

    @Override
    public long quadCount() {
        Query count = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        try (QueryExecution exec = connection.query(count)) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    /**
     * The one Update request that replaces a document: graphs of the same file emptied, the document's
     * graph dropped and inserted anew, then {@link RegulationMerge}'s merge of each of its regulations.
     */
    static String replacement(DocumentGraph graph) {
        String g = iri(graph.graphIri());
        StringBuilder u = new StringBuilder(PREFIXES);
        u.append("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?d dcterms:source ")
                .append(NodeFmtLib.strNT(NodeFactory.createLiteralString(graph.fileName())))
                .append(" } GRAPH ?g { ?s ?p ?o } } ;\n");
        u.append("DROP SILENT GRAPH ").append(g).append(" ;\n");
        u.append("INSERT DATA { GRAPH ").append(g).append(" {\n");
        int[] inChunk = {0};
        graph.model().getGraph().find().forEachRemaining(t -> {
            if (inChunk[0]++ == INSERT_CHUNK) {
                u.append("} } ;\nINSERT DATA { GRAPH ").append(g).append(" {\n");
                inChunk[0] = 1;
            }
            u.append(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject())).append(" .\n");
        });
        u.append("} }");
        // SPARQL Update lets each operation bring its own prologue, so the merge is appended as it serializes.
        RegulationMerge.of(graph).forEach(merge -> u.append(" ;\n").append(merge));
        return u.toString();
    }

    private static String iri(String iri) {
        return NodeFmtLib.strNT(NodeFactory.createURI(iri));
    }

    @Override
    public void close() {
        connection.close();
    }
}
