package org.policykg.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * What the store keeps after ingest's writer went through every document in order: the inputs whose
 * graphs are stored, and for each the regulation IRIs its graph holds under another IRI (old → new)
 * because the regulation merge joined them with another document's.
 */
record Survivors(Map<Integer, Map<String, String>> renamesByInput) implements Serializable {

    boolean stored(int input) {
        return renamesByInput.containsKey(input);
    }

    Map<String, String> renames(int input) {
        return renamesByInput.getOrDefault(input, Map.of());
    }
}
