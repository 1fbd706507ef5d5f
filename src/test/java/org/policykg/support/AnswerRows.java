package org.policykg.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.policykg.query.SavedQuery;

/**
 * A query's answer as rows to compare between two stores holding the same quads: each row written out
 * term by term, the rows sorted (an answer without ORDER BY has no order to keep). SPARQL leaves the order
 * in which GROUP_CONCAT joins its values to the store (TDB2 follows its node ids, which a bulk load assigns
 * differently from an ingest), so those columns are compared as their sorted pieces: the same cities in
 * any order. Blank nodes, which have no identity across stores, are written as one placeholder.
 */
public final class AnswerRows {
    private static final Pattern GROUP_CONCAT = Pattern.compile(
            "GROUP_CONCAT\\s*\\((?:[^()]|\\([^()]*\\))*?separator\\s*=\\s*\"([^\"]+)\"\\s*\\)\\s*AS\\s*\\?(\\w+)", Pattern.CASE_INSENSITIVE);

    private AnswerRows() {
    }

    public static List<String> of(SavedQuery query, ResultSet answer) {
        Matcher m = GROUP_CONCAT.matcher(query.text());
        List<String[]> joined = new ArrayList<>();
        while (m.find()) {
            joined.add(new String[] {m.group(2), m.group(1)});
        }
        List<String> vars = answer.getResultVars();
        List<String> rows = new ArrayList<>();
        while (answer.hasNext()) {
            QuerySolution row = answer.next();
            rows.add(vars.stream().map(v -> term(row.get(v), separatorOf(v, joined))).collect(Collectors.joining("\t")));
        }
        rows.sort(null);
        return rows;
    }

    private static String separatorOf(String var, List<String[]> joined) {
        return joined.stream().filter(j -> j[0].equals(var)).map(j -> j[1]).findFirst().orElse(null);
    }

    private static String term(RDFNode value, String separator) {
        if (value == null) {
            return "";
        }
        Node node = value.asNode();
        if (node.isBlank()) {
            return "_:b";
        }
        if (separator != null && node.isLiteral()) {
            String[] pieces = node.getLiteralLexicalForm().split(Pattern.quote(separator), -1);
            Arrays.sort(pieces);
            return "sorted(" + String.join(separator, pieces) + ")";
        }
        return FmtUtils.stringForNode(node);
    }
}
