package org.policykg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.policykg.extract.citation.RegulationKey;

/**
 * Mints every IRI of the graph from content, under one configurable base: a document by its own
 * 发文字号 or else a hash of its title, date and place; a regulation by its 发文字号 or standard
 * code, else by its title key (both keys are {@link RegulationKey}'s, the one identity rule of a
 * regulation); a body by its city and canonical name. Never from load order.
 * Chinese stays readable in IRIs (they are IRIs, not URIs); characters outside letters, digits and
 * {@code -._~} are percent-encoded.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/policykg/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String document(String number, String title, String date, String place) {
        if (number != null) {
            return base + "document/" + numberKey(number);
        }
        return base + "document/" + hash(RegulationKey.title(title) + "|" + date + "|" + place);
    }

    public String documentGraph(String documentIri) {
        return base + "graph/" + documentIri.substring(base.length());
    }

    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    public String section(String documentIri, String path) {
        return documentIri + "/section/" + path;
    }

    public String task(String documentIri, int position) {
        return documentIri + "/task/" + position;
    }

    public String table(String documentIri, int position) {
        return documentIri + "/table/" + position;
    }

    public String row(String tableIri, int index) {
        return tableIri + "/row/" + (index + 1);
    }

    /** The {@code index}-th cell of a row (0-based; the IRI counts columns from 1, as {@code pkg:column} does). */
    public String cell(String rowIri, int index) {
        return rowIri + "/cell/" + (index + 1);
    }

    /** The {@code index}-th project of the document (0-based; the IRI counts from 1). */
    public String project(String documentIri, int index) {
        return documentIri + "/project/" + (index + 1);
    }

    /** The {@code index}-th numeric target of the document (0-based; the IRI counts from 1). */
    public String target(String documentIri, int index) {
        return documentIri + "/target/" + (index + 1);
    }

    /**
     * A task's {@code ordinal}-th assignment (from 1): by order within the task, so the same document in
     * another file format gives the same IRI.
     */
    public String assignment(String taskIri, int ordinal) {
        return taskIri + "/assignment/" + ordinal;
    }

    public String sentence(String documentIri, int start, int end) {
        return documentIri + "/sentence/" + start + "-" + end;
    }

    public String citation(String documentIri, int start, int end) {
        return documentIri + "/citation/" + start + "-" + end;
    }

    /**
     * A cited regulation: by its number (发文字号, standard code) when it has one, else by its title's key
     * ({@link RegulationKey#title}, which extraction makes with the citation).
     */
    public String regulation(String number, String titleKey) {
        return number != null ? regulationByNumber(number) : regulationByTitleKey(titleKey);
    }

    public String regulationByNumber(String number) {
        return base + "regulation/" + numberKey(number);
    }

    public String regulationByTitle(String title) {
        return regulationByTitleKey(RegulationKey.title(title));
    }

    /** The same from the title's {@link RegulationKey#title}, where extraction has made it already. */
    public String regulationByTitleKey(String titleKey) {
        return base + "regulation/t/" + encodeSegment(titleKey);
    }

    public String body(String city, String canonicalName) {
        return base + "body/" + encodeSegment(city == null ? "unknown" : city) + "/" + encodeSegment(canonicalName);
    }

    /** The regulation's (or an own-numbered document's) number key as an IRI segment: see {@link RegulationKey}. */
    public static String numberKey(String number) {
        return encodeSegment(RegulationKey.number(number));
    }

    /** Keeps letters and digits of any script and {@code -._~}; percent-encodes everything else as UTF-8. */
    public static String encodeSegment(String s) {
        int first = firstToEncode(s);
        if (first == s.length()) {
            // nothing to encode (most names and keys): the segment is the string itself
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (kept(cp)) {
                out.appendCodePoint(cp);
            } else {
                // an unpaired surrogate becomes '?' here, as String.getBytes makes it
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The index of the first code point to percent-encode, or the length when there is none. */
    private static int firstToEncode(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!kept(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return s.length();
    }

    private static boolean kept(int cp) {
        return Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
