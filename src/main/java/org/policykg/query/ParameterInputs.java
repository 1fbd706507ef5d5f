package org.policykg.query;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policykg.structure.number.DocumentNumber;
import org.policykg.extract.citation.RegulationKey;
import org.policykg.normalize.TextNormalizer;

/**
 * Reads the values a person types for a saved query's parameters the way the extractor reads the
 * documents: a regulation number in any bracket, script, width or spacing, with or without 号, or its
 * title; a concept, theme, city or place by its short name or label instead of its whole IRI. Each is
 * turned into the exact value the graph holds, so the query finds it. A value that matches nothing
 * known is refused with the nearest known ones, because an empty table would read as "nobody cites it".
 */
public final class ParameterInputs {
    private static final int SUGGESTIONS = 3;
    private final KnownValues known;

    public ParameterInputs(KnownValues known) {
        this.known = known;
    }

    /** A value given for a parameter that names nothing in the store; the message names both and the nearest values. */
    public static final class UnknownValueException extends IllegalArgumentException {
        private final List<KnownValues.Value> nearest;

        UnknownValueException(String message, List<KnownValues.Value> nearest) {
            super(message);
            this.nearest = nearest;
        }

        public List<KnownValues.Value> nearest() {
            return nearest;
        }
    }

    /** The values as the graph holds them; parameters without a list of known values pass unchanged. */
    public Map<String, String> resolve(SavedQuery query, Map<String, String> given) {
        Map<String, String> resolved = new LinkedHashMap<>(given);
        for (QueryParameter p : query.parameters()) {
            String value = given.get(p.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            Optional<ValueKeys> keys = known.keys(p.name());
            if (keys.isPresent()) {
                resolved.put(p.name(), find(p.name(), value, keys.get()));
            }
        }
        return resolved;
    }

    /** The known value of {@code parameter} the text names (its IRI, short name, label or any other name). */
    public String find(String parameter, String text) {
        return find(parameter, text, known.keys(parameter)
                .orElseThrow(() -> new IllegalArgumentException("parameter '" + parameter + "' has no list of known values")));
    }

    private String find(String parameter, String text, ValueKeys keys) {
        String wanted = key(text);
        Optional<String> titleKey = regulation(parameter) ? Optional.of(RegulationKey.title(text)).filter(t -> !t.isEmpty()) : Optional.empty();
        Optional<KnownValues.Value> found = keys.first(List.of(text.strip(), decoded(text.strip())), wanted, numberKey(parameter, text), titleKey);
        if (found.isPresent()) {
            return found.get().value();
        }
        List<KnownValues.Value> nearest = nearest(text, keys.values());
        throw new UnknownValueException("parameter '" + parameter + "': '" + text.strip() + "' is not in the store (" + describe(parameter)
                + ")" + (nearest.isEmpty() ? "" : "; nearest: " + String.join(", ",
                        nearest.stream().map(ParameterInputs::shown).toList())), nearest);
    }

    /** An IRI copied from a browser's address bar comes percent-encoded (…/regulation/%E5%9B%BD…). */
    private static String decoded(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    private static boolean regulation(String parameter) {
        return parameter.equals("number") || parameter.equals("regulation");
    }

    /** A number written any way (国海发[2017]2号, 國海發(2017)2, full width, spaces) as the extractor keys it. */
    private static Optional<String> numberKey(String parameter, String text) {
        if (!regulation(parameter)) {
            return Optional.empty();
        }
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Optional.of(DocumentNumber.parse(halfWidth).map(DocumentNumber::canonical).map(RegulationKey::number)
                .orElse(RegulationKey.number(halfWidth)));
    }

    private static String describe(String parameter) {
        return switch (parameter) {
            case "number", "regulation" -> "no cited regulation has this number, title or IRI";
            default -> "no " + parameter + " has this name, label or IRI";
        };
    }

    private static String shown(KnownValues.Value v) {
        return v.label() == null || v.label().equals(v.name()) ? v.name() : v.name() + " (" + v.label() + ")";
    }

    /** Width, script, case and spacing do not matter to a person typing a name. */
    static String key(String s) {
        String halfWidth = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return TextNormalizer.simplified(halfWidth).replaceAll("\\s+", "").toLowerCase();
    }

    private static List<KnownValues.Value> nearest(String text, List<KnownValues.Value> values) {
        String wanted = key(text);
        return values.stream()
                .map(v -> Map.entry(v, ValueKeys.names(v).mapToInt(n -> distance(wanted, key(n))).min().orElse(Integer.MAX_VALUE)))
                .filter(e -> e.getValue() <= Math.max(2, wanted.length() * 2 / 3))
                .sorted(Map.Entry.<KnownValues.Value, Integer>comparingByValue().thenComparing(e -> e.getKey().name()))
                .limit(SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    /** Levenshtein distance over UTF-16 units (the names compared are short). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

}
