package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;

import org.policykg.normalize.Span;

/**
 * A heading of the outline (一、 … (一) … 1. … (1)) with what falls under it.
 * {@code path} numbers the section by its position in the outline ("3", "3.2", "3.2.1"), which is
 * what a task's identity is derived from.
 */
public final class Section {
    private final String marker;
    private final String heading;
    private final int level;
    private final Span span;
    private final Section parent;
    private final String path;
    private final List<Section> children = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();

    Section(String marker, String heading, int level, Span span, Section parent, String path) {
        this.marker = marker;
        this.heading = heading;
        this.level = level;
        this.span = span;
        this.parent = parent;
        this.path = path;
    }

    /** The numbering as written, e.g. 一、 or (一) or 1.; empty for an unnumbered heading. */
    public String marker() {
        return marker;
    }

    /** The heading text without its marker. */
    public String heading() {
        return heading;
    }

    /** 1 for the top level. */
    public int level() {
        return level;
    }

    public Span span() {
        return span;
    }

    public Section parent() {
        return parent;
    }

    public String path() {
        return path;
    }

    public List<Section> children() {
        return children;
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** Headings from the top down to this one, e.g. [重点任务, 构建国土空间开发新格局]. */
    public List<String> headingTrail() {
        List<String> trail = new ArrayList<>();
        for (Section s = this; s != null; s = s.parent) {
            trail.add(0, s.heading);
        }
        return trail;
    }

    void addChild(Section child) {
        children.add(child);
    }

    void addTask(Task task) {
        tasks.add(task);
    }

    @Override
    public String toString() {
        return path + " " + marker + heading;
    }
}
