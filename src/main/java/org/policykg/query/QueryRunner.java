package org.policykg.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.rdf.Prefixes;

/**
 * Runs a saved query over a dataset with its parameters bound as RDF terms by Jena's substitution
 * (the parse tree is changed, the text never spliced), and writes the result in the chosen format.
 */
public final class QueryRunner {

    /** The saved query over any store (TDB2 or a SPARQL endpoint), its parameters bound by substitution. */
    public void run(org.policykg.store.GraphStore store, SavedQuery saved, Map<String, String> values, ResultFormat format, OutputStream out) {
        Query query = saved.parse();
        Map<String, Node> bindings = saved.bind(values);
        store.query(query, bindings, qe -> {
            write(qe, query, format, out);
            return null;
        });
    }

    public void run(Dataset dataset, SavedQuery saved, Map<String, String> values, ResultFormat format, OutputStream out) {
        Query query = saved.parse();
        Map<String, Node> bindings = saved.bind(values);
        var builder = QueryExecution.dataset(dataset).query(query);
        bindings.forEach((name, node) -> builder.substitution(name, dataset.getDefaultModel().asRDFNode(node)));
        try (QueryExecution qe = builder.build()) {
            write(qe, query, format, out);
        }
    }

    private static void write(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        {
            if (query.isSelectType()) {
                select(qe.execSelect(), query, format, out);
            } else if (query.isAskType()) {
                ResultSetFormatter.out(out, qe.execAsk());
            } else {
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Prefixes.apply(model);
                RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
            }
        }
    }

    private static void select(ResultSet results, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TEXT -> TextTable.write(results, query.getPrefixMapping(), out);
        }
    }
}
