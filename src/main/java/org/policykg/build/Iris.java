package org.policykg.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.policykg.normalize.TextNormalizer;

/**
 * Mints every IRI of the graph from content, under one configurable base: a document by its own
 * 发文字号 or else a hash of its title, date and place; a regulation by its 发文字号 or standard
 * code, else by its title key; a body by its city and canonical name. Never from load order.
 * Chinese stays readable in IRIs (they are IRIs, not URIs); characters outside letters, digits and
 * {@code -._~} are percent-encoded.
 */
public final class Iris {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern BRACKET = Pattern.compile("[〔〕\\[\\]［］()（）【】﹝﹞]");
    private static final Pattern NUMBER_SIGN = Pattern.compile("[号號]$");
    private static final Pattern DASHES = Pattern.compile("-+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
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
        return base + "document/" + hash(titleKey(title) + "|" + date + "|" + place);
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

    public String sentence(String documentIri, int start, int end) {
        return documentIri + "/sentence/" + start + "-" + end;
    }

    public String citation(String documentIri, int start, int end) {
        return documentIri + "/citation/" + start + "-" + end;
    }

    public String regulationByNumber(String number) {
        return base + "regulation/" + numberKey(number);
    }

    public String regulationByTitle(String title) {
        return base + "regulation/t/" + encodeSegment(titleKey(title));
    }

    public String body(String city, String canonicalName) {
        return base + "body/" + encodeSegment(city == null ? "unknown" : city) + "/" + encodeSegment(canonicalName);
    }

    /** 苏政办发〔2017〕115号 → 苏政办发-2017-115; a standard code such as GB13223-2011 stays as it is. */
    public static String numberKey(String number) {
        String simplified = SPACE.matcher(TextNormalizer.simplified(number)).replaceAll("");
        String key = BRACKET.matcher(simplified).replaceAll("-");
        key = NUMBER_SIGN.matcher(key).replaceAll("");
        key = DASHES.matcher(key).replaceAll("-");
        key = EDGE_DASH.matcher(key).replaceAll("");
        return encodeSegment(key);
    }

    /** A title as the same regulation's key in any script and punctuation: Simplified, letters and digits only. */
    public static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        return NOT_LETTER_OR_DIGIT.matcher(TextNormalizer.simplified(title)).replaceAll("").toLowerCase();
    }

    /** Keeps letters and digits of any script and {@code -._~}; percent-encodes everything else as UTF-8. */
    public static String encodeSegment(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
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
