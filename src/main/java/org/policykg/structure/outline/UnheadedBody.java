package org.policykg.structure.outline;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.structure.Line;

/**
 * Documents written without any headings (通告, 决定, short notices): the body is a run of
 * paragraphs under the title. When the outline finds no heading, task or table, each body paragraph
 * after the title line (or, without a recognizable title, after the first line) is a task of one
 * section named by the title. A body paragraph is a sentence: long enough and punctuated, so the
 * signature, the date and the title itself are not tasks.
 */
final class UnheadedBody {
    private static final Pattern SPACE_AND_QUOTES = Pattern.compile("[\\s\\u3000《》]+");
    private static final Pattern SENTENCE = Pattern.compile("[。；;，,]");
    private static final int MIN_PARAGRAPH = 15;

    private UnheadedBody() {
    }

    /** Index (in {@code lines}) of the line holding the title, or 0 when none does. */
    static int titleLine(List<Line> lines, String ownTitle) {
        if (ownTitle != null && !ownTitle.isBlank()) {
            String key = key(ownTitle);
            for (int i = 0; i < Math.min(lines.size(), 10); i++) {
                if (key(lines.get(i).text()).contains(key)) {
                    return i;
                }
            }
        }
        return 0;
    }

    static boolean isBodyParagraph(String line) {
        return line.length() >= MIN_PARAGRAPH && SENTENCE.matcher(line).find();
    }

    private static String key(String s) {
        return SPACE_AND_QUOTES.matcher(s).replaceAll("");
    }
}
