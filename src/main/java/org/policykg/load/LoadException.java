package org.policykg.load;

/**
 * A load refused or failed for a reason a person can act on (a target that already holds data, a
 * missing or malformed part); the message names the file. Nothing was left behind at the target.
 */
public class LoadException extends RuntimeException {
    private final boolean usage;

    LoadException(String message, boolean usage) {
        super(message, null, false, false);
        this.usage = usage;
    }

    /** True when the command was asked for something it does not do (a non-empty target), not given bad data. */
    public boolean usage() {
        return usage;
    }
}
