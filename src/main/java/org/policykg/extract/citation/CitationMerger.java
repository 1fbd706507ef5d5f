package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups mentions of one cited document: two mentions are the same document when they share a number
 * or a {@link RegulationKey} (a law's short name without 中华人民共和国 included); a title-only mention thus
 * joins a numbered mention of the same title.
 * The first spelling of the title and the first number are kept.
 */
final class CitationMerger {
    /**
     * Each title's {@link RegulationKey#title} computed once: {@link #same} compares every mention with every
     * earlier one, and the regulation carries the key of its first title.
     */
    private final Map<String, String> titleKeys = new HashMap<>();

    List<CitedRegulation> merge(List<CitationMention> mentions) {
        List<List<CitationMention>> groups = new ArrayList<>();
        for (CitationMention m : mentions) {
            List<List<CitationMention>> matching = groups.stream().filter(g -> g.stream().anyMatch(o -> same(m, o))).toList();
            List<CitationMention> group = new ArrayList<>();
            matching.forEach(group::addAll);
            group.add(m);
            groups.removeAll(matching);
            groups.add(group);
        }
        return groups.stream().map(this::regulation)
                .sorted((a, b) -> Integer.compare(a.mentions().get(0).span().start(), b.mentions().get(0).span().start()))
                .toList();
    }

    private boolean same(CitationMention a, CitationMention b) {
        boolean sameNumber = a.number() != null && a.number().equals(b.number());
        boolean sameTitle = a.title() != null && b.title() != null
                && sameLaw(a.title()).equals(sameLaw(b.title()));
        boolean differentNumbers = a.number() != null && b.number() != null && !a.number().equals(b.number());
        return sameNumber || sameTitle && !differentNumbers;
    }

    private String titleKey(String title) {
        return titleKeys.computeIfAbsent(title, RegulationKey::title);
    }

    /** The title's key without a leading 中华人民共和国 ({@link RegulationKey#withoutStateName}). */
    private String sameLaw(String title) {
        return RegulationKey.withoutStateName(titleKey(title));
    }

    private CitedRegulation regulation(List<CitationMention> group) {
        List<CitationMention> ordered = group.stream()
                .sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
        String number = ordered.stream().map(CitationMention::number).filter(n -> n != null).findFirst().orElse(null);
        String title = ordered.stream().map(CitationMention::title).filter(n -> n != null).findFirst().orElse(null);
        CitationKind kind = ordered.stream().anyMatch(m -> m.kind() == CitationKind.STANDARD) ? CitationKind.STANDARD
                : number != null ? CitationKind.NUMBERED : CitationKind.TITLED;
        return new CitedRegulation(number, title, title == null ? null : titleKey(title), kind, ordered);
    }
}
