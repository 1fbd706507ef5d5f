package org.policykg.bench;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Whether two exports hold the same facts: the same named graphs, each isomorphic to its counterpart
 * (blank nodes, which the vocabulary graph has, get new labels in every store). Prints one line per
 * graph that differs and a summary; exits 1 when anything differs.
 *
 * <p>Usage: {@code QuadsCompare OLD.nq NEW.nq}
 */
public final class QuadsCompare {
    private QuadsCompare() {
    }

    public static void main(String[] args) {
        DatasetGraph before = RDFDataMgr.loadDatasetGraph(args[0]);
        DatasetGraph after = RDFDataMgr.loadDatasetGraph(args[1]);
        Set<String> names = new TreeSet<>();
        before.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        after.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        int differing = 0;
        long quads = 0;
        for (String name : names) {
            Node g = org.apache.jena.graph.NodeFactory.createURI(name);
            Graph a = before.getGraph(g);
            Graph b = after.getGraph(g);
            quads += a.size();
            if (a.size() != b.size() || !a.isIsomorphicWith(b)) {
                differing++;
                System.out.printf("differs: %s (%d vs %d triples)%n", name, a.size(), b.size());
            }
        }
        System.out.printf("%s vs %s: %d graphs, %d quads in the first, %d graphs differ%n", args[0], args[1], names.size(),
                quads, differing);
        if (differing > 0) {
            System.exit(1);
        }
    }
}
