package org.policykg.serve.web.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The representations of a resource: an HTML page, or its triples as Turtle, JSON-LD, RDF/XML or
 * N-Triples. Chosen by {@code ?format=} first, else by {@code Accept}: HTML when the client names
 * {@code text/html} (browsers do) at least as high as any RDF type; a client that names none ({@code
 * *}{@code /*} or no header, as curl) gets Turtle.
 */
public enum RdfFormats {
    HTML(MediaType.TEXT_HTML, null, "html", "htm"),
    TURTLE(MediaType.parseMediaType("text/turtle"), RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
    JSON_LD(MediaType.parseMediaType("application/ld+json"), RDFFormat.JSONLD11, "jsonld", "json-ld", "json"),
    RDF_XML(MediaType.parseMediaType("application/rdf+xml"), RDFFormat.RDFXML_PLAIN, "rdf", "xml", "rdfxml", "owl"),
    N_TRIPLES(MediaType.parseMediaType("application/n-triples"), RDFFormat.NTRIPLES, "nt", "ntriples", "n-triples");

    public final MediaType type;
    public final RDFFormat rdf;
    private final List<String> names;

    RdfFormats(MediaType type, RDFFormat rdf, String... names) {
        this.type = type;
        this.rdf = rdf;
        this.names = List.of(names);
    }

    /** The format a {@code ?format=} value names, if any. */
    public static Optional<RdfFormats> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RdfFormats f : values()) {
            if (f.names.contains(n) || f.type.toString().equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The best representation for an Accept header; empty when none is acceptable (406). Each format
     * gets the quality of the most specific range that names it ({@code application/json} counts for
     * JSON-LD, {@code application/xhtml+xml} for HTML, {@code application/xml} for RDF/XML, {@code
     * text/plain} for N-Triples); the highest wins, a format named outright beats one reached only
     * through a wildcard, and among wildcards only Turtle is offered.
     */
    public static Optional<RdfFormats> byAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        List<MediaType> wanted;
        try {
            wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return Optional.of(TURTLE);
        }
        RdfFormats best = null;
        double bestScore = 0;
        for (RdfFormats f : values()) {
            double q = -1;
            boolean explicit = false;
            int specificity = -1;
            for (MediaType w : wanted) {
                MediaType m = alias(w);
                int spec = m.isWildcardType() ? 0 : m.isWildcardSubtype() ? 1 : 2;
                if (m.includes(f.type) && spec > specificity) {
                    specificity = spec;
                    q = m.getQualityValue();
                    explicit = spec == 2;
                }
            }
            if (q <= 0 || !explicit && f != TURTLE) {
                continue;
            }
            // explicit matches beat wildcard ones of the same quality
            double score = q * 10 + (explicit ? 1 : 0);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static MediaType alias(MediaType w) {
        MediaType to = null;
        if (w.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
            to = MediaType.TEXT_HTML;
        } else if (w.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
            to = JSON_LD.type;
        } else if (w.equalsTypeAndSubtype(MediaType.APPLICATION_XML)) {
            to = RDF_XML.type;
        } else if (w.equalsTypeAndSubtype(MediaType.TEXT_PLAIN)) {
            to = N_TRIPLES.type;
        }
        return to == null ? w : new MediaType(to, w.getParameters());
    }
}
