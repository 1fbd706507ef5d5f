package org.policykg.serve;

/** Published (as a Spring application event) after the served store was written while serving. */
public record StoreChanged(String what) {
}
