package org.policykg.extract.citation.relation;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.policykg.structure.Outline;
import org.policykg.structure.Section;

/**
 * Places a mention in the outline by the headings above it. Example: in a plan whose first heading
 * 一、总体要求 starts at offset 300, a mention at 120 is in the PREAMBLE, one under 一、总体要求 is
 * GUIDING, one under 二、主要任务 (三)… is a TASK. A document without headings has no preamble to
 * tell apart, so every mention there is a TASK and only its verbs can make it a basis.
 */
public final class MentionPlaces {
    /** Headings of principles and aims: what the plan follows, not what it does. */
    private static final Pattern GUIDING = Pattern.compile(
            "指导思想|总体要求|总体思路|基本原则|工作原则|指导原则|目标要求|编制依据|工作依据|规划依据");
    /** Headings that look back: what was done before this document. */
    private static final Pattern BACKGROUND = Pattern.compile(
            "工作基础|发展基础|现状|基本情况|主要成效|取得成效|工作成效|成效|回顾|面临形势|形势分析|存在问题|主要问题|背景");

    private final Outline outline;
    private final int firstHeading;
    /** A section's place read once: it depends on its heading trail alone, and a section holds many mentions. */
    private final Map<Section, MentionPlace> bySection = new IdentityHashMap<>();

    public MentionPlaces(Outline outline) {
        this.outline = outline;
        this.firstHeading = outline.sections().stream().mapToInt(s -> s.span().start()).min().orElse(-1);
    }

    public MentionPlace at(int offset) {
        if (firstHeading < 0) {
            return MentionPlace.TASK;
        }
        if (offset < firstHeading) {
            return MentionPlace.PREAMBLE;
        }
        Section section = deepest(offset);
        if (section == null) {
            return MentionPlace.TASK;
        }
        return bySection.computeIfAbsent(section, MentionPlaces::underHeadings);
    }

    private static MentionPlace underHeadings(Section section) {
        String trail = String.join("/", section.headingTrail());
        if (BACKGROUND.matcher(trail).find()) {
            return MentionPlace.BACKGROUND;
        }
        return GUIDING.matcher(trail).find() ? MentionPlace.GUIDING : MentionPlace.TASK;
    }

    /** The last heading starting at or before the offset, at any depth: the one the offset falls under. */
    private Section deepest(int offset) {
        Section best = null;
        for (Section top : outline.sections()) {
            best = later(best, deepestIn(top, offset));
        }
        return best;
    }

    private static Section deepestIn(Section section, int offset) {
        if (section.span().start() > offset) {
            return null;
        }
        Section best = section;
        for (Section child : section.children()) {
            best = later(best, deepestIn(child, offset));
        }
        return best;
    }

    private static Section later(Section a, Section b) {
        if (a == null) {
            return b;
        }
        return b == null || b.span().start() < a.span().start() ? a : b;
    }
}
