package org.policykg.validate;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;

/**
 * What a SHACL report means for PolicyKG, the one rule of {@code validate}, the report page and the
 * API: the data conforms unless there is a violation; warnings and notes are listed but do not fail.
 * SHACL's own {@code sh:conforms} is false whenever the report has any result, a warning included, so
 * it says "violates" of data that {@code validate} accepts; the raw report keeps it as it is.
 */
public record Verdict(long violations, long warnings, long infos) {

    public static Verdict of(ValidationReport report) {
        long violations = ReportText.violations(report);
        long warnings = report.getEntries().stream().filter(e -> e.severity() == Severity.Warning).count();
        return new Verdict(violations, warnings, report.getEntries().size() - violations - warnings);
    }

    public boolean conforms() {
        return violations == 0;
    }

    /** "conforms", "conforms, with 1 warning", "does not conform: 2 violations, 1 warning". */
    public String words() {
        String others = count(warnings, "warning") + (infos > 0 ? (warnings > 0 ? ", " : "") + count(infos, "note") : "");
        if (conforms()) {
            return others.isEmpty() ? "conforms" : "conforms, with " + others;
        }
        return "does not conform: " + count(violations, "violation") + (others.isEmpty() ? "" : ", " + others);
    }

    private static String count(long n, String noun) {
        return n == 0 ? "" : n + " " + noun + (n == 1 ? "" : "s");
    }
}
