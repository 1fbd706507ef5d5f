package org.policykg.structure;

import org.policykg.normalize.Span;

/** Builds the section tree; lets the outline parser grow sections without making them mutable to everyone. */
public final class Sections {
    private Sections() {
    }

    public static Section create(String marker, String heading, int level, Span span, Section parent, String path) {
        Section section = new Section(marker, heading, level, span, parent, path);
        if (parent != null) {
            parent.addChild(section);
        }
        return section;
    }

    public static void addTask(Section section, Task task) {
        section.addTask(task);
    }
}
