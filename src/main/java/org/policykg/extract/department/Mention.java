package org.policykg.extract.department;

/** A body named at {@code offset} of the text a pattern read, with the role the wording gives it. */
record Mention(String name, Role role, int offset) {
    Mention withOffset(int base) {
        return new Mention(name, role, base + offset);
    }

    Mention withRole(Role r) {
        return new Mention(name, r, offset);
    }
}
