package org.policykg.extract.department;

import org.policykg.normalize.Span;
import org.policykg.structure.Task;

/**
 * A body made responsible for a task.
 *
 * @param task the task it must deliver
 * @param name the body as the text names it, Simplified script (海渔局, 市环保局, 财政(地税)分局)
 * @param role lead or support
 * @param span where the name is in the document
 */
public record Assignment(Task task, String name, Role role, Span span) {
}
