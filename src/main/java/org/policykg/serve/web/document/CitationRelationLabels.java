package org.policykg.serve.web.document;

import java.util.Map;

/**
 * The Chinese label of a citation relation as the pages show it next to the English one, e.g.
 * basis → 依据; the same labels as vocab/citation-relation's skos:prefLabel, kept here so that a page
 * need not query them for every mark.
 */
public final class CitationRelationLabels {
    private static final Map<String, String> ZH = Map.of(
            "basis", "依据", "implements", "贯彻落实", "planned", "拟制定", "standard", "执行标准", "mentions", "提及");

    private CitationRelationLabels() {
    }

    public static String zh(String relation) {
        return relation == null ? "" : ZH.getOrDefault(relation, relation);
    }
}
