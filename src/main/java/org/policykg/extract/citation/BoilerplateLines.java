package org.policykg.extract.citation;

import org.policykg.structure.metadata.Boilerplate;

/** Whether an offset lies on a short web-page boilerplate line (备案号, 索引号 …), where nothing is cited. */
final class BoilerplateLines {
    private static final int MAX_BOILERPLATE_LINE = 100;

    private BoilerplateLines() {
    }

    static boolean isIn(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.length() <= MAX_BOILERPLATE_LINE && Boilerplate.isBoilerplate(line);
    }
}
