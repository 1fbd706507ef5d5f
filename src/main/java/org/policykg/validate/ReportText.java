package org.policykg.validate;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.Path;

/** A SHACL report as lines a person reads: severity, focus node, path and message, one per entry. */
public final class ReportText {
    private ReportText() {
    }

    public static String of(String context, ValidationReport report) {
        return of(context, report, Integer.MAX_VALUE);
    }

    /** At most {@code limit} entries, then a count of the rest. */
    public static String of(String context, ValidationReport report, int limit) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (ReportEntry e : report.getEntries()) {
            if (n++ == limit) {
                out.append(context).append(": … and ").append(report.getEntries().size() - limit).append(" more\n");
                break;
            }
            out.append(context).append(": ").append(severity(e.severity())).append(" at ").append(node(e.focusNode()));
            Path path = e.resultPath();
            if (path != null) {
                out.append(" path ").append(path);
            }
            out.append(": ").append(e.message()).append('\n');
        }
        return out.toString();
    }

    public static long violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
    }

    private static String severity(Severity s) {
        return s == Severity.Violation ? "violation" : s == Severity.Warning ? "warning" : "info";
    }

    private static String node(org.apache.jena.graph.Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
