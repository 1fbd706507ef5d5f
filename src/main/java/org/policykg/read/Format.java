package org.policykg.read;

/** The forms a document may arrive in; each has its own way to its text. */
public enum Format {
    TEXT("plain text"), HTML("HTML"), DOCX("DOCX"), DOC("DOC"), PDF("PDF");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
