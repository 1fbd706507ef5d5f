package org.policykg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.Dataset;

import org.policykg.rdf.Iris;
import org.policykg.serve.admission.Admission;
import org.policykg.serve.web.LocalPaths;
import org.policykg.store.KnowledgeStore;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the web application (Spring MVC and Fuseki's dispatch in one embedded Jetty) over an open
 * store. The store stays the caller's: closing the server does not close it. {@code serve} and the
 * tests start the server the same way.
 */
public final class PolicyKgServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int port;

    private PolicyKgServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static PolicyKgServer start(ServeConfig config, KnowledgeStore store) {
        return start(config, CompletableFuture.completedFuture(store));
    }

    /**
     * Starts while the store is still being opened (or filled) on another thread: Spring reads its
     * configuration meanwhile, and waits for the store before it creates any bean. On two cores that
     * overlaps Jena's start-up with Spring's. No bean is created before the store is there, so Jena's
     * one-time initialisation never runs on two threads at once.
     */
    public static PolicyKgServer start(ServeConfig config, CompletableFuture<KnowledgeStore> opening) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", config.port());
        // Loopback unless the operator opens it (--host): a fresh `serve` is not on the network by accident.
        properties.put("server.address", config.bindAddress());
        properties.put("spring.servlet.multipart.max-file-size", config.maxUploadBytes() + "B");
        // The request may carry the file plus form overhead; the file limit is the one that matters.
        properties.put("spring.servlet.multipart.max-request-size", (config.maxUploadBytes() + 64 * 1024) + "B");
        properties.put("spring.servlet.multipart.file-size-threshold", "1MB");
        properties.put("server.error.include-message", "always");
        properties.put("server.error.whitelabel.enabled", "false");
        properties.put("server.jetty.max-http-form-post-size", "1MB");
        properties.put("server.shutdown", "immediate");
        // Few request threads: with hundreds of clients on a small machine, hundreds of runnable threads
        // starve the few that compute new answers until their queries time out; queued connections cost
        // nothing. Executions are bounded apart (Admission), so some threads always stay free for the rest.
        properties.put("server.jetty.threads.max", Admission.requestThreads());
        if (config.behindProxy()) {
            // The proxy's X-Forwarded-For names the client, whose share a query counts against. Only
            // behind a proxy that alone reaches the server: any other sender could name any client.
            properties.put("server.forward-headers-strategy", "native");
        }
        properties.put("spring.main.log-startup-info", "false");
        properties.put("spring.jmx.enabled", "false");
        // Auto-configurations the application does not use (no AOP, no async or scheduled work, no
        // TLS, no availability probes or build info): each one parsed is start-up time.
        properties.put("spring.autoconfigure.exclude", String.join(",",
                "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
                "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
                "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
                "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
                "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
                "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration"));

        // The web pages answer each minted IRI at its path: <base>document/X at /document/X, or at
        // /policykg/document/X for a base such as https://example.org/policykg/ (see web.LocalPaths).
        properties.put("policykg.web.root", LocalPaths.rootPath(new Iris(config.baseIri()).base()));
        properties.put("policykg.web.vocab-root", LocalPaths.rootPath(LocalPaths.VOCAB_ROOT));
        properties.put("spring.thymeleaf.prefix", "classpath:/templates/");
        properties.put("spring.mvc.static-path-pattern", "/static/**");

        // Logging is the caller's (the CLI sets it up, the tests have logback-test.xml): Spring Boot's
        // re-configuration would parse logback XML again during start-up.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ServeApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(properties)
                .initializers(ctx -> {
                    GenericApplicationContext app = (GenericApplicationContext) ctx;
                    app.getBeanFactory().registerSingleton("serveConfig", config);
                    app.addBeanFactoryPostProcessor(beans -> opening.join());
                    // "": the store is the caller's, Spring must not close it (it would infer close()).
                    app.registerBean("knowledgeStore", KnowledgeStore.class, opening::join,
                            bean -> bean.setDestroyMethodName(""));
                    app.registerBean("dataset", Dataset.class, () -> opening.join().dataset(),
                            bean -> bean.setDestroyMethodName(""));
                    app.registerBean("iris", Iris.class, () -> new Iris(config.baseIri()));
                })
                .run();
        return new PolicyKgServer(context);
    }

    /** The port the server listens on (the chosen one when the config asked for 0). */
    public int port() {
        return port;
    }

    /** What the server answers, read from its request mappings and Fuseki's registry. */
    public List<ServedRoute> routes() {
        return ServedRoutes.of(context);
    }

    @Override
    public void close() {
        context.close();
    }
}
