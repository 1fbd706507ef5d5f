package org.policykg.serve;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;

/** A class a query could name as {@code <java:org.policykg.serve.JavaFunctionCanary>}: it counts its calls. */
public class JavaFunctionCanary extends FunctionBase1 {
    public static final AtomicInteger CALLS = new AtomicInteger();

    @Override
    public NodeValue exec(NodeValue v) {
        CALLS.incrementAndGet();
        return NodeValue.makeString("called");
    }
}
