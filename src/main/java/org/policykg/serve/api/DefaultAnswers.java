package org.policykg.serve.api;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.policykg.query.QueryParameter;
import org.policykg.query.SavedQuery;
import org.policykg.serve.StoreChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Keeps the default answer of every saved query that needs no parameter ready: once the server is up
 * and again after each write. Otherwise the first researchers to ask after a start or an upload wait
 * for the computation together, and under load it can run into the query timeout. One query at a time
 * on one background thread, through the same execution slots as requests; writes that arrive while it
 * works make it go round once more.
 */
@Component
public class DefaultAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultAnswers.class);
    private final QueryCatalog catalog;
    private final SavedQueryAnswers answers;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policykg-default-answers");
        t.setDaemon(true);
        return t;
    });

    public DefaultAnswers(QueryCatalog catalog, SavedQueryAnswers answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @EventListener({ApplicationReadyEvent.class, StoreChanged.class})
    public void refresh() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::keepAll);
        }
    }

    private void keepAll() {
        pending.set(false);
        for (SavedQuery query : catalog.all()) {
            if (query.parameters().stream().allMatch(QueryParameter::optional)) {
                try {
                    answers.answer(query, Map.of(), null);
                } catch (RuntimeException e) {
                    // a request asking for it will compute it (and report the failure) itself
                    LOG.debug("default answer of {} not kept: {}", query.name(), e.toString());
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
