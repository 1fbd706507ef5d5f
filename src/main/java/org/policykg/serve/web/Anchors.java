package org.policykg.serve.web;

/**
 * The anchor of a part of a document on the document's page: the part's IRI after the document's,
 * slashes as dashes ({@code …/task/5} → {@code task-5}, {@code …/sentence/1490-1625} →
 * {@code sentence-1490-1625}).
 */
public final class Anchors {
    private Anchors() {
    }

    public static String of(String documentIri, String partIri) {
        if (documentIri == null || partIri == null) {
            return "";
        }
        if (partIri.startsWith(documentIri + "/")) {
            return partIri.substring(documentIri.length() + 1).replace('/', '-');
        }
        return "n" + Integer.toHexString(partIri.hashCode());
    }
}
