package org.policykg.serve.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policykg.rdf.Iris;
import org.policykg.rdf.vocab.PolicyOntology;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Where an IRI of the graph is served on this server, and back. The default base {@code
 * https://w3id.org/policykg/} (a persistent-URI service that redirects to the server) and the root of
 * the vocabularies and the ontology (the same) map to the server's root: {@code
 * https://w3id.org/policykg/document/X} is {@code /document/X} here. Any other base ({@code --base})
 * is answered at its own path: with {@code https://example.org/policykg/} the IRI {@code
 * https://example.org/policykg/document/X} is {@code /policykg/document/X}. Links use the path with every
 * non-ASCII character percent-encoded; a request path is decoded and each segment re-encoded the way
 * {@link Iris#encodeSegment} mints it, so a raw, partly or fully encoded path all reach the one IRI.
 */
@Component("links")
public class LocalPaths {
    /** The root of the vocabularies and the ontology, whatever the base of minted resources. */
    public static final String VOCAB_ROOT = PolicyOntology.VOCAB.substring(0, PolicyOntology.VOCAB.length() - "vocab/".length());

    private final List<String> roots;

    public LocalPaths(Iris iris) {
        Set<String> r = new LinkedHashSet<>();
        r.add(iris.base());
        r.add(VOCAB_ROOT);
        this.roots = List.copyOf(r);
    }

    /** The local path of a root IRI: "/" for the default base, else its path, e.g. "/policykg/". */
    public static String rootPath(String root) {
        if (root.equals(VOCAB_ROOT)) {
            return "/";
        }
        String path = URI.create(root).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }

    public String basePath() {
        return rootPath(roots.get(0));
    }

    public String vocabRootPath() {
        return rootPath(VOCAB_ROOT);
    }

    /** True when the IRI is one this server answers. */
    /** Each IRI root this server answers with the local path it is served at (for the editor's result links). */
    public List<Map<String, String>> localRoots() {
        return roots.stream().map(r -> Map.of("iri", r, "path", rootPath(r))).toList();
    }

    public boolean served(String iri) {
        return iri != null && roots.stream().anyMatch(iri::startsWith);
    }

    /**
     * True for an IRI a page may link to or take as a parameter: http, https or urn. Anything else
     * ({@code javascript:}, {@code data:}, …) would run or load something in the reader's browser.
     */
    public static boolean linkable(String iri) {
        if (iri == null) {
            return false;
        }
        String lower = iri.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("urn:")) && iri.equals(iri.strip());
    }

    /**
     * The local link of an IRI this server answers (non-ASCII percent-encoded), else the IRI itself when
     * it is {@link #linkable}; null (no link rendered) for any other scheme.
     */
    public String href(String iri) {
        if (iri == null || !linkable(iri)) {
            return null;
        }
        for (String root : roots) {
            if (iri.startsWith(root)) {
                String local = rootPath(root) + iri.substring(root.length());
                return ascii(local);
            }
        }
        return iri;
    }

    /** The IRIs a request path (as received, percent-encoded) may name, the minted form first. */
    public List<String> candidates(String rawPath) {
        Set<String> out = new LinkedHashSet<>();
        for (String root : roots) {
            String prefix = rootPath(root);
            if (!rawPath.startsWith(prefix)) {
                continue;
            }
            String rest = rawPath.substring(prefix.length());
            List<String> segments = new ArrayList<>();
            for (String seg : rest.split("/", -1)) {
                segments.add(Iris.encodeSegment(decode(seg)));
            }
            out.add(root + String.join("/", segments));
            out.add(root + decode(rest));
            out.add(root + rest);
        }
        return List.copyOf(out);
    }

    /** Percent-encodes what is not ASCII, keeping escapes already there. */
    public static String ascii(String path) {
        StringBuilder b = new StringBuilder();
        path.codePoints().forEach(cp -> {
            if (cp < 0x80 && cp > 0x20 && cp != '"' && cp != '<' && cp != '>' && cp != '`' && cp != '{' && cp != '}' && cp != '|'
                    && cp != '\\' && cp != '^') {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
            }
        });
        return b.toString();
    }

    private static String decode(String s) {
        try {
            return UriUtils.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
