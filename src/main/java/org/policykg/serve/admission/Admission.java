package org.policykg.serve.admission;

import java.time.Duration;

import org.policykg.serve.ServeConfig;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * How many queries run at once and for whom. Saved queries and pages share one set of slots, ad-hoc
 * {@code /ds} queries have another set made by {@link #slots}, so runaway ad-hoc queries cannot take the
 * capacity the pages need. Slots are twice the cores, and as many requests may wait for one, briefly;
 * the request threads are sized so that all of these together still leave threads for kept answers,
 * static files and {@code /health}. In front of it all, requests take turns ({@link RequestQueue}).
 */
@Configuration(proxyBeanMethods = false)
public class Admission {
    /** The longest a request waits for a slot before it is told 503: longer waits only hold threads. */
    static final long SLOT_WAIT_MILLIS = 1000;
    /** Request threads beyond those executions can hold. */
    private static final int FREE_THREADS = 32;

    /** The saved queries' and pages' slots. */
    @Bean
    ExecutionSlots savedQuerySlots(ServeConfig config) {
        return slots(config);
    }

    /**
     * Requests wait their turn (RequestQueue): twice the slots in all (four a core: measured best on two
     * cores, docs/load-test.md), ad-hoc queries at most as many as their slots.
     */
    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> requestQueue(ServeConfig config) {
        return factory -> factory.addServerCustomizers(server -> server.setHandler(RequestQueue.around(
                server.getHandler(), 2 * slotCount(), slotCount(), adHocWait(config), retryAfterSeconds(config))));
    }

    @Bean
    FilterRegistrationBean<RequestClient> requestClientFilter() {
        FilterRegistrationBean<RequestClient> bean = new FilterRegistrationBean<>(new RequestClient());
        bean.setName("request-client");
        bean.setUrlPatterns(java.util.List.of("/*"));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /** Request threads for Jetty: what both kinds of execution can hold, plus threads that stay free. */
    public static int requestThreads() {
        return 2 * 2 * slotCount() + FREE_THREADS;
    }

    /** A set of slots as configured: twice the cores, as many waiting, each client its share (ad-hoc {@code /ds} queries take one of their own). */
    public static ExecutionSlots slots(ServeConfig config) {
        return new ExecutionSlots(slotCount(), slotCount(), Math.min(SLOT_WAIT_MILLIS, config.queryTimeout().toMillis()),
                new ClientShare(config.queriesPerClient()), retryAfterSeconds(config));
    }

    /** A queued ad-hoc query waits until a running one has ended, at most the query timeout, at most the shared wait. */
    private static Duration adHocWait(ServeConfig config) {
        return config.queryTimeout().compareTo(RequestQueue.SHARED_WAIT) < 0 ? config.queryTimeout() : RequestQueue.SHARED_WAIT;
    }

    /** Come back after the query timeout: by then a running query has ended. */
    private static long retryAfterSeconds(ServeConfig config) {
        return Math.max(1, (config.queryTimeout().toMillis() + 999) / 1000);
    }

    private static int slotCount() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }
}
