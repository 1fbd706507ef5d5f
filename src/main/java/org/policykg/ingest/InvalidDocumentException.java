package org.policykg.ingest;

/** A document whose graph violates the SHACL shapes; the message is the report, naming file, node, path. */
public class InvalidDocumentException extends Exception {
    public InvalidDocumentException(String report) {
        super(report);
    }
}
