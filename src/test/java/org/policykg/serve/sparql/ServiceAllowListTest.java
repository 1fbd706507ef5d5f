package org.policykg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.policykg.serve.RemoteTarget;

/** An operator's allow-list: the endpoints named are called over real HTTP, any other is not. */
class ServiceAllowListTest {
    static int rows(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return ResultSetFormatter.consume(qe.execSelect());
        }
    }

    @Test
    void anAllowedEndpointIsCalledAndAnotherIsNot() {
        try (RemoteTarget allowed = new RemoteTarget(); RemoteTarget other = new RemoteTarget()) {
            Dataset ds = DatasetFactory.createTxnMem();
            new ServiceAllowList(List.of(allowed.url())).applyTo(ds.getContext());

            int answered = rows(ds, "SELECT * { SERVICE <" + allowed.url() + "> { ?s ?p ?o } }");

            assertThat(answered).isEqualTo(1);
            assertThat(allowed.requests()).isEqualTo(1);
            assertThatThrownBy(() -> rows(ds, "SELECT * { SERVICE <" + other.url() + "> { ?s ?p ?o } }"))
                    .isInstanceOf(QueryExecException.class).hasMessageContaining("not allowed");
            assertThat(other.requests()).isZero();
        }
    }

    @Test
    void withNothingAllowedNoEndpointIsCalled() {
        try (RemoteTarget target = new RemoteTarget()) {
            Dataset ds = DatasetFactory.createTxnMem();
            new ServiceAllowList(List.of()).applyTo(ds.getContext());

            assertThatThrownBy(() -> rows(ds, "SELECT * { SERVICE <" + target.url() + "> { ?s ?p ?o } }"))
                    .isInstanceOf(QueryExecException.class);
            // SILENT forgives a failing endpoint, not a refused one: the refusal is said, not hidden.
            assertThatThrownBy(() -> rows(ds, "SELECT * { SERVICE SILENT <" + target.url() + "> { ?s ?p ?o } }"))
                    .isInstanceOf(QueryExecException.class);
            assertThat(target.requests()).isZero();
        }
    }
}
