package org.policykg.structure.outline;


import java.util.regex.Pattern;

import org.policykg.structure.Line;

/**
 * Headings without numbering, as news reports of plans and some work points use them: a short line
 * without punctuation directly over a longer paragraph. The document's own title, dates and
 * signatures look alike and are told apart here. Only documents without a numbered outline use
 * them: in a numbered plan such short lines are table cells or signatures, not headings.
 */
final class UnnumberedHeadings {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[。，,；;：:、！？!?“”\"()（）《》〔〕\\[\\]]");
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final Pattern ISSUER = Pattern.compile("(委员会|人民政府|办公室|办公厅|管委会|管理局)$");

    private UnnumberedHeadings() {
    }

    static boolean isHeading(Line line, Line next, String ownTitle) {
        String s = line.text();
        if (next == null || s.length() < 4 || s.length() > 20 || PUNCTUATION.matcher(s).find()
                || DATE.matcher(s).find() || ISSUER.matcher(s).find()) {
            return false;
        }
        if (ownTitle != null && key(ownTitle).contains(key(s))) {
            return false;
        }
        String n = next.text();
        return n.length() > 2 * s.length() && (n.contains("。") || n.contains("，") || n.contains(","));
    }

    private static String key(String s) {
        return SPACE.matcher(s).replaceAll("");
    }
}
