package org.policykg.serve.sparql;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a query's {@code SERVICE} may call: by default none. On a public endpoint a
 * {@code SERVICE <http://127.0.0.1:…/>} makes the server request any address it can reach (its own
 * admin routes, the cloud's metadata address, the intranet) and relay the answer; a self-{@code SERVICE}
 * also holds an execution slot while it waits for another. Operators who want federation name the
 * endpoints ({@code serve --service-allow URL}); any other endpoint, a {@code SERVICE ?var} bound to
 * one, and {@code SERVICE SILENT} alike are refused before a connection is made.
 */
public final class ServiceAllowList {
    private final Set<String> allowed;

    public ServiceAllowList(List<String> endpoints) {
        this.allowed = Set.copyOf(endpoints);
    }

    public boolean isEmpty() {
        return allowed.isEmpty();
    }

    public boolean allows(Node service) {
        return service != null && service.isURI() && allowed.contains(service.getURI());
    }

    /** Puts the policy on the context the dataset's queries run with (Fuseki and the saved-query API read the same). */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        // A registry of its own: the guard first, then Jena's HTTP executor only when something is allowed.
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        if (!allowed.isEmpty()) {
            registry.add(ServiceExecutorRegistry.httpService);
        }
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            if (!allows(opExecute.getService())) {
                throw new QueryExecException("SERVICE " + opExecute.getService() + " is not allowed on this endpoint"
                        + (allowed.isEmpty() ? " (federated queries are off)" : ""));
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}
