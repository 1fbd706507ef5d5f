package org.policykg.structure;

import java.util.List;

/** A document's outline: top-level sections (with their subsections), all tasks in order, all tables. */
public record Outline(List<Section> sections, List<Task> tasks, List<Table> tables) {
}
