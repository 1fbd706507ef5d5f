package org.policykg.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.policykg.extract.citation.RegulationKey;

/**
 * One parameter's known values with the keys of each of their names worked out once (per store
 * change), so that reading what a person typed is a few map reads instead of keying every name of
 * every value again for each request. Where several values answer to a key, the first in the list does,
 * as a scan in list order would find it.
 */
final class ValueKeys {
    private final List<KnownValues.Value> values;
    private final Map<String, Integer> byValue = new HashMap<>();
    private final Map<String, Integer> byNameKey = new HashMap<>();
    private final Map<String, Integer> byNumberKey = new HashMap<>();
    private final Map<String, Integer> byTitleKey = new HashMap<>();

    ValueKeys(List<KnownValues.Value> values, boolean regulations) {
        this.values = values;
        for (int i = 0; i < values.size(); i++) {
            KnownValues.Value v = values.get(i);
            byValue.putIfAbsent(v.value(), i);
            for (String name : names(v).toList()) {
                byNameKey.putIfAbsent(ParameterInputs.key(name), i);
                if (regulations) {
                    byNumberKey.putIfAbsent(RegulationKey.number(name), i);
                    String title = RegulationKey.title(name);
                    if (!title.isEmpty()) {
                        byTitleKey.putIfAbsent(title, i);
                    }
                }
            }
        }
    }

    List<KnownValues.Value> values() {
        return values;
    }

    /**
     * The first value that is one of {@code exact}, or has a name whose key is {@code nameKey}, or (for
     * regulations) a name whose number key or title key is the one given.
     */
    Optional<KnownValues.Value> first(List<String> exact, String nameKey, Optional<String> numberKey, Optional<String> titleKey) {
        int best = Integer.MAX_VALUE;
        for (String e : exact) {
            best = Math.min(best, byValue.getOrDefault(e, Integer.MAX_VALUE));
        }
        best = Math.min(best, byNameKey.getOrDefault(nameKey, Integer.MAX_VALUE));
        if (numberKey.isPresent()) {
            best = Math.min(best, byNumberKey.getOrDefault(numberKey.get(), Integer.MAX_VALUE));
        }
        if (titleKey.isPresent()) {
            best = Math.min(best, byTitleKey.getOrDefault(titleKey.get(), Integer.MAX_VALUE));
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(values.get(best));
    }

    static Stream<String> names(KnownValues.Value v) {
        return Stream.concat(Stream.of(v.value(), v.name(), v.label()), v.aliases().stream()).filter(n -> n != null);
    }
}
