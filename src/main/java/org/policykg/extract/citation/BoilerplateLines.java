package org.policykg.extract.citation;

import org.policykg.read.WebBoilerplate;

/**
 * Whether an offset lies on a short web-page boilerplate line (备案号, 索引号 …), where nothing is cited.
 * Only the sentence around the offset is judged: a task line may end in 完成时间:2018年底 after citing
 * 《X》 in its first sentence, and that citation stands.
 */
final class BoilerplateLines {
    private static final int MAX_BOILERPLATE_LINE = 100;

    private BoilerplateLines() {
    }

    static boolean isIn(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        // only the line's length is asked: no copy of it is made
        int lineLength = (end < 0 ? text.length() : end) - start;
        return lineLength <= MAX_BOILERPLATE_LINE
                && WebBoilerplate.isPageLine(text.substring(Sentences.start(text, offset), Sentences.end(text, offset)));
    }
}
