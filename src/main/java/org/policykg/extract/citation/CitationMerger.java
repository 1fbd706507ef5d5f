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
    /** By title, {@link #sameLaw}'s key: compared for every pair of mentions, so worked out once a title. */
    private final Map<String, String> sameLaws = new HashMap<>();

    List<CitedRegulation> merge(List<CitationMention> mentions) {
        List<List<CitationMention>> groups = new ArrayList<>();
        for (CitationMention m : mentions) {
            // the groups m joins, merged in their order with m last, after the groups it does not join: what
            // filtering the matching groups and removeAll(matching) gave, without comparing lists element by
            // element (a group equal to a matching one holds the same mentions, so it matches too)
            List<CitationMention> group = new ArrayList<>();
            List<List<CitationMention>> kept = new ArrayList<>(groups.size() + 1);
            for (List<CitationMention> g : groups) {
                if (joins(m, g)) {
                    group.addAll(g);
                } else {
                    kept.add(g);
                }
            }
            group.add(m);
            kept.add(group);
            groups = kept;
        }
        return groups.stream().map(this::regulation)
                .sorted((a, b) -> Integer.compare(a.mentions().get(0).span().start(), b.mentions().get(0).span().start()))
                .toList();
    }

    private boolean joins(CitationMention m, List<CitationMention> group) {
        for (CitationMention o : group) {
            if (same(m, o)) {
                return true;
            }
        }
        return false;
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
        String key = sameLaws.get(title);
        if (key == null) {
            key = RegulationKey.withoutStateName(titleKey(title));
            sameLaws.put(title, key);
        }
        return key;
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
