package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryParseException;
import org.policykg.query.KnownValues;
import org.policykg.query.ParameterInputs;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a SPARQL query file (e.g. queries/citations.rq) over the store.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.rq", description = "the query file")
    Path file;

    @Mixin
    StoreOptions options;

    @Option(names = "--format", description = "tsv, csv, json or text (default: ${DEFAULT-VALUE})")
    ResultFormat format = ResultFormat.TEXT;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter declared in the query's header; bound as a typed RDF term")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        SavedQuery query;
        try {
            query = SavedQueries.fromFile(file);
            query.parse();
        } catch (IOException e) {
            System.err.println("error: " + file + ": cannot be read: " + e.getMessage());
            return 2;
        } catch (QueryParseException | IllegalArgumentException e) {
            System.err.println("error: " + file + ": " + e.getMessage());
            return 2;
        }
        try (GraphStore store = options.open()) {
            // a number or short name typed any way is read as the extractor reads documents
            Map<String, String> resolved = new ParameterInputs(KnownValues.in(store)).resolve(query, params);
            new QueryRunner().run(store, query, resolved, format, System.out);
            System.out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
