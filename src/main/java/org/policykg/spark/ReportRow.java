package org.policykg.spark;

/** One line of the job's report: a file refused, skipped, replacing another, or stored with a warning. */
public record ReportRow(String uri, Kind kind, String message) {
    public enum Kind { REFUSED, SKIPPED, REPLACED, WARNING }

    /** Tab-separated, one line: tabs and line breaks inside a message become spaces and " | ". */
    public String tsv() {
        return uri + "\t" + kind.name().toLowerCase(java.util.Locale.ROOT) + "\t"
                + message.strip().replace("\t", " ").replace("\r", "").replace("\n", " | ");
    }
}
