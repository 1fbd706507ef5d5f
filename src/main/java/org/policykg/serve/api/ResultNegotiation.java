package org.policykg.serve.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.policykg.query.ResultFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the result format of a saved query from the {@code Accept} header: the acceptable type of
 * highest quality that the query's kind can be written in. No header, or any wildcard, gives the
 * first choice (SPARQL JSON for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE).
 */
final class ResultNegotiation {
    record Choice(MediaType type, ResultFormat format) {
    }

    static final MediaType SPARQL_JSON = MediaType.parseMediaType("application/sparql-results+json");
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType TSV = MediaType.parseMediaType("text/tab-separated-values");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle");
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    static final List<Choice> RESULTS = List.of(
            new Choice(SPARQL_JSON, ResultFormat.JSON),
            new Choice(MediaType.APPLICATION_JSON, ResultFormat.JSON),
            new Choice(CSV, ResultFormat.CSV),
            new Choice(TSV, ResultFormat.TSV),
            new Choice(MediaType.TEXT_PLAIN, ResultFormat.TEXT));
    // QueryRunner writes a graph as JSON-LD for JSON and as Turtle otherwise.
    static final List<Choice> GRAPHS = List.of(
            new Choice(TURTLE, ResultFormat.TEXT),
            new Choice(JSON_LD, ResultFormat.JSON),
            new Choice(MediaType.APPLICATION_JSON, ResultFormat.JSON));

    private ResultNegotiation() {
    }

    static Optional<Choice> choose(String accept, List<Choice> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        List<MediaType> wanted;
        try {
            wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType w : wanted) {
            if (w.getQualityValue() <= 0) {
                continue;
            }
            for (Choice c : offered) {
                if (w.includes(c.type())) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    static String names(List<Choice> offered) {
        return String.join(", ", offered.stream().map(c -> c.type().toString()).toList());
    }
}
