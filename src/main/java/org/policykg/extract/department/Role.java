package org.policykg.extract.department;

/** What a body does for a task: leads it (牵头, or first of a 责任 list) or supports it (配合, the rest). */
public enum Role {
    LEAD, SUPPORT;

    /** The form the saved queries and the gold use. */
    public String label() {
        return name().toLowerCase();
    }
}
