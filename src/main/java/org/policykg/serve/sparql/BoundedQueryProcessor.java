package org.policykg.serve.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with a ceiling on the rows of one answer: a query without a LIMIT, or with a
 * larger one, answers at most {@code maxRows} solutions. Answers stream, but a client that asks for the
 * whole store in one SELECT costs the server minutes of a slot and the sort or grouping behind it; the
 * ceiling (and the spill-to-disk thresholds on the context) bounds what one query can take.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-PolicyKG-Row-Limit";
    private final long maxRows;

    BoundedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }
}
