package org.policykg.extract.department;

import java.util.List;

/**
 * One way a paragraph names who delivers its task: a labelled list ({@link LabelledLists}), an unlabelled
 * bracket closing the task ({@link TrailingBracket}), a sentence (由…牵头, …配合: {@link ProseLeads}).
 * {@link DepartmentExtractor} tries its patterns in order, surest first, and keeps what the first that
 * finds anything finds. A new way of writing is a new class listed there.
 */
interface BodyListPattern {
    /** The bodies this pattern reads in the text, with their roles and offsets into it; empty when none. */
    List<Mention> find(String text);

    /** What the first of the patterns that finds anything finds in the text. */
    static List<Mention> firstFound(List<BodyListPattern> patterns, String text) {
        for (BodyListPattern pattern : patterns) {
            List<Mention> found = pattern.find(text);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
