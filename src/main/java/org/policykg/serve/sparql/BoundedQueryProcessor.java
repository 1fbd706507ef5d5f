package org.policykg.serve.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Fuseki's query service with a ceiling on the rows of one answer: a query without a LIMIT, or with a
 * larger one, answers at most {@code maxRows} solutions. Answers stream, but a client that asks for the
 * whole store in one SELECT costs the server minutes of a slot and the sort or grouping behind it; the
 * ceiling (and the spill-to-disk thresholds on the context) bounds what one query can take. A query
 * whose SERVICE the allow-list refuses is answered 400 before it runs (the engine refuses it too, for
 * a {@code SERVICE ?var} bound at run time).
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-PolicyKG-Row-Limit";
    private final long maxRows;
    private final ServiceAllowList services;

    BoundedQueryProcessor(long maxRows, ServiceAllowList services) {
        this.maxRows = maxRows;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService service) {
                    Node endpoint = service.getServiceNode();
                    if (endpoint.isVariable() ? services.isEmpty() : !services.allows(endpoint)) {
                        ServletOps.errorBadRequest("SERVICE " + endpoint + " is not allowed on this endpoint"
                                + (services.isEmpty() ? " (federated queries are off)" : ""));
                    }
                }
            });
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }
}
