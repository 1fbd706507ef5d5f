package org.policykg.serve.sparql;

import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.admission.Admission;
import org.policykg.store.KnowledgeStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The public SPARQL endpoint: Fuseki's own request dispatch ({@link FusekiFilter}, the filter
 * {@code FusekiServer} installs in its Jetty context) registered in Spring Boot's servlet container,
 * over the very {@link Dataset} object the rest of the application uses. One port, one address.
 * <p>
 * The dataset {@value #NAME} is read-only: SPARQL Query at {@code /ds/sparql}, {@code /ds/query} and
 * {@code /ds?query=}, Graph Store Protocol read at {@code /ds/get} and {@code /ds?graph=}. There is no
 * update, upload or GSP-write service, so Fuseki answers those requests with 4xx.
 * <p>
 * The query timeout is set on the dataset's context, where Fuseki's query processor and Jena's
 * {@code QueryExecution} (the saved-query API) both read it; a client's {@code ?timeout=} may only
 * lower it. So are what a public query may not reach: no {@code SERVICE} beyond the operator's
 * allow-list ({@link ServiceAllowList}), no {@code <java:…>} functions ({@link NoJavaFunctions}), and
 * sorts that spill to disk; the query service caps the rows of an answer ({@link BoundedQueryProcessor}).
 */
@Configuration(proxyBeanMethods = false)
public class SparqlEndpoint {
    public static final String NAME = "/ds";
    /** After the CORS filter, before Spring's dispatcher. */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** Just before Fuseki. */
    private static final int CACHE_ORDER = FILTER_ORDER - 1;

    /** Sorts, DISTINCT and grouping beyond this many rows spill to disk instead of the heap. */
    static final long SPILL_THRESHOLD = 50_000;

    @Bean
    OperationRegistry fusekiOperations(ServeConfig config) {
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new BoundedQueryProcessor(config.maxRows(), new ServiceAllowList(config.serviceAllow())));
        return operations;
    }

    @Bean
    DataAccessPointRegistry fusekiRegistry(Dataset dataset, ServeConfig config, OperationRegistry operations) {
        JenaSystem.init();
        Context context = dataset.getContext();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        new ServiceAllowList(config.serviceAllow()).applyTo(context);
        NoJavaFunctions.applyTo(context);
        DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                // read-only under Fuseki's name too, so `--endpoint http://HOST/ds` (URL/query, URL/data) works
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R)
                .build();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        registry.register(new DataAccessPoint(NAME, service));
        registry.forEach((name, dap) -> {
            dap.getDataService().setEndpointProcessors(operations);
            dap.getDataService().goActive();
        });
        return registry;
    }

    /** Fuseki's dispatch finds its registries as attributes of the servlet context. */
    @Bean
    ServletContextInitializer fusekiContext(DataAccessPointRegistry registry, OperationRegistry operations) {
        return servletContext -> {
            Fuseki.setVerbose(servletContext, false);
            OperationRegistry.set(servletContext, operations);
            DataAccessPointRegistry.set(servletContext, registry);
        };
    }

    @Bean
    FilterRegistrationBean<RepeatedQueryCache> repeatedQueryCache(KnowledgeStore store, ServeConfig config) {
        // Ad-hoc queries have slots of their own, apart from the saved queries' and pages'.
        FilterRegistrationBean<RepeatedQueryCache> bean = new FilterRegistrationBean<>(
                new RepeatedQueryCache(store, Admission.slots(config)));
        bean.setName("repeated-query-cache");
        bean.setUrlPatterns(List.of(NAME, NAME + "/*"));
        bean.setOrder(CACHE_ORDER);
        return bean;
    }

    @Bean
    FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> bean = new FilterRegistrationBean<>(new FusekiFilter());
        bean.setName("fuseki");
        bean.setUrlPatterns(List.of(NAME, NAME + "/*"));
        bean.setOrder(FILTER_ORDER);
        return bean;
    }
}
