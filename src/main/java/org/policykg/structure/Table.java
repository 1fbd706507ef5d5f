package org.policykg.structure;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;

/**
 * A table of the document: its header cells and data rows. {@code section} is the heading it sits
 * under (e.g. 主要指标, 工程项目, 附件), or null.
 */
public record Table(int position, List<String> header, List<TableRow> rows, Span span, Section section) {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Index of the first header cell containing any of the words, or -1. */
    public int column(String... words) {
        for (int i = 0; i < header.size(); i++) {
            String h = SPACE.matcher(header.get(i)).replaceAll("");
            for (String w : words) {
                if (h.contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
